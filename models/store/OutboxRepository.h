#pragma once

#include "models/domain/OutboxIntent.h"
#include "models/store/StoreError.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace agentp::store {

// The outbox table: intents written by the UI, drained by the sync side. Every method is one
// short statement or transaction, usable from the GUI thread and from the sync thread (each with
// its own connection).
class OutboxRepository final
{
public:
    explicit OutboxRepository(QSqlDatabase db);

    // Queues an intent; notBefore delays it (e.g. the 5-second undo window). Returns its id, or 0.
    qint64 enqueue(const QString &kind, const QString &target, const QJsonObject &payload,
                   const QDateTime &notBefore, StoreError *error);
    // Withdraws an intent that has not started; false when it is already sending or done.
    bool withdraw(qint64 id, StoreError *error);

    // The oldest due intent of each target whose earlier intents are all finished (sent/read),
    // so per-target order holds and one failure blocks only its own target.
    std::vector<domain::OutboxIntent> due(const QDateTime &now, int limit, StoreError *error,
                                          const QString &kindPrefix = {},
                                          const QString &excludedPrefix = {}) const;
    std::optional<domain::OutboxIntent> find(qint64 id, StoreError *error) const;
    std::vector<domain::OutboxIntent> forTarget(const QString &target, StoreError *error) const;
    // Intents left "sending" by a crash; the caller reconciles them before any resend.
    std::vector<domain::OutboxIntent> inFlight(StoreError *error) const;

    bool markSending(qint64 id, StoreError *error);
    bool markDone(qint64 id, domain::OutboxIntent::State state, StoreError *error);
    bool markFailed(qint64 id, const QString &reason, StoreError *error);
    // Back to queued for another attempt at `when` (retry with backoff).
    bool reschedule(qint64 id, const QDateTime &when, const QString &reason, StoreError *error);
    // Intents of `kindPrefix` that wait out a retry backoff become due now (the network is back).
    // Intents that never ran keep their time: that is an undo window, not a backoff.
    bool dueNow(const QString &kindPrefix, StoreError *error);
    // A failed intent the user asked to try again.
    bool retry(qint64 id, StoreError *error);

private:
    bool setState(qint64 id, const QString &state, const QVariant &error, const QVariant &notBefore,
                  bool countAttempt, StoreError *storeError);

    QSqlDatabase m_db;
};

} // namespace agentp::store
