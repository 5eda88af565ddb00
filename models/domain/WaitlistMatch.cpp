#include "models/domain/WaitlistMatch.h"

#include <QLocale>

namespace agentp::domain {

namespace {

MatchVerdict fail(MatchVerdict::Reason reason, QString message)
{
    return {reason, std::move(message)};
}

QString hhmm(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

} // namespace

bool WaitlistMatch::sameName(const QString &a, const QString &b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

MatchVerdict WaitlistMatch::check(const WaitlistItem &item, const RiskyBooking &slot,
                                  const QDateTime &now)
{
    using Reason = MatchVerdict::Reason;
    if (item.status != QLatin1String("pending"))
        return fail(Reason::NotWaiting, tr("This client is no longer on the waitlist."));
    if (slot.matchedWaitlistId != 0 || slot.status == QLatin1String("ignored"))
        return fail(Reason::SlotUnavailable,
                    tr("This slot is already matched or its risk was ignored."));
    if (item.tenantId != slot.tenantId)
        return fail(Reason::OtherSalon, tr("The slot belongs to another salon."));
    if (!sameName(item.service, slot.service))
        return fail(Reason::OtherService,
                    tr("The slot is for “%1”; the client waits for “%2”.")
                        .arg(slot.service.simplified(), item.service.simplified()));
    const QDateTime local = slot.localSlot();
    const QLocale locale;
    if (local.date() != item.wantedDate)
        return fail(Reason::OtherDate,
                    tr("The slot is on %1; the client wants %2.")
                        .arg(locale.toString(local.date(), QLocale::ShortFormat),
                             locale.toString(item.wantedDate, QLocale::ShortFormat)));
    // Minutes are what the salon books in; seconds in a stored time must not break a tie.
    const QTime at(local.time().hour(), local.time().minute());
    const bool afterStart = !item.windowFrom.isValid() || at >= item.windowFrom;
    const bool beforeEnd = !item.windowTo.isValid() || at <= item.windowTo;
    if (!afterStart || !beforeEnd) {
        const QString from = item.windowFrom.isValid() ? hhmm(item.windowFrom) : QString();
        const QString to = item.windowTo.isValid() ? hhmm(item.windowTo) : QString();
        return fail(
            Reason::OutsideWindow,
            tr("The slot at %1 is outside the client's window %2–%3.").arg(hhmm(at), from, to));
    }
    if (!slot.slotAt.isValid() || slot.slotAt <= now)
        return fail(Reason::SlotPassed, tr("The slot has already passed."));
    if (!item.master.trimmed().isEmpty() && !sameName(item.master, slot.master))
        return fail(Reason::OtherMaster,
                    tr("The client asked for %1; the slot is with %2.")
                        .arg(item.master.simplified(), slot.master.trimmed().isEmpty()
                                                           ? tr("another master")
                                                           : slot.master.simplified()));
    return {};
}

} // namespace agentp::domain
