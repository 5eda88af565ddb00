// The outbox: per-target order, the undo window, withdrawal, failure and retry, and the worker
// that drains it through handlers (with a scripted handler instead of a remote system).
#include "models/store/Database.h"
#include "models/store/OutboxRepository.h"
#include "net/sync/OutboxWorker.h"
#include "tests/support/TempWorkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace agentp;
using domain::OutboxIntent;

namespace {

// Answers every intent with the next scripted outcome and records what it saw.
class ScriptedHandler final : public net::IntentHandler
{
public:
    std::vector<net::IntentOutcome> script;
    QStringList seen;

    bool handles(const QString &kind) const override
    {
        return kind.startsWith(QLatin1String("test."));
    }
    void handle(QSqlDatabase, const OutboxIntent &intent, Done done) override
    {
        seen << intent.kind + QLatin1Char(':') +
                    intent.payload.value(QLatin1String("n")).toString();
        net::IntentOutcome outcome;
        if (!script.empty()) {
            outcome = script.front();
            script.erase(script.begin());
        }
        done(outcome);
    }
};

QJsonObject payload(const QString &n)
{
    return {{QStringLiteral("n"), n}};
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Database> m_db;
    QDateTime m_now = QDateTime::currentDateTimeUtc();

private slots:
    void init()
    {
        QFile::remove(m_tmp.file());
        QFile::remove(m_tmp.file() + QStringLiteral("-wal"));
        QFile::remove(m_tmp.file() + QStringLiteral("-shm"));
        store::StoreError error;
        m_db = store::Database::open(m_tmp.file(), &error);
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void dueKeepsPerTargetOrder()
    {
        store::OutboxRepository outbox(m_db->connection());
        store::StoreError e;
        const qint64 a1 = outbox.enqueue(QStringLiteral("test.x"), QStringLiteral("a"),
                                         payload(QStringLiteral("1")), {}, &e);
        const qint64 a2 = outbox.enqueue(QStringLiteral("test.x"), QStringLiteral("a"),
                                         payload(QStringLiteral("2")), {}, &e);
        const qint64 b1 = outbox.enqueue(QStringLiteral("test.x"), QStringLiteral("b"),
                                         payload(QStringLiteral("3")), {}, &e);
        auto due = outbox.due(m_now.addSecs(1), 10, &e);
        QCOMPARE(due.size(), size_t(2)); // a2 waits behind a1
        QCOMPARE(due[0].id, a1);
        QCOMPARE(due[1].id, b1);
        QVERIFY(outbox.markSending(a1, &e));
        QCOMPARE(outbox.due(m_now.addSecs(1), 10, &e).size(), size_t(1)); // still blocked
        QVERIFY(outbox.markDone(a1, OutboxIntent::State::Sent, &e));
        due = outbox.due(m_now.addSecs(1), 10, &e);
        QCOMPARE(due.size(), size_t(2));
        QCOMPARE(due[0].id, a2);
        QCOMPARE(due[0].payload.value(QLatin1String("n")).toString(), QStringLiteral("2"));
    }

    void undoWindowAndWithdraw()
    {
        store::OutboxRepository outbox(m_db->connection());
        store::StoreError e;
        const qint64 id =
            outbox.enqueue(QStringLiteral("test.x"), QStringLiteral("a"), {}, m_now.addSecs(5), &e);
        QVERIFY(outbox.due(m_now, 10, &e).empty()); // inside the undo window
        QCOMPARE(outbox.due(m_now.addSecs(6), 10, &e).size(), size_t(1));
        QVERIFY(outbox.withdraw(id, &e));
        QVERIFY(!outbox.find(id, &e).has_value());
        const qint64 started =
            outbox.enqueue(QStringLiteral("test.x"), QStringLiteral("a"), {}, {}, &e);
        QVERIFY(outbox.markSending(started, &e));
        QVERIFY(!outbox.withdraw(started, &e)); // too late: it is on its way
    }

    void failureBlocksOnlyItsTargetUntilRetried()
    {
        store::OutboxRepository outbox(m_db->connection());
        store::StoreError e;
        const qint64 a1 = outbox.enqueue(QStringLiteral("test.x"), QStringLiteral("a"), {}, {}, &e);
        outbox.enqueue(QStringLiteral("test.x"), QStringLiteral("a"), {}, {}, &e);
        const qint64 b1 = outbox.enqueue(QStringLiteral("test.x"), QStringLiteral("b"), {}, {}, &e);
        QVERIFY(outbox.markFailed(a1, QStringLiteral("Нет доступа"), &e));
        auto due = outbox.due(m_now.addSecs(1), 10, &e);
        QCOMPARE(due.size(), size_t(1));
        QCOMPARE(due[0].id, b1);
        QCOMPARE(outbox.find(a1, &e)->lastError, QStringLiteral("Нет доступа"));
        QVERIFY(outbox.retry(a1, &e));
        due = outbox.due(m_now.addSecs(1), 10, &e);
        QCOMPARE(due.front().id, a1);
    }

    void kindPrefixIsLiteral()
    {
        store::OutboxRepository outbox(m_db->connection());
        store::StoreError e;
        outbox.enqueue(QStringLiteral("chat.send"), QStringLiteral("c"), {}, {}, &e);
        outbox.enqueue(QStringLiteral("waitlist.convert"), QStringLiteral("w"), {}, {}, &e);
        QCOMPARE(outbox.due(m_now.addSecs(1), 10, &e, QStringLiteral("waitlist.")).size(),
                 size_t(1));
        QCOMPARE(outbox.due(m_now.addSecs(1), 10, &e, QStringLiteral("wait_")).size(), size_t(0));
    }

    void excludedPrefixAndDueNow()
    {
        store::OutboxRepository outbox(m_db->connection());
        store::StoreError e;
        outbox.enqueue(QStringLiteral("ai.draft"), QStringLiteral("a1"), {}, {}, &e);
        outbox.enqueue(QStringLiteral("aiXdraft"), QStringLiteral("a2"), {}, {}, &e);
        outbox.enqueue(QStringLiteral("chat.send"), QStringLiteral("c"), {}, {}, &e);
        const auto kinds = [&](const QString &prefix, const QString &excluded) {
            QStringList out;
            for (const auto &i : outbox.due(m_now.addSecs(1), 10, &e, prefix, excluded))
                out << i.kind;
            return out;
        };
        QCOMPARE(kinds({}, QStringLiteral("ai.")),
                 (QStringList{QStringLiteral("aiXdraft"), QStringLiteral("chat.send")}));
        QCOMPARE(kinds(QStringLiteral("ai."), {}), QStringList{QStringLiteral("ai.draft")});
        QCOMPARE(kinds({}, {}).size(), 3);
        QVERIFY(!e.isError());

        // dueNow: an intent backing off (attempts > 0) is due at once; an undo window is not.
        const qint64 backing =
            outbox.enqueue(QStringLiteral("ai.later"), QStringLiteral("b"), {}, {}, &e);
        QVERIFY(outbox.markSending(backing, &e));
        QVERIFY(outbox.reschedule(backing, m_now.addSecs(3600), QStringLiteral("offline"), &e));
        const qint64 undo = outbox.enqueue(QStringLiteral("ai.undo"), QStringLiteral("u"), {},
                                           m_now.addSecs(3600), &e);
        const qint64 other =
            outbox.enqueue(QStringLiteral("chat.later"), QStringLiteral("o"), {}, {}, &e);
        QVERIFY(outbox.markSending(other, &e));
        QVERIFY(outbox.reschedule(other, m_now.addSecs(3600), QStringLiteral("offline"), &e));
        QVERIFY(outbox.dueNow(QStringLiteral("ai."), &e));
        QStringList due = kinds({}, {});
        QVERIFY(due.contains(QStringLiteral("ai.later")));
        QVERIFY(!due.contains(QStringLiteral("ai.undo")));
        QVERIFY(!due.contains(QStringLiteral("chat.later")));
        Q_UNUSED(undo)
    }

    void workerRecordsOutcomes()
    {
        store::OutboxRepository outbox(m_db->connection());
        store::StoreError e;
        const qint64 ok = outbox.enqueue(QStringLiteral("test.ok"), QStringLiteral("a"),
                                         payload(QStringLiteral("1")), {}, &e);
        const qint64 later = outbox.enqueue(QStringLiteral("test.later"), QStringLiteral("b"),
                                            payload(QStringLiteral("2")), {}, &e);
        const qint64 bad = outbox.enqueue(QStringLiteral("test.bad"), QStringLiteral("c"),
                                          payload(QStringLiteral("3")), {}, &e);
        const qint64 foreign =
            outbox.enqueue(QStringLiteral("chat.send"), QStringLiteral("d"), {}, {}, &e);

        auto handler = std::make_unique<ScriptedHandler>();
        ScriptedHandler *h = handler.get();
        net::IntentOutcome done;
        net::IntentOutcome retry;
        retry.kind = net::IntentOutcome::Kind::RetryLater;
        retry.message = QStringLiteral("offline");
        retry.retryAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        net::IntentOutcome failed;
        failed.kind = net::IntentOutcome::Kind::Failed;
        failed.message = QStringLiteral("Сервер отказал");
        h->script = {done, retry, failed};

        net::OutboxWorker worker(m_tmp.file());
        worker.addHandler(std::move(handler));
        QSignalSpy changed(&worker, &net::OutboxWorker::tablesChanged);
        worker.start();
        QTRY_COMPARE(h->seen.size(), 3);
        QTRY_COMPARE(outbox.find(bad, &e)->state, OutboxIntent::State::Failed);
        QCOMPARE(outbox.find(ok, &e)->state, OutboxIntent::State::Sent);
        const auto postponed = outbox.find(later, &e);
        QCOMPARE(postponed->state, OutboxIntent::State::Queued);
        QVERIFY(postponed->notBefore > QDateTime::currentDateTimeUtc().addSecs(3000));
        QCOMPARE(postponed->attempts, 1);
        QCOMPARE(outbox.find(bad, &e)->lastError, QStringLiteral("Сервер отказал"));
        QCOMPARE(outbox.find(foreign, &e)->state, OutboxIntent::State::Queued); // not ours
        QVERIFY(changed.count() >= 3);
        worker.stop();
    }

    void foreignKindsDoNotStallTheWorker()
    {
        store::OutboxRepository outbox(m_db->connection());
        store::StoreError e;
        // The oldest intent belongs to nobody here; ours must still go out.
        outbox.enqueue(QStringLiteral("chat.send"), QStringLiteral("x"), {}, {}, &e);
        const qint64 ours =
            outbox.enqueue(QStringLiteral("test.ok"), QStringLiteral("y"), {}, {}, &e);
        auto handler = std::make_unique<ScriptedHandler>();
        net::OutboxWorker worker(m_tmp.file());
        worker.addHandler(std::move(handler));
        worker.start();
        QTRY_COMPARE(outbox.find(ours, &e)->state, OutboxIntent::State::Sent);
        worker.stop();
    }

    void workerRequeuesWhatACrashLeftSending()
    {
        store::OutboxRepository outbox(m_db->connection());
        store::StoreError e;
        const qint64 id =
            outbox.enqueue(QStringLiteral("test.ok"), QStringLiteral("a"), {}, {}, &e);
        QVERIFY(outbox.markSending(id, &e)); // as if the program died here
        auto handler = std::make_unique<ScriptedHandler>();
        ScriptedHandler *h = handler.get();
        net::OutboxWorker worker(m_tmp.file());
        worker.addHandler(std::move(handler));
        worker.start();
        QTRY_COMPARE(h->seen.size(), 1);
        QTRY_COMPARE(outbox.find(id, &e)->state, OutboxIntent::State::Sent);
        worker.stop();
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
