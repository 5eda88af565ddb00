// The demo backend's handler for the Waitlist & risks intents: each kind completes with the
// simulated server's effect (and says which tables it touched), repeated delivery changes
// nothing twice, a vanished row fails with a reason; and through a real OutboxWorker with the
// demo handlers installed, an action completes (outbox 'sent') once its undo window is over.
#include "WaitlistFixture.h"
#include "models/store/Database.h"
#include "models/store/OutboxRepository.h"
#include "models/store/RiskRepository.h"
#include "models/store/WaitlistRepository.h"
#include "net/demo/DemoBackend.h"
#include "net/demo/SalonWaitlistDemoHandler.h"
#include "net/sync/OutboxWorker.h"
#include "tests/support/TempWorkspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace agentp;
using net::IntentOutcome;
using testing::WaitlistFixture;

namespace {

store::ActionContext context(int undoMs)
{
    return {WaitlistFixture::now(), QDateTime::currentDateTimeUtc().addMSecs(undoMs),
            QStringLiteral("user-1")};
}

} // namespace

class TestWaitlistDemoHandler : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Database> m_db;

    QSqlDatabase db() const { return m_db->connection(); }

    IntentOutcome run(qint64 intentId)
    {
        store::StoreError e;
        const auto intent = store::OutboxRepository(db()).find(intentId, &e);
        IntentOutcome outcome;
        outcome.kind = IntentOutcome::Kind::Conflict; // "not called"
        if (!intent)
            return outcome;
        net::demo::SalonWaitlistDemoHandler handler;
        bool called = false;
        handler.handle(db(), *intent, [&](const IntentOutcome &o) {
            outcome = o;
            called = true;
        });
        if (!called)
            outcome.kind = IntentOutcome::Kind::Conflict;
        return outcome;
    }

private slots:
    void init()
    {
        m_db.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_tmp.file() + suffix);
        store::StoreError error;
        m_db = store::Database::open(m_tmp.file(), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QVERIFY(WaitlistFixture::populate(db()));
    }

    void cleanupTestCase() { m_db.reset(); }

    void handlesItsKindsOnly()
    {
        net::demo::SalonWaitlistDemoHandler handler;
        for (const char *kind : {"waitlist.convert", "waitlist.cancel", "waitlist.contact",
                                 "waitlist.match", "risk.notify", "risk.ignore"})
            QVERIFY2(handler.handles(QString::fromLatin1(kind)), kind);
        QVERIFY(!handler.handles(QStringLiteral("winback.request")));
        QVERIFY(!handler.handles(QStringLiteral("waitlist.unknown")));
    }

    void eachKindCompletes_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("itemStatus");
        QTest::addColumn<QString>("predictionStatus");
        QTest::addRow("convert") << "convert"
                                 << "waitlist_items"
                                 << "converted"
                                 << "open";
        QTest::addRow("cancel") << "cancel"
                                << "waitlist_items"
                                << "cancelled"
                                << "open";
        QTest::addRow("contact") << "contact"
                                 << "waitlist_items"
                                 << "pending"
                                 << "open";
        QTest::addRow("match") << "match"
                               << "waitlist_items"
                               << "matched"
                               << "open";
        QTest::addRow("notify") << "notify"
                                << "risk_predictions"
                                << "pending"
                                << "notified";
        QTest::addRow("ignore") << "ignore"
                                << "risk_predictions"
                                << "pending"
                                << "ignored";
    }

    void eachKindCompletes()
    {
        QFETCH(QString, action);
        QFETCH(QString, table);
        QFETCH(QString, itemStatus);
        QFETCH(QString, predictionStatus);
        store::StoreError e;
        store::WaitlistRepository waitlist(db());
        store::RiskRepository risks(db());
        store::ActionResult r;
        if (action == QLatin1String("convert"))
            r = waitlist.convert(1, context(0), &e);
        else if (action == QLatin1String("cancel"))
            r = waitlist.cancel(1, context(0), &e);
        else if (action == QLatin1String("contact"))
            r = waitlist.contact(1, context(0), &e);
        else if (action == QLatin1String("match"))
            r = waitlist.match(1, 10, context(0), &e);
        else if (action == QLatin1String("notify"))
            r = risks.notify(10, context(0), &e);
        else
            r = risks.ignore(10, context(0), &e);
        QVERIFY(r.ok());
        const QVariantList itemBefore =
            WaitlistFixture::row(db(), QStringLiteral("waitlist_items"), 1);
        const QVariantList predictionBefore =
            WaitlistFixture::row(db(), QStringLiteral("risk_predictions"), 10);

        const IntentOutcome outcome = run(r.ticket.intentId);
        QCOMPARE(outcome.kind, IntentOutcome::Kind::Done);
        QVERIFY(outcome.changedTables.contains(table));
        QCOMPARE(waitlist.find(1, &e)->status, itemStatus);
        QCOMPARE(risks.find(10, &e)->status, predictionStatus);
        if (action == QLatin1String("match")) {
            QCOMPARE(waitlist.find(1, &e)->matchedBookingId, QStringLiteral("b-1"));
            QCOMPARE(risks.find(10, &e)->matchedWaitlistId, 1);
        }
        // The optimistic rows were already what the server settles on: nothing moved, and a
        // second delivery (after a crash) changes nothing either.
        QCOMPARE(WaitlistFixture::row(db(), QStringLiteral("waitlist_items"), 1), itemBefore);
        QCOMPARE(WaitlistFixture::row(db(), QStringLiteral("risk_predictions"), 10),
                 predictionBefore);
        QCOMPARE(run(r.ticket.intentId).kind, IntentOutcome::Kind::Done);
        QCOMPARE(WaitlistFixture::row(db(), QStringLiteral("waitlist_items"), 1), itemBefore);
    }

    void vanishedRowFails()
    {
        store::StoreError e;
        const auto r = store::WaitlistRepository(db()).convert(2, context(0), &e);
        const auto n = store::RiskRepository(db()).notify(11, context(0), &e);
        QVERIFY(r.ok() && n.ok());
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM waitlist_items WHERE id = 2")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM risk_predictions WHERE id = 11")));
        IntentOutcome outcome = run(r.ticket.intentId);
        QCOMPARE(outcome.kind, IntentOutcome::Kind::Failed);
        QVERIFY(outcome.message.contains(QLatin1String("no longer exists")));
        outcome = run(n.ticket.intentId);
        QCOMPARE(outcome.kind, IntentOutcome::Kind::Failed);
        QVERIFY(!outcome.message.isEmpty());
    }

    // The registered demo backend carries an action out once the undo window is over.
    void workerCompletesAfterTheUndoWindow()
    {
        store::StoreError e;
        const auto r = store::WaitlistRepository(db()).convert(1, context(300), &e);
        QVERIFY(r.ok());
        net::OutboxWorker worker(m_tmp.file());
        net::demo::installDemoHandlers(worker);
        QSignalSpy changed(&worker, &net::OutboxWorker::tablesChanged);
        worker.start();
        store::OutboxRepository outbox(db());
        QCOMPARE(outbox.find(r.ticket.intentId, &e)->state,
                 domain::OutboxIntent::State::Queued); // still in its window
        QTRY_COMPARE_WITH_TIMEOUT(outbox.find(r.ticket.intentId, &e)->state,
                                  domain::OutboxIntent::State::Sent, 10000);
        bool announced = false;
        for (const auto &args : changed)
            announced =
                announced || args.first().toStringList().contains(QStringLiteral("waitlist_items"));
        QVERIFY(announced);
        QCOMPARE(store::WaitlistRepository(db()).find(1, &e)->status, QStringLiteral("converted"));
        worker.stop();
    }
};

QTEST_GUILESS_MAIN(TestWaitlistDemoHandler)
#include "tst_waitlistdemohandler.moc"
