#include "views/overview/FunnelChart.h"

#include "views/overview/KpiText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace agentp::views {

FunnelChart::FunnelChart(QWidget *parent)
    // The chart goes to the base constructor: QChartView(parent) would create a default chart
    // that setChart() merely releases (a leak).
    : QChartView(new QChart, parent)
    , m_series(new QHorizontalBarSeries)
    , m_set(new QBarSet(tr("Dialogs")))
    , m_stages(new QBarCategoryAxis)
    , m_counts(new QValueAxis)
{
    setObjectName(QStringLiteral("funnelChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);

    QChart *chart = this->chart();
    chart->setTitle(tr("Conversion funnel: dialogs, % of started"));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    m_set->setLabelColor(palette().color(QPalette::WindowText));
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(m_series);
    chart->addAxis(m_stages, Qt::AlignLeft);
    chart->addAxis(m_counts, Qt::AlignBottom);
    m_series->attachAxis(m_stages);
    m_series->attachAxis(m_counts);
    m_counts->setLabelFormat(QStringLiteral("%d"));

    connect(m_set, &QBarSet::hovered, this, &FunnelChart::showHover);
    setFunnel({});
}

int FunnelChart::barIndex(domain::FunnelStage stage)
{
    return domain::kFunnelStageCount - 1 - int(stage);
}

QString FunnelChart::stageName(domain::FunnelStage stage)
{
    switch (stage) {
    case domain::FunnelStage::Started:
        return tr("Dialog started");
    case domain::FunnelStage::ServiceChosen:
        return tr("Service chosen");
    case domain::FunnelStage::TimeChosen:
        return tr("Time chosen");
    case domain::FunnelStage::Booked:
        return tr("Booked");
    }
    return {};
}

void FunnelChart::setFunnel(const domain::FunnelCounts &funnel)
{
    m_funnel = funnel;
    QStringList categories;
    QList<qreal> values;
    // Horizontal bars are drawn bottom-up: append the last stage first so the funnel reads
    // top-down.
    for (int k = domain::kFunnelStageCount - 1; k >= 0; --k) {
        const auto stage = domain::FunnelStage(k);
        // The bar's own label is the count; the axis adds the share of dialogs started (the
        // title says so). Qt Charts draws axis labels as rich text: <br> breaks the line.
        categories
            << tr("%1<br>%2").arg(stageName(stage), KpiText::percent(funnel.shareOfStarted(stage)));
        values << qreal(funnel.reached(stage));
    }
    m_set->remove(0, m_set->count());
    m_set->append(values);
    m_stages->setCategories(categories);
    // The axis must not collapse to [0, 0] when there are no dialogs.
    m_counts->setRange(0, qMax<qreal>(1, qreal(funnel.started()) * 1.15));
    m_counts->applyNiceNumbers();
}

QString FunnelChart::stageText(domain::FunnelStage stage) const
{
    QString text = tr("%1: %2 dialogs, %3 of started")
                       .arg(stageName(stage), KpiText::count(m_funnel.reached(stage)),
                            KpiText::percent(m_funnel.shareOfStarted(stage)));
    if (stage != domain::FunnelStage::Started)
        text +=
            tr(", %1 of the previous stage").arg(KpiText::percent(m_funnel.shareOfPrevious(stage)));
    return text;
}

void FunnelChart::showHover(bool on, int index)
{
    if (!on || index < 0 || index >= domain::kFunnelStageCount) {
        QToolTip::hideText();
        return;
    }
    const auto stage = domain::FunnelStage(domain::kFunnelStageCount - 1 - index);
    QToolTip::showText(QCursor::pos(), stageText(stage), this);
}

} // namespace agentp::views
