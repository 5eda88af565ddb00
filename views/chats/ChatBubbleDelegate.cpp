#include "views/chats/ChatBubbleDelegate.h"

#include "models/items/ChatMessageModel.h"
#include "views/chats/ThumbnailCache.h"

#include <QAbstractItemView>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace agentp::views {

namespace {

using models::ChatMessageModel;

constexpr int kMargin = 8;
constexpr int kPadding = 10;
constexpr int kRadius = 10;
constexpr int kGap = 4;
constexpr double kMaxWidthShare = 0.72;

struct AttachmentView
{
    qint64 id = 0;
    bool image = false;
    QString name;
    QString localPath;
    qint64 size = -1;
};

QList<AttachmentView> attachmentsOf(const QModelIndex &index)
{
    QList<AttachmentView> out;
    for (const QVariant &v : index.data(ChatMessageModel::AttachmentsRole).toList()) {
        const QVariantMap m = v.toMap();
        out.append({m.value(QStringLiteral("id")).toLongLong(),
                    m.value(QStringLiteral("kind")).toString() == QLatin1String("image"),
                    m.value(QStringLiteral("name")).toString(),
                    m.value(QStringLiteral("localPath")).toString(),
                    m.value(QStringLiteral("size")).toLongLong()});
    }
    return out;
}

QString fileLabel(const AttachmentView &a)
{
    const QString name = a.name.isEmpty() ? ChatBubbleDelegate::tr("file") : a.name;
    return a.size > 0
               ? ChatBubbleDelegate::tr("%1 · %2").arg(name, QLocale().formattedDataSize(a.size))
               : name;
}

} // namespace

struct ChatBubbleDelegate::Layout
{
    QString sender;
    bool own = false;
    QString state;
    QString author;
    QString text;
    QString meta;
    QString error;
    QList<AttachmentView> attachments;
    QList<QRect> attachmentRects;
    QRect bubble;
    QRect authorRect;
    QRect textRect;
    QRect metaRect;
    QRect errorRect;
    QRect retryRect;
    QFont textFont;
    QFont smallFont;
};

ChatBubbleDelegate::ChatBubbleDelegate(ThumbnailCache *thumbnails, QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_thumbnails(thumbnails)
    , m_view(view)
{}

QString ChatBubbleDelegate::stateText(const QString &state)
{
    if (state == QLatin1String("queued"))
        return tr("◷ queued");
    if (state == QLatin1String("sending"))
        return tr("… sending");
    if (state == QLatin1String("sent"))
        return tr("✓ sent");
    if (state == QLatin1String("read"))
        return tr("✓✓ read");
    if (state == QLatin1String("failed"))
        return tr("⚠ not sent");
    return {};
}

ChatBubbleDelegate::Layout ChatBubbleDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                         const QModelIndex &index) const
{
    Layout l;
    l.sender = index.data(ChatMessageModel::SenderTypeRole).toString();
    l.own = index.data(ChatMessageModel::IsOwnRole).toBool() || l.sender == QLatin1String("seller");
    l.state = index.data(ChatMessageModel::DeliveryStateRole).toString();
    l.text = index.data(ChatMessageModel::BodyRole).toString();
    l.attachments = attachmentsOf(index);
    if (l.sender == QLatin1String("support"))
        l.author = tr("Marketplace support");
    else if (l.sender == QLatin1String("buyer"))
        l.author = index.data(ChatMessageModel::AuthorRole).toString();
    const QDateTime at = index.data(ChatMessageModel::CreatedAtRole).toDateTime();
    l.meta = QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    if (!l.state.isEmpty())
        l.meta += QStringLiteral("  ") + stateText(l.state);
    if (l.state == QLatin1String("failed"))
        l.error = index.data(ChatMessageModel::LastErrorRole).toString();

    l.textFont = option.font;
    if (l.sender == QLatin1String("system"))
        l.textFont.setItalic(true);
    l.smallFont = option.font;
    l.smallFont.setPointSizeF(option.font.pointSizeF() > 0 ? option.font.pointSizeF() * 0.85 : 8);
    const QFontMetrics fm(l.textFont);
    const QFontMetrics sfm(l.smallFont);

    const int viewportWidth = option.rect.width();
    const int maxBubble = qMax(160, int((viewportWidth - 2 * kMargin) * kMaxWidthShare));
    const int maxInner = maxBubble - 2 * kPadding;
    const QSize thumbBox = m_thumbnails->box();

    int inner = 0;
    int height = 0;
    const auto addBlock = [&](int w, int h) {
        inner = qMax(inner, w);
        height += (height > 0 ? kGap : 0) + h;
        return height - h; // top of this block, relative
    };
    int authorTop = -1, textTop = -1, metaTop = -1, errorTop = -1, retryTop = -1;
    QList<int> attachmentTops;
    QList<QSize> attachmentSizes;
    if (!l.author.isEmpty())
        authorTop = addBlock(qMin(maxInner, sfm.horizontalAdvance(l.author)), sfm.height());
    QRect textBounds;
    if (!l.text.isEmpty()) {
        textBounds = fm.boundingRect(QRect(0, 0, maxInner, 100000), Qt::TextWordWrap, l.text);
        textTop = addBlock(textBounds.width(), textBounds.height());
    }
    for (const AttachmentView &a : l.attachments) {
        const QSize s =
            a.image ? thumbBox.boundedTo(QSize(maxInner, thumbBox.height()))
                    : QSize(qMin(maxInner, fm.horizontalAdvance(fileLabel(a)) + fm.height() + 20),
                            fm.height() + 8);
        attachmentSizes.append(s);
        attachmentTops.append(addBlock(s.width(), s.height()));
    }
    QRect errorBounds;
    if (!l.error.isEmpty()) {
        errorBounds = sfm.boundingRect(QRect(0, 0, maxInner, 100000), Qt::TextWordWrap, l.error);
        errorTop = addBlock(errorBounds.width(), errorBounds.height());
    }
    if (l.state == QLatin1String("failed"))
        retryTop = addBlock(sfm.horizontalAdvance(tr("Retry")), sfm.height());
    metaTop = addBlock(sfm.horizontalAdvance(l.meta), sfm.height());

    const int bubbleWidth = inner + 2 * kPadding;
    const int bubbleHeight = height + 2 * kPadding;
    int x = option.rect.left() + kMargin;
    if (l.own)
        x = option.rect.left() + viewportWidth - kMargin - bubbleWidth;
    else if (l.sender == QLatin1String("system"))
        x = option.rect.left() + (viewportWidth - bubbleWidth) / 2;
    l.bubble = QRect(x, option.rect.top() + kMargin / 2, bubbleWidth, bubbleHeight);
    const int left = x + kPadding;
    const int top = l.bubble.top() + kPadding;
    if (authorTop >= 0)
        l.authorRect = QRect(left, top + authorTop, inner, sfm.height());
    if (textTop >= 0)
        l.textRect = QRect(left, top + textTop, inner, textBounds.height());
    for (qsizetype i = 0; i < attachmentTops.size(); ++i)
        l.attachmentRects.append(QRect(QPoint(left, top + attachmentTops[i]), attachmentSizes[i]));
    if (errorTop >= 0)
        l.errorRect = QRect(left, top + errorTop, inner, errorBounds.height());
    if (retryTop >= 0)
        l.retryRect =
            QRect(left, top + retryTop, sfm.horizontalAdvance(tr("Retry")) + 2, sfm.height());
    l.metaRect = QRect(left, top + metaTop, inner, sfm.height());
    return l;
}

void ChatBubbleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.rect.setWidth(m_view->viewport()->width());
    const Layout l = layoutFor(opt, index);
    const QPalette &pal = opt.palette;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = pal.color(QPalette::AlternateBase);
    if (l.own) {
        fill = pal.color(QPalette::Highlight);
        fill.setAlphaF(0.18);
    } else if (l.sender == QLatin1String("system")) {
        fill = pal.color(QPalette::Window);
    } else if (l.sender == QLatin1String("support")) {
        fill = pal.color(QPalette::Link);
        fill.setAlphaF(0.10);
    }
    QPainterPath path;
    path.addRoundedRect(l.bubble, kRadius, kRadius);
    painter->fillPath(path, fill);
    const bool failed = l.state == QLatin1String("failed");
    // A failed reply has a dashed red outline: seen without colour too.
    QPen outline(failed ? QColor(0xc0, 0x1c, 0x28) : pal.color(QPalette::Mid));
    if (failed) {
        outline.setWidth(2);
        outline.setStyle(Qt::DashLine);
    }
    painter->setPen(outline);
    painter->drawPath(path);
    if (opt.state & QStyle::State_Selected) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter->drawPath(path);
    }

    const QColor textColor = pal.color(QPalette::Text);
    QColor muted = textColor;
    muted.setAlphaF(0.65);
    if (!l.authorRect.isNull()) {
        QFont f = l.smallFont;
        f.setBold(true);
        painter->setFont(f);
        painter->setPen(muted);
        painter->drawText(
            l.authorRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(f).elidedText(l.author, Qt::ElideRight, l.authorRect.width()));
    }
    if (!l.textRect.isNull()) {
        painter->setFont(l.textFont);
        painter->setPen(textColor);
        painter->drawText(l.textRect, Qt::TextWordWrap, l.text);
    }
    for (qsizetype i = 0; i < l.attachments.size(); ++i) {
        const AttachmentView &a = l.attachments[i];
        const QRect r = l.attachmentRects[i];
        QImage thumb;
        ThumbnailCache::State state = ThumbnailCache::State::Broken;
        if (a.image && !a.localPath.isEmpty())
            thumb = m_thumbnails->thumbnail(a.localPath, &state);
        // Pictures are fetched as soon as they are seen; files (up to 10 MB each) only when
        // the user opens or saves them.
        if (a.image && a.localPath.isEmpty())
            emit const_cast<ChatBubbleDelegate *>(this)->attachmentWanted(a.id);
        if (!thumb.isNull()) {
            const QSize s = thumb.size().scaled(r.size(), Qt::KeepAspectRatio);
            painter->drawImage(QRect(r.topLeft(), s), thumb);
            continue;
        }
        painter->setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
        painter->setBrush(pal.color(QPalette::Base));
        painter->drawRoundedRect(r.adjusted(0, 0, -1, -1), 4, 4);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(textColor);
        painter->setFont(l.textFont);
        // The style's icons, not emoji: many desktop fonts have no glyph for those.
        const QStyle *style = m_view->style();
        const QIcon icon =
            style->standardIcon(a.image ? QStyle::SP_FileDialogContentsView : QStyle::SP_FileIcon);
        const int iconSize = QFontMetrics(l.textFont).height();
        const QRect iconRect(r.left() + 6, r.center().y() - iconSize / 2, iconSize, iconSize);
        icon.paint(painter, iconRect);
        QString label = fileLabel(a);
        if (a.image && a.localPath.isEmpty())
            label += QLatin1Char('\n') + tr("not downloaded yet");
        else if (a.image && state == ThumbnailCache::State::Loading)
            label += QLatin1Char('\n') + tr("loading…");
        painter->drawText(r.adjusted(iconSize + 12, 2, -6, -2),
                          Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, label);
    }
    painter->setFont(l.smallFont);
    if (!l.errorRect.isNull()) {
        painter->setPen(QColor(0xc0, 0x1c, 0x28));
        painter->drawText(l.errorRect, Qt::TextWordWrap, l.error);
    }
    if (!l.retryRect.isNull()) {
        QFont f = l.smallFont;
        f.setUnderline(true);
        painter->setFont(f);
        painter->setPen(pal.color(QPalette::Link));
        painter->drawText(l.retryRect, Qt::AlignLeft | Qt::AlignVCenter, tr("Retry"));
        painter->setFont(l.smallFont);
    }
    painter->setPen(muted);
    painter->drawText(l.metaRect, Qt::AlignRight | Qt::AlignVCenter, l.meta);
    painter->restore();
}

QSize ChatBubbleDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const int width = m_view->viewport()->width();
    opt.rect = QRect(0, 0, width, 0);
    const Layout l = layoutFor(opt, index);
    return {width, l.bubble.height() + kMargin};
}

ChatBubbleDelegate::Hit ChatBubbleDelegate::hitTest(const QModelIndex &index, const QRect &rect,
                                                    const QPoint &pos) const
{
    QStyleOptionViewItem opt;
    opt.initFrom(m_view);
    initStyleOption(&opt, index);
    opt.rect = QRect(rect.left(), rect.top(), m_view->viewport()->width(), rect.height());
    const Layout l = layoutFor(opt, index);
    Hit hit;
    if (l.retryRect.adjusted(-4, -4, 4, 4).contains(pos)) {
        hit.kind = Hit::Kind::Retry;
        return hit;
    }
    for (qsizetype i = 0; i < l.attachmentRects.size(); ++i) {
        if (l.attachmentRects[i].contains(pos)) {
            hit.kind = Hit::Kind::Attachment;
            hit.attachment = int(i);
            return hit;
        }
    }
    return hit;
}

} // namespace agentp::views
