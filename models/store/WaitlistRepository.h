#pragma once

#include "models/domain/WaitlistMatch.h"
#include "models/store/SalonActionUndo.h"
#include "models/store/StoreError.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace agentp::store {

// The waitlist aggregate (waitlist_items) and the actions a manager takes on it. Every action is
// one transaction: the row is updated optimistically and an outbox intent is queued (target
// "waitlist:<id>") that waits until the end of the undo window; undo() withdraws the intent and
// restores exactly the previous values.
//
// Intents and what they change locally:
//   waitlist.convert  status 'converted', processed_at = now      (the client got a booking)
//   waitlist.cancel   status 'cancelled', processed_at = now      (the request is dropped)
//   waitlist.contact  nothing: the client still waits; the intent records on the server that
//                     the salon called or wrote, and the row shows "Contacted" while it is queued
//   waitlist.match    status 'matched', processed_at = now, matched_booking_id = the booking,
//                     and the prediction's matched_waitlist_id = the item
class WaitlistRepository final
{
public:
    static constexpr const char *kConvert = "waitlist.convert";
    static constexpr const char *kCancel = "waitlist.cancel";
    static constexpr const char *kContact = "waitlist.contact";
    static constexpr const char *kMatch = "waitlist.match";
    static constexpr int kDefaultLimit = 500;

    explicit WaitlistRepository(QSqlDatabase db);

    // Pending items, earliest wanted date first, with client name, phone and the newest
    // unfinished intent; also items whose action failed on the server, so the failure shows.
    // `tenantId` empty: every salon. Bounded by `limit`.
    std::vector<domain::WaitlistItem> pending(const QString &tenantId, StoreError *error,
                                              int limit = kDefaultLimit) const;
    std::optional<domain::WaitlistItem> find(qint64 id, StoreError *error) const;

    ActionResult convert(qint64 id, const ActionContext &context, StoreError *error);
    ActionResult cancel(qint64 id, const ActionContext &context, StoreError *error);
    ActionResult contact(qint64 id, const ActionContext &context, StoreError *error);
    // Checks the pair with WaitlistMatch against fresh rows and refuses an incompatible one
    // (nothing is written then; `message` gives the reason).
    ActionResult match(qint64 id, qint64 predictionId, const ActionContext &context,
                       StoreError *error);
    UndoResult undo(const UndoTicket &ticket, StoreError *error);

    static QString target(qint64 id);
    static bool isWaitlistKind(const QString &kind);

private:
    ActionResult changeStatus(qint64 id, const QString &kind, const QString &status,
                              const ActionContext &context, StoreError *error);

    QSqlDatabase m_db;
};

} // namespace agentp::store
