#include "views/chats/ChatListDelegate.h"

#include "models/items/ChatListModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace agentp::views {

namespace {

using models::ChatListModel;

constexpr int kPadding = 6;
constexpr int kBadge = 30;
constexpr int kSlaWidth = 84; // "⚠ 1 h 05", "✖ −12 min"

QFont smallerFont(const QFont &font)
{
    QFont f(font);
    f.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.9 : 9);
    return f;
}

} // namespace

ChatListDelegate::ChatListDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

QString ChatListDelegate::marketplaceBadge(const QString &marketplace)
{
    if (marketplace == QLatin1String("ozon"))
        return QStringLiteral("OZ");
    if (marketplace == QLatin1String("wildberries"))
        return QStringLiteral("WB");
    if (marketplace == QLatin1String("yandex_market"))
        return QStringLiteral("YM");
    return marketplace.left(2).toUpper();
}

QColor ChatListDelegate::marketplaceColor(const QString &marketplace)
{
    if (marketplace == QLatin1String("ozon"))
        return QColor(0x00, 0x5b, 0xff);
    if (marketplace == QLatin1String("wildberries"))
        return QColor(0xa7, 0x3a, 0xfd);
    if (marketplace == QLatin1String("yandex_market"))
        return QColor(0xe5, 0x9c, 0x00);
    return QColor(0x60, 0x70, 0x80);
}

QString ChatListDelegate::slaText(const QDateTime &due, const QDateTime &now,
                                  domain::SlaStage stage)
{
    const qint64 secs = now.secsTo(due);
    // Left: rounded up (59 s left is "1 min"); overdue: rounded down.
    const qint64 minutes = secs >= 0 ? (secs + 59) / 60 : (-secs) / 60;
    QString amount;
    if (minutes < 60)
        amount = tr("%1 min").arg(minutes);
    else if (minutes < 24 * 60)
        amount = tr("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    else
        amount = tr("%1 d %2 h").arg(minutes / (24 * 60)).arg(minutes % (24 * 60) / 60);
    switch (stage) {
    case domain::SlaStage::Breached:
        return QStringLiteral("✖ −") + amount;
    case domain::SlaStage::Warning:
        return QStringLiteral("⚠ ") + amount;
    case domain::SlaStage::Ok:
    case domain::SlaStage::NotWaiting:
        break;
    }
    return QStringLiteral("◷ ") + amount;
}

QString ChatListDelegate::shortTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QLocale locale;
    if (local.date() == today)
        return locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == today.addDays(-1))
        return tr("Yesterday");
    if (local.date() > today.addDays(-7) && local.date() < today)
        return locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(local.date(), QLocale::ShortFormat);
}

void ChatListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    // The style draws background, selection and focus; the texts are ours.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString marketplace = index.data(ChatListModel::MarketplaceRole).toString();
    const QString title = index.data(ChatListModel::TitleRole).toString();
    const QString account = index.data(ChatListModel::AccountNameRole).toString();
    const QString preview = index.data(ChatListModel::PreviewRole).toString();
    const int unread = index.data(ChatListModel::UnreadCountRole).toInt();
    const bool unanswered = index.data(ChatListModel::UnansweredRole).toBool();
    const bool closed = index.data(ChatListModel::StatusRole)
                            .toString()
                            .compare(QLatin1String("CLOSED"), Qt::CaseInsensitive) == 0;
    const QDateTime last = index.data(ChatListModel::LastMessageAtRole).toDateTime();
    const QVariant sla = index.data(ChatListModel::SlaDeadlineRole);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = opt.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);

    // Marketplace badge: colour and letters.
    const QRect badge(r.left(), r.top() + (r.height() - kBadge) / 2, kBadge, kBadge);
    QPainterPath circle;
    circle.addEllipse(badge);
    painter->fillPath(circle, marketplaceColor(marketplace));
    QFont badgeFont = smallerFont(opt.font);
    badgeFont.setBold(true);
    painter->setFont(badgeFont);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, marketplaceBadge(marketplace));

    const QFont small = smallerFont(opt.font);
    const QFontMetrics fm(opt.font);
    const QFontMetrics sfm(small);
    const int textLeft = badge.right() + kPadding + 2;
    const QRect line1(textLeft, r.top(), r.right() - textLeft, fm.height());
    const QRect line2(textLeft, line1.bottom() + 3, line1.width(), sfm.height() + 2);

    // Right column: time (line 1), unread badge (line 2); the SLA slot left of the time.
    const QString time = shortTime(last, m_clock());
    const int timeWidth = sfm.horizontalAdvance(time);
    painter->setFont(small);
    painter->setPen(muted);
    painter->drawText(QRect(line1.right() - timeWidth, line1.top(), timeWidth, line1.height()),
                      Qt::AlignRight | Qt::AlignVCenter, time);
    const QRect slaRect(line1.right() - timeWidth - kPadding - kSlaWidth, line1.top(), kSlaWidth,
                        line1.height());
    if (sla.isValid()) {
        // Readable without colour: a symbol per stage and a minus sign once overdue.
        const auto stage = domain::SlaStage(index.data(ChatListModel::SlaStateRole).toInt());
        QFont slaFont = small;
        slaFont.setBold(stage != domain::SlaStage::Ok);
        painter->setFont(slaFont);
        if (!selected && stage == domain::SlaStage::Warning)
            painter->setPen(QColor(0xb3, 0x5c, 0x00));
        else if (!selected && stage == domain::SlaStage::Breached)
            painter->setPen(QColor(0xc0, 0x1c, 0x28));
        painter->drawText(slaRect, Qt::AlignRight | Qt::AlignVCenter,
                          slaText(sla.toDateTime(), m_clock(), stage));
        painter->setFont(small);
        painter->setPen(muted);
    }

    int line2Right = line2.right();
    if (unread > 0) {
        const QString count = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        const int w = qMax(sfm.height(), sfm.horizontalAdvance(count) + 10);
        const QRect pill(line2.right() - w, line2.top(), w, sfm.height());
        QPainterPath path;
        path.addRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->fillPath(path, opt.palette.color(group, selected ? QPalette::HighlightedText
                                                                  : QPalette::Highlight));
        QFont bold = small;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(
            opt.palette.color(group, selected ? QPalette::Highlight : QPalette::HighlightedText));
        painter->drawText(pill, Qt::AlignCenter, count);
        line2Right = pill.left() - kPadding;
    }

    // Title: bold when unread; "closed" said in words.
    QFont titleFont = opt.font;
    titleFont.setBold(unread > 0);
    painter->setFont(titleFont);
    painter->setPen(text);
    QString shownTitle = title;
    if (closed)
        shownTitle = tr("%1 (closed)").arg(title);
    if (index.data(ChatListModel::MutedRole).toBool())
        shownTitle = tr("%1 (muted)").arg(shownTitle);
    const int titleWidth = slaRect.left() - kPadding - line1.left();
    painter->drawText(QRect(line1.left(), line1.top(), titleWidth, line1.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(shownTitle, Qt::ElideRight, titleWidth));

    // Account · preview; "↩" marks a chat whose buyer waits for an answer.
    painter->setFont(small);
    QString second = account.isEmpty() ? preview : tr("%1 · %2").arg(account, preview);
    if (unanswered)
        second = QStringLiteral("↩ ") + second;
    painter->setPen(muted);
    const QRect secondRect(line2.left(), line2.top(), line2Right - line2.left(), line2.height());
    painter->drawText(secondRect, Qt::AlignLeft | Qt::AlignVCenter,
                      sfm.elidedText(second, Qt::ElideRight, secondRect.width()));
    painter->restore();
}

QSize ChatListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    const QFontMetrics sfm(smallerFont(option.font));
    const int height = qMax(kBadge, fm.height() + 3 + sfm.height() + 2) + 2 * kPadding;
    return {200, height};
}

} // namespace agentp::views
