#include "views/waitlist/RiskBarDelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace agentp::views {

RiskBarDelegate::RiskBarDelegate(int scoreRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_scoreRole(scoreRole)
{}

void RiskBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const double score = std::clamp(index.data(m_scoreRole).toDouble(), 0.0, 1.0);
    const QRect cell = opt.rect.adjusted(4, 4, -4, -4);
    const int textWidth = opt.fontMetrics.horizontalAdvance(QStringLiteral("100 %")) + 6;
    QRect bar = cell.adjusted(0, cell.height() / 4, -textWidth, -cell.height() / 4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = opt.palette;
    painter->setPen(Qt::NoPen);
    painter->setBrush(pal.color(QPalette::Midlight));
    painter->drawRoundedRect(bar, 2, 2);
    QColor fill = score >= 0.8   ? QColor(0xc6, 0x28, 0x28)
                  : score >= 0.5 ? QColor(0xef, 0x6c, 0x00)
                                 : QColor(0x9e, 0x9d, 0x24);
    painter->setBrush(fill);
    bar.setWidth(std::max(2, int(bar.width() * score)));
    painter->drawRoundedRect(bar, 2, 2);
    painter->setPen(
        pal.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(cell, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize RiskBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(
        std::max(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("100 %")) + 80));
    return size;
}

} // namespace agentp::views
