#pragma once

#include "models/domain/KpiMath.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace agentp::views {

// How the Overview writes its numbers, in the user's locale. The change against the previous
// period always carries an arrow *and* a signed number ("▲ +12 % vs previous 7 days"), so it
// reads the same without colour; an undefined value is "—".
class KpiText final
{
    Q_DECLARE_TR_FUNCTIONS(KpiText)
public:
    static QString count(qint64 value);
    // A fraction as a percentage with one decimal ("26.7 %"); "—" when not defined.
    static QString percent(std::optional<double> fraction);
    static QString arrow(domain::KpiValue::Trend trend);
    // Change of a count: "▲ +12 % vs previous 7 days"; from 0 the absolute change.
    static QString countChange(const domain::KpiValue &value, qint64 periodDays);
    // Change of a conversion, in percentage points: "▼ −1.5 pp vs previous 7 days".
    static QString conversionChange(const domain::KpiValue &value, qint64 periodDays);
    // "13.11.2026 – 19.11.2026"
    static QString period(const domain::DatePeriod &period);

private:
    static QString signedNumber(double value, int decimals);
    static QString versus(qint64 periodDays);
};

} // namespace agentp::views
