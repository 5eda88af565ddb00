// KPI maths of the Overview: periods and their predecessors (month ends, leap years), deltas and
// percentage changes, and conversion with zero denominators — never NaN or infinity.
#include "models/domain/KpiMath.h"

#include <QTest>

#include <cmath>

using namespace agentp::domain;

Q_DECLARE_METATYPE(PeriodPreset)

class TestKpiMath : public QObject
{
    Q_OBJECT

private slots:
    void presets_data()
    {
        QTest::addColumn<PeriodPreset>("preset");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<int>("days");
        QTest::newRow("7 days include today")
            << PeriodPreset::Last7Days << QDate(2026, 11, 20) << QDate(2026, 11, 14) << 7;
        QTest::newRow("30 days across a month end")
            << PeriodPreset::Last30Days << QDate(2026, 3, 10) << QDate(2026, 2, 9) << 30;
        QTest::newRow("90 days across a year end")
            << PeriodPreset::Last90Days << QDate(2027, 1, 15) << QDate(2026, 10, 18) << 90;
    }
    void presets()
    {
        QFETCH(PeriodPreset, preset);
        QFETCH(QDate, today);
        QFETCH(QDate, first);
        QFETCH(int, days);
        const DatePeriod period = periodFor(preset, today);
        QCOMPARE(period.first, first);
        QCOMPARE(period.last, today);
        QCOMPARE(period.days(), qint64(days));
        QCOMPARE(presetDays(preset), days);
    }

    void customRangeOrdersItsEnds()
    {
        const DatePeriod p = periodFor(PeriodPreset::Custom, QDate(2026, 11, 20),
                                       QDate(2026, 11, 10), QDate(2026, 11, 1));
        QCOMPARE(p.first, QDate(2026, 11, 1));
        QCOMPARE(p.last, QDate(2026, 11, 10));
        QCOMPARE(p.days(), 10);
        QVERIFY(!periodFor(PeriodPreset::Custom, QDate(2026, 11, 20)).isValid());
        QVERIFY(!lastDays(0, QDate(2026, 11, 20)).isValid());
        QVERIFY(!lastDays(7, QDate()).isValid());
    }

    void previousPeriodHasTheSameLength_data()
    {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<QDate>("previousFirst");
        QTest::addColumn<QDate>("previousLast");
        QTest::newRow("7 days inside a month") << QDate(2026, 11, 14) << QDate(2026, 11, 20)
                                               << QDate(2026, 11, 7) << QDate(2026, 11, 13);
        QTest::newRow("7 days starting on the 1st") << QDate(2026, 12, 1) << QDate(2026, 12, 7)
                                                    << QDate(2026, 11, 24) << QDate(2026, 11, 30);
        QTest::newRow("March (31 days) after a 28-day February")
            << QDate(2026, 3, 1) << QDate(2026, 3, 31) << QDate(2026, 1, 29) << QDate(2026, 2, 28);
        QTest::newRow("March in a leap year")
            << QDate(2028, 3, 1) << QDate(2028, 3, 31) << QDate(2028, 1, 30) << QDate(2028, 2, 29);
        QTest::newRow("30 days ending on 1 March")
            << QDate(2026, 1, 31) << QDate(2026, 3, 1) << QDate(2026, 1, 1) << QDate(2026, 1, 30);
        QTest::newRow("across New Year")
            << QDate(2027, 1, 1) << QDate(2027, 1, 7) << QDate(2026, 12, 25) << QDate(2026, 12, 31);
        QTest::newRow("one day") << QDate(2026, 3, 1) << QDate(2026, 3, 1) << QDate(2026, 2, 28)
                                 << QDate(2026, 2, 28);
        QTest::newRow("90 days") << QDate(2026, 8, 23) << QDate(2026, 11, 20) << QDate(2026, 5, 25)
                                 << QDate(2026, 8, 22);
    }
    void previousPeriodHasTheSameLength()
    {
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(QDate, previousFirst);
        QFETCH(QDate, previousLast);
        const DatePeriod period{first, last};
        const DatePeriod previous = previousPeriod(period);
        QCOMPARE(previous.first, previousFirst);
        QCOMPARE(previous.last, previousLast);
        QCOMPARE(previous.days(), period.days());
        QCOMPARE(previous.last.addDays(1), period.first); // adjacent, no gap, no overlap
    }

    void previousOfInvalidIsInvalid() { QVERIFY(!previousPeriod(DatePeriod{}).isValid()); }

    void conversionWithZeroDenominators_data()
    {
        QTest::addColumn<qint64>("bookings");
        QTest::addColumn<qint64>("sessions");
        QTest::addColumn<bool>("defined");
        QTest::addColumn<double>("expected");
        QTest::newRow("no sessions, no bookings") << qint64(0) << qint64(0) << false << 0.0;
        QTest::newRow("bookings without sessions") << qint64(3) << qint64(0) << false << 0.0;
        QTest::newRow("negative sessions") << qint64(1) << qint64(-2) << false << 0.0;
        QTest::newRow("sessions, no bookings") << qint64(0) << qint64(7) << true << 0.0;
        QTest::newRow("a quarter") << qint64(5) << qint64(20) << true << 0.25;
        QTest::newRow("all booked") << qint64(4) << qint64(4) << true << 1.0;
    }
    void conversionWithZeroDenominators()
    {
        QFETCH(qint64, bookings);
        QFETCH(qint64, sessions);
        QFETCH(bool, defined);
        QFETCH(double, expected);
        const std::optional<double> c = conversion(bookings, sessions);
        QCOMPARE(c.has_value(), defined);
        if (defined) {
            QVERIFY(std::isfinite(*c));
            QCOMPARE(*c, expected);
        }
    }

    void countDeltas_data()
    {
        QTest::addColumn<qint64>("current");
        QTest::addColumn<qint64>("previous");
        QTest::addColumn<double>("delta");
        QTest::addColumn<bool>("hasPercent");
        QTest::addColumn<double>("percent");
        QTest::addColumn<int>("trend");
        QTest::newRow("growth") << qint64(112) << qint64(100) << 12.0 << true << 12.0
                                << int(KpiValue::Trend::Up);
        QTest::newRow("drop") << qint64(75) << qint64(100) << -25.0 << true << -25.0
                              << int(KpiValue::Trend::Down);
        QTest::newRow("same") << qint64(40) << qint64(40) << 0.0 << true << 0.0
                              << int(KpiValue::Trend::Flat);
        QTest::newRow("from zero: no percentage")
            << qint64(15) << qint64(0) << 15.0 << false << 0.0 << int(KpiValue::Trend::Up);
        QTest::newRow("to zero") << qint64(0) << qint64(8) << -8.0 << true << -100.0
                                 << int(KpiValue::Trend::Down);
        QTest::newRow("both zero")
            << qint64(0) << qint64(0) << 0.0 << false << 0.0 << int(KpiValue::Trend::Flat);
    }
    void countDeltas()
    {
        QFETCH(qint64, current);
        QFETCH(qint64, previous);
        QFETCH(double, delta);
        QFETCH(bool, hasPercent);
        QFETCH(double, percent);
        QFETCH(int, trend);
        const KpiValue v = countKpi(current, previous);
        QVERIFY(v.delta().has_value());
        QCOMPARE(*v.delta(), delta);
        QCOMPARE(v.percentChange().has_value(), hasPercent);
        if (hasPercent) {
            QVERIFY(std::isfinite(*v.percentChange()));
            QCOMPARE(*v.percentChange(), percent);
        }
        QCOMPARE(int(v.trend()), trend);
    }

    void conversionDeltas()
    {
        // 30 % now, 20 % before: +10 points, +50 % relative.
        const KpiValue up = conversionKpi(3, 10, 2, 10);
        QCOMPARE(*up.current, 0.3);
        QCOMPARE(*up.previous, 0.2);
        QVERIFY(std::abs(*up.delta() - 0.1) < 1e-12);
        QVERIFY(std::abs(*up.percentChange() - 50.0) < 1e-9);
        QCOMPARE(up.trend(), KpiValue::Trend::Up);

        // The same ratio reached through different counts is not a change.
        QCOMPARE(conversionKpi(1, 3, 2, 6).trend(), KpiValue::Trend::Flat);

        // Previous conversion 0 % is defined: the delta exists, a percentage does not.
        const KpiValue fromZero = conversionKpi(1, 4, 0, 5);
        QCOMPARE(*fromZero.delta(), 0.25);
        QVERIFY(!fromZero.percentChange());
        QCOMPARE(fromZero.trend(), KpiValue::Trend::Up);
    }

    void conversionWithoutSessionsIsNotComparable_data()
    {
        QTest::addColumn<qint64>("sessions");
        QTest::addColumn<qint64>("previousSessions");
        QTest::newRow("no sessions now") << qint64(0) << qint64(10);
        QTest::newRow("no sessions before") << qint64(10) << qint64(0);
        QTest::newRow("no sessions at all") << qint64(0) << qint64(0);
    }
    void conversionWithoutSessionsIsNotComparable()
    {
        QFETCH(qint64, sessions);
        QFETCH(qint64, previousSessions);
        const KpiValue v = conversionKpi(0, sessions, 0, previousSessions);
        QCOMPARE(v.current.has_value(), sessions > 0);
        QCOMPARE(v.previous.has_value(), previousSessions > 0);
        QVERIFY(!v.delta());
        QVERIFY(!v.percentChange());
        QCOMPARE(v.trend(), KpiValue::Trend::Unknown);
    }

    void dailyConversion()
    {
        QVERIFY(!DailyKpi({QDate(2026, 11, 20), 0, 0, true}).conversion());
        QCOMPARE(*DailyKpi({QDate(2026, 11, 20), 8, 2, false}).conversion(), 0.25);
    }
};

QTEST_APPLESS_MAIN(TestKpiMath)
#include "tst_kpimath.moc"
