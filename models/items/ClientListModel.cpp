#include "models/items/ClientListModel.h"

#include "models/store/ClientRepository.h"
#include "models/store/StoreNotifier.h"

namespace agentp::models {

ClientListModel::ClientListModel(QSqlDatabase db, store::StoreNotifier *notifier, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    if (notifier) {
        connect(notifier, &store::StoreNotifier::changed, this,
                [this](const QSet<QString> &tables) {
                    if (tables.contains(QStringLiteral("clients")))
                        reload();
                });
    }
    reload();
}

void ClientListModel::setFilter(const domain::ClientFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ClientListModel::reload()
{
    // Views (and QAbstractItemModelTester) may call fetchMore() from their modelReset handlers;
    // paging in rows while the reset is still being announced would nest two changes.
    m_resetting = true;
    beginResetModel();
    m_rows.clear();
    store::StoreError error;
    store::ClientRepository repo(m_db);
    m_total = repo.count(m_filter, &error);
    if (!error.isError())
        m_rows = repo.page(m_filter, 0, m_pageSize, &error);
    endResetModel();
    m_resetting = false;
    if (error.isError()) {
        m_total = 0;
        emit loadFailed(error.message);
    }
    emit totalCountChanged(m_total);
}

const domain::ClientRow *ClientListModel::clientAt(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return nullptr;
    return &m_rows[size_t(row)];
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    const domain::ClientRow *c = index.isValid() ? clientAt(index.row()) : nullptr;
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c->fullName;
        case PhoneColumn:
            return c->phone;
        case MasterColumn:
            // A dash, not an empty cell: "no favourite yet" is information too.
            return c->favouriteMaster.isEmpty() ? QStringLiteral("—") : c->favouriteMaster;
        case VisitsColumn:
            return c->visitCount;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == VisitsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ClientIdRole:
        return c->id;
    case TenantIdRole:
        return c->tenantId;
    case PhoneDigitsRole:
        return c->phoneDigits;
    }
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case MasterColumn:
        return tr("Favourite master");
    case VisitsColumn:
        return tr("Visits");
    }
    return {};
}

bool ClientListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_resetting && qint64(m_rows.size()) < m_total;
}

void ClientListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    store::StoreError error;
    auto more =
        store::ClientRepository(m_db).page(m_filter, int(m_rows.size()), m_pageSize, &error);
    if (error.isError()) {
        // Stop paging rather than retrying on every scroll; the pane shows the reason.
        m_total = qint64(m_rows.size());
        emit loadFailed(error.message);
        return;
    }
    if (more.empty()) {
        m_total = qint64(m_rows.size()); // rows vanished since counting
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    std::move(more.begin(), more.end(), std::back_inserter(m_rows));
    endInsertRows();
}

} // namespace agentp::models
