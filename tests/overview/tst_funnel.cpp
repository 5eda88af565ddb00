// The bot's funnel: each dialog's furthest stage from its fields, and counts of dialogs that
// reached at least each stage — monotone even for inconsistent rows (a booking without a
// service, a slot without a service).
#include "models/domain/Funnel.h"

#include <QTest>

using namespace agentp::domain;

Q_DECLARE_METATYPE(FunnelStage)

class TestFunnel : public QObject
{
    Q_OBJECT

private slots:
    void stageFromFields_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("slot");
        QTest::addColumn<QString>("booking");
        QTest::addColumn<FunnelStage>("stage");
        const QString none;
        const QString service = QStringLiteral("Маникюр");
        const QString slot = QStringLiteral("2026-11-22T09:00:00.000Z");
        const QString booking = QStringLiteral("512000123");
        QTest::newRow("nothing") << none << none << none << FunnelStage::Started;
        QTest::newRow("blanks are empty") << QStringLiteral("  \t") << QStringLiteral(" ")
                                          << QStringLiteral("\n") << FunnelStage::Started;
        QTest::newRow("service") << service << none << none << FunnelStage::ServiceChosen;
        QTest::newRow("service and time") << service << slot << none << FunnelStage::TimeChosen;
        QTest::newRow("complete") << service << slot << booking << FunnelStage::Booked;
        QTest::newRow("booking without service or time")
            << none << none << booking << FunnelStage::Booked;
        QTest::newRow("time without service") << none << slot << none << FunnelStage::TimeChosen;
        QTest::newRow("booking without time") << service << none << booking << FunnelStage::Booked;
    }
    void stageFromFields()
    {
        QFETCH(QString, service);
        QFETCH(QString, slot);
        QFETCH(QString, booking);
        QFETCH(FunnelStage, stage);
        QCOMPARE(agentp::domain::furthestStage(service, slot, booking), stage);
    }

    void countsReachedAtLeast()
    {
        // 10 dialogs: 4 only started, 2 stopped after the service, 1 after the time, 3 booked
        // (one of them without a service: it still counts at every stage).
        FunnelCounts counts;
        for (int i = 0; i < 4; ++i)
            counts.add(FunnelStage::Started);
        for (int i = 0; i < 2; ++i)
            counts.add(FunnelStage::ServiceChosen);
        counts.add(FunnelStage::TimeChosen);
        for (int i = 0; i < 2; ++i)
            counts.add(FunnelStage::Booked);
        counts.add(furthestStage(QString(), QString(), QStringLiteral("42")));

        QCOMPARE(counts.started(), 10);
        QCOMPARE(counts.reached(FunnelStage::ServiceChosen), 6);
        QCOMPARE(counts.reached(FunnelStage::TimeChosen), 4);
        QCOMPARE(counts.booked(), 3);
        QCOMPARE(*counts.shareOfStarted(FunnelStage::ServiceChosen), 0.6);
        QCOMPARE(*counts.shareOfPrevious(FunnelStage::TimeChosen), 4.0 / 6.0);
        QCOMPARE(*counts.shareOfPrevious(FunnelStage::Started), 1.0);

        // What the repository gets from SQL (dialogs per furthest stage) gives the same funnel.
        QCOMPARE(FunnelCounts::fromFurthest({4, 2, 1, 3}), counts);
    }

    void monotoneWhateverTheData_data()
    {
        QTest::addColumn<QList<qint64>>("furthest");
        QTest::newRow("only bookings") << QList<qint64>{0, 0, 0, 5};
        QTest::newRow("only started") << QList<qint64>{5, 0, 0, 0};
        QTest::newRow("holes") << QList<qint64>{3, 0, 7, 0};
        QTest::newRow("negative input is ignored") << QList<qint64>{2, -4, 1, 1};
        QTest::newRow("empty") << QList<qint64>{0, 0, 0, 0};
    }
    void monotoneWhateverTheData()
    {
        QFETCH(QList<qint64>, furthest);
        const FunnelCounts counts =
            FunnelCounts::fromFurthest({furthest[0], furthest[1], furthest[2], furthest[3]});
        qint64 total = 0;
        for (qint64 n : furthest)
            total += qMax<qint64>(0, n);
        QCOMPARE(counts.started(), total);
        for (int k = 1; k < kFunnelStageCount; ++k) {
            QVERIFY(counts.reached(FunnelStage(k)) <= counts.reached(FunnelStage(k - 1)));
            QVERIFY(counts.reached(FunnelStage(k)) >= 0);
        }
    }

    void emptyFunnelHasNoShares()
    {
        const FunnelCounts empty;
        QCOMPARE(empty.started(), 0);
        for (int k = 0; k < kFunnelStageCount; ++k) {
            QVERIFY(!empty.shareOfStarted(FunnelStage(k)));
            QVERIFY(!empty.shareOfPrevious(FunnelStage(k)));
        }
        // Dialogs that never chose a service: the later stages have no share of the previous.
        const FunnelCounts stuck = FunnelCounts::fromFurthest({5, 0, 0, 0});
        QCOMPARE(*stuck.shareOfStarted(FunnelStage::Booked), 0.0);
        QCOMPARE(*stuck.shareOfPrevious(FunnelStage::ServiceChosen), 0.0);
        QVERIFY(!stuck.shareOfPrevious(FunnelStage::TimeChosen));
    }
};

QTEST_APPLESS_MAIN(TestFunnel)
#include "tst_funnel.moc"
