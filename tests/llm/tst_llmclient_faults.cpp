// LlmClient against FakeLlmServer over loopback, when things go wrong: every error status the
// service documents, broken and cut streams, refused connections, addresses and configurations;
// the key never leaks into an error. Also the fake's own checks and the streaming mode of
// HttpTransport underneath.
#include "LlmTestHelpers.h"

#include "net/http/HttpTransport.h"
#include "net/llm/LlmJson.h"

#include <QTcpServer>

using namespace llmtest;

class TestLlmClientFaults : public QObject
{
    Q_OBJECT

    Rig m_rig;

    LlmConfig config() const { return configFor(*m_rig.server); }

private slots:
    void init() { QVERIFY(m_rig.start()); }
    void cleanup() { m_rig.stop(); }

    void errorStatuses_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("transient");
        QTest::addColumn<QString>("inMessage");
        QTest::addColumn<QString>("inDetail");
        QTest::newRow("401") << "key" << int(Kind::Auth) << 401 << false << "API key"
                             << "Authentication Fails";
        QTest::newRow("402") << "balance" << int(Kind::Balance) << 402 << false << "balance"
                             << "Insufficient Balance";
        QTest::newRow("422 model")
            << "model" << int(Kind::BadRequest) << 422 << false << "deepseek-chat"
            << "Model Not Exist";
        QTest::newRow("422 range") << "range" << int(Kind::BadRequest) << 422 << false << "422"
                                   << "temperature";
        QTest::newRow("404 path") << "path" << int(Kind::BadRequest) << 404 << false << "address"
                                  << "Not Found";
        QTest::newRow("500") << "500" << int(Kind::Server) << 500 << true << "500"
                             << "Internal server error";
        QTest::newRow("503") << "503" << int(Kind::Server) << 503 << true << "overloaded (503)"
                             << "Server overloaded";
        QTest::newRow("html 200") << "html" << int(Kind::Malformed) << 0 << false << "could not"
                                  << "HTML";
        QTest::newRow("html 200 non-stream")
            << "html-json" << int(Kind::Malformed) << 0 << false << "could not"
            << "HTML";
    }
    void errorStatuses()
    {
        QFETCH(QString, setup);
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(bool, transient);
        QFETCH(QString, inMessage);
        QFETCH(QString, inDetail);
        LlmConfig c = config();
        const QByteArray rightKey = m_rig.server->apiKey();
        if (setup == QLatin1String("key"))
            c.apiKey = "sk-wrong-key-0000-9f3a";
        else if (setup == QLatin1String("balance"))
            m_rig.server->setInsufficientBalance(true);
        else if (setup == QLatin1String("model"))
            c.model = QStringLiteral("deepseek-chat"); // retired
        else if (setup == QLatin1String("range"))
            c.temperature = 3.5;
        else if (setup == QLatin1String("path"))
            c.baseUrl.setPath(QStringLiteral("/v2"));
        else if (setup == QLatin1String("500"))
            m_rig.server->setFailure(500);
        else if (setup == QLatin1String("503"))
            m_rig.server->setFailure(503);
        else if (setup.startsWith(QLatin1String("html")))
            m_rig.server->setHtmlError(true);
        c.stream = setup != QLatin1String("html-json");
        const auto o = start(*m_rig.client, c);
        WAIT_DONE(o);
        const LlmError &e = o->result->error;
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.isTransient(), transient);
        QVERIFY2(e.message.contains(inMessage), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("127.0.0.1")), qPrintable(e.message));
        QVERIFY2(e.detail.contains(inDetail), qPrintable(e.detail));
        QVERIFY(!e.message.contains(QLatin1Char('\n')));
        QVERIFY(o->deltas.isEmpty());
        QCOMPARE(m_rig.server->requestCount(), 1); // no retries inside the client
        verifyNoKey(*o->result, c.apiKey);
        verifyNoKey(*o->result, rightKey);
        if (setup == QLatin1String("key")) {
            // What the service echoes (the last four characters) is all that shows.
            QVERIFY(e.detail.contains(QLatin1String("****9f3a")));
            QCOMPARE(m_rig.server->lastHeader("authorization"), "Bearer " + c.apiKey);
        }
    }

    void rateLimitedWhileOthersAreInFlight()
    {
        m_rig.server->setMaxInFlight(1);
        m_rig.server->setRetryAfter("7");
        m_rig.server->setPieceBytes(100);
        m_rig.server->setStallAfterPieces(5);
        const auto first = start(*m_rig.client, config());
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.server->inFlight(), 1, kWaitMs);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto second = start(*m_rig.client, config());
        WAIT_DONE(second);
        const LlmError &e = second->result->error;
        QCOMPARE(e.kind, Kind::RateLimited);
        QCOMPARE(e.httpStatus, 429);
        QVERIFY(e.isTransient());
        QVERIFY(e.message.contains(QLatin1String("retried")));
        QVERIFY(e.retryAt.isValid());
        QVERIFY(e.retryAt >= before.addSecs(6));
        QVERIFY(e.retryAt <= QDateTime::currentDateTimeUtc().addSecs(8));
        QVERIFY(!first->result.has_value());
        QCOMPARE(m_rig.client->pending(), 1);

        m_rig.server->setRetryAfter({});
        const auto third = start(*m_rig.client, config());
        WAIT_DONE(third);
        QCOMPARE(third->result->error.kind, Kind::RateLimited);
        QVERIFY(!third->result->error.retryAt.isValid());
    }

    void brokenStreams_data()
    {
        QTest::addColumn<int>("misbehaviour");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("inMessage");
        QTest::addColumn<QString>("inDetail");
        QTest::newRow("bad JSON line")
            << int(Misbehaviour::BadJsonLine) << int(Kind::Malformed) << "could not be read"
            << "not JSON";
        QTest::newRow("wrong types")
            << int(Misbehaviour::WrongTypes) << int(Kind::Malformed) << "could not be read"
            << "content is not a string";
        QTest::newRow("error chunk")
            << int(Misbehaviour::ErrorChunk) << int(Kind::Server) << "retried"
            << "Internal error while generating";
        QTest::newRow("cut before done")
            << int(Misbehaviour::CutBeforeDone) << int(Kind::Malformed) << "broke off"
            << "[DONE]";
    }
    void brokenStreams()
    {
        QFETCH(int, misbehaviour);
        QFETCH(int, kind);
        QFETCH(QString, inMessage);
        QFETCH(QString, inDetail);
        m_rig.server->setMisbehaviour(Misbehaviour(misbehaviour));
        m_rig.server->setPieceBytes(3);
        m_rig.server->setDeltaChars(4);
        const auto o = start(*m_rig.client, config());
        WAIT_DONE(o);
        const LlmResult &r = *o->result;
        QCOMPARE(int(r.error.kind), kind);
        QVERIFY2(r.error.message.contains(inMessage), qPrintable(r.error.message));
        QVERIFY2(r.error.detail.contains(inDetail), qPrintable(r.error.detail));
        QVERIFY(!o->deltaAfterDone);
        QCOMPARE(r.text, o->deltas.join(QString()));
        if (Misbehaviour(misbehaviour) == Misbehaviour::CutBeforeDone) {
            QCOMPARE(r.text, kReply); // all there is, but never confirmed complete
        } else {
            // Stopped at the broken line: only the first fragment came through.
            QCOMPARE(o->deltas, QStringList{kReply.left(4)});
        }
    }

    void finishReasonWithoutDoneIsAccepted()
    {
        m_rig.server->setMisbehaviour(Misbehaviour::NoDone);
        m_rig.server->setPieceBytes(9);
        const auto o = start(*m_rig.client, config());
        WAIT_DONE(o);
        QVERIFY2(o->result->ok(), qPrintable(o->result->error.detail));
        QCOMPARE(o->result->text, kReply);
        QVERIFY(o->result->completionTokens > 0);
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        LlmConfig c = config();
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const auto o = start(*m_rig.client, c);
        WAIT_DONE(o);
        QCOMPARE(o->result->error.kind, Kind::Network);
        QVERIFY(o->result->error.isTransient());
        QVERIFY(o->result->error.message.contains(QLatin1String("127.0.0.1")));
        verifyNoKey(*o->result, c.apiKey);
    }

    void refusedUpFront_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("inMessage");
        const QUrl ok = QUrl(QStringLiteral("https://api.deepseek.com"));
        const QString model = QStringLiteral("deepseek-flash");
        const QByteArray key = "sk-secret-0123456789";
        QTest::newRow("plain http to another host")
            << QUrl(QStringLiteral("http://api.deepseek.com")) << model << key << "HTTPS";
        QTest::newRow("no host") << QUrl(QStringLiteral("https://")) << model << key << "valid";
        QTest::newRow("not a url")
            << QUrl(QStringLiteral("http://exa mple.com")) << model << key << "valid";
        QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://api.deepseek.com")) << model << key
                             << "valid";
        QTest::newRow("no model") << ok << QStringLiteral(" ") << key << "model";
        QTest::newRow("no key") << ok << model << QByteArray() << "API key";
        QTest::newRow("key with newline")
            << ok << model << QByteArray("sk-a\r\nX-Evil: 1") << "API key";
    }
    void refusedUpFront()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, model);
        QFETCH(QByteArray, key);
        QFETCH(QString, inMessage);
        LlmConfig c;
        c.baseUrl = url;
        c.model = model;
        c.apiKey = key;
        const auto o = start(*m_rig.client, c);
        QVERIFY(!o->result.has_value()); // never inside complete()
        WAIT_DONE(o);
        QCOMPARE(o->result->error.kind, Kind::BadRequest);
        QVERIFY(!o->result->error.isTransient());
        QVERIFY2(o->result->error.message.contains(inMessage),
                 qPrintable(o->result->error.message));
        if (!key.isEmpty())
            verifyNoKey(*o->result, key);
        QCOMPARE(m_rig.server->requestCount(), 0);
        QCOMPARE(m_rig.client->pending(), 0);
        QCOMPARE(o->doneCalls, 1);
    }

    void fakeChecksLikeDeepSeek_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QByteArray ok =
            R"({"model":"deepseek-flash","messages":[{"role":"user","content":"hi"}]})";
        const QByteArray path = "/chat/completions";
        QTest::newRow("ok") << path << ok << true << 200 << "";
        QTest::newRow("v1") << QByteArray("/v1/chat/completions") << ok << true << 200 << "";
        QTest::newRow("other path")
            << QByteArray("/v1/completions") << ok << true << 404 << "Not Found";
        QTest::newRow("no key") << path << ok << false << 401 << "Authentication Fails";
        QTest::newRow("not json") << path << QByteArray(R"({"model":)") << true << 400 << "parse";
        QTest::newRow("no messages")
            << path << QByteArray(R"({"model":"deepseek-flash"})") << true << 422 << "`messages`";
        QTest::newRow("bad role")
            << path
            << QByteArray(
                   R"({"model":"deepseek-flash","messages":[{"role":"robot","content":"x"}]})")
            << true << 422 << "messages[0]";
        QTest::newRow("retired model")
            << path
            << QByteArray(
                   R"({"model":"deepseek-reasoner","messages":[{"role":"user","content":"x"}]})")
            << true << 422 << "Model Not Exist";
        QTest::newRow("max_tokens 0")
            << path
            << QByteArray(R"({"model":"deepseek-flash","max_tokens":0,)"
                          R"("messages":[{"role":"user","content":"x"}]})")
            << true << 422 << "max_tokens";
        QTest::newRow("thinking auto")
            << path
            << QByteArray(R"({"model":"deepseek-flash","thinking":{"type":"auto"},)"
                          R"("messages":[{"role":"user","content":"x"}]})")
            << true << 422 << "thinking";
    }
    void fakeChecksLikeDeepSeek()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, withKey);
        QFETCH(int, status);
        QFETCH(QString, message);
        agentp::net::HttpTransport transport;
        agentp::net::HttpRequest request;
        request.url = m_rig.server->baseUrl();
        request.url.setPath(QString::fromLatin1(path));
        request.body = body;
        if (withKey)
            request.headers = {{"Authorization", "Bearer " + m_rig.server->apiKey()}};
        std::optional<agentp::net::HttpResult> result;
        transport.send(request, [&result](const agentp::net::HttpResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
        QCOMPARE(result->status, status);
        if (status == 200) {
            LlmChunk answer;
            QString detail;
            QVERIFY2(LlmJson::parseResponse(result->body, &answer, &detail), qPrintable(detail));
            QVERIFY(!answer.content.isEmpty());
        } else {
            const LlmRemoteError error = LlmJson::parseError(result->body);
            QVERIFY2(error.message.contains(message), qPrintable(error.message));
        }
    }

    void fakeSendsTheSpecBodies()
    {
        agentp::net::HttpTransport transport;
        agentp::net::HttpRequest request;
        request.url = m_rig.server->baseUrl();
        request.url.setPath(QStringLiteral("/chat/completions"));
        request.body = LlmClient::requestBody(config(), {{QStringLiteral("user"), {}}});
        request.headers = {{"Authorization", "Bearer sk-0000abcd"}};
        std::optional<agentp::net::HttpResult> result;
        const auto send = [&] {
            result.reset();
            transport.send(request, [&result](const agentp::net::HttpResult &r) { result = r; });
        };
        send();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
        QCOMPARE(result->body,
                 QByteArray(R"({"error":{"message":"Authentication Fails, Your api key: ****abcd )"
                            R"(is invalid","type":"authentication_error","param":null,)"
                            R"("code":"invalid_request_error"}})"));
        request.headers = {{"Authorization", "Bearer " + m_rig.server->apiKey()}};
        m_rig.server->setInsufficientBalance(true);
        send();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
        QCOMPARE(result->status, 402);
        QCOMPARE(result->body,
                 QByteArray(R"({"error":{"message":"Insufficient Balance","type":"unknown_error",)"
                            R"("param":null,"code":"invalid_request_error"}})"));
    }

    void transportStreamsOnlySuccessfulBodies()
    {
        m_rig.server->setPieceBytes(300);
        m_rig.server->setPieceIntervalMs(10); // without gaps the pieces may arrive as one read
        agentp::net::HttpTransport transport;
        auto options = transport.options();
        options.maxBodyBytes = 200; // far less than the stream: streamed bytes are not capped
        transport.setOptions(options);
        agentp::net::HttpRequest request;
        request.url = m_rig.server->baseUrl();
        request.url.setPath(QStringLiteral("/chat/completions"));
        request.headers = {{"Authorization", "Bearer " + m_rig.server->apiKey()}};
        request.body = LlmClient::requestBody(config(), {{QStringLiteral("user"), {}}});
        QByteArray streamed;
        int chunks = 0;
        bool chunkAfterDone = false;
        std::optional<agentp::net::HttpResult> result;
        const auto send = [&] {
            streamed.clear();
            chunks = 0;
            result.reset();
            transport.send(
                request, [&](const agentp::net::HttpResult &r) { result = r; },
                [&](const QByteArray &bytes) {
                    chunkAfterDone = chunkAfterDone || result.has_value();
                    ++chunks;
                    streamed += bytes;
                });
        };
        send();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
        QVERIFY2(!result->error.isError(), qPrintable(result->error.detail));
        QCOMPARE(result->status, 200);
        QVERIFY(result->body.isEmpty());
        QCOMPARE(result->header("content-type"),
                 QByteArrayLiteral("text/event-stream; charset=utf-8"));
        QVERIFY(chunks > 1);
        QVERIFY(!chunkAfterDone);
        QVERIFY(streamed.size() > 1000);
        QVERIFY(streamed.startsWith("data: {"));
        QVERIFY(streamed.endsWith("data: [DONE]\n\n"));

        // An error status is collected for the caller to read, not streamed.
        request.headers = {{"Authorization", "Bearer sk-nope"}};
        send();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
        QCOMPARE(result->status, 401);
        QCOMPARE(chunks, 0);
        QVERIFY(result->body.contains("Authentication Fails"));
    }

    void transportCancelInsideChunk()
    {
        m_rig.server->setPieceBytes(20);
        m_rig.server->setPieceIntervalMs(5);
        agentp::net::HttpTransport transport;
        agentp::net::HttpRequest request;
        request.url = m_rig.server->baseUrl();
        request.url.setPath(QStringLiteral("/chat/completions"));
        request.headers = {{"Authorization", "Bearer " + m_rig.server->apiKey()}};
        request.body = LlmClient::requestBody(config(), {{QStringLiteral("user"), {}}});
        quint64 id = 0;
        int chunks = 0;
        bool done = false;
        id = transport.send(
            request, [&done](const agentp::net::HttpResult &) { done = true; },
            [&](const QByteArray &) {
                ++chunks;
                transport.cancel(id);
                transport.cancel(id);
            });
        QTRY_COMPARE_WITH_TIMEOUT(chunks, 1, kWaitMs);
        QCOMPARE(transport.inFlight(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.server->inFlight(), 0, kWaitMs); // the connection closed
        QCOMPARE(chunks, 1);
        QVERIFY(!done);
    }

    void transportWithoutChunkKeepsTheWholeExchangeTimeout()
    {
        // Existing callers: bytes trickling in do not extend the deadline of a plain request.
        m_rig.server->setPieceBytes(50);
        m_rig.server->setPieceIntervalMs(60);
        agentp::net::HttpTransport transport;
        auto options = transport.options();
        options.timeoutMs = 300;
        transport.setOptions(options);
        agentp::net::HttpRequest request;
        request.url = m_rig.server->baseUrl();
        request.url.setPath(QStringLiteral("/chat/completions"));
        request.headers = {{"Authorization", "Bearer " + m_rig.server->apiKey()}};
        LlmConfig c = config();
        c.stream = false;
        request.body = LlmClient::requestBody(c, {{QStringLiteral("user"), {}}});
        std::optional<agentp::net::HttpResult> result;
        transport.send(request, [&result](const agentp::net::HttpResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
        QCOMPARE(result->error.kind, agentp::net::ConnectorError::Kind::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestLlmClientFaults)
#include "tst_llmclient_faults.moc"
