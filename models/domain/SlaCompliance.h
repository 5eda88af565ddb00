#pragma once

#include "models/domain/MarketplaceTypes.h"
#include "models/domain/SlaPolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

namespace agentp::domain {

// The compliance report's arithmetic (docs/sla.md, "Compliance report"), pure: the waits of a
// chat in a period and the figures of a group of waits. Times are seconds since the epoch.

// One message of a chat's history, oldest first.
struct SlaTimelineMessage
{
    SenderType sender = SenderType::Buyer;
    qint64 atSecs = 0;
    QString author; // who wrote it (the agent for our replies); may be empty
};

// One wait of a buyer: from the first buyer message after our last reply to our next reply.
struct SlaWait
{
    enum class Outcome
    {
        Within,  // answered within the target (working time)
        Late,    // answered after it
        Missed,  // not answered and past the deadline now
        Pending, // not answered, not yet due: no verdict (left out of the figures)
    };
    qint64 chatId = 0;
    qint64 accountId = 0;
    qint64 sinceSecs = 0;
    qint64 answeredSecs = -1; // -1: not answered
    QString agent;            // who answered
    bool firstResponse = false;
    int targetMinutes = 0;
    qint64 workingSecs = 0; // to the answer (to now when unanswered), in the rule's calendar
    Outcome outcome = Outcome::Pending;
};

// The waits of one chat that began in [fromSecs, toSecs), judged at `nowSecs` under `rule`. A
// wait is measured to the reply even when the reply came after the period.
std::vector<SlaWait> slaWaits(qint64 chatId, qint64 accountId, const SlaRule &rule,
                              const std::vector<SlaTimelineMessage> &timeline, qint64 fromSecs,
                              qint64 toSecs, qint64 nowSecs);

// The figures of a group of waits (an account, an agent, everything).
struct SlaFigures
{
    int within = 0;
    int late = 0;
    int missed = 0;
    int firstResponses = 0;      // answered first responses (the basis of the times)
    qint64 medianFirstSecs = -1; // -1: no answered first response
    qint64 p90FirstSecs = -1;

    int judged() const { return within + late + missed; }
    // Within target over all judged waits, 0…1; -1 when nothing was judged.
    double withinShare() const { return judged() == 0 ? -1.0 : double(within) / judged(); }
};

// Pending waits are left out. Median: the middle value, or the mean of the two middle values
// rounded down to a second; 90th percentile: nearest rank (the ⌈0.9·n⌉-th smallest).
SlaFigures slaFigures(const std::vector<const SlaWait *> &waits);

qint64 medianOf(std::vector<qint64> values);
qint64 nearestRankPercentile(std::vector<qint64> values, int percent);

} // namespace agentp::domain
