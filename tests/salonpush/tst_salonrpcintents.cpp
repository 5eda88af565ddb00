// SalonIntentHandler's RPC intents against FakePostgrestServer: win-back requests go through
// dashboard.request_winback; tenant settings through dashboard.patch_tenant_metadata with their
// version (success, conflict, already applied, refusal).
#include "tests/salonpush/SalonHandlerFixture.h"

using namespace salonpush;

class TestSalonRpcIntents : public QObject, protected HandlerFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void winBackCallsTheRpc()
    {
        QList<QJsonObject> calls;
        QString serverStatus = QStringLiteral("pending");
        m_server->setRpc(
            QStringLiteral("dashboard.request_winback"),
            [&](const QJsonObject &args, const FakePostgrestServer::Request &) {
                calls << args;
                return QJsonObject{
                    {QStringLiteral("id"), 76 + calls.size()},
                    {QStringLiteral("client_id"), args.value(QStringLiteral("p_client"))},
                    {QStringLiteral("status"), serverStatus},
                    {QStringLiteral("note"), args.value(QStringLiteral("p_note"))},
                    {QStringLiteral("updated_at"), QStringLiteral("2026-11-20T12:05:00.5+00:00")}};
            });
        store::StoreError e;
        store::WinBackRepository repo(db());
        const auto maria =
            repo.requestWinBack(QStringLiteral("c-maria"), QStringLiteral("user-1"), &e);
        QVERIFY(maria.intentId);
        const QString note = QStringLiteral("Скучаем! −10% на маникюр");
        QVERIFY(exec(QStringLiteral("UPDATE winback_requests SET message = ? WHERE id = ?"),
                     {note, maria.requestId}));

        Run r = run(maria.intentId);
        QCOMPARE(r.calls, 1);
        QCOMPARE(r.outcome.kind, Kind::Done);
        QVERIFY(r.outcome.changedTables.contains(QStringLiteral("winback_requests")));
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().value(QStringLiteral("p_client")).toString(),
                 QStringLiteral("c-maria"));
        QCOMPARE(calls.first().value(QStringLiteral("p_note")).toString(), note);
        QCOMPARE(m_server->lastRequest().path, QByteArrayLiteral("/rest/v1/rpc/request_winback"));
        QCOMPARE(m_server->lastRequest().header("content-profile"), QByteArrayLiteral("dashboard"));
        const QString table = QStringLiteral("winback_requests");
        QCOMPARE(local(table, QStringLiteral("remote_id"), maria.requestId).toString(),
                 QStringLiteral("77"));
        QCOMPARE(local(table, QStringLiteral("status"), maria.requestId).toString(),
                 QStringLiteral("sent"));
        QCOMPARE(local(table, QStringLiteral("updated_at"), maria.requestId).toString(),
                 QStringLiteral("2026-11-20T12:05:00.500Z"));

        // Carried out again (a crash before the outbox noted it): nothing is left to send.
        QCOMPARE(run(maria.intentId).outcome.kind, Kind::Done);
        QCOMPARE(calls.size(), 1);

        // No message: p_note is null; the server's own status maps to the console's words.
        serverStatus = QStringLiteral("booked");
        const auto ivan = repo.requestWinBack(QStringLiteral("c-ivan"), QString(), &e);
        QVERIFY(ivan.intentId);
        QCOMPARE(run(ivan.intentId).outcome.kind, Kind::Done);
        QCOMPARE(calls.size(), 2);
        QVERIFY(calls.last().value(QStringLiteral("p_note")).isNull());
        QCOMPARE(local(table, QStringLiteral("status"), ivan.requestId).toString(),
                 QStringLiteral("returned"));
        QCOMPARE(local(table, QStringLiteral("remote_id"), ivan.requestId).toString(),
                 QStringLiteral("78"));

        const auto olga = repo.requestWinBack(QStringLiteral("c-olga"), QString(), &e);
        QVERIFY(
            exec(QStringLiteral("DELETE FROM winback_requests WHERE id = ?"), {olga.requestId}));
        r = run(olga.intentId);
        QCOMPARE(r.outcome.kind, Kind::Failed);
        QVERIFY(r.outcome.message.contains(QLatin1String("no longer exists")));
        QCOMPARE(calls.size(), 2);
    }

    void tenantPatchSucceeds()
    {
        QList<QJsonObject> calls;
        // The server has a key the console never had: the local copy converges on the server's.
        const QJsonObject serverMetadata =
            object(R"({"name":"Лаванда","yclients_id":"123456","closing_time":"20:00",)"
                   R"("gap_filter":true,"bot_tone":"warm"})");
        m_server->setRpc(QStringLiteral("dashboard.patch_tenant_metadata"),
                         [&](const QJsonObject &args, const FakePostgrestServer::Request &) {
                             calls << args;
                             return QJsonObject{{QStringLiteral("ok"), true},
                                                {QStringLiteral("version"), 2},
                                                {QStringLiteral("metadata"), serverMetadata}};
                         });
        store::StoreError e;
        store::TenantRepository tenants(db());
        const QJsonObject patch = object(R"({"closing_time":"20:00"})");
        const qint64 intent = tenants.queuePatch(kTenantA, patch, 1, &e);
        QVERIFY(intent);
        const Run r = run(intent);
        QCOMPARE(r.calls, 1);
        QCOMPARE(r.outcome.kind, Kind::Done);
        QVERIFY(r.outcome.changedTables.contains(QStringLiteral("tenants")));
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().value(QStringLiteral("p_tenant")).toString(), kTenantA);
        QCOMPARE(calls.first().value(QStringLiteral("p_patch")).toObject(), patch);
        QCOMPARE(calls.first().value(QStringLiteral("p_expected_version")).toInteger(), 1);
        const auto t = tenants.find(kTenantA, &e);
        QVERIFY(t);
        QCOMPARE(t->metadataVersion, 2);
        QCOMPARE(t->metadata, serverMetadata);
    }

    // Through a real OutboxWorker, which records the outcome that patchStatus() reads.
    void tenantConflictKeepsTheirs()
    {
        const QJsonObject theirs =
            object(R"({"name":"Лаванда","yclients_id":"123456","closing_time":"19:00",)"
                   R"("gap_filter":false})");
        m_server->setRpc(QStringLiteral("dashboard.patch_tenant_metadata"),
                         [&](const QJsonObject &, const FakePostgrestServer::Request &) {
                             return QJsonObject{{QStringLiteral("ok"), false},
                                                {QStringLiteral("conflict"), true},
                                                {QStringLiteral("version"), 3},
                                                {QStringLiteral("metadata"), theirs}};
                         });
        store::StoreError e;
        store::TenantRepository tenants(db());
        const qint64 intent =
            tenants.queuePatch(kTenantA, object(R"({"closing_time":"20:00"})"), 1, &e);
        QVERIFY(intent);

        net::OutboxWorker worker(m_tmp.file());
        worker.addHandler(std::make_unique<SalonIntentHandler>(m_client.get()));
        QSignalSpy finished(&worker, &net::OutboxWorker::intentFinished);
        worker.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, pgtest::kWaitMs);
        worker.stop();
        QCOMPARE(finished.first().at(2).toInt(), int(Kind::Conflict));
        QCOMPARE(store::OutboxRepository(db()).find(intent, &e)->state,
                 domain::OutboxIntent::State::Failed);

        const auto t = tenants.find(kTenantA, &e);
        QVERIFY(t);
        QCOMPARE(t->metadata, theirs);
        QCOMPARE(t->metadataVersion, 3);
        const store::TenantPatchStatus status = tenants.patchStatus(kTenantA, &e);
        QCOMPARE(status.state, store::TenantPatchStatus::State::Conflict);
        QVERIFY2(status.message.contains(QLatin1String("version 3")) &&
                     status.message.contains(QLatin1String("version 1")) &&
                     status.message.contains(QStringLiteral("Лаванда")),
                 qPrintable(status.message));
        QCOMPARE(status.theirs.value(QLatin1String("closing_time")).toString(),
                 QStringLiteral("19:00"));
        QCOMPARE(status.yours.value(QLatin1String("closing_time")).toString(),
                 QStringLiteral("20:00"));
    }

    void tenantPatchAlreadyAppliedIsDone()
    {
        const QJsonObject applied =
            object(R"({"name":"Лаванда","yclients_id":"123456","closing_time":"20:00",)"
                   R"("gap_filter":true})");
        m_server->setRpc(QStringLiteral("dashboard.patch_tenant_metadata"),
                         [&](const QJsonObject &, const FakePostgrestServer::Request &) {
                             return QJsonObject{{QStringLiteral("ok"), false},
                                                {QStringLiteral("conflict"), true},
                                                {QStringLiteral("version"), 2},
                                                {QStringLiteral("metadata"), applied}};
                         });
        store::StoreError e;
        store::TenantRepository tenants(db());
        const qint64 intent =
            tenants.queuePatch(kTenantA, object(R"({"closing_time":"20:00"})"), 1, &e);
        const Run r = run(intent);
        QCOMPARE(r.outcome.kind, Kind::Done);
        QCOMPARE(tenants.find(kTenantA, &e)->metadataVersion, 2);
        QCOMPARE(tenants.find(kTenantA, &e)->metadata, applied);
    }

    void tenantRefusalFails()
    {
        m_server->setRpc(QStringLiteral("dashboard.patch_tenant_metadata"),
                         [](const QJsonObject &, const FakePostgrestServer::Request &) {
                             return FakePostgrestServer::rpcError(
                                 403, QStringLiteral("42501"),
                                 QStringLiteral("Not allowed to change this salon."));
                         });
        store::StoreError e;
        const qint64 intent = store::TenantRepository(db()).queuePatch(
            kTenantA, object(R"({"closing_time":"20:00"})"), 1, &e);
        Run r = run(intent);
        QCOMPARE(r.outcome.kind, Kind::Failed);
        QVERIFY2(r.outcome.message.contains(QLatin1String("refused")),
                 qPrintable(r.outcome.message));

        // An unreadable payload fails without a call.
        m_server->clearRequests();
        const qint64 broken = store::OutboxRepository(db()).enqueue(
            store::TenantRepository::patchKind(), store::TenantRepository::target(kTenantB),
            {{QStringLiteral("tenant_id"), kTenantB},
             {QStringLiteral("patch"), QStringLiteral("x")}},
            {}, &e);
        r = run(broken);
        QCOMPARE(r.outcome.kind, Kind::Failed);
        QCOMPARE(m_server->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSalonRpcIntents)
#include "tst_salonrpcintents.moc"
