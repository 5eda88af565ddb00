#pragma once

#include "models/store/SalonMetricsRepository.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QObject;
class QThread;

namespace agentp::models {

// What the Overview shows for one period and salon scope: the totals of the period and of the
// one before it, and the daily trend.
struct OverviewFigures
{
    store::PeriodTotals now;
    store::PeriodTotals before;
    std::vector<domain::DailyKpi> days;

    // Counts them on `db` (tenantId empty = every salon). Null with `error` set on a store
    // error; null without one when `cancel` (may be null) was set between the queries.
    static std::optional<OverviewFigures> load(QSqlDatabase db, const QString &tenantId,
                                               const domain::DatePeriod &period,
                                               store::StoreError *error,
                                               const std::atomic_bool *cancel = nullptr);
    // Whether the store may hold more than `threshold` dialogs (the largest rowid of
    // bot_sessions: free to read, never below the count), so that counting them belongs on a
    // thread: a million dialogs take seconds (bench_overview).
    static bool mayHoldMoreThan(QSqlDatabase db, qint64 threshold);
};

// OverviewFigures::load on a thread of its own with a read-only connection. `done` runs in
// `context`'s thread unless the job was destroyed first; destroying it cancels the load (between
// queries) and waits for the thread.
class OverviewLoadJob final
{
public:
    using Done = std::function<void(std::shared_ptr<OverviewFigures> figures, QString error)>;

    OverviewLoadJob(const QString &databasePath, const QString &tenantId,
                    const domain::DatePeriod &period, QObject *context, Done done);
    ~OverviewLoadJob();
    OverviewLoadJob(const OverviewLoadJob &) = delete;
    OverviewLoadJob &operator=(const OverviewLoadJob &) = delete;

private:
    std::atomic_bool m_cancel{false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace agentp::models
