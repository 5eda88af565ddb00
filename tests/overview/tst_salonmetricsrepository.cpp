// SalonMetricsRepository on a small hand-made store with known answers: totals and funnel per
// tenant and for all tenants, half-open day bounds, the daily trend from daily_metrics with the
// missing days counted from the dialogs (and marked so), the calendar's time zone, and the
// indexes the statements use.
#include "models/store/Database.h"
#include "models/store/SalonMetricsRepository.h"
#include "tests/support/TempWorkspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace agentp;
using domain::DailyKpi;
using domain::DatePeriod;
using domain::FunnelStage;

namespace {

const QString kA = QStringLiteral("tenant-a");
const QString kB = QStringLiteral("tenant-b");
const DatePeriod kWeek{QDate(2026, 11, 14), QDate(2026, 11, 20)};

struct Session
{
    const char *id;
    QString tenant;
    const char *startedAt;
    const char *service;
    const char *slotAt;
    const char *bookingId;
};

// The furthest stage of each dialog is in the comment.
const Session kSessions[] = {
    {"a1", kA, "2026-11-18T10:00:00.000Z", "Стрижка", "2026-11-25T10:00:00.000Z", "B1"},    // 3
    {"a2", kA, "2026-11-18T11:00:00.000Z", "Стрижка", "2026-11-25T11:00:00.000Z", nullptr}, // 2
    {"a3", kA, "2026-11-18T12:00:00.000Z", "Маникюр", nullptr, nullptr},                    // 1
    {"a4", kA, "2026-11-18T13:00:00.000Z", nullptr, nullptr, nullptr},                      // 0
    {"a5", kA, "2026-11-18T14:00:00.000Z", nullptr, nullptr, "B2"}, // 3, no service
    {"a6", kA, "2026-11-18T15:00:00.000Z", "   ", nullptr, ""},     // 0, blanks
    {"a7", kA, "2026-11-19T23:30:00.000Z", "Маникюр", "2026-11-26T09:00:00.000Z", "B3"}, // 3
    {"a8", kA, "2026-11-19T00:00:00.000Z", nullptr, nullptr, nullptr}, // 0, on midnight
    {"a9", kA, "2026-11-20T09:00:00.000Z", nullptr, "2026-11-27T09:00:00.000Z", nullptr}, // 2
    {"a10", kA, "2026-11-21T00:00:00.000Z", "Стрижка", "2026-11-28T09:00:00.000Z", "B4"}, // next
    {"a11", kA, "2026-11-13T23:59:59.999Z", "Стрижка", "2026-11-20T09:00:00.000Z", "B5"}, // prev
    {"a12", kA, "2026-11-10T10:00:00.000Z", nullptr, nullptr, nullptr},                   // prev
    {"b1", kB, "2026-11-18T10:00:00.000Z", "Борода", "2026-11-24T10:00:00.000Z", "B6"},   // 3
    {"b2", kB, "2026-11-15T10:00:00.000Z", "Борода", nullptr, nullptr},                   // 1
};

struct Metric
{
    QString tenant;
    const char *day;
    int dialogs;
    int bookings;
};

// Collected rows deliberately differ from the dialogs on some days (11-14 of A): the trend must
// take a collected row as it is. Missing: A on 11-18 and 11-20, B on 11-15.
const Metric kMetrics[] = {
    {kA, "2026-11-13", 99, 9}, // outside the week
    {kA, "2026-11-14", 5, 1},  {kA, "2026-11-15", 0, 0}, {kA, "2026-11-16", 2, 1},
    {kA, "2026-11-17", 3, 0},  {kA, "2026-11-19", 2, 1}, {kB, "2026-11-14", 1, 0},
    {kB, "2026-11-16", 0, 0},  {kB, "2026-11-17", 0, 0}, {kB, "2026-11-18", 1, 1},
    {kB, "2026-11-19", 0, 0},  {kB, "2026-11-20", 4, 2},
};

QVariant text(const char *value)
{
    return value ? QVariant(QString::fromUtf8(value)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

class TestSalonMetricsRepository : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Database> m_db;

    store::SalonMetricsRepository repo(QTimeZone zone = QTimeZone::utc()) const
    {
        return store::SalonMetricsRepository(m_db->connection(), zone);
    }

    bool exec(QSqlQuery &q)
    {
        if (q.exec())
            return true;
        qWarning("%s", qPrintable(q.lastError().text()));
        return false;
    }

private slots:
    void initTestCase()
    {
        store::StoreError error;
        m_db = store::Database::open(m_tmp.file(), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO tenants(id, name, updated_at) VALUES (?, ?, ?)"));
        for (const QString &id : {kA, kB}) {
            q.addBindValue(id);
            q.addBindValue(id.toUpper());
            q.addBindValue(QStringLiteral("2026-11-20T00:00:00.000Z"));
            QVERIFY(exec(q));
        }
        q.prepare(QStringLiteral("INSERT INTO bot_sessions(id, tenant_id, started_at, status,"
                                 " service, slot_at, booking_id, updated_at)"
                                 " VALUES (?, ?, ?, 'completed', ?, ?, ?, ?)"));
        for (const Session &s : kSessions) {
            q.addBindValue(QString::fromLatin1(s.id));
            q.addBindValue(s.tenant);
            q.addBindValue(QString::fromLatin1(s.startedAt));
            q.addBindValue(text(s.service));
            q.addBindValue(text(s.slotAt));
            q.addBindValue(text(s.bookingId));
            q.addBindValue(QString::fromLatin1(s.startedAt));
            QVERIFY(exec(q));
        }
        q.prepare(QStringLiteral("INSERT INTO daily_metrics(tenant_id, day, dialogs_started,"
                                 " bookings) VALUES (?, ?, ?, ?)"));
        for (const Metric &m : kMetrics) {
            q.addBindValue(m.tenant);
            q.addBindValue(QString::fromLatin1(m.day));
            q.addBindValue(m.dialogs);
            q.addBindValue(m.bookings);
            QVERIFY(exec(q));
        }
    }

    void cleanupTestCase() { m_db.reset(); }

    void boundsAreHalfOpenDaysOfTheCalendar()
    {
        QCOMPARE(repo().since(kWeek), QStringLiteral("2026-11-14T00:00:00.000Z"));
        QCOMPARE(repo().until(kWeek), QStringLiteral("2026-11-21T00:00:00.000Z"));
        const auto moscow = repo(QTimeZone(3 * 3600));
        QCOMPARE(moscow.since(kWeek), QStringLiteral("2026-11-13T21:00:00.000Z"));
        QCOMPARE(moscow.until(kWeek), QStringLiteral("2026-11-20T21:00:00.000Z"));
    }

    void totalsOfOneTenant()
    {
        store::StoreError error;
        const store::PeriodTotals t = repo().totals(kA, kWeek, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        // a1…a9: a8 starts exactly at midnight (in), a10 exactly at the end (out), a11 one
        // millisecond before the start (out).
        QCOMPARE(t.sessions, 9);
        QCOMPARE(t.bookings, 3); // a1, a5, a7
        QCOMPARE(t.funnel.started(), 9);
        QCOMPARE(t.funnel.reached(FunnelStage::ServiceChosen), 6); // + a5, a9 without service
        QCOMPARE(t.funnel.reached(FunnelStage::TimeChosen), 5);    // a1, a2, a5, a7, a9
        QCOMPARE(t.funnel.booked(), 3);
    }

    void totalsOfThePreviousPeriod()
    {
        store::StoreError error;
        const store::PeriodTotals t = repo().totals(kA, previousPeriod(kWeek), &error);
        QVERIFY(!error.isError());
        QCOMPARE(t.sessions, 2); // a11, a12
        QCOMPARE(t.bookings, 1);
    }

    void totalsOfAllTenants()
    {
        store::StoreError error;
        const store::PeriodTotals t = repo().totals(QString(), kWeek, &error);
        QVERIFY(!error.isError());
        QCOMPARE(t.sessions, 11);
        QCOMPARE(t.bookings, 4);
        QCOMPARE(t.funnel.reached(FunnelStage::ServiceChosen), 8);
        QCOMPARE(t.funnel.reached(FunnelStage::TimeChosen), 6);
    }

    void emptyPeriodHasZeroTotalsAndNoConversion()
    {
        store::StoreError error;
        const store::PeriodTotals t =
            repo().totals(kA, {QDate(2025, 1, 1), QDate(2025, 1, 31)}, &error);
        QVERIFY(!error.isError());
        QCOMPARE(t.sessions, 0);
        QCOMPARE(t.bookings, 0);
        QVERIFY(!domain::conversion(t.bookings, t.sessions));
        QVERIFY(!t.funnel.shareOfStarted(FunnelStage::Booked));
    }

    void calendarDecidesTheDayOfADialog()
    {
        // In UTC+3 the week starts at 21:00 UTC the evening before: a11 (23:59 UTC on the 13th,
        // 02:59 local on the 14th) is in, and nothing moves out at the end.
        store::StoreError error;
        const store::PeriodTotals t = repo(QTimeZone(3 * 3600)).totals(kA, kWeek, &error);
        QVERIFY(!error.isError());
        QCOMPARE(t.sessions, 10);
        QCOMPARE(t.bookings, 4);
    }

    void trendOfOneTenant()
    {
        store::StoreError error;
        const std::vector<DailyKpi> days = repo().dailyTrend(kA, kWeek, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        const std::vector<DailyKpi> expected = {
            {QDate(2026, 11, 14), 5, 1, false},
            {QDate(2026, 11, 15), 0, 0, false},
            {QDate(2026, 11, 16), 2, 1, false},
            {QDate(2026, 11, 17), 3, 0, false},
            // no metrics row: a1…a6 counted, a1 and a5 booked
            {QDate(2026, 11, 18), 6, 2, true},
            {QDate(2026, 11, 19), 2, 1, false},
            // today, not collected yet: a9
            {QDate(2026, 11, 20), 1, 0, true},
        };
        QCOMPARE(days.size(), expected.size());
        for (size_t i = 0; i < days.size(); ++i) {
            QCOMPARE(days[i].day, expected[i].day);
            QCOMPARE(days[i].sessions, expected[i].sessions);
            QCOMPARE(days[i].bookings, expected[i].bookings);
            QCOMPARE(days[i].computed, expected[i].computed);
        }
    }

    void trendOfAllTenantsMarksADayMissingForAnyTenant()
    {
        store::StoreError error;
        const std::vector<DailyKpi> days = repo().dailyTrend(QString(), kWeek, &error);
        QVERIFY(!error.isError());
        const std::vector<DailyKpi> expected = {
            {QDate(2026, 11, 14), 6, 1, false}, {QDate(2026, 11, 15), 1, 0, true}, // B: b2
            {QDate(2026, 11, 16), 2, 1, false}, {QDate(2026, 11, 17), 3, 0, false},
            {QDate(2026, 11, 18), 7, 3, true},  {QDate(2026, 11, 19), 2, 1, false},
            {QDate(2026, 11, 20), 5, 2, true},
        };
        QCOMPARE(days.size(), expected.size());
        for (size_t i = 0; i < days.size(); ++i)
            QVERIFY2(days[i] == expected[i], qPrintable(days[i].day.toString(Qt::ISODate)));
    }

    void computedDaysFollowTheCalendar()
    {
        // In UTC+3, a7 (23:30 UTC on the 19th) belongs to the 20th.
        store::StoreError error;
        const std::vector<DailyKpi> days = repo(QTimeZone(3 * 3600)).dailyTrend(kA, kWeek, &error);
        QVERIFY(!error.isError());
        QCOMPARE(days.back().day, QDate(2026, 11, 20));
        QVERIFY(days.back().computed);
        QCOMPARE(days.back().sessions, 2); // a7, a9
        QCOMPARE(days.back().bookings, 1);
    }

    void longRangesAreCountedInChunks()
    {
        // Two years of B: its six collected rows (6 dialogs) and more than 700 days without a
        // row, more than one statement takes, counted from the dialogs (b2 on 11-15).
        store::StoreError error;
        const DatePeriod years{QDate(2024, 11, 21), QDate(2026, 11, 20)};
        const std::vector<DailyKpi> days = repo().dailyTrend(kB, years, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(qint64(days.size()), years.days());
        qint64 sessions = 0;
        for (const DailyKpi &d : days)
            sessions += d.sessions;
        QCOMPARE(sessions, 6 + 1);
        QCOMPARE(days.front().computed, true);
    }

    void invalidPeriodReadsNothing()
    {
        store::StoreError error;
        QVERIFY(repo().dailyTrend(kA, {}, &error).empty());
        QCOMPARE(repo().totals(kA, {}, &error).sessions, 0);
        QVERIFY(!error.isError());
    }

    void statementsUseTheIndexes_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("values");
        QTest::addColumn<QString>("index");
        const QString since = QStringLiteral("2026-11-14T00:00:00.000Z");
        const QString until = QStringLiteral("2026-11-21T00:00:00.000Z");
        QTest::newRow("one tenant")
            << store::SalonMetricsRepository::totalsSql(true) << QVariantList{kA, since, until}
            << QStringLiteral("bot_sessions_tenant_started");
        QTest::newRow("all tenants")
            << store::SalonMetricsRepository::totalsSql(false) << QVariantList{since, until}
            << QStringLiteral("bot_sessions_started");
        QTest::newRow("missing days") << store::SalonMetricsRepository::computedDaysSql(2)
                                      << QVariantList{kA, 0, since, until, kB, 1, since, until}
                                      << QStringLiteral("bot_sessions_tenant_started");
    }
    void statementsUseTheIndexes()
    {
        QFETCH(QString, sql);
        QFETCH(QVariantList, values);
        QFETCH(QString, index);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        for (const QVariant &v : values)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        const QString joined = plan.join(QLatin1Char('\n'));
        QVERIFY2(joined.contains(QStringLiteral("INDEX ") + index), qPrintable(joined));
        QVERIFY2(!joined.contains(QStringLiteral("SCAN bot_sessions\n")) &&
                     !joined.endsWith(QStringLiteral("SCAN bot_sessions")) &&
                     !joined.contains(QStringLiteral("SCAN s\n")) &&
                     !joined.endsWith(QStringLiteral("SCAN s")),
                 qPrintable(joined));
    }
};

QTEST_GUILESS_MAIN(TestSalonMetricsRepository)
#include "tst_salonmetricsrepository.moc"
