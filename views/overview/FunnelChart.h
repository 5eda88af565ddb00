#pragma once

#include "models/domain/Funnel.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;

namespace agentp::views {

// The bot's funnel as horizontal bars, "Dialog started" on top: each bar is the number of
// dialogs that reached at least that stage (domain::FunnelCounts), labelled with the count and
// the share of dialogs started. Hovering a bar shows its numbers in a tooltip.
class FunnelChart final : public QChartView
{
    Q_OBJECT
public:
    explicit FunnelChart(QWidget *parent = nullptr);

    void setFunnel(const domain::FunnelCounts &funnel);
    const domain::FunnelCounts &funnel() const { return m_funnel; }

    QBarSet *barSet() const { return m_set; }
    // The bar index of a stage (bars run bottom-up, so Started is the last one).
    static int barIndex(domain::FunnelStage stage);
    // What hovering the bar of `stage` shows.
    QString stageText(domain::FunnelStage stage) const;
    static QString stageName(domain::FunnelStage stage);

private:
    void showHover(bool on, int index);

    QHorizontalBarSeries *m_series;
    QBarSet *m_set;
    QBarCategoryAxis *m_stages;
    QValueAxis *m_counts;
    domain::FunnelCounts m_funnel;
};

} // namespace agentp::views
