#pragma once

#include "models/domain/CancellationRisk.h"
#include "models/domain/OutboxIntent.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace agentp::domain {

// A client on the waitlist (wishlist_v2 → waitlist_items): which service, which day and, when
// given, which time window and master. Times are the salon's local wall-clock times.
struct WaitlistItem
{
    qint64 id = 0;
    QString tenantId;
    QString tenantName;
    QString clientId;
    QString clientName;
    QString clientPhone;
    QString clientChannel; // the messenger the client last wrote from (telegram, whatsapp …)
    QString service;
    QString master; // empty: any master
    QDate wantedDate;
    QTime windowFrom; // invalid: from opening
    QTime windowTo;   // invalid: until closing
    QString status;   // pending, converted, cancelled, matched
    QDateTime createdAt;
    QDateTime processedAt;
    QDateTime updatedAt;
    QString matchedBookingId;
    // The newest action on this item that has not reached the server yet (undo window, queued,
    // sending or failed); empty when there is none.
    std::optional<OutboxIntent> pendingIntent;
};

// A booked slot with its cancellation-risk prediction (dashboard.predictions → risk_predictions).
struct RiskyBooking
{
    qint64 id = 0;
    QString tenantId;
    QString tenantName;
    QTimeZone zone = QTimeZone::utc(); // the salon's time zone
    QString bookingId;
    QString clientId;
    QString clientName;
    QString clientPhone;
    QString service;
    QString master;
    QDateTime slotAt; // UTC
    double score = 0.0;
    CancellationFactors factors;
    QString status; // open, notified, ignored
    qint64 matchedWaitlistId = 0;
    QDateTime predictedAt;
    std::optional<OutboxIntent> pendingIntent;

    QDateTime localSlot() const { return slotAt.toTimeZone(zone); }
};

// Whether a waiting client can take a risky slot, and if not, the first reason why.
struct MatchVerdict
{
    enum class Reason
    {
        Compatible,
        NotWaiting,      // the waitlist item is no longer pending
        SlotUnavailable, // the booking is already matched or its risk was ignored
        OtherSalon,
        OtherService,
        OtherDate,
        OutsideWindow,
        SlotPassed,
        OtherMaster,
    };
    Reason reason = Reason::Compatible;
    QString message; // translated; empty when compatible

    bool ok() const { return reason == Reason::Compatible; }
};

// The matching rules. The checks run in this order and the first failure is reported: the item
// still waits and the slot is still free; same salon; same service (case-insensitive, spaces
// trimmed and collapsed); the slot's local date is the wanted date; its local time lies inside
// [window from, window to] (both ends included, an open end when a bound is missing); the slot
// is still ahead of `now`; and, when the client asked for a master, the slot is with that master.
class WaitlistMatch final
{
    Q_DECLARE_TR_FUNCTIONS(WaitlistMatch)
public:
    static MatchVerdict check(const WaitlistItem &item, const RiskyBooking &slot,
                              const QDateTime &now);
    // Service and master names compare case-insensitively with whitespace normalised.
    static bool sameName(const QString &a, const QString &b);
};

} // namespace agentp::domain
