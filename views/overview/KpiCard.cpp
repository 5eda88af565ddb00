#include "views/overview/KpiCard.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace agentp::views {

KpiCard::KpiCard(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(QStringLiteral("—"), this))
    , m_change(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_title->setObjectName(QStringLiteral("kpiTitle"));
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_change->setObjectName(QStringLiteral("kpiChange"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_change->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
}

void KpiCard::setValue(const QString &value, const QString &change, domain::KpiValue::Trend trend,
                       const QString &details)
{
    m_value->setText(value);
    m_change->setText(change);
    m_trend = trend;
    setToolTip(details);
    // Screen readers get the whole card as one sentence.
    setAccessibleName(m_title->text());
    setAccessibleDescription(value + QStringLiteral(", ") + change);
    applyTrendColour();
}

QString KpiCard::title() const
{
    return m_title->text();
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

QString KpiCard::changeText() const
{
    return m_change->text();
}

void KpiCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTrendColour();
}

void KpiCard::applyTrendColour()
{
    // Greens and reds dark enough to read on a light base and light enough on a dark one.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QColor colour = palette().color(QPalette::WindowText);
    if (m_trend == domain::KpiValue::Trend::Up)
        colour = dark ? QColor(0x6f, 0xd0, 0x8c) : QColor(0x1b, 0x7a, 0x3d);
    else if (m_trend == domain::KpiValue::Trend::Down)
        colour = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    QPalette p = m_change->palette();
    p.setColor(QPalette::WindowText, colour);
    m_change->setPalette(p);
}

} // namespace agentp::views
