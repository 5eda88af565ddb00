// Tenant settings through the outbox: the repository queues a merge patch with the expected
// version and applies it locally in the same transaction; the demo server merges when the
// versions match and reports a conflict (keeping its own version) when a colleague got there
// first; the user then re-applies or keeps theirs. The real OutboxWorker with the demo handlers
// carries the intents out, in this thread.
#include "models/store/Database.h"
#include "models/store/OutboxRepository.h"
#include "models/store/TenantRepository.h"
#include "net/demo/DemoBackend.h"
#include "net/demo/TenantSettingsDemoHandler.h"
#include "net/sync/OutboxWorker.h"
#include "tests/support/TempWorkspace.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace agentp;
using net::demo::TenantSettingsDemoHandler;
using State = store::TenantPatchStatus::State;
using IntentState = domain::OutboxIntent::State;

namespace {

const QString kTenant = QStringLiteral("t-1");

QJsonObject object(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestTenantSync : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<net::OutboxWorker> m_worker;

    QSqlDatabase db() const { return m_db->connection(); }

    std::vector<domain::OutboxIntent> intents() const
    {
        store::StoreError e;
        return store::OutboxRepository(db()).forTarget(store::TenantRepository::target(kTenant),
                                                       &e);
    }

    store::TenantRecord local() const
    {
        store::StoreError e;
        const auto t = store::TenantRepository(db()).find(kTenant, &e);
        return t.value_or(store::TenantRecord{});
    }

    store::TenantRecord server() const
    {
        store::StoreError e;
        const auto t = TenantSettingsDemoHandler::serverCopy(db(), kTenant, &e);
        return t.value_or(store::TenantRecord{});
    }

    store::TenantPatchStatus status() const
    {
        store::StoreError e;
        return store::TenantRepository(db()).patchStatus(kTenant, &e);
    }

    qint64 queue(const char *patch, qint64 expected)
    {
        store::StoreError e;
        const qint64 id =
            store::TenantRepository(db()).queuePatch(kTenant, object(patch), expected, &e);
        if (!id)
            qWarning() << e.message;
        return id;
    }

    // Lets the demo backend carry out everything due, as the sync thread would.
    void startWorker()
    {
        m_worker = std::make_unique<net::OutboxWorker>(m_tmp.file());
        net::demo::installDemoHandlers(*m_worker);
        m_worker->start();
    }

    bool settled() const
    {
        for (const auto &i : intents()) {
            if (i.state == IntentState::Queued || i.state == IntentState::Sending)
                return false;
        }
        return true;
    }

    void drain()
    {
        if (!m_worker)
            startWorker();
        m_worker->poke();
        QTRY_VERIFY(settled());
    }

private slots:
    void init()
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_tmp.file() + suffix);
        store::StoreError error;
        m_db = store::Database::open(m_tmp.file(), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO tenants(id, name, metadata, metadata_version,"
                                 " updated_at) VALUES (?, ?, ?, 1, '2026-11-01T10:00:00.000Z')"));
        q.addBindValue(kTenant);
        q.addBindValue(QStringLiteral("Лаванда"));
        q.addBindValue(QStringLiteral(
            R"({"name":"Лаванда","yclients_id":"123456","admin_chat_id":-1001234567890,)"
            R"("closing_time":"21:00","gap_filter":true,"greeting":"Hi"})"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    void cleanup()
    {
        if (m_worker)
            m_worker->stop();
        m_worker.reset();
        m_db.reset();
    }

    void queuePatchWritesIntentAndOptimisticCopy()
    {
        const qint64 id = queue(R"({"name":"Лаванда Plus","closing_time":"20:00"})", 1);
        QVERIFY(id > 0);

        const store::TenantRecord t = local();
        QCOMPARE(t.name, QStringLiteral("Лаванда Plus")); // the column follows metadata.name
        QCOMPARE(t.metadata.value(QLatin1String("closing_time")).toString(),
                 QStringLiteral("20:00"));
        QCOMPARE(t.metadata.value(QLatin1String("greeting")).toString(), QStringLiteral("Hi"));
        QCOMPARE(t.metadataVersion, 2); // what the server will have once it accepts

        const auto all = intents();
        QCOMPARE(all.size(), size_t(1));
        const domain::OutboxIntent &intent = all.front();
        QCOMPARE(intent.id, id);
        QCOMPARE(intent.kind, QStringLiteral("tenant.patch_metadata"));
        QCOMPARE(intent.target, QStringLiteral("tenant:t-1"));
        QCOMPARE(intent.state, IntentState::Queued);
        QCOMPARE(intent.payload.value(QLatin1String("tenant_id")).toString(), kTenant);
        QCOMPARE(intent.payload.value(QLatin1String("expected_version")).toInteger(), 1);
        QCOMPARE(intent.payload.value(QLatin1String("patch")).toObject(),
                 object(R"({"name":"Лаванда Plus","closing_time":"20:00"})"));
        QCOMPARE(intent.payload.value(QLatin1String("base")).toObject(),
                 object(R"({"name":"Лаванда","closing_time":"21:00"})"));
        QCOMPARE(status().state, State::Saving);
    }

    void queuePatchOfAMissingTenantWritesNothing()
    {
        store::StoreError e;
        QCOMPARE(store::TenantRepository(db()).queuePatch(QStringLiteral("nope"),
                                                          object(R"({"name":"X"})"), 1, &e),
                 0);
        QCOMPARE(e.kind, store::StoreError::Kind::NotFound);
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // the transaction left nothing behind
    }

    void emptyPatchIsRefused()
    {
        store::StoreError e;
        QCOMPARE(store::TenantRepository(db()).queuePatch(kTenant, {}, 1, &e), 0);
        QVERIFY(e.isError());
        QVERIFY(intents().empty());
    }

    void serverMergesWhenVersionsMatch()
    {
        queue(R"({"closing_time":"20:00"})", 1);
        drain();
        QCOMPARE(intents().front().state, IntentState::Sent);
        const store::TenantRecord s = server();
        QCOMPARE(s.metadataVersion, 2);
        QCOMPARE(s.metadata.value(QLatin1String("closing_time")).toString(),
                 QStringLiteral("20:00"));
        QCOMPARE(s.metadata.value(QLatin1String("greeting")).toString(), QStringLiteral("Hi"));
        QCOMPARE(local().metadataVersion, 2);
        QCOMPARE(local().metadata, s.metadata);
        const store::TenantPatchStatus st = status();
        QCOMPARE(st.state, State::Saved);
        QVERIFY(st.savedAt.isValid());
    }

    void consecutiveSavesChainTheirVersions()
    {
        QVERIFY(queue(R"({"closing_time":"20:00"})", 1));
        QCOMPARE(local().metadataVersion, 2);
        QVERIFY(queue(R"({"gap_filter":false})", local().metadataVersion)); // before the 1st ran
        drain();
        for (const auto &i : intents())
            QCOMPARE(i.state, IntentState::Sent);
        QCOMPARE(server().metadataVersion, 3);
        QCOMPARE(server().metadata.value(QLatin1String("gap_filter")).toBool(), false);
        QCOMPARE(server().metadata.value(QLatin1String("closing_time")).toString(),
                 QStringLiteral("20:00"));
    }

    void serverCopyIsSeededWithoutThePendingEdits()
    {
        // The first time the demo server sees the tenant, the local row already holds the
        // optimistic edit; the server must start from the values before it.
        queue(R"({"closing_time":"20:00","admin_chat_id":null})", 1);
        const store::TenantRecord s = server();
        QCOMPARE(s.metadataVersion, 1);
        QCOMPARE(s.name, QStringLiteral("Лаванда"));
        QCOMPARE(s.metadata.value(QLatin1String("closing_time")).toString(),
                 QStringLiteral("21:00"));
        QCOMPARE(s.metadata.value(QLatin1String("admin_chat_id")).toInteger(),
                 Q_INT64_C(-1001234567890));
    }

    void conflictKeepsTheServerVersionAndShowsBoth()
    {
        store::StoreError e;
        // A colleague moves the closing time on the server; this console does not know yet.
        QVERIFY(TenantSettingsDemoHandler::simulateColleagueEdit(
            db(), kTenant, object(R"({"closing_time":"19:00"})"), &e));
        QCOMPARE(server().metadataVersion, 2);
        QCOMPARE(local().metadataVersion, 1);

        queue(R"({"name":"Mine"})", 1);
        drain();
        const domain::OutboxIntent failed = intents().front();
        QCOMPARE(failed.state, IntentState::Failed);
        QVERIFY2(failed.lastError.contains(QLatin1String("changed the settings")),
                 qPrintable(failed.lastError));
        QVERIFY(failed.lastError.contains(QLatin1String("version 2")));

        // The server kept its version; the local copy became the server's.
        QCOMPARE(server().metadataVersion, 2);
        QCOMPARE(server().name, QStringLiteral("Лаванда"));
        QCOMPARE(local().metadataVersion, 2);
        QCOMPARE(local().name, QStringLiteral("Лаванда"));
        QCOMPARE(local().metadata.value(QLatin1String("closing_time")).toString(),
                 QStringLiteral("19:00"));

        const store::TenantPatchStatus st = status();
        QCOMPARE(st.state, State::Conflict);
        QCOMPARE(st.message, failed.lastError);
        QCOMPARE(st.expectedVersion, 1);
        QCOMPARE(st.serverVersion, 2);
        QCOMPARE(st.theirs, object(R"({"name":"Лаванда"})"));
        QCOMPARE(st.yours, object(R"({"name":"Mine"})"));
        QCOMPARE(st.base, object(R"({"name":"Лаванда"})"));

        // Nothing else may be queued over an unresolved conflict.
        QCOMPARE(
            store::TenantRepository(db()).queuePatch(kTenant, object(R"({"name":"X"})"), 2, &e), 0);
        QVERIFY(e.isError());
    }

    void reapplyQueuesOnTopOfTheirVersion()
    {
        store::StoreError e;
        QVERIFY(TenantSettingsDemoHandler::simulateColleagueEdit(
            db(), kTenant, object(R"({"closing_time":"19:00"})"), &e));
        queue(R"({"name":"Mine"})", 1);
        drain();
        QCOMPARE(status().state, State::Conflict);

        const std::vector<qint64> ids = store::TenantRepository(db()).reapplyMine(kTenant, &e);
        QCOMPARE(ids.size(), size_t(1));
        const auto all = intents();
        QCOMPARE(all.size(), size_t(1)); // the failed one is resolved, not left behind
        QCOMPARE(all.front().id, ids.front());
        QCOMPARE(all.front().payload.value(QLatin1String("expected_version")).toInteger(), 2);
        QCOMPARE(local().name, QStringLiteral("Mine"));
        QCOMPARE(status().state, State::Saving);

        drain();
        QCOMPARE(intents().front().state, IntentState::Sent);
        QCOMPARE(server().metadataVersion, 3);
        QCOMPARE(server().name, QStringLiteral("Mine"));
        // The colleague's change survives: a merge, not an overwrite.
        QCOMPARE(server().metadata.value(QLatin1String("closing_time")).toString(),
                 QStringLiteral("19:00"));
        QCOMPARE(status().state, State::Saved);
    }

    void reapplyCarriesThePatchesQueuedBehind()
    {
        store::StoreError e;
        QVERIFY(TenantSettingsDemoHandler::simulateColleagueEdit(
            db(), kTenant, object(R"({"closing_time":"19:00"})"), &e));
        QVERIFY(queue(R"({"name":"Mine"})", 1));
        QVERIFY(queue(R"({"gap_filter":false})", 2));
        startWorker();
        m_worker->poke(); // the first conflicts, the second waits behind it
        QTRY_COMPARE(intents().front().state, IntentState::Failed);
        QCOMPARE(intents().back().state, IntentState::Queued);
        const store::TenantPatchStatus st = status();
        QCOMPARE(st.state, State::Conflict);
        QCOMPARE(st.yours, object(R"({"name":"Mine","gap_filter":false})"));
        QCOMPARE(st.theirs, object(R"({"name":"Лаванда","gap_filter":true})"));

        const std::vector<qint64> ids = store::TenantRepository(db()).reapplyMine(kTenant, &e);
        QCOMPARE(ids.size(), size_t(2));
        drain();
        QCOMPARE(server().metadataVersion, 4);
        QCOMPARE(server().name, QStringLiteral("Mine"));
        QCOMPARE(server().metadata.value(QLatin1String("gap_filter")).toBool(), false);
        QCOMPARE(server().metadata.value(QLatin1String("closing_time")).toString(),
                 QStringLiteral("19:00"));
    }

    void keepTheirsDropsMineAndUnblocks()
    {
        store::StoreError e;
        QVERIFY(TenantSettingsDemoHandler::simulateColleagueEdit(
            db(), kTenant, object(R"({"closing_time":"19:00"})"), &e));
        queue(R"({"name":"Mine"})", 1);
        drain();
        QVERIFY(store::TenantRepository(db()).keepTheirs(kTenant, &e));
        QVERIFY(intents().empty());
        QCOMPARE(status().state, State::Idle);
        QCOMPARE(local().name, QStringLiteral("Лаванда"));
        QCOMPARE(local().metadataVersion, 2);
        // A new edit, based on their version, goes through.
        QVERIFY(queue(R"({"gap_filter":false})", 2));
        drain();
        QCOMPARE(server().metadataVersion, 3);
        QCOMPARE(status().state, State::Saved);
    }

    void samePatchOnAMovedServerIsNoConflict()
    {
        // E.g. an intent retried after a crash that hit between the server's answer and the
        // outbox update: the server already has the values, so nothing can be overwritten.
        store::StoreError e;
        QVERIFY(TenantSettingsDemoHandler::simulateColleagueEdit(
            db(), kTenant, object(R"({"closing_time":"19:00"})"), &e));
        queue(R"({"closing_time":"19:00"})", 1);
        drain();
        QCOMPARE(intents().front().state, IntentState::Sent);
        QCOMPARE(server().metadataVersion, 2); // nothing merged, no new version
        QCOMPARE(local().metadataVersion, 2);
        QCOMPARE(local().metadata, server().metadata);
        QCOMPARE(status().state, State::Saved);
    }

    void serverRevalidatesAndRefusesWithoutConflict()
    {
        queue(R"({"closing_time":"25:00"})", 1); // bypassing the form's checks
        drain();
        const domain::OutboxIntent failed = intents().front();
        QCOMPARE(failed.state, IntentState::Failed);
        QVERIFY2(failed.lastError.contains(QLatin1String("No such time")),
                 qPrintable(failed.lastError));
        QCOMPARE(server().metadataVersion, 1);
        QCOMPARE(local().metadata.value(QLatin1String("closing_time")).toString(),
                 QStringLiteral("21:00"));       // the optimistic value was taken back
        QCOMPARE(status().state, State::Failed); // same version: not a conflict
    }

    void malformedIntentFails()
    {
        store::StoreError e;
        store::OutboxRepository(db()).enqueue(store::TenantRepository::patchKind(),
                                              store::TenantRepository::target(kTenant),
                                              object(R"({"tenant_id":"t-1","patch":"x"})"), {}, &e);
        drain();
        QCOMPARE(intents().front().state, IntentState::Failed);
        QCOMPARE(local().metadataVersion, 1);
    }

    void colleagueIntentChangesOnlyTheServer()
    {
        store::StoreError e;
        QVERIFY(store::TenantRepository(db()).queueSimulatedColleagueEdit(kTenant, &e));
        startWorker();
        m_worker->poke();
        QTRY_COMPARE(server().metadataVersion, 2);
        QCOMPARE(server().metadata.value(QLatin1String("closing_time")).toString(),
                 QStringLiteral("20:00")); // one hour earlier
        QCOMPARE(local().metadataVersion, 1);
        QCOMPARE(local().metadata.value(QLatin1String("closing_time")).toString(),
                 QStringLiteral("21:00"));
        // So the next save of the old data meets a conflict.
        queue(R"({"name":"Mine"})", 1);
        drain();
        QCOMPARE(status().state, State::Conflict);
    }

    void workerAnnouncesTheTenantsTable()
    {
        startWorker();
        QSignalSpy spy(m_worker.get(), &net::OutboxWorker::tablesChanged);
        queue(R"({"closing_time":"20:00"})", 1);
        m_worker->poke();
        QTRY_VERIFY(std::any_of(spy.cbegin(), spy.cend(), [](const QList<QVariant> &args) {
            return args.at(0).toStringList().contains(QStringLiteral("tenants"));
        }));
    }
};

QTEST_GUILESS_MAIN(TestTenantSync)
#include "tst_tenantsync.moc"
