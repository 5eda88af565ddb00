#include "models/store/AiSettingsRepository.h"

#include "models/store/SqlErrors.h"
#include "models/store/SqlValues.h"
#include "models/store/TimeFormat.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace agentp::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("agentp::store::AiSettingsRepository", text);
}

QVariant accountValue(qint64 accountId)
{
    return accountId > 0 ? QVariant(accountId) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

AiSettingsRepository::AiSettingsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

domain::AiSettings AiSettingsRepository::settings(StoreError *error) const
{
    domain::AiSettings s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT key, value FROM workspace_meta WHERE key LIKE 'ai.%'"));
    if (!execQuery(q, error, tr("Cannot read the draft settings")))
        return s;
    // Each value is checked on its own: a hand-edited or damaged entry falls back to the
    // default instead of disabling drafts altogether.
    domain::AiSettings defaults;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        bool ok = true;
        if (key == QLatin1String("ai.enabled"))
            s.enabled = value != QLatin1String("0");
        else if (key == QLatin1String("ai.base_url"))
            s.baseUrl = value;
        else if (key == QLatin1String("ai.model"))
            s.model = value;
        else if (key == QLatin1String("ai.streaming"))
            s.streaming = value != QLatin1String("0");
        else if (key == QLatin1String("ai.thinking"))
            s.thinking = value == QLatin1String("1");
        else if (key == QLatin1String("ai.history_messages"))
            s.historyMessages = value.toInt(&ok);
        else if (key == QLatin1String("ai.max_prompt_chars"))
            s.maxPromptChars = value.toInt(&ok);
        else if (key == QLatin1String("ai.max_reply_tokens"))
            s.maxReplyTokens = value.toInt(&ok);
        else if (key == QLatin1String("ai.timeout_seconds"))
            s.timeoutSeconds = value.toInt(&ok);
        Q_UNUSED(ok)
    }
    if (!s.problem().isEmpty()) {
        domain::AiSettings repaired = defaults;
        repaired.enabled = s.enabled;
        repaired.streaming = s.streaming;
        repaired.thinking = s.thinking;
        const auto keep = [&repaired](auto member, auto value) {
            auto candidate = repaired;
            candidate.*member = value;
            if (candidate.problem().isEmpty())
                repaired = candidate;
        };
        keep(&domain::AiSettings::baseUrl, s.baseUrl);
        keep(&domain::AiSettings::model, s.model);
        keep(&domain::AiSettings::historyMessages, s.historyMessages);
        keep(&domain::AiSettings::maxPromptChars, s.maxPromptChars);
        keep(&domain::AiSettings::maxReplyTokens, s.maxReplyTokens);
        keep(&domain::AiSettings::timeoutSeconds, s.timeoutSeconds);
        return repaired;
    }
    return s;
}

bool AiSettingsRepository::save(const domain::AiSettings &settings, QString *problem,
                                StoreError *error)
{
    *problem = settings.problem();
    if (!problem->isEmpty())
        return false;
    const QList<QPair<QString, QString>> values = {
        {QStringLiteral("ai.enabled"),
         settings.enabled ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("ai.base_url"), settings.baseUrl.trimmed()},
        {QStringLiteral("ai.model"), settings.model.trimmed()},
        {QStringLiteral("ai.streaming"),
         settings.streaming ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("ai.thinking"),
         settings.thinking ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("ai.history_messages"), QString::number(settings.historyMessages)},
        {QStringLiteral("ai.max_prompt_chars"), QString::number(settings.maxPromptChars)},
        {QStringLiteral("ai.max_reply_tokens"), QString::number(settings.maxReplyTokens)},
        {QStringLiteral("ai.timeout_seconds"), QString::number(settings.timeoutSeconds)},
    };
    if (!m_db.transaction()) {
        *error = classifySqlError(m_db.lastError(), tr("Cannot save the draft settings"));
        return false;
    }
    for (const auto &[key, value] : values) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO workspace_meta(key, value) VALUES (?, ?)"
                                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(key);
        q.addBindValue(value);
        if (!execQuery(q, error, tr("Cannot save the draft settings"))) {
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        *error = classifySqlError(m_db.lastError(), tr("Cannot save the draft settings"));
        m_db.rollback();
        return false;
    }
    return true;
}

std::optional<AiSettingsRepository::Prompt> AiSettingsRepository::newest(qint64 accountId,
                                                                         StoreError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, body, created_at FROM ai_prompts WHERE account_id IS ?"
                             " ORDER BY id DESC LIMIT 1"));
    q.addBindValue(accountValue(accountId));
    if (!execQuery(q, error, tr("Cannot read the prompts")) || !q.next())
        return std::nullopt;
    Prompt p;
    p.id = q.value(0).toLongLong();
    p.accountId = accountId;
    p.body = q.value(1).toString();
    p.createdAt = fromStoredTime(q.value(2).toString());
    return p;
}

std::optional<AiSettingsRepository::Prompt>
AiSettingsRepository::promptById(qint64 id, StoreError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, COALESCE(account_id, 0), body, created_at FROM ai_prompts"
                             " WHERE id = ?"));
    q.addBindValue(id);
    if (!execQuery(q, error, tr("Cannot read the prompts")) || !q.next())
        return std::nullopt;
    Prompt p;
    p.id = q.value(0).toLongLong();
    p.accountId = q.value(1).toLongLong();
    p.body = q.value(2).toString();
    p.createdAt = fromStoredTime(q.value(3).toString());
    return p;
}

AiSettingsRepository::Prompt AiSettingsRepository::prompt(qint64 accountId, StoreError *error) const
{
    if (accountId > 0) {
        const auto own = newest(accountId, error);
        if (error->isError())
            return {};
        if (own && !own->body.trimmed().isEmpty())
            return *own;
    }
    auto fallback = newest(0, error);
    if (error->isError())
        return {};
    Prompt p;
    if (fallback && !fallback->body.trimmed().isEmpty()) {
        p = *fallback;
    } else {
        p.body = domain::AiSettings::defaultPrompt();
    }
    p.inherited = accountId > 0;
    return p;
}

AiSettingsRepository::Prompt AiSettingsRepository::promptForUse(qint64 accountId, StoreError *error)
{
    Prompt p = prompt(accountId, error);
    if (error->isError() || p.id != 0)
        return p;
    QString problem;
    p.id = savePrompt(0, p.body, &problem, error);
    return p;
}

qint64 AiSettingsRepository::savePrompt(qint64 accountId, const QString &body, QString *problem,
                                        StoreError *error)
{
    const QString text = body.trimmed();
    problem->clear();
    if (accountId <= 0 && text.isEmpty()) {
        *problem = tr("The default prompt cannot be empty.");
        return 0;
    }
    if (text.size() > kMaxPromptChars) {
        *problem = tr("The prompt is too long (at most %1 characters).").arg(kMaxPromptChars);
        return 0;
    }
    const auto current = newest(accountId, error);
    if (error->isError())
        return 0;
    if (current && current->body == text)
        return current->id;
    if (!current && accountId > 0 && text.isEmpty())
        return 0; // nothing of its own yet, and none wanted
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO ai_prompts(account_id, body, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(accountValue(accountId));
    q.addBindValue(store::text(text));
    q.addBindValue(toStoredTime(QDateTime::currentDateTimeUtc()));
    if (!execQuery(q, error, tr("Cannot save the prompt")))
        return 0;
    return q.lastInsertId().toLongLong();
}

int AiSettingsRepository::versionNumber(qint64 promptId, StoreError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM ai_prompts p WHERE p.id <= ? AND p.account_id"
                             " IS (SELECT account_id FROM ai_prompts WHERE id = ?)"));
    q.addBindValue(promptId);
    q.addBindValue(promptId);
    if (!execQuery(q, error, tr("Cannot read the prompts")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

int AiSettingsRepository::versionCount(qint64 accountId, StoreError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM ai_prompts WHERE account_id IS ?"));
    q.addBindValue(accountValue(accountId));
    if (!execQuery(q, error, tr("Cannot read the prompts")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace agentp::store
