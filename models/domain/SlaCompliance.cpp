#include "models/domain/SlaCompliance.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace agentp::domain {

namespace {

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
}

} // namespace

std::vector<SlaWait> slaWaits(qint64 chatId, qint64 accountId, const SlaRule &rule,
                              const std::vector<SlaTimelineMessage> &timeline, qint64 fromSecs,
                              qint64 toSecs, qint64 nowSecs)
{
    std::vector<SlaWait> out;
    bool answeredBefore = false;
    bool waiting = false;
    SlaWait current;
    const auto close = [&](SlaWait w) {
        if (w.sinceSecs < fromSecs || w.sinceSecs >= toSecs)
            return;
        const qint64 end = w.answeredSecs >= 0 ? w.answeredSecs : nowSecs;
        w.workingSecs = rule.calendar.workingSecondsBetween(utc(w.sinceSecs), utc(end));
        const qint64 target = qint64(w.targetMinutes) * 60;
        if (w.answeredSecs >= 0)
            w.outcome = w.workingSecs <= target ? SlaWait::Outcome::Within : SlaWait::Outcome::Late;
        else
            w.outcome =
                w.workingSecs >= target ? SlaWait::Outcome::Missed : SlaWait::Outcome::Pending;
        out.push_back(std::move(w));
    };
    // The same walk as slaClock: support and system messages neither start nor stop a wait.
    for (const SlaTimelineMessage &m : timeline) {
        if (m.sender == SenderType::Seller) {
            if (waiting) {
                current.answeredSecs = m.atSecs;
                current.agent = m.author;
                close(current);
            }
            waiting = false;
            answeredBefore = true;
        } else if (m.sender == SenderType::Buyer && !waiting) {
            waiting = true;
            current = {};
            current.chatId = chatId;
            current.accountId = accountId;
            current.sinceSecs = m.atSecs;
            current.firstResponse = !answeredBefore;
            current.targetMinutes =
                current.firstResponse ? rule.firstResponseMinutes : rule.nextResponseMinutes;
        }
    }
    if (waiting)
        close(current);
    return out;
}

qint64 medianOf(std::vector<qint64> values)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

qint64 nearestRankPercentile(std::vector<qint64> values, int percent)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    // ⌈p·n/100⌉ in integers: no floating-point surprise at exact ranks (90 % of 10 is 9).
    const size_t rank = std::max<size_t>(1, (size_t(percent) * values.size() + 99) / 100);
    return values[std::min(rank, values.size()) - 1];
}

SlaFigures slaFigures(const std::vector<const SlaWait *> &waits)
{
    SlaFigures f;
    std::vector<qint64> first;
    for (const SlaWait *w : waits) {
        switch (w->outcome) {
        case SlaWait::Outcome::Within:
            ++f.within;
            break;
        case SlaWait::Outcome::Late:
            ++f.late;
            break;
        case SlaWait::Outcome::Missed:
            ++f.missed;
            break;
        case SlaWait::Outcome::Pending:
            continue;
        }
        if (w->firstResponse && w->answeredSecs >= 0)
            first.push_back(w->workingSecs);
    }
    f.firstResponses = int(first.size());
    f.medianFirstSecs = medianOf(first);
    f.p90FirstSecs = nearestRankPercentile(std::move(first), 90);
    return f;
}

} // namespace agentp::domain
