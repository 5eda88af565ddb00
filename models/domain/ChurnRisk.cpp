#include "models/domain/ChurnRisk.h"

namespace agentp::domain {

int ChurnRisk::effectiveInterval(std::optional<int> averageIntervalDays)
{
    return averageIntervalDays && *averageIntervalDays > 0 ? *averageIntervalDays
                                                           : kDefaultIntervalDays;
}

double ChurnRisk::riskFor(int daysSinceLastVisit, int intervalDays)
{
    const qint64 interval = intervalDays > 0 ? intervalDays : kDefaultIntervalDays;
    // ratio < 1.3  ⇔  10·days < 13·interval (interval > 0), and likewise for 1.0 and 1.5.
    const qint64 tenfold = 10 * qint64(daysSinceLastVisit);
    if (tenfold < 10 * interval)
        return 0.0;
    if (tenfold < 13 * interval)
        return 0.3;
    if (tenfold < 15 * interval)
        return 0.6;
    return 0.9;
}

double ChurnRisk::riskForRatio(double ratio)
{
    if (ratio < 1.0)
        return 0.0;
    if (ratio < 1.3)
        return 0.3;
    if (ratio < 1.5)
        return 0.6;
    return 0.9;
}

ChurnAssessment ChurnRisk::assess(const QDate &lastVisit, std::optional<int> averageIntervalDays,
                                  const QDate &today)
{
    ChurnAssessment a;
    if (!lastVisit.isValid() || !today.isValid())
        return a;
    a.known = true;
    a.daysSinceLastVisit = int(lastVisit.daysTo(today));
    a.intervalAssumed = !(averageIntervalDays && *averageIntervalDays > 0);
    a.intervalDays = effectiveInterval(averageIntervalDays);
    a.ratio = double(a.daysSinceLastVisit) / double(a.intervalDays);
    a.risk = riskFor(a.daysSinceLastVisit, a.intervalDays);
    return a;
}

ChurnRisk::Band ChurnRisk::band(double risk)
{
    if (risk >= 0.9)
        return Band::High;
    if (risk >= 0.6)
        return Band::Medium;
    if (risk >= 0.3)
        return Band::Low;
    return Band::None;
}

} // namespace agentp::domain
