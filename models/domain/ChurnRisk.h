#pragma once

#include <QDate>

#include <optional>

namespace agentp::domain {

// How likely a regular client is to have stopped coming — the customer's win-back rule (seed
// 001, "Алгоритм Churn Risk"): ratio = whole days since the last visit ÷ the client's average
// visit interval in days (30 when unknown, zero or negative); below 1.0 → 0, below 1.3 → 0.3,
// below 1.5 → 0.6, otherwise 0.9.
//
// A client with no recorded visit is *not* assessed (known == false, risk 0): someone who never
// came cannot be "overdue", and the bot has no visit to bring them back to. The Win-back list
// leaves them out.
struct ChurnAssessment
{
    bool known = false;           // false: no last visit, nothing to assess
    int daysSinceLastVisit = 0;   // whole days, today − last visit (negative if in the future)
    int intervalDays = 0;         // the interval used (the client's, or the 30-day default)
    bool intervalAssumed = false; // true when the default was used
    double ratio = 0.0;
    double risk = 0.0; // 0, 0.3, 0.6 or 0.9
};

class ChurnRisk final
{
public:
    static constexpr int kDefaultIntervalDays = 30;

    enum class Band
    {
        None,   // 0
        Low,    // 0.3
        Medium, // 0.6
        High,   // 0.9
    };

    // The interval the rule uses: the client's average when it is a positive number of days.
    static int effectiveInterval(std::optional<int> averageIntervalDays);
    // The rule on whole days, in integers so the thresholds hold exactly (13 days of a 10-day
    // cycle is ratio 1.3 → 0.6, with no floating-point doubt).
    static double riskFor(int daysSinceLastVisit, int intervalDays);
    // The rule on a ratio, for callers that already have one.
    static double riskForRatio(double ratio);
    // `today` is injected so tests and the UI agree on what "now" is.
    static ChurnAssessment assess(const QDate &lastVisit, std::optional<int> averageIntervalDays,
                                  const QDate &today);
    static Band band(double risk);
};

} // namespace agentp::domain
