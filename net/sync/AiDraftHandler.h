#pragma once

#include "net/sync/DraftBackend.h"
#include "net/sync/IntentHandler.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace agentp::net {

// Carries out "ai.draft" intents (docs/drafts.md): sends the prompt saved with the draft to the
// draft service and writes the text into ai_drafts as it streams, a few times a second, so the
// panel grows live. The draft row is the channel back from the agent too: when a write finds
// the draft no longer streaming (cancelled, replaced by a newer request), the call is hung up.
//
// Outcomes: a temporary failure (offline, timeout, 429, 5xx) puts the draft back to "queued"
// with the reason and the intent retries with backoff; a permanent one (key refused, no
// balance, unknown model) fails the draft with one line for the agent and ends the intent, so
// the next request of that chat is not held behind it.
class AiDraftHandler final : public IntentHandler
{
    Q_DECLARE_TR_FUNCTIONS(AiDraftHandler)

public:
    static constexpr const char *kDraft = "ai.draft";
    using KeyReply = std::function<void(const QByteArray &key, const QString &problem)>;
    using KeyProvider = std::function<void(QObject *context, KeyReply reply)>;
    using BackendFactory = std::function<std::unique_ptr<DraftBackend>()>;
    using Notify = std::function<void(const QStringList &tables)>;

    AiDraftHandler(BackendFactory backend, KeyProvider keys, Notify notify);
    ~AiDraftHandler() override;

    bool handles(const QString &kind) const override;
    void handle(QSqlDatabase db, const domain::OutboxIntent &intent, Done done) override;
    void abort() override;

    static constexpr int kFlushMs = 100;
    static constexpr int kWatchMs = 500;
    static constexpr int kKeyWaitMs = 30000;

private:
    struct Call;
    void start(QSqlDatabase db, qint64 draftId, const QByteArray &key, Done done);
    void flush(Call &call);
    void finish(qint64 draftId, const llm::LlmResult &result);

    BackendFactory m_makeBackend;
    KeyProvider m_keys;
    Notify m_notify;
    std::unique_ptr<QObject> m_context; // timers and key answers, in the sync thread
    std::unique_ptr<DraftBackend> m_backend;
    QHash<qint64, std::shared_ptr<Call>> m_calls; // by draft id
};

} // namespace agentp::net
