#include "views/sessions/MessageBubbleDelegate.h"

#include "models/domain/BotSession.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace agentp::views {

namespace {
constexpr int kMargin = 8;   // around each bubble
constexpr int kPadding = 10; // inside each bubble
constexpr int kRadius = 10;
constexpr double kMaxWidthShare = 0.72; // bubbles never span the whole view

using Role = domain::BotMessage::Role;
} // namespace

struct MessageBubbleDelegate::Layout
{
    Role sender = Role::User;
    QString text;
    QString time;
    QRect bubble;
    QRect textRect;
    QRect timeRect;
    QFont textFont;
    QFont timeFont;
};

MessageBubbleDelegate::MessageBubbleDelegate(int senderRole, int timeRole, QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_senderRole(senderRole)
    , m_timeRole(timeRole)
    , m_view(view)
{}

MessageBubbleDelegate::Layout MessageBubbleDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                               const QModelIndex &index,
                                                               int viewportWidth) const
{
    Layout l;
    l.sender = static_cast<Role>(index.data(m_senderRole).toInt());
    l.text = index.data(Qt::DisplayRole).toString();
    l.time = QLocale().toString(index.data(m_timeRole).toDateTime().toLocalTime().time(),
                                QLocale::ShortFormat);
    l.textFont = option.font;
    if (l.sender == Role::System)
        l.textFont.setItalic(true);
    l.timeFont = option.font;
    l.timeFont.setPointSizeF(option.font.pointSizeF() * 0.85);

    const int maxBubble = qMax(120, int((viewportWidth - 2 * kMargin) * kMaxWidthShare));
    const QFontMetrics fm(l.textFont);
    const QFontMetrics tfm(l.timeFont);
    const QRect textBounds =
        fm.boundingRect(QRect(0, 0, maxBubble - 2 * kPadding, 100000), Qt::TextWordWrap, l.text);
    const int timeWidth = tfm.horizontalAdvance(l.time);
    const int innerWidth = qMax(textBounds.width(), timeWidth);
    const int bubbleWidth = innerWidth + 2 * kPadding;
    const int bubbleHeight = textBounds.height() + tfm.height() + 2 * kPadding + 2;

    int x = option.rect.left() + kMargin;
    if (l.sender == Role::Assistant)
        x = option.rect.left() + viewportWidth - kMargin - bubbleWidth;
    else if (l.sender == Role::System)
        x = option.rect.left() + (viewportWidth - bubbleWidth) / 2;
    l.bubble = QRect(x, option.rect.top() + kMargin / 2, bubbleWidth, bubbleHeight);
    l.textRect = QRect(x + kPadding, l.bubble.top() + kPadding, innerWidth, textBounds.height());
    l.timeRect = QRect(x + kPadding, l.textRect.bottom() + 2, innerWidth, tfm.height());
    return l;
}

void MessageBubbleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const Layout l = layoutFor(opt, index, m_view->viewport()->width());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = opt.palette;
    QColor fill = pal.color(QPalette::AlternateBase);
    QColor textColor = pal.color(QPalette::Text);
    if (l.sender == Role::Assistant) {
        // The bot's bubbles take the highlight hue, lightened so text stays readable.
        fill = pal.color(QPalette::Highlight);
        fill.setAlphaF(0.18);
    } else if (l.sender == Role::System) {
        fill = pal.color(QPalette::Window);
    }
    QPainterPath path;
    path.addRoundedRect(l.bubble, kRadius, kRadius);
    painter->fillPath(path, fill);
    painter->setPen(pal.color(QPalette::Mid));
    painter->drawPath(path);
    if (opt.state & QStyle::State_Selected) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter->drawPath(path);
    }

    painter->setPen(textColor);
    painter->setFont(l.textFont);
    painter->drawText(l.textRect, Qt::TextWordWrap, l.text);
    painter->setFont(l.timeFont);
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(l.timeRect, Qt::AlignRight | Qt::AlignVCenter, l.time);
    painter->restore();
}

QSize MessageBubbleDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const int width = m_view->viewport()->width();
    opt.rect = QRect(0, 0, width, 0);
    const Layout l = layoutFor(opt, index, width);
    return {width, l.bubble.height() + kMargin};
}

} // namespace agentp::views
