#include "models/items/WaitlistLabels.h"

#include "models/store/RiskRepository.h"
#include "models/store/WaitlistRepository.h"

#include <QLocale>

#include <cmath>

namespace agentp::models {

QString WaitlistLabels::done(const QString &kind)
{
    if (kind == QLatin1String(store::WaitlistRepository::kConvert))
        return tr("Converted");
    if (kind == QLatin1String(store::WaitlistRepository::kCancel))
        return tr("Cancelled");
    if (kind == QLatin1String(store::WaitlistRepository::kContact))
        return tr("Contacted");
    if (kind == QLatin1String(store::WaitlistRepository::kMatch))
        return tr("Matched");
    if (kind == QLatin1String(store::RiskRepository::kNotify))
        return tr("Notified");
    if (kind == QLatin1String(store::RiskRepository::kIgnore))
        return tr("Ignored");
    return kind;
}

QString WaitlistLabels::intentState(const domain::OutboxIntent &intent, const QDateTime &wallNow)
{
    using State = domain::OutboxIntent::State;
    QString action = done(intent.kind);
    switch (intent.state) {
    case State::Queued:
        if (intent.notBefore.isValid() && intent.notBefore > wallNow)
            return tr("%1 — can be undone").arg(action);
        return intent.lastError.isEmpty()
                   ? tr("%1 — queued").arg(action)
                   : tr("%1 — will retry (%2)").arg(action, intent.lastError);
    case State::Sending:
        return tr("%1 — sending…").arg(action);
    case State::Failed:
        return tr("%1 — failed: %2").arg(action, intent.lastError);
    case State::Sent:
    case State::Read:
        return action;
    }
    return action;
}

QString WaitlistLabels::unknownClient()
{
    return tr("Unknown client");
}

QString WaitlistLabels::shortName(const QString &fullName)
{
    const QStringList parts = fullName.simplified().split(QLatin1Char(' '));
    if (parts.size() < 2 || parts.at(1).isEmpty())
        return fullName.simplified();
    return parts.at(0) + QLatin1Char(' ') + parts.at(1).at(0) + QLatin1Char('.');
}

QString WaitlistLabels::wanted(const domain::WaitlistItem &item)
{
    // Day names help more than the year here: requests are for the next few weeks.
    const QString day = QLocale().toString(item.wantedDate, QStringLiteral("ddd d MMM"));
    const QString from = item.windowFrom.toString(QStringLiteral("HH:mm"));
    const QString to = item.windowTo.toString(QStringLiteral("HH:mm"));
    if (item.windowFrom.isValid() && item.windowTo.isValid())
        return tr("%1, %2–%3").arg(day, from, to);
    if (item.windowFrom.isValid())
        return tr("%1, from %2").arg(day, from);
    if (item.windowTo.isValid())
        return tr("%1, until %2").arg(day, to);
    return tr("%1, any time").arg(day);
}

QString WaitlistLabels::waitingFor(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return {};
    const qint64 days = since.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 0)
        return tr("today");
    return tr("%n day(s)", nullptr, int(std::min<qint64>(days, 100000)));
}

QString WaitlistLabels::percent(double score)
{
    return tr("%1 %").arg(std::lround(std::clamp(score, 0.0, 1.0) * 100.0));
}

QString WaitlistLabels::slot(const domain::RiskyBooking &booking)
{
    return QLocale().toString(booking.localSlot(), QStringLiteral("ddd d MMM, HH:mm"));
}

} // namespace agentp::models
