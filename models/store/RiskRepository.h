#pragma once

#include "models/domain/WaitlistMatch.h"
#include "models/store/SalonActionUndo.h"
#include "models/store/StoreError.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace agentp::store {

// Cancellation-risk predictions of booked slots (risk_predictions, the local mirror of
// dashboard.predictions): what the Waitlist & risks pane lists, the manager's Notify / Ignore
// (optimistic status + outbox intent "risk.notify" / "risk.ignore" on target "risk:<id>", undone
// like the waitlist actions), and the scoring job behind `agentp-console predict-risk`.
class RiskRepository final
{
public:
    static constexpr const char *kNotify = "risk.notify";
    static constexpr const char *kIgnore = "risk.ignore";
    static constexpr int kDefaultLimit = 500;

    struct Filter
    {
        QString tenantId;       // empty: every salon
        double threshold = 0.5; // lowest risk score shown
        QDateTime now;          // only slots after this
        int limit = kDefaultLimit;
    };

    // What one scoring run did.
    struct ScoringSummary
    {
        int scored = 0;
        int atLeastHalf = 0; // scores ≥ 0.5
        int inserted = 0;    // bookings that had no prediction yet
    };

    explicit RiskRepository(QSqlDatabase db);

    static QString table();
    static QString target(qint64 id);
    static bool isRiskKind(const QString &kind);

    // Open or notified predictions of slots still ahead with a score ≥ the threshold, not yet
    // matched, riskiest first; plus predictions whose action failed on the server.
    std::vector<domain::RiskyBooking> risky(const Filter &filter, StoreError *error) const;
    std::optional<domain::RiskyBooking> find(qint64 id, StoreError *error) const;

    ActionResult notify(qint64 id, const ActionContext &context, StoreError *error);
    ActionResult ignore(qint64 id, const ActionContext &context, StoreError *error);
    UndoResult undo(const UndoTicket &ticket, StoreError *error);

    // Scores every booking whose slot is after `now` — bookings the bot made (bot_sessions with
    // a booking id) and bookings that already have a prediction — from the clients' visit
    // history, and upserts the predictions by (tenant_id, booking_id) in one transaction. A
    // manager's status and match on an existing prediction are kept. Scores are stored rounded
    // to two decimals, as the server stores them.
    ScoringSummary scoreUpcoming(const QDateTime &now, StoreError *error);

private:
    ActionResult changeStatus(qint64 id, const QString &kind, const QString &status,
                              StoreError *error, const ActionContext &context);

    QSqlDatabase m_db;
};

} // namespace agentp::store
