// The cancellation-risk model: range, monotonicity in each factor over grids, exact values at the
// documented points, the factors in words, the JSON form and how factors are derived from history.
#include "models/domain/CancellationRisk.h"

#include <QTest>

#include <cmath>

using agentp::domain::CancellationFactors;
using agentp::domain::CancellationRisk;
using agentp::domain::ClientHistory;

namespace {

CancellationFactors make(std::optional<int> days, double rate, int lead, bool isNew)
{
    CancellationFactors f;
    f.daysSinceLastVisit = days;
    f.cancelRate = rate;
    f.leadTimeDays = lead;
    f.isNewClient = isNew;
    return f;
}

// Grids wide enough to cross every cap (180 days, 42 days lead) and the edges of the ranges.
const int kDays[] = {0, 1, 7, 30, 45, 90, 179, 180, 181, 365, 2000};
const double kRates[] = {0.0, 0.05, 0.1, 0.3, 0.5, 0.99, 1.0};
const int kLeads[] = {0, 1, 7, 14, 30, 41, 42, 43, 120};

} // namespace

class TestCancellationRisk : public QObject
{
    Q_OBJECT

private slots:
    void scoreStaysInsideZeroOne()
    {
        for (int d : kDays)
            for (double r : kRates)
                for (int l : kLeads)
                    for (bool n : {false, true}) {
                        const double s = CancellationRisk::score(make(d, r, l, n));
                        QVERIFY2(s >= 0.0 && s <= 1.0, qPrintable(QString::number(s)));
                    }
        // Values outside the ranges (bad server data) are clamped, not extrapolated.
        const double extreme = CancellationRisk::score(make(100000, 7.0, 100000, true));
        QVERIFY(extreme <= 1.0);
        QVERIFY(CancellationRisk::score(make(-5, -1.0, -3, false)) >= 0.0);
    }

    void monotoneInDaysSinceLastVisit()
    {
        for (double r : kRates)
            for (int l : kLeads)
                for (bool n : {false, true}) {
                    double previous = -1.0;
                    for (int d : kDays) {
                        const double s = CancellationRisk::score(make(d, r, l, n));
                        QVERIFY2(s >= previous, qPrintable(QStringLiteral("days %1").arg(d)));
                        previous = s;
                    }
                }
        // More days away strictly raises the score until the cap.
        QVERIFY(CancellationRisk::score(make(90, 0, 7, false)) >
                CancellationRisk::score(make(30, 0, 7, false)));
    }

    void monotoneInCancelRate()
    {
        for (int d : kDays)
            for (int l : kLeads)
                for (bool n : {false, true}) {
                    double previous = -1.0;
                    for (double r : kRates) {
                        const double s = CancellationRisk::score(make(d, r, l, n));
                        QVERIFY2(s >= previous, qPrintable(QStringLiteral("rate %1").arg(r)));
                        previous = s;
                    }
                }
        QVERIFY(CancellationRisk::score(make(10, 0.3, 7, false)) >
                CancellationRisk::score(make(10, 0.1, 7, false)));
    }

    void monotoneInLeadTime()
    {
        for (int d : kDays)
            for (double r : kRates)
                for (bool n : {false, true}) {
                    double previous = -1.0;
                    for (int l : kLeads) {
                        const double s = CancellationRisk::score(make(d, r, l, n));
                        QVERIFY2(s >= previous, qPrintable(QStringLiteral("lead %1").arg(l)));
                        previous = s;
                    }
                }
        QVERIFY(CancellationRisk::score(make(10, 0.1, 30, false)) >
                CancellationRisk::score(make(10, 0.1, 2, false)));
    }

    void newClientNeverLowerThanReturning()
    {
        for (int d : kDays)
            for (double r : kRates)
                for (int l : kLeads)
                    QVERIFY(CancellationRisk::score(make(d, r, l, true)) >
                            CancellationRisk::score(make(d, r, l, false)));
        // A client who never came (no "days since") is not scored lower than a recent regular.
        QVERIFY(CancellationRisk::score(make(std::nullopt, 0, 7, true)) >=
                CancellationRisk::score(make(0, 0, 7, false)));
    }

    void exactValuesAtDocumentedPoints_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("lead");
        QTest::addColumn<bool>("isNew");
        QTest::addColumn<double>("logit");
        QTest::addColumn<double>("score");
        // z = −3.4 + 0.8·min(d,180)/30 + 5·rate + 0.3·min(lead,42)/7 + 1.5·new
        QTest::addRow("baseline") << 0 << 0.0 << 0 << false << -3.4 << 0.0322955;
        QTest::addRow("recent regular") << 20 << 0.0 << 5 << false << -2.6523810 << 0.0658424;
        QTest::addRow("seed example") << 45 << 0.3 << 14 << false << -0.1 << 0.4750208;
        QTest::addRow("two months away") << 60 << 0.2 << 21 << false << 0.1 << 0.5249792;
        QTest::addRow("caps") << 400 << 1.0 << 100 << true << 9.7 << 0.9999387;
    }

    void exactValuesAtDocumentedPoints()
    {
        QFETCH(int, days);
        QFETCH(double, rate);
        QFETCH(int, lead);
        QFETCH(bool, isNew);
        QFETCH(double, logit);
        QFETCH(double, score);
        const CancellationFactors f = make(days, rate, lead, isNew);
        QVERIFY2(std::abs(CancellationRisk::logit(f) - logit) < 1e-6,
                 qPrintable(QString::number(CancellationRisk::logit(f), 'g', 10)));
        QVERIFY2(std::abs(CancellationRisk::score(f) - score) < 1e-6,
                 qPrintable(QString::number(CancellationRisk::score(f), 'g', 10)));
    }

    void factorsInWords_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("lead");
        QTest::addColumn<bool>("isNew");
        QTest::addColumn<QString>("words");
        QTest::addRow("all four") << 45 << 0.3 << 14 << true
                                  << QStringLiteral("45 day(s) since last visit; cancels 30 % of "
                                                    "bookings; booked 14 day(s) ahead; new client");
        QTest::addRow("no cancellations") << 3 << 0.0 << 1 << false
                                          << QStringLiteral("3 day(s) since last visit; booked 1 "
                                                            "day(s) ahead");
        QTest::addRow("never came")
            << -1 << 0.0 << 0 << true << QStringLiteral("booked the same day; new client");
        QTest::addRow("unknown visit") << -1 << 0.25 << 7 << false
                                       << QStringLiteral("last visit unknown; cancels 25 % of "
                                                         "bookings; booked 7 day(s) ahead");
    }

    void factorsInWords()
    {
        QFETCH(int, days);
        QFETCH(double, rate);
        QFETCH(int, lead);
        QFETCH(bool, isNew);
        QFETCH(QString, words);
        // No translator is installed: these are the English source texts.
        const auto f = make(days < 0 ? std::nullopt : std::optional<int>(days), rate, lead, isNew);
        QCOMPARE(CancellationRisk::factorsInWords(f), words);
    }

    void jsonRoundTripAndTolerance()
    {
        const CancellationFactors f = make(45, 0.3, 14, false);
        const QJsonObject json = f.toJson();
        QCOMPARE(json.value(QLatin1String("days_since_last_visit")).toInt(), 45);
        QCOMPARE(json.value(QLatin1String("cancel_rate")).toDouble(), 0.3);
        QCOMPARE(json.value(QLatin1String("lead_time_days")).toInt(), 14);
        QCOMPARE(json.value(QLatin1String("is_new_client")).toBool(), false);
        QCOMPARE(CancellationFactors::fromJson(json), f);

        const CancellationFactors unknown = make(std::nullopt, 0, 3, true);
        QVERIFY(unknown.toJson().value(QLatin1String("days_since_last_visit")).isNull());
        QCOMPARE(CancellationFactors::fromJson(unknown.toJson()), unknown);

        // Mistyped or out-of-range values from the server read as unknown or are clamped.
        const QJsonObject bad{{QStringLiteral("days_since_last_visit"), QStringLiteral("45")},
                              {QStringLiteral("cancel_rate"), 3.0},
                              {QStringLiteral("lead_time_days"), -4}};
        const CancellationFactors read = CancellationFactors::fromJson(bad);
        QVERIFY(!read.daysSinceLastVisit);
        QCOMPARE(read.cancelRate, 1.0);
        QCOMPARE(read.leadTimeDays, 0);
        QCOMPARE(read.isNewClient, false);
    }

    void factorsFromHistory()
    {
        const QDateTime now(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
        const QDateTime slot(QDate(2026, 11, 28), QTime(11, 0), Qt::UTC);
        ClientHistory regular;
        regular.lastCompletedVisit = QDate(2026, 10, 6);
        regular.bookings = 10;
        regular.missed = 3;
        const CancellationFactors f = CancellationRisk::factorsFor(
            &regular, QDateTime(QDate(2026, 11, 14), QTime(18, 0), Qt::UTC), slot, now);
        QCOMPARE(f.daysSinceLastVisit, std::optional<int>(45));
        QCOMPARE(f.cancelRate, 0.3);
        QCOMPARE(f.leadTimeDays, 13); // 13 days 17 hours: whole days
        QCOMPARE(f.isNewClient, false);

        // Cancelled-only history: never completed a visit, so new, but the cancellations count.
        ClientHistory noShow;
        noShow.bookings = 2;
        noShow.missed = 2;
        const CancellationFactors g = CancellationRisk::factorsFor(&noShow, {}, slot, now, 9);
        QVERIFY(!g.daysSinceLastVisit);
        QCOMPARE(g.cancelRate, 1.0);
        QCOMPARE(g.leadTimeDays, 9); // the server's figure, booking time unknown
        QVERIFY(g.isNewClient);

        const CancellationFactors anonymous =
            CancellationRisk::factorsFor(nullptr, slot.addDays(1), slot, now);
        QVERIFY(anonymous.isNewClient);
        QCOMPARE(anonymous.leadTimeDays, 0); // booked "after" the slot: never negative
        QCOMPARE(anonymous.cancelRate, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestCancellationRisk)
#include "tst_cancellationrisk.moc"
