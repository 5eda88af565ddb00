#pragma once

#include "models/domain/KpiMath.h"

#include <QDateTime>
#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;

namespace agentp::store {
class Workspace;
}
namespace agentp::models {
struct OverviewFigures;
class OverviewLoadJob;
} // namespace agentp::models

namespace agentp::views {

class FunnelChart;
class KpiCard;
class TrendChart;

// The salon Overview: KPI cards (dialogs, bookings, conversion) with the change against the
// previous period of the same length, the bot's funnel and the daily trend, for the last
// 7 / 30 / 90 days or a custom range. A super admin picks a salon (or all); everyone else sees
// their own salon. Everything is read from the local store, and re-read when the store says
// bot_sessions, daily_metrics or tenants changed; a large store on a thread (isLoading()).
class OverviewPane final : public QWidget
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit OverviewPane(store::Workspace &workspace, QWidget *parent = nullptr);
    ~OverviewPane() override;

    // "Now" for the period presets; the system clock unless a test injects one.
    void setClock(Clock clock);
    void setPreset(domain::PeriodPreset preset);
    void setCustomRange(QDate from, QDate to);

    domain::PeriodPreset preset() const;
    domain::DatePeriod currentPeriod() const;
    // The tenant shown; empty = all salons (super admin only).
    QString tenantScope() const;

    KpiCard *sessionsCard() const { return m_sessions; }
    KpiCard *bookingsCard() const { return m_bookings; }
    KpiCard *conversionCard() const { return m_conversion; }
    FunnelChart *funnelChart() const { return m_funnel; }
    TrendChart *trendChart() const { return m_trend; }
    QComboBox *tenantSelector() const { return m_tenant; }

    // Stores that may hold more dialogs than this are counted on a thread, so the window stays
    // responsive (a million dialogs take seconds); smaller ones at once, as before.
    void setBackgroundThreshold(qint64 dialogs) { m_backgroundThreshold = dialogs; }
    // Counting on a thread is under way; loaded() follows.
    bool isLoading() const { return m_job != nullptr; }

public slots:
    void reload();

signals:
    void errorOccurred(const QString &message);
    // The cards and charts show the figures of the current period and scope.
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillTenants();
    void onStoreChanged(const QSet<QString> &tables);
    void updatePeriodEditors();
    void updateDataAsOf();
    void showFigures(const models::OverviewFigures &figures, const domain::DatePeriod &period);

    store::Workspace &m_workspace;
    Clock m_clock;
    bool m_superAdmin = false;
    bool m_stale = false; // the store changed while the pane was hidden
    qint64 m_backgroundThreshold = 100000;
    std::unique_ptr<models::OverviewLoadJob> m_job;
    bool m_reloadAgain = false; // asked again while the job counted: its figures are stale
    QString m_ownTenant;
    QComboBox *m_tenant;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_periodLabel;
    QLabel *m_dataAsOf;
    KpiCard *m_sessions;
    KpiCard *m_bookings;
    KpiCard *m_conversion;
    FunnelChart *m_funnel;
    TrendChart *m_trend;
};

} // namespace agentp::views
