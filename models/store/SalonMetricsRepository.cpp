#include "models/store/SalonMetricsRepository.h"

#include "models/store/SqlErrors.h"
#include "models/store/TimeFormat.h"

#include <QSqlQuery>
#include <QVariantList>

namespace agentp::store {

namespace {

// "Set" = not NULL and not only blanks (space, tab, CR, LF), as in domain::furthestStage.
QString isSet(const char *column)
{
    return QStringLiteral("trim(coalesce(%1, ''), char(32, 9, 10, 13)) <> ''")
        .arg(QLatin1String(column));
}

// The furthest funnel stage of a dialog (domain::FunnelStage numbers); the cumulation into
// "reached at least" happens in domain::FunnelCounts::fromFurthest, so the rule lives there.
QString furthestStageSql()
{
    return QStringLiteral("CASE WHEN %1 THEN 3 WHEN %2 THEN 2 WHEN %3 THEN 1 ELSE 0 END")
        .arg(isSet("booking_id"), isSet("slot_at"), isSet("service"));
}

// Missing days are counted in chunks: 4 bound values a day stays below SQLite's historic limit
// of 999 variables per statement.
constexpr int kDaysPerStatement = 200;

bool run(QSqlQuery &q, const QVariantList &values, StoreError *error)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot read the salon metrics"));
        return false;
    }
    return true;
}

} // namespace

SalonMetricsRepository::SalonMetricsRepository(QSqlDatabase db, QTimeZone calendar)
    : m_db(std::move(db))
    , m_calendar(calendar.isValid() ? std::move(calendar) : QTimeZone::utc())
{}

QString SalonMetricsRepository::since(const domain::DatePeriod &period) const
{
    return toStoredTime(period.first.startOfDay(m_calendar));
}

QString SalonMetricsRepository::until(const domain::DatePeriod &period) const
{
    return toStoredTime(period.last.addDays(1).startOfDay(m_calendar));
}

QString SalonMetricsRepository::totalsSql(bool oneTenant)
{
    // GROUP BY the stage gives at most four rows; the WHERE is a range on
    // bot_sessions_tenant_started (one tenant) or bot_sessions_started (all).
    return QStringLiteral("SELECT %1 AS stage, COUNT(*) FROM bot_sessions WHERE ")
               .arg(furthestStageSql()) +
           (oneTenant ? QStringLiteral("tenant_id = ? AND ") : QString()) +
           QStringLiteral("started_at >= ? AND started_at < ? GROUP BY stage");
}

QString SalonMetricsRepository::computedDaysSql(int days)
{
    // Each wanted (tenant, day) is joined to its dialogs through a range on
    // bot_sessions_tenant_started; the day bounds are bound values computed in the calendar's
    // time zone (SQLite knows no time zones, so it cannot group by local day itself).
    QStringList rows;
    rows.reserve(days);
    for (int i = 0; i < days; ++i)
        rows << QStringLiteral("(?, ?, ?, ?)");
    return QStringLiteral("WITH wanted(tenant_id, day_index, since, until) AS (VALUES ") +
           rows.join(QLatin1Char(',')) +
           QStringLiteral(") SELECT w.day_index, COUNT(s.id), COALESCE(SUM(%1), 0)"
                          " FROM wanted w LEFT JOIN bot_sessions s"
                          " ON s.tenant_id = w.tenant_id AND s.started_at >= w.since"
                          " AND s.started_at < w.until GROUP BY w.day_index")
               .arg(isSet("s.booking_id"));
}

PeriodTotals SalonMetricsRepository::totals(const QString &tenantId,
                                            const domain::DatePeriod &period,
                                            StoreError *error) const
{
    PeriodTotals out;
    if (!period.isValid())
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(totalsSql(!tenantId.isEmpty()));
    QVariantList values;
    if (!tenantId.isEmpty())
        values << tenantId;
    values << since(period) << until(period);
    if (!run(q, values, error))
        return out;
    std::array<qint64, domain::kFunnelStageCount> furthest{};
    while (q.next()) {
        const int stage = q.value(0).toInt();
        if (stage >= 0 && stage < domain::kFunnelStageCount)
            furthest[size_t(stage)] = q.value(1).toLongLong();
    }
    out.funnel = domain::FunnelCounts::fromFurthest(furthest);
    out.sessions = out.funnel.started();
    out.bookings = out.funnel.booked();
    return out;
}

bool SalonMetricsRepository::tenantIds(const QString &tenantId, QStringList *ids,
                                       StoreError *error) const
{
    if (!tenantId.isEmpty()) {
        *ids = {tenantId};
        return true;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM tenants ORDER BY id"));
    if (!run(q, {}, error))
        return false;
    while (q.next())
        *ids << q.value(0).toString();
    return true;
}

bool SalonMetricsRepository::addCollected(const QString &tenantId, const domain::DatePeriod &period,
                                          std::vector<domain::DailyKpi> &days,
                                          std::vector<bool> &covered, StoreError *error) const
{
    // The primary key (tenant_id, day) serves this range; `day` is "yyyy-MM-dd" text, so text
    // order is date order.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT day, dialogs_started, bookings FROM daily_metrics"
                             " WHERE tenant_id = ? AND day >= ? AND day <= ?"));
    if (!run(q, {tenantId, period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate)},
             error))
        return false;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (!period.contains(day))
            continue; // a malformed day text from a sync: ignore rather than misplace it
        const size_t i = size_t(period.first.daysTo(day));
        days[i].sessions += q.value(1).toLongLong();
        days[i].bookings += q.value(2).toLongLong();
        covered[i] = true;
    }
    return true;
}

bool SalonMetricsRepository::addComputed(const QStringList &tenants,
                                         const std::vector<std::vector<bool>> &covered,
                                         std::vector<domain::DailyKpi> &days,
                                         StoreError *error) const
{
    QVariantList pending;
    auto flush = [&]() {
        const int rows = int(pending.size() / 4);
        if (rows == 0)
            return true;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(computedDaysSql(rows));
        if (!run(q, pending, error))
            return false;
        while (q.next()) {
            const qint64 i = q.value(0).toLongLong();
            if (i < 0 || i >= qint64(days.size()))
                continue;
            days[size_t(i)].sessions += q.value(1).toLongLong();
            days[size_t(i)].bookings += q.value(2).toLongLong();
        }
        pending.clear();
        return true;
    };
    for (qsizetype t = 0; t < tenants.size(); ++t) {
        for (size_t i = 0; i < days.size(); ++i) {
            if (covered[size_t(t)][i])
                continue;
            days[i].computed = true;
            const domain::DatePeriod day{days[i].day, days[i].day};
            pending << tenants.at(t) << qint64(i) << since(day) << until(day);
            if (pending.size() >= 4 * kDaysPerStatement && !flush())
                return false;
        }
    }
    return flush();
}

std::vector<domain::DailyKpi> SalonMetricsRepository::dailyTrend(const QString &tenantId,
                                                                 const domain::DatePeriod &period,
                                                                 StoreError *error) const
{
    std::vector<domain::DailyKpi> days;
    if (!period.isValid())
        return days;
    QStringList tenants;
    if (!tenantIds(tenantId, &tenants, error))
        return days;
    days.resize(size_t(period.days()));
    for (size_t i = 0; i < days.size(); ++i)
        days[i].day = period.first.addDays(qint64(i));

    std::vector<std::vector<bool>> covered(size_t(tenants.size()),
                                           std::vector<bool>(days.size(), false));
    for (qsizetype t = 0; t < tenants.size(); ++t) {
        if (!addCollected(tenants.at(t), period, days, covered[size_t(t)], error))
            return {};
    }
    if (!addComputed(tenants, covered, days, error))
        return {};
    return days;
}

} // namespace agentp::store
