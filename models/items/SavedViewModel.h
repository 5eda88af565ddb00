#pragma once

#include "models/store/SavedViewRepository.h"

#include <QAbstractListModel>
#include <QSqlDatabase>

class QTimer;

namespace agentp::store {
class StoreNotifier;
}

namespace agentp::models {

class ChatListModel;

// The saved chat views for the sidebar, each with a live count: how many chats it would list
// now. Views reload when "saved_filters" changes; counts follow the chat list (new chats,
// changed unread counts, SLA stage changes), at most once per `recountDelay` so a sync burst
// costs one recount. A count walks every chat in memory (and the message text for a view with a
// search): a few milliseconds per view on 100,000 chats.
class SavedViewModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ViewIdRole = Qt::UserRole + 1,
        NameRole, // also Qt::DisplayRole
        CountRole,
    };
    static constexpr int kDefaultRecountDelayMs = 1000;

    SavedViewModel(QSqlDatabase db, store::StoreNotifier *notifier, ChatListModel *chats,
                   QObject *parent = nullptr);

    void setRecountDelay(int ms);
    const store::SavedViewRepository::View *viewAt(int row) const;
    int rowOfView(qint64 id) const;
    int countAt(int row) const;
    // The row whose filter equals `filter`, -1 when none (the sidebar marks the active view).
    int rowOfFilter(const domain::ChatViewFilter &filter) const;

    void reload();
    // Counts again now (the throttle's target; tests call it directly).
    void recount();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadFailed(const QString &message);

private:
    void scheduleRecount();

    QSqlDatabase m_db;
    ChatListModel *m_chats;
    QList<store::SavedViewRepository::View> m_views;
    std::vector<int> m_counts;
    QTimer *m_recount;
};

} // namespace agentp::models
