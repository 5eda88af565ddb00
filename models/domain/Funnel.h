#pragma once

#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>

namespace agentp::domain {

// The bot's conversion funnel: dialog started → service chosen → time chosen → booked.
//
// The stages are derived from what a dialog row records (bot_sessions), not from a stored
// stage, because the bot writes these fields as the dialog progresses:
//   started        every dialog
//   service chosen `service` is not empty
//   time chosen    `slot_at` is not empty
//   booked         `booking_id` is not empty
// ("empty" = NULL or only white space.)
//
// The rule that keeps the funnel monotone: a dialog's *furthest* stage is the last one whose
// field is set, and it counts as having passed every stage before it. A row with a booking but
// no service (the bot booked through a quick-reply that skipped the field, or a sync brought a
// partial row) therefore counts in all four stages; no stage can ever show more dialogs than
// the stage before it, whatever the data. docs/salon-metrics.md explains the same rule.
enum class FunnelStage
{
    Started = 0,
    ServiceChosen = 1,
    TimeChosen = 2,
    Booked = 3
};

constexpr int kFunnelStageCount = 4;

// The furthest stage a dialog reached, from its recorded fields.
FunnelStage furthestStage(const QString &service, const QString &slotAt, const QString &bookingId);

// How many dialogs reached at least each stage.
class FunnelCounts final
{
public:
    FunnelCounts() = default;
    // From the number of dialogs whose furthest stage is each stage (what SQL groups by):
    // reached(k) = Σ furthest(j) for j ≥ k. Negative inputs count as 0.
    static FunnelCounts fromFurthest(const std::array<qint64, kFunnelStageCount> &furthest);

    void add(FunnelStage furthest);
    qint64 reached(FunnelStage stage) const { return m_reached[size_t(stage)]; }
    qint64 started() const { return reached(FunnelStage::Started); }
    qint64 booked() const { return reached(FunnelStage::Booked); }
    // Share of the dialogs started that reached `stage` (0..1); nullopt without dialogs.
    std::optional<double> shareOfStarted(FunnelStage stage) const;
    // Share of the previous stage's dialogs that reached `stage`; nullopt when the previous
    // stage is empty. For Started it is the share of started, i.e. 1.
    std::optional<double> shareOfPrevious(FunnelStage stage) const;

    bool operator==(const FunnelCounts &) const = default;

private:
    std::array<qint64, kFunnelStageCount> m_reached{};
};

} // namespace agentp::domain
