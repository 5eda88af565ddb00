// PostgrestClient's credentials and failures, against FakePostgrestServer: the API key
// (missing, wrong), the headers with and without a user token, expired tokens and
// sessionExpired(), PGRST116, 403/401 42501, 404, 406 PGRST106, 429, 500,
// 503 PGRST000 retried for reads only, an HTML 502 page, broken JSON, stalls, a refused
// connection, bad input, local refusals and cancelAll().
#include "PostgrestTestHelpers.h"

#include <QSignalSpy>
#include <QTcpServer>

using namespace pgtest;
using Fault = FakePostgrestServer::Fault;

namespace {

Fault fault(Fault::Kind kind, int status = 500, const QString &code = {}, int count = 1)
{
    Fault f;
    f.kind = kind;
    f.status = status;
    f.code = code;
    f.count = count;
    return f;
}

const PostgrestQuery kClients(QStringLiteral("clients_v2"));

} // namespace

class TestPostgrestFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakePostgrestServer> m_server;
    std::unique_ptr<PostgrestClient> m_client;

    void reconfigure(const std::function<void(SupabaseConfig &)> &change)
    {
        SupabaseConfig config = configFor(*m_server);
        change(config);
        m_client = std::make_unique<PostgrestClient>(config);
    }

private slots:
    void init() { QVERIFY(startSalon(m_server, m_client)); }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void apiKeyProblems()
    {
        // Missing key or plain HTTP to another host: refused before anything is sent, but
        // still answered from the event loop.
        for (const auto &change : QList<std::function<void(SupabaseConfig &)>>{
                 [](SupabaseConfig &c) { c.apiKey.clear(); },
                 [](SupabaseConfig &c) {
                     c.projectUrl = QUrl(QStringLiteral("http://example.com"));
                 }}) {
            reconfigure(change);
            bool called = false;
            PostgrestResult r;
            m_client->select(kClients, [&](const PostgrestResult &res) {
                called = true;
                r = res;
            });
            QVERIFY(!called);
            QTRY_VERIFY_WITH_TIMEOUT(called, kWaitMs);
            QCOMPARE(r.error.kind, Kind::BadRequest);
            QVERIFY(!r.error.message.isEmpty());
        }
        QCOMPARE(m_server->requestCount(), 0);

        // A wrong key: the gateway's 401 without a code.
        reconfigure([](SupabaseConfig &c) { c.apiKey = "wrong"; });
        PostgrestResult r = select(*m_client, kClients);
        QCOMPARE(r.error.kind, Kind::Auth);
        QCOMPARE(r.error.httpStatus, 401);
        QVERIFY(r.error.code.isEmpty());
        QVERIFY(r.error.detail.contains(QLatin1String("Invalid API key")));
        QVERIFY(r.error.message.contains(QLatin1String("API key")));
        QCOMPARE(m_server->requestCount(), 1); // 401 is never retried

        // The gateway's answer when no key arrived at all (a proxy that strips headers).
        reconfigure([](SupabaseConfig &) {});
        Fault noKey = fault(Fault::Kind::Status, 401);
        noKey.message = QStringLiteral("No API key found in request");
        m_server->injectFault(noKey);
        r = select(*m_client, kClients);
        QCOMPARE(r.error.kind, Kind::Auth);
        QVERIFY(r.error.detail.contains(QLatin1String("No API key found")));
    }

    void sendsKeyAndTokenHeaders()
    {
        const PostgrestQuery q(QStringLiteral("clients_v2"));
        QVERIFY(select(*m_client, q).ok());
        auto sent = m_server->lastRequest();
        const QByteArray key = m_server->options().apiKey;
        QCOMPARE(sent.header("apikey"), key);
        QCOMPARE(sent.header("authorization"),
                 "Bearer " + key); // no user: the key, like supabase-js
        QCOMPARE(sent.header("accept"), QByteArrayLiteral("application/json"));
        QVERIFY(sent.header("prefer").isEmpty());
        m_server->addToken("user-jwt");
        m_client->setAccessToken("user-jwt");
        QVERIFY(select(*m_client, q).ok());
        sent = m_server->lastRequest();
        QCOMPARE(sent.header("apikey"), key);
        QCOMPARE(sent.header("authorization"), QByteArrayLiteral("Bearer user-jwt"));
        m_client->setAccessToken({});
        QVERIFY(select(*m_client, q).ok());
        QCOMPARE(m_server->lastRequest().header("authorization"), "Bearer " + key);
    }

    void expiredTokenEmitsSessionExpiredOnce_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("PGRST303 (v13+)") << false;
        QTest::newRow("PGRST301 (v12)") << true;
    }
    void expiredTokenEmitsSessionExpiredOnce()
    {
        QFETCH(bool, legacy);
        FakePostgrestServer::Options options = m_server->options();
        options.legacyJwtCodes = legacy;
        m_server->setOptions(options);
        m_server->addToken("t1");
        m_server->expireToken("t1");
        m_client->setAccessToken("t1");
        QSignalSpy expired(m_client.get(), &PostgrestClient::sessionExpired);

        // Two calls in flight with the same token: both fail, one signal.
        auto a = std::make_shared<PostgrestResult>();
        auto b = std::make_shared<PostgrestResult>();
        int answers = 0;
        m_client->select(kClients, [&, a](const PostgrestResult &r) {
            *a = r;
            ++answers;
        });
        m_client->rpc(
            QStringLiteral("dashboard"), QStringLiteral("login"), {},
            [&, b](const PostgrestResult &r) {
                *b = r;
                ++answers;
            },
            true);
        QTRY_COMPARE_WITH_TIMEOUT(answers, 2, kWaitMs);
        QCOMPARE(a->error.kind, Kind::JwtExpired);
        QCOMPARE(b->error.kind, Kind::JwtExpired);
        QCOMPARE(a->error.code, legacy ? QStringLiteral("PGRST301") : QStringLiteral("PGRST303"));
        QCOMPARE(a->error.httpStatus, 401);
        QCOMPARE(expired.count(), 1);
        QCOMPARE(m_server->requestCount(), 2); // neither retried
        QCOMPARE(select(*m_client, kClients).error.kind, Kind::JwtExpired);
        QCOMPARE(expired.count(), 1);

        // A new token that expires too: a new signal.
        m_server->addToken("t2");
        m_server->expireToken("t2");
        m_client->setAccessToken("t2");
        QCOMPARE(select(*m_client, kClients).error.kind, Kind::JwtExpired);
        QCOMPARE(expired.count(), 2);

        // An answer for a token the caller has already replaced asks for no new sign-in.
        m_server->addToken("t3");
        m_server->expireToken("t3");
        m_server->addToken("t4");
        m_client->setAccessToken("t3");
        bool done = false;
        PostgrestResult stale;
        m_client->select(kClients, [&](const PostgrestResult &r) {
            stale = r;
            done = true;
        });
        m_client->setAccessToken("t4");
        QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs);
        QCOMPARE(stale.error.kind, Kind::JwtExpired);
        QCOMPARE(expired.count(), 2);
        QVERIFY(select(*m_client, kClients).ok());

        // A token the server cannot verify is Auth, not expiry.
        m_client->setAccessToken("forged");
        const PostgrestResult forged = select(*m_client, kClients);
        QCOMPARE(forged.error.kind, Kind::Auth);
        QCOMPARE(forged.error.code, QStringLiteral("PGRST301"));
        QCOMPARE(expired.count(), 2);
    }

    void permissionDenied()
    {
        m_server->forbid(QStringLiteral("clients_v2"));
        PostgrestResult r = select(*m_client, kClients); // anon: 401 42501
        QCOMPARE(r.error.kind, Kind::Forbidden);
        QCOMPARE(r.error.httpStatus, 401);
        QCOMPARE(r.error.code, QStringLiteral("42501"));
        m_server->addToken("user");
        m_client->setAccessToken("user");
        r = select(*m_client, kClients);
        QCOMPARE(r.error.kind, Kind::Forbidden);
        QCOMPARE(r.error.httpStatus, 403);
        QVERIFY(!r.error.isTransient());
    }

    void unknownTablesSchemasAndColumns()
    {
        PostgrestResult r = select(*m_client, PostgrestQuery(QStringLiteral("nope")));
        QCOMPARE(r.error.kind, Kind::NotFound);
        QCOMPARE(r.error.code, QStringLiteral("PGRST205"));
        r = select(*m_client,
                   PostgrestQuery(QStringLiteral("users"), QStringLiteral("dashboard_private")));
        QCOMPARE(r.error.kind, Kind::NotAcceptable);
        QCOMPARE(r.error.httpStatus, 406);
        QCOMPARE(r.error.code, QStringLiteral("PGRST106"));
        QCOMPARE(m_server->lastRequest().header("accept-profile"),
                 QByteArrayLiteral("dashboard_private"));
        r = rpc(*m_client, QStringLiteral("dashboard_private"), QStringLiteral("x"), {});
        QCOMPARE(r.error.kind, Kind::NotAcceptable);
        QCOMPARE(m_server->lastRequest().header("content-profile"),
                 QByteArrayLiteral("dashboard_private"));
        PostgrestQuery q(QStringLiteral("clients_v2"));
        q.where(F::eq(QStringLiteral("id"), QStringLiteral("abc")));
        r = select(*m_client, q);
        QCOMPARE(r.error.kind, Kind::BadRequest);
        QCOMPARE(r.error.code, QStringLiteral("22P02"));
        q.filters = {F::eq(QStringLiteral("no_such_column"), QStringLiteral("1"))};
        r = select(*m_client, q);
        QCOMPARE(r.error.kind, Kind::BadRequest);
        QCOMPARE(r.error.code, QStringLiteral("42703"));
        q.filters.clear();
        q.select = QStringLiteral("id,orders(id)"); // no relationship
        QCOMPARE(select(*m_client, q).error.code, QStringLiteral("PGRST200"));
    }

    void singleObject()
    {
        PostgrestQuery q(QStringLiteral("clients_v2"));
        q.single = true;
        q.where(F::eq(QStringLiteral("id"), QStringLiteral("2")));
        PostgrestResult r = select(*m_client, q);
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.body.toObject().value(QStringLiteral("full_name")).toString(),
                 QStringLiteral("Ann Smith"));
        QCOMPARE(m_server->lastRequest().header("accept"),
                 QByteArrayLiteral("application/vnd.pgrst.object+json"));
        q.filters = {F::eq(QStringLiteral("id"), QStringLiteral("99"))};
        r = select(*m_client, q);
        QCOMPARE(r.error.kind, Kind::NotFound);
        QCOMPARE(r.error.code, QStringLiteral("PGRST116"));
        QCOMPARE(r.error.httpStatus, 406);
    }

    void rateLimited()
    {
        Fault limited = fault(Fault::Kind::Status, 429);
        limited.message = QStringLiteral("API rate limit exceeded");
        limited.retryAfter = "120"; // beyond maxBackoffMs: give up at once
        m_server->injectFault(limited);
        PostgrestResult r = select(*m_client, kClients);
        QCOMPARE(r.error.kind, Kind::RateLimited);
        QVERIFY(r.error.isTransient());
        QVERIFY(r.error.retryAt > QDateTime::currentDateTimeUtc().addSecs(100));
        QCOMPARE(m_server->requestCount(), 1);
        limited.retryAfter = "0";
        m_server->injectFault(limited);
        r = select(*m_client, kClients);
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(m_server->requestCount(), 3);
    }

    void serverErrorsRetryOnlyIdempotentCalls()
    {
        m_server->injectFault(fault(Fault::Kind::Status, 500, QStringLiteral("XX000"), -1));
        PostgrestResult r = select(*m_client, kClients);
        QCOMPARE(r.error.kind, Kind::Server);
        QCOMPARE(r.error.httpStatus, 500);
        QCOMPARE(m_server->requestCount(), 3); // 1 + maxRetries
        m_server->clearRequests();
        r = insert(*m_client, QStringLiteral("clients_v2"),
                   {client(9, QStringLiteral("x"), QStringLiteral("+9"))});
        QCOMPARE(r.error.kind, Kind::Server);
        PostgrestQuery one(QStringLiteral("clients_v2"));
        one.where(F::eq(QStringLiteral("id"), QStringLiteral("1")));
        QCOMPARE(update(*m_client, one, {{QStringLiteral("score"), 1}}).error.kind, Kind::Server);
        QCOMPARE(rpc(*m_client, QStringLiteral("public"), QStringLiteral("f"), {}).error.kind,
                 Kind::Server);
        QCOMPARE(m_server->requestCount(), 3); // one each: a lost write is not repeated
        m_server->clearFaults();
        m_server->clearRequests();

        // 503 PGRST000 (database unreachable) once: a read and an idempotent RPC succeed.
        m_server->setRpc(QStringLiteral("dashboard.stats"),
                         [](const QJsonObject &, const FakePostgrestServer::Request &) {
                             return QJsonValue(7);
                         });
        m_server->injectFault(fault(Fault::Kind::Status, 503, QStringLiteral("PGRST000")));
        r = select(*m_client, kClients);
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(ids(r.body).size(), 4);
        QCOMPARE(m_server->requestCount(), 2);
        m_server->injectFault(fault(Fault::Kind::Status, 503, QStringLiteral("PGRST000")));
        QCOMPARE(rpc(*m_client, QStringLiteral("dashboard"), QStringLiteral("stats"), {}, true)
                     .body.toInt(),
                 7);
        QCOMPARE(m_server->requestCount(), 4);
        m_server->injectFault(fault(Fault::Kind::Status, 503, QStringLiteral("PGRST000")));
        r = rpc(*m_client, QStringLiteral("dashboard"), QStringLiteral("stats"), {});
        QCOMPARE(r.error.kind, Kind::Server);
        QCOMPARE(r.error.code, QStringLiteral("PGRST000"));
        QCOMPARE(m_server->requestCount(), 5);
    }

    void htmlGatewayPage()
    {
        m_server->injectFault(fault(Fault::Kind::HtmlPage, 502, {}, -1));
        const PostgrestResult r = select(*m_client, kClients);
        QCOMPARE(r.error.kind, Kind::Server);
        QCOMPARE(r.error.httpStatus, 502);
        QVERIFY(r.error.message.contains(QLatin1String("502")));
        QVERIFY2(r.error.detail.contains(QLatin1String("HTML page: 502 Bad Gateway")),
                 qPrintable(r.error.detail));
        QVERIFY(r.body.isNull());
    }

    void malformedJson()
    {
        m_server->injectFault(fault(Fault::Kind::MalformedJson, 200, {}, -1));
        const PostgrestResult r = select(*m_client, kClients);
        QCOMPARE(r.error.kind, Kind::Malformed);
        QCOMPARE(r.error.httpStatus, 200);
        QVERIFY(!r.error.message.isEmpty());
        QVERIFY(r.body.isNull());
        QCOMPARE(m_server->requestCount(), 1);
    }

    void stallsTimeOut()
    {
        reconfigure([](SupabaseConfig &c) { c.timeoutMs = 300; });
        m_server->injectFault(fault(Fault::Kind::Stall));
        PostgrestResult r = insert(*m_client, QStringLiteral("clients_v2"),
                                   {client(9, QStringLiteral("x"), QStringLiteral("+9"))});
        QCOMPARE(r.error.kind, Kind::Timeout);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->rows(QStringLiteral("clients_v2")).size(), 4);
        m_server->injectFault(fault(Fault::Kind::Stall));
        r = select(*m_client, kClients); // a read is simply asked again
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(m_server->requestCount(), 3);
    }

    void refusedConnection()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        reconfigure([port](SupabaseConfig &c) {
            c.projectUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        });
        const PostgrestResult r = select(*m_client, kClients);
        QCOMPARE(r.error.kind, Kind::Network);
        QVERIFY(r.error.isTransient());
        QCOMPARE(r.error.httpStatus, 0);
    }

    void cancelAllAnswersEverythingAtOnce()
    {
        m_server->injectFault(fault(Fault::Kind::Stall, 0, {}, -1));
        QList<Kind> kinds;
        m_client->select(kClients, [&](const PostgrestResult &r) { kinds << r.error.kind; });
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, kWaitMs); // the select is in flight
        // Refused locally (no filter), its answer still waiting for the event loop.
        m_client->update(kClients, {{QStringLiteral("score"), 0}},
                         [&](const PostgrestResult &r) { kinds << r.error.kind; });
        QVERIFY(kinds.isEmpty());
        m_client->cancelAll();
        QCOMPARE(kinds, (QList<Kind>{Kind::Cancelled, Kind::Cancelled}));
        QCoreApplication::processEvents(); // a late answer would show up here
        QCOMPARE(kinds.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPostgrestFaults)
#include "tst_postgrest_faults.moc"
