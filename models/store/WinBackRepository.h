#pragma once

#include "models/domain/WinBackCandidate.h"
#include "models/store/StoreError.h"

#include <QHash>
#include <QSqlDatabase>

#include <vector>

namespace agentp::store {

// The win-back aggregate: which clients the churn rule says are overdue (from client_memory's
// last visit and average interval, with an injected "today"), and the requests to the bot to
// bring them back (winback_requests + an outbox intent "winback.request").
class WinBackRepository final
{
public:
    static constexpr const char *kIntentKind = "winback.request";

    struct RequestResult
    {
        enum class Kind
        {
            Queued,
            AlreadyPending, // a request for this client is still queued or sent: nothing written
            NotFound,       // no such client
            Failed,         // see the StoreError
        };
        Kind kind = Kind::Failed;
        qint64 requestId = 0;
        qint64 intentId = 0;
    };

    explicit WinBackRepository(QSqlDatabase db);

    // Clients at risk (churn risk > 0), riskiest and most overdue first. Clients without a last
    // visit are left out (see ChurnRisk). Every call reads client_memory once, bounded by LIMIT.
    std::vector<domain::WinBackCandidate> atRisk(const domain::WinBackFilter &filter, int offset,
                                                 int limit, StoreError *error) const;
    qint64 countAtRisk(const domain::WinBackFilter &filter, StoreError *error) const;
    // The latest request status of every client that has one (the table is small: one row per
    // request a manager made).
    QHash<QString, QString> latestStatuses(StoreError *error) const;

    // "Bring back": in one transaction, a winback_requests row 'queued' and the outbox intent
    // that asks the bot to write to the client. Refused while an earlier request for the same
    // client is still queued or sent. The caller announces {"winback_requests", "outbox"}.
    RequestResult requestWinBack(const QString &clientId, const QString &requestedBy,
                                 StoreError *error);

    // For the sync side: moves a request on (e.g. queued → sent) only when it is still in state
    // `from`, so a repeated delivery report changes nothing. False when nothing changed.
    bool advanceRequest(qint64 requestId, const QString &from, const QString &to,
                        const QString &remoteId, StoreError *error);
    // The request's status; empty when there is no such request.
    QString requestStatus(qint64 requestId, StoreError *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace agentp::store
