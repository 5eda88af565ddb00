#include "net/sync/OutboxWorker.h"

#include "models/LogCategories.h"
#include "models/store/Database.h"
#include "models/store/OutboxRepository.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

namespace agentp::net {

namespace {
constexpr int kPollMs = 1000;
constexpr int kMaxBackoffSeconds = 300;

// 2, 4, 8 … seconds with ±25 % jitter so many queued intents do not retry in lockstep.
QDateTime backoff(int attempts)
{
    const int base = std::min(kMaxBackoffSeconds, 1 << std::min(attempts, 8));
    const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
    return QDateTime::currentDateTimeUtc().addMSecs(qint64(base * 1000 * jitter));
}
} // namespace

OutboxWorker::OutboxWorker(QString workspacePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(workspacePath))
{}

OutboxWorker::~OutboxWorker() = default;

void OutboxWorker::addHandler(std::unique_ptr<IntentHandler> handler)
{
    m_handlers.push_back(std::move(handler));
}

int OutboxWorker::pollIntervalMs() const
{
    return kPollMs;
}

void OutboxWorker::start()
{
    store::StoreError error;
    store::Database::Options options;
    options.createIfMissing = false;
    m_db = store::Database::open(m_path, options, &error);
    if (!m_db) {
        emit failed(error.message);
        return;
    }
    // Intents left "sending" by a crash: the demo and salon handlers are idempotent, so they
    // go back to the queue; chat sends reconcile against history in their own handler.
    store::OutboxRepository outbox(m_db->connection());
    for (const auto &intent : outbox.inFlight(&error))
        if (intent.kind.startsWith(m_prefix) &&
            (m_excluded.isEmpty() || !intent.kind.startsWith(m_excluded)))
            outbox.reschedule(intent.id, QDateTime::currentDateTimeUtc(), intent.lastError, &error);

    m_timer = new QTimer(this);
    m_timer->setInterval(kPollMs);
    connect(m_timer, &QTimer::timeout, this, &OutboxWorker::drain);
    m_timer->start();
    drain();
}

void OutboxWorker::poke()
{
    if (m_db)
        drain();
}

void OutboxWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    for (const auto &h : m_handlers)
        h->abort();
    m_busy = false;
    m_unrecorded.clear(); // the next start() reconciles what is left "sending"
    m_db.reset();
}

void OutboxWorker::retryWaitingNow()
{
    if (!m_db)
        return;
    store::StoreError error;
    store::OutboxRepository(m_db->connection()).dueNow(m_prefix, &error);
    if (error.isError())
        qCWarning(lcNet) << "outbox update failed:" << error.message;
    drain();
}

IntentHandler *OutboxWorker::handlerFor(const QString &kind) const
{
    for (const auto &h : m_handlers) {
        if (h->handles(kind))
            return h.get();
    }
    return nullptr;
}

void OutboxWorker::drain()
{
    if (m_busy || !m_db)
        return;
    // While the store cannot record what was done, doing more would only add to it.
    if (!recordUnrecorded())
        return;
    store::StoreError error;
    store::OutboxRepository outbox(m_db->connection());
    // Several candidates, because the oldest may belong to a kind another component carries
    // out (e.g. a marketplace sync); skipping it must not stall every later intent.
    const auto due = outbox.due(QDateTime::currentDateTimeUtc(), 50, &error, m_prefix, m_excluded);
    if (error.isError()) {
        qCWarning(lcNet) << "outbox read failed:" << error.message;
        return;
    }
    IntentHandler *handler = nullptr;
    domain::OutboxIntent intent;
    for (const domain::OutboxIntent &candidate : due) {
        handler = handlerFor(candidate.kind);
        if (handler) {
            intent = candidate;
            break;
        }
    }
    if (!handler) {
        emit idle();
        return;
    }
    if (!outbox.markSending(intent.id, &error))
        return;
    m_busy = true;
    emit tablesChanged({QStringLiteral("outbox")});
    QPointer<OutboxWorker> self(this);
    handler->handle(m_db->connection(), intent, [self, intent](const IntentOutcome &outcome) {
        if (self)
            self->finish(intent, outcome);
    });
}

void OutboxWorker::finish(const domain::OutboxIntent &intent, const IntentOutcome &outcome)
{
    m_busy = false;
    if (!m_db)
        return;
    // Kept to be written on the next poll (each second) until the store takes it.
    if (!record(intent, outcome))
        m_unrecorded.push_back({intent, outcome});
    QStringList tables = outcome.changedTables;
    tables << QStringLiteral("outbox");
    emit tablesChanged(tables);
    emit intentFinished(intent.id, intent.kind, int(outcome.kind), outcome.message);
    // More may be due; continue on the next event-loop pass rather than recursing.
    QTimer::singleShot(0, this, &OutboxWorker::drain);
}

bool OutboxWorker::record(const domain::OutboxIntent &intent, const IntentOutcome &outcome)
{
    // An intent the user removed meanwhile changes no row: nothing to record, not a failure.
    store::StoreError error;
    store::OutboxRepository outbox(m_db->connection());
    switch (outcome.kind) {
    case IntentOutcome::Kind::Done:
        outbox.markDone(intent.id, domain::OutboxIntent::State::Sent, &error);
        break;
    case IntentOutcome::Kind::RetryLater:
        outbox.reschedule(intent.id,
                          outcome.retryAt.isValid() ? outcome.retryAt : backoff(intent.attempts),
                          outcome.message, &error);
        break;
    case IntentOutcome::Kind::Failed:
    case IntentOutcome::Kind::Conflict:
        outbox.markFailed(intent.id, outcome.message, &error);
        break;
    }
    if (error.isError()) {
        qCWarning(lcNet) << "outbox update failed:" << error.message;
        return false;
    }
    return true;
}

bool OutboxWorker::recordUnrecorded()
{
    while (!m_unrecorded.empty()) {
        if (!record(m_unrecorded.front().intent, m_unrecorded.front().outcome))
            return false;
        m_unrecorded.erase(m_unrecorded.begin());
        emit tablesChanged({QStringLiteral("outbox")});
    }
    return true;
}

} // namespace agentp::net
