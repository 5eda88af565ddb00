#include "models/domain/Funnel.h"

#include "models/domain/KpiMath.h"

namespace agentp::domain {

namespace {

bool isSet(const QString &field)
{
    return !field.trimmed().isEmpty();
}

} // namespace

FunnelStage furthestStage(const QString &service, const QString &slotAt, const QString &bookingId)
{
    // Checked from the end: a later stage implies the earlier ones (see Funnel.h).
    if (isSet(bookingId))
        return FunnelStage::Booked;
    if (isSet(slotAt))
        return FunnelStage::TimeChosen;
    if (isSet(service))
        return FunnelStage::ServiceChosen;
    return FunnelStage::Started;
}

FunnelCounts FunnelCounts::fromFurthest(const std::array<qint64, kFunnelStageCount> &furthest)
{
    FunnelCounts counts;
    qint64 running = 0;
    for (int k = kFunnelStageCount - 1; k >= 0; --k) {
        running += qMax<qint64>(0, furthest[size_t(k)]);
        counts.m_reached[size_t(k)] = running;
    }
    return counts;
}

void FunnelCounts::add(FunnelStage furthest)
{
    for (int k = 0; k <= int(furthest); ++k)
        ++m_reached[size_t(k)];
}

std::optional<double> FunnelCounts::shareOfStarted(FunnelStage stage) const
{
    return conversion(reached(stage), started());
}

std::optional<double> FunnelCounts::shareOfPrevious(FunnelStage stage) const
{
    if (stage == FunnelStage::Started)
        return shareOfStarted(stage);
    return conversion(reached(stage), reached(FunnelStage(int(stage) - 1)));
}

} // namespace agentp::domain
