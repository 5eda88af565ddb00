#pragma once

#include <QDate>
#include <QtGlobal>

#include <optional>

namespace agentp::domain {

// The periods the Overview offers. Presets end with today (today counts so far), so "last 7
// days" is today and the six days before it — the same rule as the Sessions pane's filter.
enum class PeriodPreset
{
    Last7Days,
    Last30Days,
    Last90Days,
    Custom
};

// Whole calendar days, both ends inclusive. Which calendar is the caller's business (the
// repository turns the days into UTC bounds in its time zone); the arithmetic here is on dates
// only, so month ends, leap days and DST changes cannot shift it.
struct DatePeriod
{
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    qint64 days() const { return isValid() ? first.daysTo(last) + 1 : 0; }
    bool contains(QDate day) const { return isValid() && day >= first && day <= last; }
    bool operator==(const DatePeriod &) const = default;
};

// Number of days of a preset; 0 for Custom.
int presetDays(PeriodPreset preset);
// The `days` days ending with `today`; invalid when days < 1 or today is invalid.
DatePeriod lastDays(int days, QDate today);
// A preset anchored at today; for Custom the range [from, to] with its ends put in order.
DatePeriod periodFor(PeriodPreset preset, QDate today, QDate from = {}, QDate to = {});
// The period of the same length that ends the day before `period` starts (what deltas compare
// against). Invalid in, invalid out.
DatePeriod previousPeriod(const DatePeriod &period);

// bookings / sessions as a fraction (0.25 = 25 %). No sessions means the conversion is not
// defined — std::nullopt, shown as "—" — never NaN, infinity or a made-up 0.
std::optional<double> conversion(qint64 bookings, qint64 sessions);

// A KPI in the current period next to the previous period of the same length. A side that is
// not defined (conversion without sessions) is std::nullopt, and so is everything derived
// from it: no NaN or infinity ever leaves this struct.
struct KpiValue
{
    enum class Trend
    {
        Up,
        Down,
        Flat,
        Unknown // one side is not defined: nothing to compare
    };

    std::optional<double> current;
    std::optional<double> previous;

    // current − previous, when both are defined.
    std::optional<double> delta() const;
    // delta ÷ previous × 100, when both are defined and previous ≠ 0 (from 0 to something is
    // not a percentage; the card shows the absolute change instead).
    std::optional<double> percentChange() const;
    Trend trend() const;
};

KpiValue countKpi(qint64 current, qint64 previous);
// Conversion this period vs the previous one (each side nullopt without sessions); its delta is
// in fractions, i.e. percentage points ÷ 100.
KpiValue conversionKpi(qint64 bookings, qint64 sessions, qint64 previousBookings,
                       qint64 previousSessions);

// One day of the trend: dialogs started and bookings made that day. `computed` says the day had
// no daily_metrics row and was counted from the dialogs themselves.
struct DailyKpi
{
    QDate day;
    qint64 sessions = 0;
    qint64 bookings = 0;
    bool computed = false;

    std::optional<double> conversion() const { return domain::conversion(bookings, sessions); }
    bool operator==(const DailyKpi &) const = default;
};

} // namespace agentp::domain
