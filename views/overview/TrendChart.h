#pragma once

#include "models/domain/KpiMath.h"

#include <QChartView>

#include <vector>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace agentp::views {

// The daily trend: dialogs and bookings per day on the left axis, conversion (%) on the right
// one. The three lines differ in pen style as well as colour; days counted from the dialogs
// because their daily metrics row is missing get a square marker of their own legend entry.
// Hovering a point (or the line near it) shows that day's values in a tooltip.
class TrendChart final : public QChartView
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);

    void setDays(std::vector<domain::DailyKpi> days);
    const std::vector<domain::DailyKpi> &days() const { return m_days; }

    QLineSeries *sessionsSeries() const { return m_sessions; }
    QLineSeries *bookingsSeries() const { return m_bookings; }
    QLineSeries *conversionSeries() const { return m_conversion; }
    QScatterSeries *computedSeries() const { return m_computed; }

    // The day nearest to an x value of the series (ms since the epoch); -1 when empty.
    int dayIndexAt(qreal x) const;
    // What hovering the point of day `index` shows.
    QString dayText(int index) const;

private:
    void showHover(const QPointF &point, bool on);
    static qreal xOf(QDate day);

    QLineSeries *m_sessions;
    QLineSeries *m_bookings;
    QLineSeries *m_conversion;
    QScatterSeries *m_computed;
    QDateTimeAxis *m_dates;
    QValueAxis *m_counts;
    QValueAxis *m_percent;
    std::vector<domain::DailyKpi> m_days;
};

} // namespace agentp::views
