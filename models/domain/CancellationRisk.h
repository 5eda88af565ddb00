#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace agentp::domain {

// The four factors of seed 001 that the cancellation-risk score is computed from. They are also
// what the console shows and stores (risk_predictions.risk_factors, same JSON keys as the
// server's dashboard.predictions), so a manager can see why a booking looks risky.
struct CancellationFactors
{
    std::optional<int> daysSinceLastVisit; // since the last completed visit; empty: never came
    double cancelRate = 0.0;               // cancelled + no-show share of all bookings, 0..1
    int leadTimeDays = 0;                  // from booking to slot
    bool isNewClient = false;              // no completed visit yet

    QJsonObject toJson() const;
    // Tolerant of missing or mistyped keys (server rows written by older jobs): they read as
    // "unknown" / 0 / false, and values are clamped to their ranges.
    static CancellationFactors fromJson(const QJsonObject &json);
    bool operator==(const CancellationFactors &) const = default;
};

// What the client's visit history says, as the scoring job reads it from the store.
struct ClientHistory
{
    std::optional<QDate> lastCompletedVisit;
    int bookings = 0; // every visit record: completed, cancelled and no-show
    int missed = 0;   // cancelled + no-show
};

// The cancellation-risk model: a logistic function of a weighted sum of the factors,
//
//   z     = kBias
//         + kPerMonthAway  × min(days since last visit, kMaxDaysAway) / 30
//         + kPerCancelRate × cancel rate
//         + kPerWeekAhead  × min(lead time in days, kMaxLeadDays) / 7
//         + kNewClient     × (new client ? 1 : 0)
//   score = 1 / (1 + e^(−z))                                   (always inside (0, 1))
//
// Every weight is positive and every cap is a min(), so the score never goes down when a factor
// gets worse (more days away, more cancellations, booked further ahead, new client) — the
// manager can trust that a "riskier" client never scores lower. An unknown "days since last
// visit" (the client never came) adds nothing: the new-client weight already covers it.
//
// The weights are set by hand, not fitted (there is no labelled history yet), and calibrated on
// the demo data: a regular client who came three weeks ago and books five days ahead scores
// about 7 %; the seed's example (45 days away, cancels 30 %, booked 14 days ahead) about 48 %;
// a client away for two months who cancels a fifth of the time and booked three weeks ahead
// about 52 %. On the demo workspace the median upcoming booking scores about 17 % and roughly
// one in seven reaches 50 % — the salon's usual cancellation share, concentrated where the
// factors point.
class CancellationRisk final
{
    Q_DECLARE_TR_FUNCTIONS(CancellationRisk)
public:
    static constexpr double kBias = -3.4;         // a returning client, no other factor: 3 %
    static constexpr double kPerMonthAway = 0.8;  // per 30 days since the last visit …
    static constexpr int kMaxDaysAway = 180;      // … counted up to half a year
    static constexpr double kPerCancelRate = 5.0; // × the cancel rate (0..1)
    static constexpr double kPerWeekAhead = 0.3;  // per 7 days between booking and slot …
    static constexpr int kMaxLeadDays = 42;       // … counted up to six weeks
    static constexpr double kNewClient = 1.5;     // no completed visit yet

    // The weighted sum z above (the log-odds of a cancellation).
    static double logit(const CancellationFactors &factors);
    // The probability-like score in [0, 1].
    static double score(const CancellationFactors &factors);
    // "45 days since last visit; cancels 30 % of bookings; booked 14 days ahead; new client",
    // in the UI language. A cancel rate of zero is left out (it is not a reason for risk).
    static QString factorsInWords(const CancellationFactors &factors);

    // The factors of one booking: `history` is the client's visits before `now` (nullptr: the
    // booking has no known client), `bookedAt` when the booking was made, `slotAt` its time.
    // An invalid `bookedAt` keeps `knownLeadDays` (the server's stored figure).
    static CancellationFactors factorsFor(const ClientHistory *history, const QDateTime &bookedAt,
                                          const QDateTime &slotAt, const QDateTime &now,
                                          int knownLeadDays = 0);
};

} // namespace agentp::domain
