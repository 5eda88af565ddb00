#pragma once

#include "models/domain/WaitlistMatch.h"
#include "models/items/WaitlistRowSync.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <functional>

class QTimer;

namespace agentp::store {
class StoreNotifier;
}

namespace agentp::models {

// The left side of Waitlist & risks: clients waiting for a slot (pending items only, plus items
// whose action failed on the server so the failure shows). Refreshes itself when the store
// announces changes of its tables, merging rows rather than resetting. Items that appear in a
// refresh and were never shown before are announced with newItemsArrived() (a new request came
// in through sync or realtime); an item that comes back after Undo is not new.
class WaitlistModel final : public WaitlistRowSync<domain::WaitlistItem>
{
    Q_OBJECT
public:
    enum Column
    {
        ClientColumn,
        ServiceColumn,
        WantedColumn,
        WaitingColumn,
        StateColumn, // takes the remaining width
        SalonColumn, // hidden unless several salons are listed together
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ClientNameRole,
        PhoneRole,
        IntentStateRole, // "queued", "sending", "failed" or empty
    };
    using Clock = std::function<QDateTime()>;

    // `notifier` may be null (no automatic refresh).
    WaitlistModel(QSqlDatabase db, store::StoreNotifier *notifier, QObject *parent = nullptr);

    // Shows one salon's items (empty: all). Items shown because of a filter change are not
    // announced as new.
    void setTenant(const QString &tenantId);
    QString tenant() const { return m_tenantId; }
    // "Now" for the waiting time (tests pin it); the undo window always uses the wall clock.
    void setClock(Clock clock);
    void refresh();

    const domain::WaitlistItem *itemAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void newItemsArrived(const QList<qint64> &ids);
    void loadFailed(const QString &message);

private:
    void load(bool announce);
    void scheduleUndoWindowRefresh();

    QSqlDatabase m_db;
    QString m_tenantId;
    Clock m_clock;
    QSet<qint64> m_known; // every id shown since the last filter change
    QTimer *m_windowTimer;
};

} // namespace agentp::models
