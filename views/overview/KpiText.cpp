#include "views/overview/KpiText.h"

#include <QLocale>

#include <cmath>

namespace agentp::views {

namespace {

const QString kUndefined = QStringLiteral("—");

// Small changes keep a decimal so "+0.4 %" does not read as "no change".
int decimalsFor(double value)
{
    return std::abs(value) < 10.0 ? 1 : 0;
}

} // namespace

QString KpiText::count(qint64 value)
{
    return QLocale().toString(value);
}

QString KpiText::percent(std::optional<double> fraction)
{
    if (!fraction)
        return kUndefined;
    return tr("%1 %").arg(QLocale().toString(*fraction * 100.0, 'f', 1));
}

QString KpiText::arrow(domain::KpiValue::Trend trend)
{
    switch (trend) {
    case domain::KpiValue::Trend::Up:
        return QStringLiteral("▲");
    case domain::KpiValue::Trend::Down:
        return QStringLiteral("▼");
    case domain::KpiValue::Trend::Flat:
        return QStringLiteral("=");
    case domain::KpiValue::Trend::Unknown:
        break;
    }
    return kUndefined;
}

QString KpiText::signedNumber(double value, int decimals)
{
    const QString number = QLocale().toString(std::abs(value), 'f', decimals);
    if (value > 0)
        return QStringLiteral("+") + number;
    if (value < 0)
        return QStringLiteral("−") + number; // U+2212: a real minus, as wide as the plus
    return number;
}

QString KpiText::versus(qint64 periodDays)
{
    return tr("vs previous %n day(s)", nullptr, int(periodDays));
}

QString KpiText::countChange(const domain::KpiValue &value, qint64 periodDays)
{
    const domain::KpiValue::Trend trend = value.trend();
    if (trend == domain::KpiValue::Trend::Unknown)
        return tr("%1 nothing to compare with").arg(arrow(trend));
    if (trend == domain::KpiValue::Trend::Flat)
        return tr("%1 no change %2").arg(arrow(trend), versus(periodDays));
    if (const std::optional<double> percent = value.percentChange()) {
        return tr("%1 %2 % %3")
            .arg(arrow(trend), signedNumber(*percent, decimalsFor(*percent)), versus(periodDays));
    }
    // From zero there is no percentage: say how many more.
    return tr("%1 %2 %3").arg(arrow(trend), signedNumber(*value.delta(), 0), versus(periodDays));
}

QString KpiText::conversionChange(const domain::KpiValue &value, qint64 periodDays)
{
    const domain::KpiValue::Trend trend = value.trend();
    if (trend == domain::KpiValue::Trend::Unknown)
        return tr("%1 not comparable: no dialogs in one of the periods").arg(arrow(trend));
    if (trend == domain::KpiValue::Trend::Flat)
        return tr("%1 no change %2").arg(arrow(trend), versus(periodDays));
    const double points = *value.delta() * 100.0;
    return tr("%1 %2 pp %3").arg(arrow(trend), signedNumber(points, 1), versus(periodDays));
}

QString KpiText::period(const domain::DatePeriod &period)
{
    if (!period.isValid())
        return kUndefined;
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    return tr("%1 – %2").arg(QLocale().toString(period.first, format),
                             QLocale().toString(period.last, format));
}

} // namespace agentp::views
