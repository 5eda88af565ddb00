#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace agentp::views {

class ThumbnailCache;

// Paints a buyer chat as bubbles: the buyer on the left, our replies on the right, the
// marketplace's support on the left under its name, system notes centred in italics. Under the
// text: images as thumbnails (ThumbnailCache; a named placeholder until downloaded), files as
// chips with name and size, then the time and — for our replies — the delivery state in words
// and a glyph (queued, sending…, sent ✓, read ✓✓, not sent). A failed reply shows the reason
// and a "Retry" link. sizeHint() lays out exactly like paint(), from the viewport's width.
class ChatBubbleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    struct Hit
    {
        enum class Kind
        {
            None,
            Retry,
            Attachment,
        };
        Kind kind = Kind::None;
        int attachment = -1; // index into the message's attachments
    };

    ChatBubbleDelegate(ThumbnailCache *thumbnails, QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // What is under `pos` (viewport coordinates) in the row `index` shown at `rect`.
    Hit hitTest(const QModelIndex &index, const QRect &rect, const QPoint &pos) const;

    static QString stateText(const QString &deliveryState);

signals:
    // An attachment without a local copy was shown: the sync side may download it.
    void attachmentWanted(qint64 attachmentId);

private:
    struct Layout;
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    ThumbnailCache *m_thumbnails;
    QAbstractItemView *m_view;
};

} // namespace agentp::views
