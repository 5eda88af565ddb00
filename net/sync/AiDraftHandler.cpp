#include "net/sync/AiDraftHandler.h"

#include "models/LogCategories.h"
#include "models/domain/PromptBuilder.h"
#include "models/store/AiDraftRepository.h"
#include "models/store/AiSettingsRepository.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

namespace agentp::net {

struct AiDraftHandler::Call
{
    QSqlDatabase db;
    qint64 draftId = 0;
    quint64 callId = 0;
    QString text;
    bool dirty = false;
    bool stopped = false;       // the agent cancelled: the answer is dropped
    bool waitedTooLong = false; // no text within firstTextMs: retried later
    QElapsedTimer started;
    qint64 firstTextMs = 60000;
    QTimer *flushTimer = nullptr;
    QTimer *watchTimer = nullptr;
    Done done;
};

namespace {

IntentOutcome finished(const QString &message = {})
{
    IntentOutcome o;
    o.kind = IntentOutcome::Kind::Done;
    o.message = message;
    o.changedTables = {QStringLiteral("ai_drafts")};
    return o;
}

// The store could not be read or written: try again later rather than end the intent, which
// would leave the draft row "waiting" with nobody working on it.
IntentOutcome storeTrouble(const store::StoreError &error)
{
    IntentOutcome o;
    o.kind = IntentOutcome::Kind::RetryLater;
    o.message = error.message;
    return o;
}

} // namespace

AiDraftHandler::AiDraftHandler(BackendFactory backend, KeyProvider keys, Notify notify)
    : m_makeBackend(std::move(backend))
    , m_keys(std::move(keys))
    , m_notify(std::move(notify))
{}

AiDraftHandler::~AiDraftHandler()
{
    // Calls still running are dropped unanswered: the worker is going away with us, and a
    // draft left "streaming" goes back to the queue at the next start.
    for (const auto &call : std::as_const(m_calls))
        call->done = nullptr;
    m_backend.reset();
    m_calls.clear();
}

void AiDraftHandler::abort()
{
    // The worker is closing its connection: hang up, stop the timers, answer nothing. A draft
    // left "streaming" or "queued" goes back to work with its intent at the next start.
    for (const auto &call : std::as_const(m_calls)) {
        call->done = nullptr;
        call->stopped = true;
        call->flushTimer->stop();
        call->watchTimer->stop();
        if (m_backend)
            m_backend->cancel(call->callId);
    }
    m_calls.clear();
    m_context.reset(); // drops pending key answers and timers
    m_backend.reset();
}

bool AiDraftHandler::handles(const QString &kind) const
{
    return kind == QLatin1String(kDraft);
}

void AiDraftHandler::handle(QSqlDatabase db, const domain::OutboxIntent &intent, Done done)
{
    if (!m_context) {
        m_context = std::make_unique<QObject>();
        m_backend = m_makeBackend();
    }
    const qint64 draftId = intent.payload.value(QLatin1String("draft_id")).toInteger();
    store::StoreError error;
    const auto draft = store::AiDraftRepository(db).find(draftId, &error);
    if (error.isError()) {
        done(storeTrouble(error));
        return;
    }
    if (!draft || !draft->isActive()) {
        done(finished()); // cancelled or replaced while it waited: nothing to write
        return;
    }
    if (!m_backend->needsKey()) {
        start(std::move(db), draftId, {}, std::move(done));
        return;
    }
    const QByteArray fromEnv =
        qgetenv(store::AiSettingsRepository::apiKeyEnvironmentVariable().toLatin1().constData());
    if (!fromEnv.isEmpty()) {
        start(std::move(db), draftId, fromEnv, std::move(done));
        return;
    }
    // A keychain that never answers (a stuck prompt) must not hold the draft worker: after a
    // while the intent is retried, and a late answer is ignored.
    auto answered = std::make_shared<bool>(false);
    QTimer::singleShot(kKeyWaitMs, m_context.get(), [answered, done] {
        if (*answered)
            return;
        *answered = true;
        IntentOutcome o;
        o.kind = IntentOutcome::Kind::RetryLater;
        o.message = tr("The keychain did not hand out the API key in time.");
        done(o);
    });
    m_keys(m_context.get(),
           [this, db, draftId, done, answered](const QByteArray &key, const QString &problem) {
               if (*answered)
                   return;
               *answered = true;
               if (key.isEmpty()) {
                   store::StoreError e;
                   store::AiDraftRepository(db).finish(draftId, store::AiDraft::State::Failed, {},
                                                       problem, &e);
                   m_notify({QStringLiteral("ai_drafts")});
                   done(finished(problem));
                   return;
               }
               start(db, draftId, key, done);
           });
}

void AiDraftHandler::start(QSqlDatabase db, qint64 draftId, const QByteArray &key, Done done)
{
    store::StoreError error;
    store::AiDraftRepository drafts(db);
    const auto draft = drafts.find(draftId, &error);
    const domain::AiSettings settings = store::AiSettingsRepository(db).settings(&error);
    bool ok = false;
    const auto messages = domain::BuiltPrompt::fromJson(draft ? draft->request.toUtf8() : "", &ok);
    if (error.isError()) {
        done(storeTrouble(error));
        return;
    }
    if (!draft || !draft->isActive()) {
        done(finished());
        return;
    }
    if (!ok) {
        const QString why = tr("The saved prompt of this draft is damaged; ask for a new draft.");
        drafts.finish(draftId, store::AiDraft::State::Failed, {}, why, &error);
        m_notify({QStringLiteral("ai_drafts")});
        done(error.isError() ? storeTrouble(error) : finished(why));
        return;
    }
    if (!drafts.startStreaming(draftId, &error)) {
        done(error.isError() ? storeTrouble(error) : finished());
        return;
    }
    m_notify({QStringLiteral("ai_drafts")});

    llm::LlmConfig config;
    config.baseUrl = QUrl(settings.baseUrl.trimmed());
    config.model = draft->model.isEmpty() ? settings.model.trimmed() : draft->model;
    config.apiKey = key;
    config.stream = settings.streaming;
    config.thinking = settings.thinking;
    config.maxTokens = settings.maxReplyTokens;
    config.timeoutMs = settings.timeoutSeconds * 1000;
    QList<llm::LlmMessage> sent;
    for (const auto &m : messages)
        sent << llm::LlmMessage{m.role, m.content};

    auto call = std::make_shared<Call>();
    call->db = db;
    call->draftId = draftId;
    call->done = std::move(done);
    call->firstTextMs = qint64(settings.timeoutSeconds) * 1000;
    call->started.start();
    call->flushTimer = new QTimer(m_context.get());
    call->flushTimer->setSingleShot(true);
    call->flushTimer->setInterval(kFlushMs);
    std::weak_ptr<Call> weak = call;
    QObject::connect(call->flushTimer, &QTimer::timeout, m_context.get(), [this, weak] {
        if (auto c = weak.lock())
            flush(*c);
    });
    // A stalled stream writes nothing, so a cancel would go unnoticed until the timeout:
    // look at the draft's state now and then as well.
    call->watchTimer = new QTimer(m_context.get());
    call->watchTimer->setInterval(kWatchMs);
    QObject::connect(call->watchTimer, &QTimer::timeout, m_context.get(), [this, weak] {
        auto c = weak.lock();
        if (!c || c->stopped)
            return;
        // Keep-alive lines keep a queued request open for up to ten minutes; the draft worker
        // is not held that long when nothing has been written.
        if (c->text.isEmpty() && c->started.elapsed() > c->firstTextMs) {
            c->waitedTooLong = true;
            c->stopped = true;
            m_backend->cancel(c->callId);
            return;
        }
        store::StoreError e;
        const auto state = store::AiDraftRepository(c->db).stateOf(c->draftId, &e);
        if (!e.isError() && state != store::AiDraft::State::Streaming) {
            c->stopped = true;
            m_backend->cancel(c->callId);
        }
    });
    call->watchTimer->start();
    m_calls.insert(draftId, call);
    call->callId = m_backend->complete(
        config, sent,
        [this, weak](const QString &fragment) {
            auto c = weak.lock();
            if (!c || c->stopped)
                return;
            const bool first = c->text.isEmpty();
            c->text += fragment;
            c->dirty = true;
            // The first words at once (the agent waits for them); then a write per interval.
            if (first)
                QTimer::singleShot(0, m_context.get(), [this, weak] {
                    if (auto again = weak.lock())
                        flush(*again);
                });
            else if (!c->flushTimer->isActive())
                c->flushTimer->start();
        },
        [this, draftId](const llm::LlmResult &result) { finish(draftId, result); });
}

void AiDraftHandler::flush(Call &call)
{
    if (!call.dirty || call.stopped)
        return;
    call.dirty = false;
    store::StoreError error;
    if (!store::AiDraftRepository(call.db).updateText(call.draftId, call.text, &error)) {
        if (error.isError()) {
            qCWarning(lcNet) << "draft write failed:" << error.message;
            return;
        }
        // The agent cancelled or asked again: stop paying for this one.
        call.stopped = true;
        m_backend->cancel(call.callId);
        return;
    }
    m_notify({QStringLiteral("ai_drafts")});
}

void AiDraftHandler::finish(qint64 draftId, const llm::LlmResult &result)
{
    const std::shared_ptr<Call> call = m_calls.take(draftId);
    if (!call)
        return;
    call->flushTimer->stop();
    call->flushTimer->deleteLater();
    call->watchTimer->stop();
    call->watchTimer->deleteLater();
    Done done = std::move(call->done);
    if (!done)
        return;
    store::StoreError error;
    store::AiDraftRepository drafts(call->db);
    const QString text = result.text.isEmpty() ? call->text : result.text;
    using Kind = llm::LlmError::Kind;
    if (call->waitedTooLong) {
        const QString reason = tr("The draft service did not start writing within %1 s. It will "
                                  "be tried again automatically.")
                                   .arg(call->firstTextMs / 1000);
        drafts.requeue(draftId, reason, &error);
        m_notify({QStringLiteral("ai_drafts")});
        IntentOutcome o;
        o.kind = IntentOutcome::Kind::RetryLater;
        o.message = reason;
        done(o);
        return;
    }
    if (call->stopped || result.error.kind == Kind::Cancelled) {
        done(finished());
        return;
    }
    if (result.ok()) {
        const QString note =
            result.finishReason == QLatin1String("length")
                ? tr("The draft reached the length limit and may end mid-sentence.")
                : QString();
        drafts.finish(draftId, store::AiDraft::State::Done, text.trimmed(), note, &error);
        m_notify({QStringLiteral("ai_drafts")});
        done(finished());
        return;
    }
    qCInfo(lcNet) << "draft" << draftId << "failed:" << result.error.detail;
    if (result.error.isTransient()) {
        const QString reason =
            tr("%1 It will be tried again automatically.").arg(result.error.message);
        drafts.requeue(draftId, reason, &error);
        m_notify({QStringLiteral("ai_drafts")});
        IntentOutcome o;
        o.kind = IntentOutcome::Kind::RetryLater;
        o.message = reason;
        o.retryAt = result.error.retryAt;
        o.changedTables = {QStringLiteral("ai_drafts")};
        done(o);
        return;
    }
    drafts.finish(draftId, store::AiDraft::State::Failed, text, result.error.message, &error);
    m_notify({QStringLiteral("ai_drafts")});
    done(finished(result.error.message));
}

} // namespace agentp::net
