#pragma once

#include "models/domain/OutboxIntent.h"
#include "models/domain/WaitlistMatch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace agentp::models {

// The words the Waitlist & risks pane uses for its rows and actions, in one place so the tables,
// the undo bar and the notices say the same thing.
class WaitlistLabels final
{
    Q_DECLARE_TR_FUNCTIONS(WaitlistLabels)
public:
    // "Converted", "Cancelled", "Contacted", "Matched", "Notified", "Ignored" for an intent kind.
    static QString done(const QString &kind);
    // How far an unfinished intent got: "Converted — can be undone", "Contacted — queued",
    // "Notified — sending…", "Match failed: <reason>". `wallNow` decides the undo window.
    static QString intentState(const domain::OutboxIntent &intent, const QDateTime &wallNow);
    static QString unknownClient();
    // "Мария П." from "Мария Петрова": enough to recognise the client in a notice.
    static QString shortName(const QString &fullName);
    // "Tue 1 Dec, 10:00–13:00"; "any time" when no window; one open end shows as "from 10:00".
    static QString wanted(const domain::WaitlistItem &item);
    // "3 days" / "today" since the request, by calendar days of `now`.
    static QString waitingFor(const QDateTime &since, const QDateTime &now);
    // "72 %"
    static QString percent(double score);
    // The slot in the salon's own time, e.g. "Tue 1 Dec, 11:30".
    static QString slot(const domain::RiskyBooking &booking);
};

} // namespace agentp::models
