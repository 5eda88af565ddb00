#pragma once

#include "models/domain/SlaPolicy.h"
#include <QDateTime>

#include <QStyledItemDelegate>

#include <functional>

namespace agentp::views {

// One chat in the chat list, two lines high (all rows the same height, so the list can use
// uniform item sizes over 100,000 chats):
//   [badge] Title (bold when unread)            [SLA slot] time
//           account · preview                         [unread]
// The badge carries the marketplace's letters as well as its colour, unread chats are bold as
// well as badged, and a chat waiting for our answer gets a "↩" before the preview — every cue
// survives a monochrome theme. The SLA slot stays empty until ChatListModel::SlaDeadlineRole
// carries a time (a later issue).
class ChatListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit ChatListDelegate(QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Short marketplace label for the badge ("OZ", "WB", "YM", "DM").
    static QString marketplaceBadge(const QString &marketplace);
    static QColor marketplaceColor(const QString &marketplace);
    // "14:05" today, "Yesterday", "Mon" this week, a short date otherwise.
    static QString shortTime(const QDateTime &when, const QDateTime &now);
    // The SLA countdown: "◷ 45 min", "⚠ 1 h 05", "✖ −12 min" (symbol per stage, minus once
    // overdue, so it reads without colour).
    static QString slaText(const QDateTime &due, const QDateTime &now, domain::SlaStage stage);

private:
    Clock m_clock;
};

} // namespace agentp::views
