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

// The right side of Waitlist & risks: booked slots still ahead whose cancellation risk is at
// least the threshold (open or already notified, not matched or ignored), riskiest first, with
// the factors in words. Refreshes itself on store changes, merging rows.
class RiskModel final : public WaitlistRowSync<domain::RiskyBooking>
{
    Q_OBJECT
public:
    enum Column
    {
        ClientColumn,
        ServiceColumn,
        SlotColumn,
        RiskColumn,
        FactorsColumn, // takes the remaining width
        StateColumn,
        SalonColumn, // hidden unless several salons are listed together
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ScoreRole, // double 0..1, for the risk bar
        ClientNameRole,
        IntentStateRole,
    };
    using Clock = std::function<QDateTime()>;

    RiskModel(QSqlDatabase db, store::StoreNotifier *notifier, QObject *parent = nullptr);

    void setTenant(const QString &tenantId);
    QString tenant() const { return m_tenantId; }
    void setThreshold(double threshold); // 0..1
    double threshold() const { return m_threshold; }
    // "Now" that decides which slots are still ahead (tests pin it to the demo's anchor).
    void setClock(Clock clock);
    void refresh();

    const domain::RiskyBooking *bookingAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);

private:
    void scheduleUndoWindowRefresh();

    QSqlDatabase m_db;
    QString m_tenantId;
    double m_threshold = 0.5;
    Clock m_clock;
    QTimer *m_windowTimer;
};

} // namespace agentp::models
