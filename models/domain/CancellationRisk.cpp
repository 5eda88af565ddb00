#include "models/domain/CancellationRisk.h"

#include <QJsonValue>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace agentp::domain {

namespace {

const QString kDays = QStringLiteral("days_since_last_visit");
const QString kCancelRate = QStringLiteral("cancel_rate");
const QString kLead = QStringLiteral("lead_time_days");
const QString kNew = QStringLiteral("is_new_client");

// Whole days from `from` to `to`, never negative (a clock skew must not make a factor negative).
int wholeDays(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    return int(std::max<qint64>(0, from.secsTo(to) / 86400));
}

} // namespace

QJsonObject CancellationFactors::toJson() const
{
    QJsonObject json;
    json.insert(kDays, daysSinceLastVisit ? QJsonValue(*daysSinceLastVisit) : QJsonValue());
    json.insert(kCancelRate, std::round(cancelRate * 100.0) / 100.0);
    json.insert(kLead, leadTimeDays);
    json.insert(kNew, isNewClient);
    return json;
}

CancellationFactors CancellationFactors::fromJson(const QJsonObject &json)
{
    CancellationFactors f;
    const QJsonValue days = json.value(kDays);
    if (days.isDouble())
        f.daysSinceLastVisit = std::max(0, days.toInt());
    f.cancelRate = std::clamp(json.value(kCancelRate).toDouble(0.0), 0.0, 1.0);
    f.leadTimeDays = std::max(0, json.value(kLead).toInt(0));
    f.isNewClient = json.value(kNew).toBool(false);
    return f;
}

double CancellationRisk::logit(const CancellationFactors &f)
{
    double z = kBias;
    if (f.daysSinceLastVisit)
        z += kPerMonthAway * double(std::clamp(*f.daysSinceLastVisit, 0, kMaxDaysAway)) / 30.0;
    z += kPerCancelRate * std::clamp(f.cancelRate, 0.0, 1.0);
    z += kPerWeekAhead * double(std::clamp(f.leadTimeDays, 0, kMaxLeadDays)) / 7.0;
    if (f.isNewClient)
        z += kNewClient;
    return z;
}

double CancellationRisk::score(const CancellationFactors &factors)
{
    return std::clamp(1.0 / (1.0 + std::exp(-logit(factors))), 0.0, 1.0);
}

QString CancellationRisk::factorsInWords(const CancellationFactors &f)
{
    QStringList parts;
    if (f.daysSinceLastVisit)
        parts << tr("%n day(s) since last visit", nullptr, *f.daysSinceLastVisit);
    else if (!f.isNewClient)
        parts << tr("last visit unknown");
    const int percent = int(std::lround(std::clamp(f.cancelRate, 0.0, 1.0) * 100.0));
    if (percent > 0)
        parts << tr("cancels %1 % of bookings").arg(percent);
    parts << (f.leadTimeDays > 0 ? tr("booked %n day(s) ahead", nullptr, f.leadTimeDays)
                                 : tr("booked the same day"));
    if (f.isNewClient)
        parts << tr("new client");
    return parts.join(QStringLiteral("; "));
}

CancellationFactors CancellationRisk::factorsFor(const ClientHistory *history,
                                                 const QDateTime &bookedAt, const QDateTime &slotAt,
                                                 const QDateTime &now, int knownLeadDays)
{
    CancellationFactors f;
    if (history && history->lastCompletedVisit && history->lastCompletedVisit->isValid()) {
        const qint64 days = history->lastCompletedVisit->daysTo(now.toUTC().date());
        f.daysSinceLastVisit = int(std::clamp<qint64>(days, 0, 100000));
    }
    if (history && history->bookings > 0) {
        const double rate =
            double(std::clamp(history->missed, 0, history->bookings)) / double(history->bookings);
        f.cancelRate = std::round(rate * 100.0) / 100.0; // as stored: two decimals
    }
    f.leadTimeDays = bookedAt.isValid() ? wholeDays(bookedAt, slotAt) : std::max(0, knownLeadDays);
    f.isNewClient = !f.daysSinceLastVisit.has_value();
    return f;
}

} // namespace agentp::domain
