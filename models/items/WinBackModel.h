#pragma once

#include "models/domain/WinBackCandidate.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <vector>

namespace agentp::store {
class StoreNotifier;
}

namespace agentp::models {

// The Win-back pane's table: clients the churn rule says are overdue, riskiest first, with the
// status of the latest "Bring back" request. Paged like SessionTableModel. A change of
// winback_requests (the UI queued a request, the sync side moved one on) updates only the
// status cells of the loaded rows — selection and scroll position stay; a change of clients or
// client_memory reloads the list.
class WinBackModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ClientColumn,
        LastVisitColumn,
        CycleColumn,
        RiskColumn,
        RequestColumn,
        ColumnCount
    };
    enum Role
    {
        ClientIdRole = Qt::UserRole + 1,
        RiskRole,           // double: 0.3, 0.6, 0.9
        DaysSinceRole,      // int
        RequestStatusRole,  // raw winback_requests.status, empty when none
        RequestPendingRole, // bool: a request is queued or sent, another would duplicate it
    };
    static constexpr int kPageSize = 200;
    // Rows per fetch. The view keeps kPageSize; an export reading everything uses large pages,
    // since each page is one query that skips the rows before it.
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    explicit WinBackModel(QSqlDatabase db, store::StoreNotifier *notifier = nullptr,
                          QObject *parent = nullptr);

    void setFilter(const domain::WinBackFilter &filter);
    domain::WinBackFilter filter() const { return m_filter; }
    qint64 totalCount() const { return m_total; }
    const domain::WinBackCandidate *candidateAt(int row) const;
    int rowOf(const QString &clientId) const;
    void reload();
    // Re-reads the request statuses of the loaded rows; dataChanged for those that changed.
    void refreshStatuses();

    static QString riskText(double risk);
    static QString statusText(const QString &status);

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
    QVariant displayText(const domain::WinBackCandidate &c, int column) const;
    QVariant toolTip(const domain::WinBackCandidate &c, int column) const;

    QSqlDatabase m_db;
    domain::WinBackFilter m_filter;
    std::vector<domain::WinBackCandidate> m_rows;
    qint64 m_total = 0;
    bool m_resetting = false;
    int m_pageSize = kPageSize;
};

} // namespace agentp::models
