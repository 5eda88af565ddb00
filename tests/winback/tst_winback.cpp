// Win-back: who the rule lists (and who not), in which order; "Bring back" as one transaction
// (request row + outbox intent) with duplicates refused; WinBackModel under
// QAbstractItemModelTester, updating status cells without a reset; and the demo backend moving a
// request Queued → Sent → Delivered through the real outbox worker.
#include "models/domain/OutboxIntent.h"
#include "models/items/WinBackModel.h"
#include "models/store/Database.h"
#include "models/store/OutboxRepository.h"
#include "models/store/StoreNotifier.h"
#include "models/store/WinBackRepository.h"
#include "net/demo/WinBackDemoHandler.h"
#include "net/sync/OutboxWorker.h"
#include "tests/support/TempWorkspace.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace agentp;
using Kind = store::WinBackRepository::RequestResult::Kind;

namespace {

const QDate kToday(2026, 11, 20);
const QString kTenantA = QStringLiteral("tenant-a");
const QString kTenantB = QStringLiteral("tenant-b");

bool exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    qWarning("SQL failed: %s — %s", qPrintable(q.lastError().text()), qPrintable(sql));
    return false;
}

QVariant scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

// A client whose last visit was `daysAgo` days before kToday (none when daysAgo < 0), with an
// average interval (NULL when `average` is empty) — or no memory row at all when !withMemory.
bool addClient(QSqlDatabase db, const QString &id, const QString &tenant, int daysAgo,
               const QVariant &average, bool withMemory = true, const QString &lastVisit = {})
{
    const QString t = QStringLiteral("2026-01-01T00:00:00.000Z");
    if (!exec(db,
              QStringLiteral("INSERT INTO clients(id, tenant_id, full_name, phone, created_at,"
                             " updated_at) VALUES (?, ?, ?, '+7 999 000-00-00', ?, ?)"),
              {id, tenant, QStringLiteral("Клиент ") + id, t, t}))
        return false;
    if (!withMemory)
        return true;
    QVariant visit = lastVisit.isEmpty() ? QVariant(kToday.addDays(-daysAgo).toString(Qt::ISODate))
                                         : QVariant(lastVisit);
    if (daysAgo < 0 && lastVisit.isEmpty())
        visit = QVariant(QMetaType::fromType<QString>());
    return exec(db,
                QStringLiteral("INSERT INTO client_memory(client_id, last_visit_date,"
                               " avg_visit_interval, updated_at) VALUES (?, ?, ?, ?)"),
                {id, visit, average, t});
}

QVariant none()
{
    return QVariant(QMetaType::fromType<int>());
}

} // namespace

class TestWinBack : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Database> m_db;

    domain::WinBackFilter filter(const QString &tenant = {}) const { return {tenant, kToday}; }

    QStringList listed(const domain::WinBackFilter &f)
    {
        store::StoreError error;
        QStringList out;
        for (const auto &c : store::WinBackRepository(m_db->connection()).atRisk(f, 0, 100, &error))
            out << c.clientId;
        if (error.isError())
            out << QStringLiteral("<error: %1>").arg(error.message);
        return out;
    }

private slots:
    void init()
    {
        m_db.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_tmp.file() + QLatin1String(suffix));
        store::StoreError error;
        m_db = store::Database::open(m_tmp.file(), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QSqlDatabase db = m_db->connection();
        QVERIFY(exec(db,
                     QStringLiteral("INSERT INTO tenants(id, name, updated_at) VALUES"
                                    " (?, 'А', 'x'), (?, 'Б', 'x')"),
                     {kTenantA, kTenantB}));
        QVERIFY(addClient(db, QStringLiteral("high"), kTenantA, 40, 10));        // 4.0 → 0.9
        QVERIFY(addClient(db, QStringLiteral("medium"), kTenantA, 14, 10));      // 1.4 → 0.6
        QVERIFY(addClient(db, QStringLiteral("low"), kTenantA, 11, 10));         // 1.1 → 0.3
        QVERIFY(addClient(db, QStringLiteral("edge"), kTenantA, 10, 10));        // 1.0 → 0.3
        QVERIFY(addClient(db, QStringLiteral("fine"), kTenantA, 9, 10));         // 0.9 → 0
        QVERIFY(addClient(db, QStringLiteral("unknown"), kTenantA, 30, none())); // 30/30 → 0.3
        QVERIFY(addClient(db, QStringLiteral("zero"), kTenantA, 45, 0));         // 45/30 → 0.9
        QVERIFY(addClient(db, QStringLiteral("never"), kTenantA, -1, none()));   // no visit
        QVERIFY(addClient(db, QStringLiteral("nomemory"), kTenantA, 0, none(), false));
        // A timestamp instead of a date: whole days from its date part (50 days / 20 → 0.9).
        QVERIFY(addClient(db, QStringLiteral("stamp"), kTenantA, 0, 20, true,
                          QStringLiteral("2026-10-01T18:30:00.000Z")));
        QVERIFY(addClient(db, QStringLiteral("other"), kTenantB, 60, 10)); // 6.0 → 0.9
    }

    void cleanupTestCase() { m_db.reset(); }

    void listsClientsAtRiskRiskiestFirst()
    {
        // Ratio descending: other 6.0, high 4.0, stamp 2.5, zero 1.5, medium 1.4, low 1.1,
        // then the two at exactly 1.0 by days (unknown 30 before edge 10).
        QCOMPARE(
            listed(filter()),
            (QStringList{QStringLiteral("other"), QStringLiteral("high"), QStringLiteral("stamp"),
                         QStringLiteral("zero"), QStringLiteral("medium"), QStringLiteral("low"),
                         QStringLiteral("unknown"), QStringLiteral("edge")}));
        store::StoreError error;
        store::WinBackRepository repo(m_db->connection());
        QCOMPARE(repo.countAtRisk(filter(), &error), qint64(8));
        QCOMPARE(repo.countAtRisk(filter(kTenantB), &error), qint64(1));
        QCOMPARE(listed(filter(kTenantB)), QStringList{QStringLiteral("other")});

        const auto rows = repo.atRisk(filter(), 0, 100, &error);
        QHash<QString, domain::WinBackCandidate> byId;
        for (const auto &c : rows)
            byId.insert(c.clientId, c);
        QCOMPARE(byId[QStringLiteral("high")].churn.risk, 0.9);
        QCOMPARE(byId[QStringLiteral("medium")].churn.risk, 0.6);
        QCOMPARE(byId[QStringLiteral("low")].churn.risk, 0.3);
        QCOMPARE(byId[QStringLiteral("edge")].churn.risk, 0.3);
        QCOMPARE(byId[QStringLiteral("unknown")].churn.intervalDays, 30);
        QVERIFY(byId[QStringLiteral("unknown")].churn.intervalAssumed);
        QCOMPARE(byId[QStringLiteral("zero")].churn.risk, 0.9);
        QCOMPARE(byId[QStringLiteral("stamp")].churn.daysSinceLastVisit, 50);
        QCOMPARE(byId[QStringLiteral("high")].lastVisit, kToday.addDays(-40));

        // Pages continue where the previous one stopped.
        const auto page2 = repo.atRisk(filter(), 3, 2, &error);
        QCOMPARE(page2.size(), size_t(2));
        QCOMPARE(page2[0].clientId, QStringLiteral("zero"));
        QVERIFY(!error.isError());

        // Another "today" moves clients in and out.
        QVERIFY(!listed({QString(), kToday.addDays(-2)}).contains(QStringLiteral("low")));
        QVERIFY(listed({QString(), kToday.addDays(1)}).contains(QStringLiteral("fine")));
    }

    void bringBackIsOneTransactionWithoutDuplicates()
    {
        QSqlDatabase db = m_db->connection();
        store::WinBackRepository repo(db);
        store::StoreError error;
        const auto first =
            repo.requestWinBack(QStringLiteral("high"), QStringLiteral("u1"), &error);
        QCOMPARE(first.kind, Kind::Queued);
        QVERIFY(first.requestId > 0 && first.intentId > 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT status || '/' || tenant_id || '/' ||"
                                           " requested_by FROM winback_requests"))
                     .toString(),
                 QStringLiteral("queued/tenant-a/u1"));
        const auto intent = store::OutboxRepository(db).find(first.intentId, &error);
        QVERIFY(intent);
        QCOMPARE(intent->kind, QStringLiteral("winback.request"));
        QCOMPARE(intent->target, QStringLiteral("winback:high"));
        QCOMPARE(intent->payload.value(QStringLiteral("request_id")).toInteger(), first.requestId);
        QCOMPARE(intent->payload.value(QStringLiteral("client_id")).toString(),
                 QStringLiteral("high"));

        // While queued, and while sent: refused, nothing written.
        QCOMPARE(repo.requestWinBack(QStringLiteral("high"), {}, &error).kind,
                 Kind::AlreadyPending);
        QVERIFY(repo.advanceRequest(first.requestId, QStringLiteral("queued"),
                                    QStringLiteral("sent"), QStringLiteral("r-1"), &error));
        QCOMPARE(repo.requestWinBack(QStringLiteral("high"), {}, &error).kind,
                 Kind::AlreadyPending);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM winback_requests")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), 1);
        // Once delivered, the manager may ask again later.
        QVERIFY(repo.advanceRequest(first.requestId, QStringLiteral("sent"),
                                    QStringLiteral("delivered"), {}, &error));
        QCOMPARE(repo.requestWinBack(QStringLiteral("high"), {}, &error).kind, Kind::Queued);
        QCOMPARE(repo.latestStatuses(&error).value(QStringLiteral("high")),
                 QStringLiteral("queued"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT remote_id FROM winback_requests WHERE id = ?"),
                        {first.requestId})
                     .toString(),
                 QStringLiteral("r-1"));

        QCOMPARE(repo.requestWinBack(QStringLiteral("nobody"), {}, &error).kind, Kind::NotFound);
        QVERIFY(!error.isError());
    }

    void aFailedIntentLeavesNoRequest()
    {
        QSqlDatabase db = m_db->connection();
        QVERIFY(exec(db, QStringLiteral("CREATE TEMP TRIGGER refuse_outbox BEFORE INSERT ON"
                                        " outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        store::StoreError error;
        const auto result =
            store::WinBackRepository(db).requestWinBack(QStringLiteral("high"), {}, &error);
        QCOMPARE(result.kind, Kind::Failed);
        QVERIFY(error.isError());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM winback_requests")).toInt(), 0);
        QVERIFY(exec(db, QStringLiteral("DROP TRIGGER temp.refuse_outbox")));
        // The connection is usable again: the transaction was rolled back, not left open.
        QCOMPARE(
            store::WinBackRepository(db).requestWinBack(QStringLiteral("high"), {}, &error).kind,
            Kind::Queued);
    }

    void modelShowsRiskAndFollowsStatuses()
    {
        store::StoreNotifier notifier;
        models::WinBackModel model(m_db->connection(), &notifier);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(filter(kTenantA));
        QCOMPARE(model.totalCount(), qint64(7));
        const int high = model.rowOf(QStringLiteral("high"));
        QCOMPARE(high, 0);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(high, models::WinBackModel::ClientColumn).toString(),
                 QStringLiteral("Клиент high"));
        // (Plural forms come from the English translation file; tests run without it.)
        QVERIFY(cell(high, models::WinBackModel::LastVisitColumn)
                    .toString()
                    .contains(QRegularExpression(QStringLiteral("^40 day.* ago$"))));
        QVERIFY(cell(high, models::WinBackModel::CycleColumn)
                    .toString()
                    .contains(QRegularExpression(QStringLiteral("^every 10 day"))));
        QCOMPARE(cell(high, models::WinBackModel::RiskColumn).toString(),
                 QStringLiteral("High 90 %"));
        QVERIFY(cell(high, models::WinBackModel::RiskColumn, Qt::DecorationRole)
                    .value<QColor>()
                    .isValid());
        const int unknown = model.rowOf(QStringLiteral("unknown"));
        QVERIFY(cell(unknown, models::WinBackModel::CycleColumn)
                    .toString()
                    .contains(QRegularExpression(QStringLiteral("^every 30 day.*\\(assumed\\)$"))));
        QCOMPARE(cell(unknown, models::WinBackModel::RiskColumn).toString(),
                 QStringLiteral("Low 30 %"));
        QCOMPARE(cell(model.rowOf(QStringLiteral("medium")), models::WinBackModel::RiskColumn)
                     .toString(),
                 QStringLiteral("Medium 60 %"));
        QCOMPARE(cell(high, models::WinBackModel::RequestColumn).toString(), QStringLiteral("—"));
        QVERIFY(!cell(high, 0, models::WinBackModel::RequestPendingRole).toBool());

        // A request: only the status cell changes, no reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        store::StoreError error;
        const auto r = store::WinBackRepository(m_db->connection())
                           .requestWinBack(QStringLiteral("high"), {}, &error);
        notifier.notify({QStringLiteral("winback_requests"), QStringLiteral("outbox")});
        QTRY_COMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).toModelIndex(),
                 model.index(high, models::WinBackModel::RequestColumn));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(cell(high, models::WinBackModel::RequestColumn).toString(),
                 QStringLiteral("Queued"));
        QVERIFY(cell(high, 0, models::WinBackModel::RequestPendingRole).toBool());
        store::WinBackRepository(m_db->connection())
            .advanceRequest(r.requestId, QStringLiteral("queued"), QStringLiteral("delivered"), {},
                            &error);
        notifier.notify({QStringLiteral("winback_requests")});
        QTRY_COMPARE(cell(high, models::WinBackModel::RequestColumn).toString(),
                     QStringLiteral("Delivered"));
        QCOMPARE(resets.count(), 0);

        // New memory (a visit synced in) reloads the list.
        QVERIFY(exec(m_db->connection(),
                     QStringLiteral("UPDATE client_memory SET last_visit_date"
                                    " = ? WHERE client_id = 'high'"),
                     {kToday.toString(Qt::ISODate)}));
        notifier.notify({QStringLiteral("client_memory")});
        QTRY_COMPARE(resets.count(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("high")), -1);
        QCOMPARE(model.totalCount(), qint64(6));
    }

    void demoHandlerMovesTheRequestOn()
    {
        QSqlDatabase db = m_db->connection();
        store::StoreError error;
        const auto r =
            store::WinBackRepository(db).requestWinBack(QStringLiteral("medium"), {}, &error);
        const auto intent = store::OutboxRepository(db).find(r.intentId, &error);
        QVERIFY(intent);
        net::demo::WinBackDemoHandler handler(1000);
        QVERIFY(handler.handles(QStringLiteral("winback.request")));
        QVERIFY(!handler.handles(QStringLiteral("waitlist.convert")));

        std::vector<net::IntentOutcome> outcomes;
        auto run = [&] {
            handler.handle(db, *intent,
                           [&](const net::IntentOutcome &o) { outcomes.push_back(o); });
            return store::WinBackRepository(db).requestStatus(r.requestId, &error);
        };
        QCOMPARE(run(), QStringLiteral("sent"));
        QCOMPARE(outcomes.back().kind, net::IntentOutcome::Kind::RetryLater);
        QVERIFY(outcomes.back().retryAt > QDateTime::currentDateTimeUtc());
        QVERIFY(outcomes.back().changedTables.contains(QStringLiteral("winback_requests")));
        QVERIFY(scalar(db, QStringLiteral("SELECT remote_id FROM winback_requests WHERE id = ?"),
                       {r.requestId})
                    .toString()
                    .startsWith(QLatin1String("demo-")));
        QCOMPARE(run(), QStringLiteral("delivered"));
        QCOMPARE(outcomes.back().kind, net::IntentOutcome::Kind::Done);
        QCOMPARE(run(), QStringLiteral("delivered")); // repeated: nothing moves back
        QCOMPARE(outcomes.back().kind, net::IntentOutcome::Kind::Done);
        QCOMPARE(outcomes.size(), size_t(3));

        QVERIFY(exec(db, QStringLiteral("DELETE FROM winback_requests")));
        run();
        QCOMPARE(outcomes.back().kind, net::IntentOutcome::Kind::Failed);
        QVERIFY(!outcomes.back().message.isEmpty());
    }

    void demoBackendDeliversThroughTheOutbox()
    {
        QSqlDatabase db = m_db->connection();
        store::StoreError error;
        const auto r =
            store::WinBackRepository(db).requestWinBack(QStringLiteral("low"), {}, &error);
        net::OutboxWorker worker(m_tmp.file());
        worker.addHandler(std::make_unique<net::demo::WinBackDemoHandler>(50));
        QSignalSpy changed(&worker, &net::OutboxWorker::tablesChanged);
        worker.start();
        QTRY_COMPARE(store::WinBackRepository(db).requestStatus(r.requestId, &error),
                     QStringLiteral("delivered"));
        QTRY_COMPARE(store::OutboxRepository(db).find(r.intentId, &error)->state,
                     domain::OutboxIntent::State::Sent);
        bool announced = false;
        for (const auto &args : changed)
            announced =
                announced || args.at(0).toStringList().contains(QStringLiteral("winback_requests"));
        QVERIFY(announced);
        worker.stop();
    }
};

QTEST_GUILESS_MAIN(TestWinBack)
#include "tst_winback.moc"
