// LlmClient against FakeLlmServer over loopback, when things go right or are stopped: streams
// cut into pieces of a few bytes (inside UTF-8 and JSON) assemble the exact text; usage;
// non-streaming and the JSON fallback; parallel calls; cancelling (also inside onDelta and
// before the answer); the inactivity timeout; destroying the client with calls in flight.
#include "LlmTestHelpers.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace llmtest;

class TestLlmClient : public QObject
{
    Q_OBJECT

    Rig m_rig;

    LlmConfig config() const { return configFor(*m_rig.server); }

private slots:
    void init() { QVERIFY(m_rig.start()); }
    void cleanup() { m_rig.stop(); }

    void streamsInTinyPieces_data()
    {
        QTest::addColumn<int>("pieceBytes");
        QTest::addColumn<int>("deltaChars");
        QTest::newRow("1 byte") << 1 << 1;
        QTest::newRow("2 bytes") << 2 << 3;
        QTest::newRow("3 bytes") << 3 << 2;
        QTest::newRow("7 bytes") << 7 << 5;
        QTest::newRow("whole") << 0 << 4;
    }
    void streamsInTinyPieces()
    {
        QFETCH(int, pieceBytes);
        QFETCH(int, deltaChars);
        m_rig.server->setPieceBytes(pieceBytes);
        m_rig.server->setDeltaChars(deltaChars);
        const auto o = start(*m_rig.client, config());
        QCOMPARE(m_rig.client->pending(), 1);
        WAIT_DONE(o);
        const LlmResult &r = *o->result;
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.text, kReply);
        QCOMPARE(o->deltas.join(QString()), kReply);
        QVERIFY(o->deltas.size() > 10); // really streamed, not handed over at the end
        QCOMPARE(o->deltasAtDone, o->deltas.size());
        QVERIFY(!o->deltaAfterDone);
        QCOMPARE(o->doneCalls, 1);
        QCOMPARE(r.finishReason, QStringLiteral("stop"));
        QCOMPARE(r.model, QStringLiteral("deepseek-v4-flash"));
        QCOMPARE(m_rig.client->pending(), 0);

        QCOMPARE(m_rig.server->requestCount(), 1);
        QCOMPARE(m_rig.server->lastPath(), QByteArrayLiteral("/chat/completions"));
        QCOMPARE(m_rig.server->lastHeader("authorization"), "Bearer " + m_rig.server->apiKey());
        QCOMPARE(m_rig.server->lastHeader("content-type"), QByteArrayLiteral("application/json"));
        const QJsonObject body = m_rig.server->requests().first();
        QCOMPARE(body.value(QLatin1String("stream")), QJsonValue(true));
        QCOMPARE(body.value(QLatin1String("thinking")).toObject().value(QLatin1String("type")),
                 QJsonValue(QStringLiteral("disabled")));
        QCOMPARE(body.value(QLatin1String("messages")).toArray().size(), 2);
    }

    void usageAndKeepAlive()
    {
        m_rig.server->setKeepAliveCount(5);
        m_rig.server->setPieceBytes(5);
        m_rig.server->setUsage(31, 17);
        const auto o = start(*m_rig.client, config());
        WAIT_DONE(o);
        QVERIFY2(o->result->ok(), qPrintable(o->result->error.detail));
        QCOMPARE(o->result->text, kReply);
        QCOMPARE(o->result->promptTokens, 31);
        QCOMPARE(o->result->completionTokens, 17);
    }

    void reasoningIsNotPartOfTheReply()
    {
        m_rig.server->setPieceBytes(4);
        m_rig.server->setReasoningText(QStringLiteral("Let me think about salons…"));
        LlmConfig c = config();
        c.thinking = true;
        const auto o = start(*m_rig.client, c);
        WAIT_DONE(o);
        QVERIFY(o->result->ok());
        QCOMPARE(o->result->text, kReply);
        QCOMPARE(o->deltas.join(QString()), kReply);
        QCOMPARE(m_rig.server->requests()
                     .first()
                     .value(QLatin1String("thinking"))
                     .toObject()
                     .value(QLatin1String("type")),
                 QJsonValue(QStringLiteral("enabled")));
    }

    void baseUrlWithV1AndSlash()
    {
        LlmConfig c = config();
        c.baseUrl.setPath(QStringLiteral("/v1/"));
        const auto o = start(*m_rig.client, c);
        WAIT_DONE(o);
        QVERIFY(o->result->ok());
        QCOMPARE(m_rig.server->lastPath(), QByteArrayLiteral("/v1/chat/completions"));
    }

    void lengthIsNotAnError()
    {
        m_rig.server->setFinishReason(QStringLiteral("length"));
        const auto o = start(*m_rig.client, config());
        WAIT_DONE(o);
        QVERIFY(o->result->ok());
        QCOMPARE(o->result->finishReason, QStringLiteral("length"));
        QCOMPARE(o->result->text, kReply);
    }

    void nonStreaming_data()
    {
        QTest::addColumn<int>("blankLines");
        QTest::addColumn<int>("pieceBytes");
        QTest::newRow("plain") << 0 << 0;
        QTest::newRow("blank lines first") << 3 << 0;
        QTest::newRow("blank lines, pieces") << 2 << 3;
    }
    void nonStreaming()
    {
        QFETCH(int, blankLines);
        QFETCH(int, pieceBytes);
        m_rig.server->setKeepAliveCount(blankLines);
        m_rig.server->setPieceBytes(pieceBytes);
        m_rig.server->setUsage(12, 34);
        LlmConfig c = config();
        c.stream = false;
        const auto o = start(*m_rig.client, c);
        WAIT_DONE(o);
        QVERIFY2(o->result->ok(), qPrintable(o->result->error.detail));
        QCOMPARE(o->result->text, kReply);
        QCOMPARE(o->deltas, QStringList{kReply});
        QCOMPARE(o->result->promptTokens, 12);
        QCOMPARE(o->result->completionTokens, 34);
        QCOMPARE(o->result->finishReason, QStringLiteral("stop"));
        const QJsonObject body = m_rig.server->requests().first();
        QCOMPARE(body.value(QLatin1String("stream")), QJsonValue(false));
        QVERIFY(!body.contains(QLatin1String("stream_options")));
    }

    void ignoredStreamFlagFallsBackToJson_data()
    {
        QTest::addColumn<int>("blankLines");
        QTest::addColumn<int>("pieceBytes");
        QTest::newRow("whole") << 0 << 0;
        QTest::newRow("blank lines, 1-byte pieces") << 2 << 1;
    }
    void ignoredStreamFlagFallsBackToJson()
    {
        QFETCH(int, blankLines);
        QFETCH(int, pieceBytes);
        m_rig.server->setIgnoreStream(true);
        m_rig.server->setKeepAliveCount(blankLines);
        m_rig.server->setPieceBytes(pieceBytes);
        const auto o = start(*m_rig.client, config());
        WAIT_DONE(o);
        QVERIFY2(o->result->ok(), qPrintable(o->result->error.detail));
        QCOMPARE(o->deltas, QStringList{kReply});
        QCOMPARE(o->result->text, kReply);
        QVERIFY(o->result->promptTokens > 0);
        QCOMPARE(m_rig.server->requests().first().value(QLatin1String("stream")), QJsonValue(true));
    }

    void cancelInsideOnDelta()
    {
        m_rig.server->setPieceBytes(2);
        int cancels = 0;
        bool answeredInsideCancel = false;
        int pendingAfterCancel = -1;
        LlmClient *client = m_rig.client.get();
        std::shared_ptr<Outcome> o;
        o = start(*m_rig.client, config(), {}, [&](quint64 id, const QString &) {
            ++cancels;
            client->cancel(id);
            client->cancel(id); // twice: the second is an unknown id by now
            answeredInsideCancel = o->result.has_value();
            pendingAfterCancel = client->pending();
        });
        WAIT_DONE(o);
        QVERIFY(!answeredInsideCancel);
        QCOMPARE(pendingAfterCancel, 0);
        QCOMPARE(o->result->error.kind, Kind::Cancelled);
        QVERIFY(!o->result->error.isTransient());
        QCOMPARE(o->result->text, o->deltas.first());
        // The connection is dropped, so the server stops; no further delta arrived meanwhile.
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.server->inFlight(), 0, kWaitMs);
        QCOMPARE(o->deltas.size(), 1);
        QCOMPARE(cancels, 1);
        QCOMPARE(o->doneCalls, 1);
    }

    void cancelMidStream()
    {
        m_rig.server->setPieceBytes(100);
        m_rig.server->setStallAfterPieces(10); // the role chunk and a few content chunks
        quint64 id = 0;
        const auto o = start(*m_rig.client, config(), {}, {}, &id);
        QTRY_VERIFY_WITH_TIMEOUT(!o->deltas.isEmpty(), kWaitMs);
        QCOMPARE(m_rig.server->inFlight(), 1);
        m_rig.client->cancel(id);
        QVERIFY(!o->result.has_value());
        const int seen = int(o->deltas.size());
        WAIT_DONE(o);
        QCOMPARE(o->result->error.kind, Kind::Cancelled);
        QCOMPARE(o->result->text, o->deltas.join(QString()));
        QVERIFY(o->result->text.size() < kReply.size());
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.server->inFlight(), 0, kWaitMs);
        QCOMPARE(o->deltas.size(), seen);
        QCOMPARE(m_rig.client->pending(), 0);
        m_rig.client->cancel(id); // finished: ignored
        m_rig.client->cancel(4242);
        QCOMPARE(o->doneCalls, 1);
    }

    void inactivityTimeout()
    {
        m_rig.server->setPieceBytes(100);
        m_rig.server->setStallAfterPieces(10);
        LlmConfig c = config();
        c.timeoutMs = 300;
        const auto o = start(*m_rig.client, c);
        WAIT_DONE(o);
        const LlmResult &r = *o->result;
        QCOMPARE(r.error.kind, Kind::Timeout);
        QVERIFY(r.error.isTransient());
        QVERIFY(!o->deltas.isEmpty());
        QCOMPARE(r.text, o->deltas.join(QString())); // the partial text is kept
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.server->inFlight(), 0, kWaitMs);
    }

    void slowButSteadyStreamDoesNotTimeOut()
    {
        // 15 pieces 150 ms apart, the first five nothing but keep-alive comments: the first
        // content comes after the 1 s timeout and the whole answer takes far longer, yet no gap
        // comes near it (room for a slow sanitizer build). The timeout is about silence, not
        // about the whole answer.
        m_rig.server->setKeepAliveCount(50); // 14 bytes each
        m_rig.server->setPieceBytes(140);
        m_rig.server->setPieceIntervalMs(150);
        m_rig.server->setDeltaChars(10);
        m_rig.server->setReplyText(kReply.left(20));
        LlmConfig c = config();
        c.timeoutMs = 1000;
        QElapsedTimer clock;
        clock.start();
        qint64 firstDeltaMs = -1;
        const auto o = start(*m_rig.client, c, {}, [&](quint64, const QString &) {
            if (firstDeltaMs < 0)
                firstDeltaMs = clock.elapsed();
        });
        WAIT_DONE(o);
        QVERIFY2(o->result->ok(), qPrintable(o->result->error.message));
        QCOMPARE(o->result->text, kReply.left(20));
        QVERIFY2(firstDeltaMs > 1000, qPrintable(QString::number(firstDeltaMs)));
        QVERIFY(clock.elapsed() > 2000);
    }

    void cancelBeforeAnswerArrives()
    {
        m_rig.server->setStallAfterPieces(0);
        quint64 id = 0;
        const auto o = start(*m_rig.client, config(), {}, {}, &id);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.server->inFlight(), 1, kWaitMs);
        m_rig.client->cancel(id);
        WAIT_DONE(o);
        QCOMPARE(o->result->error.kind, Kind::Cancelled);
        QVERIFY(o->result->text.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.server->inFlight(), 0, kWaitMs);
    }

    void parallelCallsKeepTheirOwnText()
    {
        m_rig.server->setPieceBytes(3);
        m_rig.server->setReplyGenerator([](const QJsonObject &body) {
            const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
            return QStringLiteral("Echo: ") +
                   messages.last().toObject().value(QLatin1String("content")).toString();
        });
        std::vector<std::shared_ptr<Outcome>> outcomes;
        for (int i = 0; i < 4; ++i)
            outcomes.push_back(start(*m_rig.client, config(),
                                     {{QStringLiteral("user"), QStringLiteral("№%1 ✓").arg(i)}}));
        QCOMPARE(m_rig.client->pending(), 4);
        for (int i = 0; i < 4; ++i) {
            WAIT_DONE(outcomes[i]);
            QVERIFY(outcomes[i]->result->ok());
            QCOMPARE(outcomes[i]->result->text, QStringLiteral("Echo: №%1 ✓").arg(i));
            QCOMPARE(outcomes[i]->deltas.join(QString()), outcomes[i]->result->text);
        }
    }

    void destroyingTheClientDropsCallsSilently()
    {
        m_rig.server->setStallAfterPieces(2);
        m_rig.server->setPieceBytes(50);
        const auto stalled = start(*m_rig.client, config());
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.server->inFlight(), 1, kWaitMs);
        LlmConfig bad = config();
        bad.model.clear();
        const auto refused = start(*m_rig.client, bad); // its answer is queued, not yet delivered
        m_rig.client.reset();
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.server->inFlight(), 0, kWaitMs); // the connection went away
        QVERIFY(!stalled->result.has_value());
        QVERIFY(!refused->result.has_value());
    }
};

QTEST_GUILESS_MAIN(TestLlmClient)
#include "tst_llmclient.moc"
