#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace agentp::views {

// Paints a bot dialog as chat bubbles: the client's lines on the left, the bot's on the right,
// system notes centred in italics (so the sides stay distinguishable without colour). sizeHint()
// wraps the text to the same width paint() uses, taken from the view's viewport.
class MessageBubbleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    MessageBubbleDelegate(int senderRole, int timeRole, QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout;
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index,
                     int viewportWidth) const;

    int m_senderRole;
    int m_timeRole;
    QAbstractItemView *m_view;
};

} // namespace agentp::views
