#include "views/overview/TrendChart.h"

#include "views/overview/KpiText.h"

#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace agentp::views {

namespace {

QPen linePen(const QColor &colour, Qt::PenStyle style)
{
    QPen pen(colour);
    pen.setWidthF(2.0);
    pen.setStyle(style);
    return pen;
}

} // namespace

TrendChart::TrendChart(QWidget *parent)
    // The chart goes to the base constructor: QChartView(parent) would create a default chart
    // that setChart() merely releases (a leak).
    : QChartView(new QChart, parent)
    , m_sessions(new QLineSeries)
    , m_bookings(new QLineSeries)
    , m_conversion(new QLineSeries)
    , m_computed(new QScatterSeries)
    , m_dates(new QDateTimeAxis)
    , m_counts(new QValueAxis)
    , m_percent(new QValueAxis)
{
    setObjectName(QStringLiteral("trendChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);

    QChart *chart = this->chart();
    chart->setTitle(tr("Daily trend"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);

    m_sessions->setName(tr("Dialogs"));
    m_bookings->setName(tr("Bookings"));
    m_conversion->setName(tr("Conversion, %"));
    m_computed->setName(tr("Counted from dialogs (no daily metrics)"));
    // Solid, dashed, dotted: the lines stay apart in greyscale and for colour-blind readers.
    m_sessions->setPen(linePen(QColor(0x1f, 0x6f, 0xb5), Qt::SolidLine));
    m_bookings->setPen(linePen(QColor(0x2e, 0x8b, 0x57), Qt::DashLine));
    m_conversion->setPen(linePen(QColor(0xc0, 0x6a, 0x00), Qt::DotLine));
    for (QLineSeries *series : {m_sessions, m_bookings, m_conversion})
        series->setPointsVisible(true);
    m_computed->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_computed->setMarkerSize(11);
    m_computed->setColor(Qt::transparent);
    m_computed->setBorderColor(palette().color(QPalette::WindowText));

    for (QXYSeries *series :
         std::initializer_list<QXYSeries *>{m_sessions, m_bookings, m_computed, m_conversion})
        chart->addSeries(series);

    m_dates->setFormat(QStringLiteral("dd.MM"));
    m_counts->setTitleText(tr("Dialogs, bookings"));
    m_counts->setLabelFormat(QStringLiteral("%d"));
    m_percent->setTitleText(tr("Conversion, %"));
    m_percent->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_dates, Qt::AlignBottom);
    chart->addAxis(m_counts, Qt::AlignLeft);
    chart->addAxis(m_percent, Qt::AlignRight);
    for (QXYSeries *series :
         std::initializer_list<QXYSeries *>{m_sessions, m_bookings, m_computed, m_conversion}) {
        series->attachAxis(m_dates);
        series->attachAxis(series == m_conversion ? m_percent : m_counts);
        connect(series, &QXYSeries::hovered, this, &TrendChart::showHover);
    }
    setDays({});
}

qreal TrendChart::xOf(QDate day)
{
    // Noon, so the point sits in the middle of its day whatever the axis rounding.
    return qreal(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

void TrendChart::setDays(std::vector<domain::DailyKpi> days)
{
    m_days = std::move(days);
    QList<QPointF> sessions, bookings, conversion, computed;
    qint64 top = 0;
    double topPercent = 0;
    for (const domain::DailyKpi &day : m_days) {
        const qreal x = xOf(day.day);
        sessions << QPointF(x, qreal(day.sessions));
        bookings << QPointF(x, qreal(day.bookings));
        // A day without dialogs has no conversion: no point, rather than a fake 0 %.
        if (const std::optional<double> c = day.conversion()) {
            conversion << QPointF(x, *c * 100.0);
            topPercent = std::max(topPercent, *c * 100.0);
        }
        if (day.computed)
            computed << QPointF(x, qreal(day.sessions));
        top = std::max({top, day.sessions, day.bookings});
    }
    m_sessions->replace(sessions);
    m_bookings->replace(bookings);
    m_conversion->replace(conversion);
    m_computed->replace(computed);

    if (m_days.empty()) {
        const QDate today = QDate::currentDate();
        m_dates->setRange(QDateTime(today, QTime(0, 0)), QDateTime(today.addDays(1), QTime(0, 0)));
    } else {
        m_dates->setRange(QDateTime(m_days.front().day, QTime(0, 0)),
                          QDateTime(m_days.back().day.addDays(1), QTime(0, 0)));
    }
    m_dates->setTickCount(int(std::clamp<size_t>(m_days.size() + 1, 2, 8)));
    m_counts->setRange(0, qMax<qreal>(4, qreal(top) * 1.1));
    m_counts->applyNiceNumbers();
    m_percent->setRange(0, qMax(10.0, topPercent * 1.1));
    m_percent->applyNiceNumbers();
}

int TrendChart::dayIndexAt(qreal x) const
{
    if (m_days.empty())
        return -1;
    constexpr qreal kDayMs = 24.0 * 3600.0 * 1000.0;
    const qreal offset = std::round((x - xOf(m_days.front().day)) / kDayMs);
    return int(std::clamp<qreal>(offset, 0, qreal(m_days.size() - 1)));
}

QString TrendChart::dayText(int index) const
{
    if (index < 0 || index >= int(m_days.size()))
        return {};
    const domain::DailyKpi &day = m_days[size_t(index)];
    QString text =
        tr("%1: %2 dialogs, %3 bookings, conversion %4")
            .arg(QLocale().toString(day.day, QLocale::ShortFormat), KpiText::count(day.sessions),
                 KpiText::count(day.bookings), KpiText::percent(day.conversion()));
    if (day.computed)
        text += QLatin1Char('\n') + tr("Counted from the dialogs: no daily metrics for this day");
    return text;
}

void TrendChart::showHover(const QPointF &point, bool on)
{
    if (!on) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), dayText(dayIndexAt(point.x())), this);
}

} // namespace agentp::views
