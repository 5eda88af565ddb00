#pragma once

#include "models/domain/KpiMath.h"

#include <QFrame>

class QLabel;

namespace agentp::views {

// One KPI of the Overview: a title, the value in large type and the change against the
// previous period as an arrow with signed text ("▲ +12 % vs previous 7 days"). Colour (green
// up, red down) is an extra cue only; the arrow and the sign carry the meaning.
class KpiCard final : public QFrame
{
    Q_OBJECT
public:
    explicit KpiCard(const QString &title, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &change, domain::KpiValue::Trend trend,
                  const QString &details);

    QString title() const;
    QString valueText() const;
    QString changeText() const;
    domain::KpiValue::Trend trend() const { return m_trend; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTrendColour();

    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
    domain::KpiValue::Trend m_trend = domain::KpiValue::Trend::Unknown;
};

} // namespace agentp::views
