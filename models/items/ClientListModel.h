#pragma once

#include "models/domain/ClientRecords.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <vector>

namespace agentp::store {
class StoreNotifier;
}

namespace agentp::models {

// The Clients pane's table: clients ordered by name, filtered by salon and a search (name or
// phone, see ClientRepository), read in pages of kPageSize rows through canFetchMore()/
// fetchMore() so 100,000 clients cost one small indexed query at a time. Reloads when the
// store announces a change of "clients".
class ClientListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        PhoneColumn,
        MasterColumn,
        VisitsColumn,
        ColumnCount
    };
    enum Role
    {
        ClientIdRole = Qt::UserRole + 1,
        TenantIdRole,
        PhoneDigitsRole,
    };
    static constexpr int kPageSize = 200;
    // Rows per fetch. The view keeps kPageSize; an export reading everything uses large pages,
    // since each page is one query that skips the rows before it.
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    explicit ClientListModel(QSqlDatabase db, store::StoreNotifier *notifier = nullptr,
                             QObject *parent = nullptr);

    void setFilter(const domain::ClientFilter &filter);
    domain::ClientFilter filter() const { return m_filter; }
    qint64 totalCount() const { return m_total; }
    const domain::ClientRow *clientAt(int row) const;
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString &message);

private:
    QSqlDatabase m_db;
    domain::ClientFilter m_filter;
    std::vector<domain::ClientRow> m_rows;
    qint64 m_total = 0;
    bool m_resetting = false;
    int m_pageSize = kPageSize;
};

} // namespace agentp::models
