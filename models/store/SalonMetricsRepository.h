#pragma once

#include "models/domain/Funnel.h"
#include "models/domain/KpiMath.h"
#include "models/store/StoreError.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <vector>

namespace agentp::store {

// What the Overview shows for one period: dialogs started, bookings made in those dialogs and
// the funnel. sessions == funnel.started() and bookings == funnel.booked() by construction.
struct PeriodTotals
{
    qint64 sessions = 0;
    qint64 bookings = 0;
    domain::FunnelCounts funnel;
};

// Aggregates of the salon bot's data for the Overview (bot_sessions, daily_metrics). Everything
// is counted by SQLite (COUNT/SUM … GROUP BY over the (tenant_id, started_at) and started_at
// indexes) — no dialog is loaded into memory, so the cost grows with the rows in the period,
// not with what the store holds, and nothing scales with the number of dialogs on the C++ side.
//
// Calendar: a period is whole days of the console's calendar — the time zone given here, by
// default the machine's, the same as the Sessions pane's date filter — so "last 7 days" counts
// the same dialogs in both panes. A dialog belongs to the day its started_at falls on in that
// calendar. daily_metrics rows are taken as written (their `day` is the collector's date).
// All values are bound, never spliced into SQL.
class SalonMetricsRepository final
{
public:
    explicit SalonMetricsRepository(QSqlDatabase db,
                                    QTimeZone calendar = QTimeZone::systemTimeZone());

    // Totals over the dialogs started in `period`; tenantId empty = every tenant in the store.
    PeriodTotals totals(const QString &tenantId, const domain::DatePeriod &period,
                        StoreError *error) const;

    // One point per day of `period`, oldest first: the daily_metrics row where there is one
    // (summed over tenants for "all"); a day without a row — for any of the tenants — is counted
    // from bot_sessions instead and marked `computed` (today, or a day the collector missed).
    std::vector<domain::DailyKpi>
    dailyTrend(const QString &tenantId, const domain::DatePeriod &period, StoreError *error) const;

    // [since, until) of a period as stored-time text (UTC), the bounds the queries bind.
    QString since(const domain::DatePeriod &period) const;
    QString until(const domain::DatePeriod &period) const;

    // The statements as they are prepared, for the query-plan test (index use).
    static QString totalsSql(bool oneTenant);
    static QString computedDaysSql(int days);

private:
    bool tenantIds(const QString &tenantId, QStringList *ids, StoreError *error) const;
    bool addCollected(const QString &tenantId, const domain::DatePeriod &period,
                      std::vector<domain::DailyKpi> &days, std::vector<bool> &covered,
                      StoreError *error) const;
    bool addComputed(const QStringList &tenants, const std::vector<std::vector<bool>> &covered,
                     std::vector<domain::DailyKpi> &days, StoreError *error) const;

    QSqlDatabase m_db;
    QTimeZone m_calendar;
};

} // namespace agentp::store
