#include "models/items/SessionTableModel.h"

#include "models/items/SessionLabels.h"
#include "models/store/SessionRepository.h"

#include <QLocale>

namespace agentp::models {

SessionTableModel::SessionTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    reload();
}

void SessionTableModel::setFilter(const domain::SessionFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void SessionTableModel::reload()
{
    // Views (and QAbstractItemModelTester) may call fetchMore() from their modelReset handlers;
    // paging in rows while the reset is still being announced would nest two changes.
    m_resetting = true;
    beginResetModel();
    m_rows.clear();
    store::StoreError error;
    store::SessionRepository repo(m_db);
    m_total = repo.count(m_filter, &error);
    if (!error.isError())
        m_rows = repo.page(m_filter, 0, kPageSize, &error);
    endResetModel();
    m_resetting = false;
    if (error.isError()) {
        m_total = 0;
        emit loadFailed(error.message);
    }
    emit totalCountChanged(m_total);
}

const domain::BotSession *SessionTableModel::sessionAt(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return nullptr;
    return &m_rows[size_t(row)];
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    const domain::BotSession *s = index.isValid() ? sessionAt(index.row()) : nullptr;
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return s->id.left(8);
        case StartedColumn:
            return QLocale().toString(s->startedAt.toLocalTime(), QLocale::ShortFormat);
        case ClientColumn:
            return s->clientName.isEmpty() ? SessionLabels::unknownClient() : s->clientName;
        case StatusColumn:
            return SessionLabels::status(s->status);
        case IntentColumn:
            return SessionLabels::intent(s->intent);
        case ServiceColumn:
            return s->service;
        case SalonColumn:
            return s->tenantName;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == IdColumn)
            return s->id;
        if (index.column() == StatusColumn && !s->bookingId.isEmpty())
            return SessionLabels::bookingTooltip(s->bookingId);
        break;
    case SessionIdRole:
        return s->id;
    case StartedAtRole:
        return s->startedAt;
    case StatusRole:
        return s->status;
    case MessageCountRole:
        return s->messageCount;
    }
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case StartedColumn:
        return tr("Date");
    case ClientColumn:
        return tr("Client");
    case StatusColumn:
        return tr("Status");
    case IntentColumn:
        return tr("Intent");
    case ServiceColumn:
        return tr("Service");
    case SalonColumn:
        return tr("Salon");
    }
    return {};
}

bool SessionTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_resetting && qint64(m_rows.size()) < m_total;
}

void SessionTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    store::StoreError error;
    auto more =
        store::SessionRepository(m_db).page(m_filter, int(m_rows.size()), kPageSize, &error);
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
