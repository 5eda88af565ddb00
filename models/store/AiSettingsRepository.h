#pragma once

#include "models/domain/AiSettings.h"
#include "models/store/StoreError.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace agentp::store {

// The workspace's draft settings (workspace_meta "ai.*") and its system prompts (ai_prompts).
// Prompts are versioned: saving never overwrites, so every draft keeps pointing at the exact
// text that produced it. Usable from the GUI and the sync thread, each with its own connection.
class AiSettingsRepository final
{
public:
    struct Prompt
    {
        qint64 id = 0;        // 0: the built-in default, never saved yet
        qint64 accountId = 0; // 0: the workspace default
        QString body;
        QDateTime createdAt;
        bool inherited = false; // an account without its own prompt uses the default
    };

    explicit AiSettingsRepository(QSqlDatabase db);

    domain::AiSettings settings(StoreError *error) const;
    // Refuses settings with a problem() (returned in `problem`; nothing written).
    bool save(const domain::AiSettings &settings, QString *problem, StoreError *error);

    // The prompt in force for an account: its own newest version, else the workspace default's
    // newest version, else the built-in default (id 0).
    Prompt prompt(qint64 accountId, StoreError *error) const;
    // Like prompt(), but saves the built-in default first when it is in force, so a draft can
    // reference a row.
    Prompt promptForUse(qint64 accountId, StoreError *error);
    // A new version for the account (0: workspace default) when the text differs from the one
    // in force. An empty body for an account means "use the default" again.
    qint64 savePrompt(qint64 accountId, const QString &body, QString *problem, StoreError *error);
    // How many versions an account's prompt has had (0: the default or built-in one applies).
    int versionCount(qint64 accountId, StoreError *error) const;
    std::optional<Prompt> promptById(qint64 id, StoreError *error) const;
    // Its ordinal among the versions of the same account's (or the default) prompt: 1, 2, …
    int versionNumber(qint64 promptId, StoreError *error) const;

    static constexpr int kMaxPromptChars = 8000;
    // Where the draft service's API key lives in the SecretStore, and the variable that
    // overrides it for headless use.
    static QString apiKeySecretKey() { return QStringLiteral("llm/default/api-key"); }
    static QString apiKeyEnvironmentVariable() { return QStringLiteral("AGENTP_LLM_API_KEY"); }

private:
    std::optional<Prompt> newest(qint64 accountId, StoreError *error) const;
    QSqlDatabase m_db;
};

} // namespace agentp::store
