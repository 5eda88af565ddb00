#include "models/domain/KpiMath.h"

#include <cmath>

namespace agentp::domain {

namespace {

// Conversions are ratios of counts; two of them that differ by less than this are the same
// value computed along different paths, not a change anyone should see an arrow for.
constexpr double kSameRatio = 1e-12;

} // namespace

int presetDays(PeriodPreset preset)
{
    switch (preset) {
    case PeriodPreset::Last7Days:
        return 7;
    case PeriodPreset::Last30Days:
        return 30;
    case PeriodPreset::Last90Days:
        return 90;
    case PeriodPreset::Custom:
        break;
    }
    return 0;
}

DatePeriod lastDays(int days, QDate today)
{
    if (days < 1 || !today.isValid())
        return {};
    return {today.addDays(-(days - 1)), today};
}

DatePeriod periodFor(PeriodPreset preset, QDate today, QDate from, QDate to)
{
    if (preset != PeriodPreset::Custom)
        return lastDays(presetDays(preset), today);
    if (!from.isValid() || !to.isValid())
        return {};
    return from <= to ? DatePeriod{from, to} : DatePeriod{to, from};
}

DatePeriod previousPeriod(const DatePeriod &period)
{
    if (!period.isValid())
        return {};
    const QDate last = period.first.addDays(-1);
    return {last.addDays(-(period.days() - 1)), last};
}

std::optional<double> conversion(qint64 bookings, qint64 sessions)
{
    if (sessions <= 0 || bookings < 0)
        return std::nullopt;
    return double(bookings) / double(sessions);
}

std::optional<double> KpiValue::delta() const
{
    if (!current || !previous)
        return std::nullopt;
    return *current - *previous;
}

std::optional<double> KpiValue::percentChange() const
{
    const std::optional<double> d = delta();
    if (!d || *previous == 0.0)
        return std::nullopt;
    const double percent = *d / *previous * 100.0;
    if (!std::isfinite(percent))
        return std::nullopt;
    return percent;
}

KpiValue::Trend KpiValue::trend() const
{
    const std::optional<double> d = delta();
    if (!d)
        return Trend::Unknown;
    if (*d > kSameRatio)
        return Trend::Up;
    if (*d < -kSameRatio)
        return Trend::Down;
    return Trend::Flat;
}

KpiValue countKpi(qint64 current, qint64 previous)
{
    return {double(current), double(previous)};
}

KpiValue conversionKpi(qint64 bookings, qint64 sessions, qint64 previousBookings,
                       qint64 previousSessions)
{
    return {conversion(bookings, sessions), conversion(previousBookings, previousSessions)};
}

} // namespace agentp::domain
