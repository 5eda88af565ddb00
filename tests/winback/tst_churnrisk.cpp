// The customer's churn rule (seed 001): thresholds exactly at 1.0, 1.3 and 1.5, the 30-day
// default for an unknown interval, and clients with no visit left unassessed.
#include "models/domain/ChurnRisk.h"

#include <QTest>

#include <optional>

using agentp::domain::ChurnRisk;

Q_DECLARE_METATYPE(std::optional<int>)

class TestChurnRisk : public QObject
{
    Q_OBJECT

    const QDate m_today = QDate(2026, 11, 20);

private slots:
    void thresholds_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<std::optional<int>>("average");
        QTest::addColumn<double>("risk");

        const std::optional<int> ten = 10;
        QTest::addRow("just visited") << 0 << ten << 0.0;
        QTest::addRow("ratio 0.9") << 9 << ten << 0.0;
        QTest::addRow("ratio exactly 1.0") << 10 << ten << 0.3;
        QTest::addRow("ratio 1.2") << 12 << ten << 0.3;
        QTest::addRow("ratio exactly 1.3") << 13 << ten << 0.6;
        QTest::addRow("ratio 1.4") << 14 << ten << 0.6;
        QTest::addRow("ratio exactly 1.5") << 15 << ten << 0.9;
        QTest::addRow("ratio 4") << 40 << ten << 0.9;
        // 14-day cycle: 1.3 × 14 = 18.2, so 18 days is still below 1.3 and 19 is above.
        QTest::addRow("14-day cycle, 18 days") << 18 << std::optional<int>(14) << 0.3;
        QTest::addRow("14-day cycle, 19 days") << 19 << std::optional<int>(14) << 0.6;
        QTest::addRow("14-day cycle, 21 days = 1.5") << 21 << std::optional<int>(14) << 0.9;
        // 30 days assumed when the interval is unknown, zero or negative.
        QTest::addRow("unknown interval, 29 days") << 29 << std::optional<int>() << 0.0;
        QTest::addRow("unknown interval, 30 days = 1.0") << 30 << std::optional<int>() << 0.3;
        QTest::addRow("unknown interval, 39 days = 1.3") << 39 << std::optional<int>() << 0.6;
        QTest::addRow("unknown interval, 45 days = 1.5") << 45 << std::optional<int>() << 0.9;
        QTest::addRow("zero interval, 44 days") << 44 << std::optional<int>(0) << 0.6;
        QTest::addRow("negative interval, 45 days") << 45 << std::optional<int>(-7) << 0.9;
        QTest::addRow("last visit in the future") << -3 << ten << 0.0;
    }

    void thresholds()
    {
        QFETCH(int, days);
        QFETCH(std::optional<int>, average);
        QFETCH(double, risk);
        const auto a = ChurnRisk::assess(m_today.addDays(-days), average, m_today);
        QVERIFY(a.known);
        QCOMPARE(a.daysSinceLastVisit, days);
        QCOMPARE(a.risk, risk);
        QCOMPARE(a.intervalAssumed, !(average && *average > 0));
        QCOMPARE(a.intervalDays, average && *average > 0 ? *average : 30);
        // The ratio form of the rule agrees with the whole-day form.
        QCOMPARE(ChurnRisk::riskForRatio(a.ratio), risk);
    }

    void ratioThresholds_data()
    {
        QTest::addColumn<double>("ratio");
        QTest::addColumn<double>("risk");
        QTest::addRow("0.999") << 0.999 << 0.0;
        QTest::addRow("1.0") << 1.0 << 0.3;
        QTest::addRow("1.299") << 1.299 << 0.3;
        QTest::addRow("1.3") << 1.3 << 0.6;
        QTest::addRow("1.499") << 1.499 << 0.6;
        QTest::addRow("1.5") << 1.5 << 0.9;
        QTest::addRow("negative") << -1.0 << 0.0;
    }

    void ratioThresholds()
    {
        QFETCH(double, ratio);
        QFETCH(double, risk);
        QCOMPARE(ChurnRisk::riskForRatio(ratio), risk);
    }

    void wholeDaysCount()
    {
        // Days are calendar days between dates: time of day plays no part.
        const auto a = ChurnRisk::assess(QDate(2026, 10, 26), 14, m_today);
        QCOMPARE(a.daysSinceLastVisit, 25);
        QCOMPARE(a.risk, 0.9);
    }

    void noLastVisitIsNotAssessed()
    {
        const auto a = ChurnRisk::assess(QDate(), 14, m_today);
        QVERIFY(!a.known);
        QCOMPARE(a.risk, 0.0);
    }

    void bands()
    {
        QCOMPARE(ChurnRisk::band(0.0), ChurnRisk::Band::None);
        QCOMPARE(ChurnRisk::band(0.3), ChurnRisk::Band::Low);
        QCOMPARE(ChurnRisk::band(0.6), ChurnRisk::Band::Medium);
        QCOMPARE(ChurnRisk::band(0.9), ChurnRisk::Band::High);
    }
};

QTEST_APPLESS_MAIN(TestChurnRisk)
#include "tst_churnrisk.moc"
