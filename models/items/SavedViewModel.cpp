#include "models/items/SavedViewModel.h"

#include "models/items/ChatListModel.h"
#include "models/store/StoreNotifier.h"

#include <QTimer>

namespace agentp::models {

SavedViewModel::SavedViewModel(QSqlDatabase db, store::StoreNotifier *notifier,
                               ChatListModel *chats, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(std::move(db))
    , m_chats(chats)
    , m_recount(new QTimer(this))
{
    m_recount->setSingleShot(true);
    m_recount->setInterval(kDefaultRecountDelayMs);
    connect(m_recount, &QTimer::timeout, this, &SavedViewModel::recount);
    if (notifier) {
        connect(notifier, &store::StoreNotifier::changed, this, [this](const QSet<QString> &t) {
            if (t.contains(QStringLiteral("saved_filters")))
                reload();
        });
    }
    // Whatever can change which chats a view holds: the chats themselves, the accounts, the
    // message text index, and SLA stages. Not the list's own layout changes: typing a search
    // changes no view's count.
    connect(m_chats, &ChatListModel::entriesChanged, this, &SavedViewModel::scheduleRecount);
    connect(m_chats, &ChatListModel::accountsChanged, this, &SavedViewModel::scheduleRecount);
    connect(m_chats, &ChatListModel::loaded, this, &SavedViewModel::scheduleRecount);
    connect(m_chats, &ChatListModel::messageTextReadyChanged, this,
            &SavedViewModel::scheduleRecount);
    connect(m_chats, &ChatListModel::slaStagesChanged, this, &SavedViewModel::scheduleRecount);
    reload();
}

void SavedViewModel::setRecountDelay(int ms)
{
    m_recount->setInterval(ms);
}

void SavedViewModel::scheduleRecount()
{
    if (!m_views.isEmpty() && !m_recount->isActive())
        m_recount->start();
}

void SavedViewModel::reload()
{
    store::StoreError error;
    QList<store::SavedViewRepository::View> views = store::SavedViewRepository(m_db).views(&error);
    if (error.isError()) {
        emit loadFailed(error.message);
        return; // keep showing what we had
    }
    beginResetModel();
    m_views = std::move(views);
    m_counts.assign(size_t(m_views.size()), 0);
    for (qsizetype i = 0; i < m_views.size(); ++i)
        m_counts[size_t(i)] = m_chats->countMatching(m_views.at(i).filter);
    endResetModel();
}

void SavedViewModel::recount()
{
    m_recount->stop();
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        const int n = m_chats->countMatching(m_views.at(i).filter);
        if (n != m_counts[size_t(i)]) {
            m_counts[size_t(i)] = n;
            emit dataChanged(index(int(i)), index(int(i)), {CountRole, Qt::DisplayRole});
        }
    }
}

const store::SavedViewRepository::View *SavedViewModel::viewAt(int row) const
{
    return row >= 0 && row < m_views.size() ? &m_views.at(row) : nullptr;
}

int SavedViewModel::rowOfView(qint64 id) const
{
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        if (m_views.at(i).id == id)
            return int(i);
    }
    return -1;
}

int SavedViewModel::countAt(int row) const
{
    return row >= 0 && row < m_views.size() ? m_counts[size_t(row)] : 0;
}

int SavedViewModel::rowOfFilter(const domain::ChatViewFilter &filter) const
{
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        if (m_chats->normalized(m_views.at(i).filter) == filter)
            return int(i);
    }
    return -1;
}

int SavedViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

QVariant SavedViewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::SavedViewRepository::View &v = m_views.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return v.name;
    case ViewIdRole:
        return v.id;
    case CountRole:
        return m_counts[size_t(index.row())];
    case Qt::ToolTipRole:
        return tr("%1: %n chat(s)", nullptr, m_counts[size_t(index.row())]).arg(v.name);
    default:
        return {};
    }
}

QHash<int, QByteArray> SavedViewModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ViewIdRole, "viewId");
    names.insert(NameRole, "name");
    names.insert(CountRole, "count");
    return names;
}

} // namespace agentp::models
