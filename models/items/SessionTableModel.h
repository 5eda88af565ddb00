#pragma once

#include "models/domain/BotSession.h"
#include "models/domain/SessionFilter.h"
#include "models/store/StoreError.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <vector>

namespace agentp::models {

// The Sessions pane's table: bot dialogs, newest first, read from the store in pages of
// kPageSize rows through canFetchMore()/fetchMore(), so opening a salon with years of history
// costs one small indexed query. Filters are applied in SQL, not in a proxy, for the same reason.
class SessionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        StartedColumn,
        ClientColumn,
        StatusColumn,
        IntentColumn,
        ServiceColumn,
        SalonColumn,
        ColumnCount
    };
    enum Role
    {
        SessionIdRole = Qt::UserRole + 1,
        StartedAtRole,
        StatusRole, // the raw status value, e.g. "booked"
        MessageCountRole,
    };
    static constexpr int kPageSize = 200;

    explicit SessionTableModel(QSqlDatabase db, QObject *parent = nullptr);

    void setFilter(const domain::SessionFilter &filter);
    domain::SessionFilter filter() const { return m_filter; }
    qint64 totalCount() const { return m_total; }
    const domain::BotSession *sessionAt(int row) const;
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
    domain::SessionFilter m_filter;
    std::vector<domain::BotSession> m_rows;
    qint64 m_total = 0;
    bool m_resetting = false;
};

} // namespace agentp::models
