// OzonConnector when things go wrong, against FakeOzonServer: refused connections, stalls,
// TLS without trust, every HTTP error class, 429 with and without Retry-After, bounded 5xx
// retries, sends never repeated after a lost answer, and every kind of broken body.
#include "OzonTestHelpers.h"

#include "net/http/ApiClient.h"
#include "net/http/HttpTransport.h"
#include "net/ozon/OzonJson.h"

#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QTcpServer>

using namespace ozontest;
using Direction = MarketplaceConnector::Direction;
using Fault = FakeOzonServer::Fault;

Q_DECLARE_METATYPE(agentp::testing::FakeOzonServer::Fault::Kind)

namespace {

Fault fault(Fault::Kind kind, int count = 1, QByteArray path = {})
{
    Fault f;
    f.kind = kind;
    f.count = count;
    f.path = std::move(path);
    return f;
}

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &text)
{
    g_log << text;
}

} // namespace

class TestOzonFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeOzonServer> m_server;
    std::unique_ptr<OzonConnector> m_connector;
    QString m_chat;

    void reconfigure(const std::function<void(OzonConfig &)> &change)
    {
        OzonConfig config = configFor(*m_server);
        change(config);
        m_connector->setConfig(config);
    }

private slots:
    void init()
    {
        m_server = std::make_unique<FakeOzonServer>();
        QVERIFY(m_server->listen());
        m_chat = m_server->addChat();
        m_server->addMessage(
            m_chat, message(QStringLiteral("9007199254740993"), QStringLiteral("Где заказ?")));
        m_connector = std::make_unique<OzonConnector>(configFor(*m_server));
    }
    void cleanup()
    {
        m_connector.reset();
        m_server.reset();
    }

    void connectionRefused()
    {
        QTcpServer probe; // a port that was free a moment ago and now refuses
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        int attempts = 0;
        m_connector->client()->setAttemptObserver(
            [&attempts](const net::HttpRequest &, const net::HttpResult &) { ++attempts; });
        reconfigure([port](OzonConfig &c) {
            c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        });
        const ListResult r = listChats(*m_connector);
        QCOMPARE(r.error.kind, Kind::Network);
        QCOMPARE(r.error.httpStatus, 0);
        QVERIFY(r.error.message.contains(QString::number(port)));
        QCOMPARE(attempts, 3); // first try + maxRetries
    }

    void plainHttpToAnotherHostIsRefused()
    {
        reconfigure([](OzonConfig &c) { c.baseUrl = QUrl(QStringLiteral("http://example.com")); });
        const ListResult r = listChats(*m_connector);
        QCOMPARE(r.error.kind, Kind::BadRequest);
        QVERIFY(r.error.message.contains(QLatin1String("HTTPS")));
    }

    void stallTimesOutAndRetriesBounded()
    {
        m_server->injectFault(fault(Fault::Kind::Stall, -1));
        reconfigure([](OzonConfig &c) {
            c.timeoutMs = 300;
            c.maxRetries = 1;
        });
        const ListResult r = listChats(*m_connector);
        QCOMPARE(r.error.kind, Kind::Timeout);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void timeoutCoversTheWholeBody()
    {
        // Headers and half the body arrive at once, the rest never: still a timeout.
        m_server->injectFault(fault(Fault::Kind::Trickle, -1));
        reconfigure([](OzonConfig &c) {
            c.timeoutMs = 300;
            c.maxRetries = 0;
        });
        const HistoryResult r = history(*m_connector, m_chat);
        QCOMPARE(r.error.kind, Kind::Timeout);
    }

    void tlsRefusedUnlessTrusted()
    {
        QFile certFile(QStringLiteral(OZON_TEST_DATA "/localhost.crt"));
        QFile keyFile(QStringLiteral(OZON_TEST_DATA "/localhost.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        QVERIFY(!cert.isNull());
        QVERIFY(!key.isNull());
        FakeOzonServer tls;
        QVERIFY(tls.listenTls(cert, key));
        tls.addChat();
        QCOMPARE(tls.baseUrl().scheme(), QStringLiteral("https"));

        OzonConnector untrusted(configFor(tls));
        const ListResult refused = listChats(untrusted);
        QCOMPARE(refused.error.kind, Kind::Tls);
        QVERIFY(!refused.error.message.isEmpty());
        QCOMPARE(tls.requestCount(), 0); // nothing was sent, no retries of a TLS refusal

        OzonConfig config = configFor(tls);
        config.trustedCertificates = {cert};
        OzonConnector trusted(config);
        const ListResult ok = listChats(trusted);
        QVERIFY2(!ok.error.isError(), qPrintable(ok.error.message + ok.error.detail));
        QCOMPARE(ok.page.chats.size(), size_t(1));
    }

    void wrongKeyIsAuth()
    {
        reconfigure([](OzonConfig &c) { c.apiKey = "wrong-secret-key"; });
        const ListResult r = listChats(*m_connector);
        QCOMPARE(r.error.kind, Kind::Auth);
        QCOMPARE(r.error.httpStatus, 401);
        QCOMPARE(r.error.remoteCode, 16);
        QCOMPARE(m_server->requestCount(), 1); // never retried
        QVERIFY(!r.error.message.contains(QLatin1String("wrong-secret-key")));
        QVERIFY(!r.error.detail.contains(QLatin1String("wrong-secret-key")));
    }

    void noSubscriptionIsForbidden()
    {
        m_server->setPremium(false);
        const HistoryResult r = history(*m_connector, m_chat);
        QCOMPARE(r.error.kind, Kind::Forbidden);
        QCOMPARE(r.error.remoteCode, 7);
        QVERIFY(r.error.message.contains(QLatin1String("Premium")));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void unknownChatIsNotFound()
    {
        const HistoryResult r = history(*m_connector, QStringLiteral("no-such-chat"));
        QCOMPARE(r.error.kind, Kind::NotFound);
        QCOMPARE(r.error.httpStatus, 404);
        const ReadResult read =
            markRead(*m_connector, QStringLiteral("no-such-chat"), QStringLiteral("1"));
        QCOMPARE(read.error.kind, Kind::NotFound);
        QCOMPARE(read.unread, -1);
    }

    void fakeChecksLikeOzon_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("withHeaders");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::newRow("no headers") << QByteArrayLiteral("/v3/chat/list")
                                    << QByteArrayLiteral(R"({"limit":10})") << false << 401 << 16;
        QTest::newRow("v1 list removed")
            << QByteArrayLiteral("/v1/chat/list") << QByteArrayLiteral("{}") << true << 404 << 5;
        QTest::newRow("v2 history removed")
            << QByteArrayLiteral("/v2/chat/history") << QByteArrayLiteral("{}") << true << 404 << 5;
        QTest::newRow("list limit 0") << QByteArrayLiteral("/v3/chat/list")
                                      << QByteArrayLiteral(R"({"limit":0})") << true << 400 << 3;
        QTest::newRow("list limit 101")
            << QByteArrayLiteral("/v3/chat/list") << QByteArrayLiteral(R"({"limit":101})") << true
            << 400 << 3;
        QTest::newRow("list no limit")
            << QByteArrayLiteral("/v3/chat/list") << QByteArrayLiteral("{}") << true << 400 << 3;
        QTest::newRow("history limit 1001")
            << QByteArrayLiteral("/v3/chat/history")
            << QByteArrayLiteral(R"({"chat_id":"x","limit":1001})") << true << 400 << 3;
        QTest::newRow("forward without from")
            << QByteArrayLiteral("/v3/chat/history")
            << QByteArrayLiteral(R"({"chat_id":"x","direction":"Forward"})") << true << 400 << 3;
        QTest::newRow("older spelling of status")
            << QByteArrayLiteral("/v3/chat/list")
            << QByteArrayLiteral(R"({"limit":5,"filter":{"chat_status":"Opened"}})") << true << 200
            << 0;
    }
    void fakeChecksLikeOzon()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, withHeaders);
        QFETCH(int, status);
        QFETCH(int, code);
        net::HttpTransport transport;
        net::HttpRequest request;
        request.url = m_server->baseUrl();
        request.url.setPath(QString::fromLatin1(path));
        request.body = body;
        if (withHeaders)
            request.headers = {{"Client-Id", m_server->options().clientId.toUtf8()},
                               {"Api-Key", m_server->options().apiKey}};
        auto result = std::make_shared<std::optional<net::HttpResult>>();
        transport.send(request, [result](const net::HttpResult &r) { *result = r; });
        QTRY_VERIFY(result->has_value());
        QCOMPARE((*result)->status, status);
        if (status != 200)
            QCOMPARE(net::OzonJson::classifyError(**result).remoteCode, code);
    }

    void badRequestsAreNotRetried()
    {
        Fault conflict = fault(Fault::Kind::Status, 1, "/v2/chat/read");
        conflict.status = 409;
        conflict.code = 6;
        conflict.message = QStringLiteral("already read");
        m_server->injectFault(conflict);
        const ReadResult read = markRead(*m_connector, m_chat, QStringLiteral("9007199254740993"));
        QCOMPARE(read.error.kind, Kind::BadRequest);
        QVERIFY(read.error.message.contains(QLatin1String("already read")));
        const SendResult tooLong = sendText(*m_connector, m_chat, QString(1001, QLatin1Char('x')));
        QCOMPARE(tooLong.error.kind, Kind::BadRequest);
        QCOMPARE(tooLong.error.remoteCode, 3);
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(m_server->sendCount(m_chat), 0);
    }

    void rateLimitedIsRetriedThenSucceeds()
    {
        Fault storm = fault(Fault::Kind::RateLimit, 3);
        storm.retryAfter.clear(); // no Retry-After: exponential backoff from retryBaseMs
        m_server->injectFault(storm);
        const ListResult r = listChats(*m_connector);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.page.chats.size(), size_t(1));
        QCOMPARE(m_server->requestCount(), 4);
    }

    void retryAfterSecondsIsHonoured()
    {
        m_server->injectFault(fault(Fault::Kind::RateLimit, 1)); // Retry-After: 1
        const HistoryResult r = history(*m_connector, m_chat);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].status, 429);
        QVERIFY2(requests[1].receivedMs - requests[0].receivedMs >= 990,
                 qPrintable(QString::number(requests[1].receivedMs - requests[0].receivedMs)));
    }

    void retryAfterHttpDateIsHonoured()
    {
        Fault limited = fault(Fault::Kind::RateLimit, 1);
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(2);
        limited.retryAfter =
            QLocale::c().toString(at, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
        m_server->injectFault(limited);
        const ListResult r = listChats(*m_connector);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        // The date has whole seconds: between one and two seconds from now.
        QVERIFY2(requests[1].receivedMs - requests[0].receivedMs >= 900,
                 qPrintable(QString::number(requests[1].receivedMs - requests[0].receivedMs)));
    }

    void rateLimitBeyondAllowanceGivesUpWithRetryAt()
    {
        Fault limited = fault(Fault::Kind::RateLimit, -1);
        limited.retryAfter = "60";
        m_server->injectFault(limited);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const ListResult r = listChats(*m_connector);
        QCOMPARE(r.error.kind, Kind::RateLimited);
        QCOMPARE(r.error.remoteCode, 8);
        QVERIFY(r.error.isTransient());
        QVERIFY(r.error.retryAt >= before.addSecs(59));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void serverRateLimitIsRiddenOut()
    {
        // Our bucket is generous, the server allows 3/s and answers 429 with Retry-After: 1.
        m_server->setRateLimit(3);
        int done = 0;
        int failed = 0;
        for (int i = 0; i < 7; ++i)
            m_connector->listChats({}, 5,
                                   [&](const domain::ChatListPage &, const ConnectorError &e) {
                                       ++done;
                                       failed += e.isError() ? 1 : 0;
                                   });
        QTRY_COMPARE_WITH_TIMEOUT(done, 7, kWaitMs);
        QCOMPARE(failed, 0);
        int limited = 0;
        for (const auto &r : m_server->requests())
            limited += r.status == 429 ? 1 : 0;
        QVERIFY(limited > 0);
    }

    void serverErrorsRetriedBounded()
    {
        m_server->injectFault(fault(Fault::Kind::ServerError, -1));
        const ListResult r = listChats(*m_connector);
        QCOMPARE(r.error.kind, Kind::Server);
        QCOMPARE(r.error.httpStatus, 500);
        QCOMPARE(m_server->requestCount(), 3); // 1 + maxRetries
    }

    void serverErrorThenSuccess()
    {
        Fault unavailable = fault(Fault::Kind::ServerError, 1);
        unavailable.status = 503;
        m_server->injectFault(unavailable);
        const HistoryResult r = history(*m_connector, m_chat);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.page.messages.size(), size_t(1));
        QCOMPARE(m_server->requestCount(), 2);
    }

    void lostSendIsNeverRepeated_data()
    {
        QTest::addColumn<Fault::Kind>("kind");
        QTest::addColumn<Kind>("expected");
        QTest::newRow("500") << Fault::Kind::ServerError << Kind::Server;
        QTest::newRow("stall") << Fault::Kind::Stall << Kind::Timeout;
        QTest::newRow("html 502") << Fault::Kind::HtmlPage << Kind::Server;
        QTest::newRow("reset") << Fault::Kind::Reset << Kind::Network;
        QTest::newRow("cut short") << Fault::Kind::CutShort << Kind::Network;
    }
    void lostSendIsNeverRepeated()
    {
        QFETCH(Fault::Kind, kind);
        QFETCH(Kind, expected);
        if (kind == Fault::Kind::Stall) // short only where the timeout is the point
            reconfigure([](OzonConfig &c) { c.timeoutMs = 300; });
        m_server->injectFault(fault(kind, -1, "/v1/chat/send/message"));
        const SendResult r = sendText(*m_connector, m_chat, QStringLiteral("Добрый день!"));
        QCOMPARE(r.error.kind, expected);
        QCOMPARE(r.calls, 1);
        // The caller reconciles with history first. Exception outside our control: Qt's
        // HTTP/1 channel itself re-sends once when the connection drops before any byte of
        // the answer (a stale keep-alive connection looks the same); the connector adds none.
        if (kind == Fault::Kind::Reset)
            QVERIFY(m_server->requestCount() <= 2);
        else
            QCOMPARE(m_server->requestCount(), 1);
    }

    void refusedSendIsRetried()
    {
        m_server->injectFault(fault(Fault::Kind::RateLimit, 1, "/v1/chat/send/file"));
        const SendResult r = sendFile(*m_connector, m_chat, QStringLiteral("a.pdf"), "%PDF-1.4");
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(m_server->sendCount(m_chat), 1);
    }

    void brokenBodiesAreMalformed_data()
    {
        QTest::addColumn<Fault::Kind>("kind");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        for (const QByteArray &path :
             {QByteArrayLiteral("/v3/chat/list"), QByteArrayLiteral("/v3/chat/history")}) {
            const QByteArray p = path.mid(9);
            QTest::addRow("%s html 200", p.constData()) << Fault::Kind::HtmlPage << path << 200;
            QTest::addRow("%s truncated", p.constData()) << Fault::Kind::TruncatedJson << path << 0;
            QTest::addRow("%s malformed", p.constData()) << Fault::Kind::MalformedJson << path << 0;
            QTest::addRow("%s wrong types", p.constData()) << Fault::Kind::WrongTypes << path << 0;
            QTest::addRow("%s missing fields", p.constData())
                << Fault::Kind::MissingFields << path << 0;
        }
        QTest::addRow("read wrong types")
            << Fault::Kind::WrongTypes << QByteArrayLiteral("/v2/chat/read") << 0;
        QTest::addRow("send wrong types")
            << Fault::Kind::WrongTypes << QByteArrayLiteral("/v1/chat/send/message") << 0;
    }
    void brokenBodiesAreMalformed()
    {
        QFETCH(Fault::Kind, kind);
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        Fault f = fault(kind, -1, path);
        f.status = status;
        m_server->injectFault(f);
        ConnectorError error;
        if (path == "/v3/chat/list") {
            const ListResult r = listChats(*m_connector);
            QVERIFY(r.page.chats.empty());
            error = r.error;
        } else if (path == "/v3/chat/history") {
            const HistoryResult r = history(*m_connector, m_chat);
            QVERIFY(r.page.messages.empty());
            error = r.error;
        } else if (path == "/v2/chat/read") {
            error = markRead(*m_connector, m_chat, QStringLiteral("9007199254740993")).error;
        } else {
            error = sendText(*m_connector, m_chat, QStringLiteral("x")).error;
        }
        QCOMPARE(error.kind, Kind::Malformed);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!error.detail.isEmpty());
        QCOMPARE(m_server->requestCount(), 1); // a broken answer is not asked for again
    }

    void hugeBodyIsRefused()
    {
        reconfigure([](OzonConfig &c) { c.maxBodyBytes = 1024 * 1024; });
        Fault huge = fault(Fault::Kind::HugeBody, 1);
        huge.size = 4 * 1024 * 1024;
        m_server->injectFault(huge);
        const ListResult r = listChats(*m_connector);
        QCOMPARE(r.error.kind, Kind::Malformed);
        QVERIFY2(r.error.message.contains(QLatin1String("too large")), qPrintable(r.error.message));
        // Below the cap the same kind of body is read (and is a valid, empty page).
        reconfigure([](OzonConfig &c) { c.maxBodyBytes = 8 * 1024 * 1024; });
        m_server->injectFault(huge);
        const ListResult fine = listChats(*m_connector);
        QVERIFY2(!fine.error.isError(), qPrintable(fine.error.message));
    }

    void droppedConnectionsAreNetworkErrors_data()
    {
        QTest::addColumn<Fault::Kind>("kind");
        QTest::newRow("reset") << Fault::Kind::Reset;
        QTest::newRow("cut short") << Fault::Kind::CutShort;
    }
    void droppedConnectionsAreNetworkErrors()
    {
        QFETCH(Fault::Kind, kind);
        m_server->injectFault(fault(kind, -1));
        const ListResult r = listChats(*m_connector);
        QCOMPARE(r.error.kind, Kind::Network);
        QVERIFY(r.error.isTransient());
        // Then the server recovers: the next call works.
        m_server->clearFaults();
        QVERIFY(!listChats(*m_connector).error.isError());
    }

    void unknownEnumsAreKept()
    {
        m_server->injectFault(fault(Fault::Kind::UnknownEnums, 2));
        const ListResult list = listChats(*m_connector);
        QVERIFY2(!list.error.isError(), qPrintable(list.error.message));
        QCOMPARE(list.page.chats.size(), size_t(1));
        QCOMPARE(list.page.chats[0].status, QStringLiteral("FROZEN"));
        const HistoryResult h = history(*m_connector, m_chat);
        QVERIFY2(!h.error.isError(), qPrintable(h.error.message));
        QCOMPARE(h.page.messages[0].senderRaw, QStringLiteral("Robot"));
        QCOMPARE(h.page.messages[0].sender, domain::SenderType::System);
    }

    void theKeyIsNeverLogged()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("agentp.*.debug=true"));
        g_log.clear();
        const auto previous = qInstallMessageHandler(captureLog);
        m_server->injectFault(fault(Fault::Kind::ServerError, 1));
        m_server->injectFault(fault(Fault::Kind::MalformedJson, 1));
        listChats(*m_connector);
        listChats(*m_connector);
        reconfigure([](OzonConfig &c) { c.apiKey = "another-secret"; });
        listChats(*m_connector);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!g_log.isEmpty()); // the debug output was on
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(QString::fromLatin1(m_server->options().apiKey)),
                     qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String("another-secret")), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestOzonFaults)
#include "tst_ozon_faults.moc"
