// RealtimeClient against FakeRealtimeServer when things go wrong: unanswered heartbeats, drops
// and refusals (Polling, pollWanted, backoff, resync after rejoin), token expiry, refused
// joins, join timeouts and postgres_changes errors.
#include "tests/realtime/RealtimeFixture.h"

#include <QTest>

using namespace realtimetest;

class TestRealtimeRecovery : public RealtimeFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void unansweredHeartbeatReconnects()
    {
        makeClient([](RealtimeConfig &c) { c.heartbeatIntervalMs = 100; });
        const int id = startLive();
        QTRY_COMPARE(m_spy->resyncs.size(), 1);
        m_server->setAnswerHeartbeats(false);
        const int answeredBefore = heartbeatsOn(1);
        qint64 lastHeartbeatAt = -1, reconnectedAt = -1;
        QElapsedTimer clock;
        clock.start();
        // Answer again as soon as the client has come back on a new connection.
        QObject scope;
        connect(m_server.get(), &FakeRealtimeServer::frameReceived, &scope, [&](const Frame &f) {
            if (f.connection == 1 && f.event() == QLatin1String("heartbeat"))
                lastHeartbeatAt = clock.elapsed();
            if (f.connection > 1 && reconnectedAt < 0) {
                reconnectedAt = clock.elapsed();
                m_server->setAnswerHeartbeats(true);
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(modesSeen().contains(Mode::Polling), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_spy->resyncs.size(), 2, kWaitMs);
        QCOMPARE(m_spy->resyncs.at(1).at(0).toInt(), id);
        QCOMPARE(m_client->mode(), Mode::Live);
        QCOMPARE(m_server->connectionsAccepted(), 2);
        // One heartbeat went out unanswered; the client gave up on the connection at the next
        // tick, a whole interval later, not before; the rejoin happened on the new connection.
        QCOMPARE(heartbeatsOn(1), answeredBefore + 1);
        QVERIFY(lastHeartbeatAt >= 0);
        QVERIFY2(reconnectedAt - lastHeartbeatAt >= 90,
                 qPrintable(QString::number(reconnectedAt - lastHeartbeatAt)));
        QCOMPARE(sent("phx_join").last().connection, 2);
        QCOMPARE(modesSeen(),
                 (QList<Mode>{Mode::Connecting, Mode::Live, Mode::Polling, Mode::Live}));
    }

    void dropThenPollingThenLiveAgain()
    {
        makeClient([](RealtimeConfig &c) { c.pollIntervalMs = 150; });
        int pollsWhenPolling = -1;
        QObject scope;
        connect(
            m_client.get(), &RealtimeClient::modeChanged, &scope,
            [&](Mode mode) {
                if (mode == Mode::Polling && pollsWhenPolling < 0)
                    pollsWhenPolling = int(m_spy->polls.size());
            },
            Qt::QueuedConnection);
        const int id = startLive();
        QCOMPARE(m_spy->polls.size(), 0);
        m_server->setAccepting(false);
        m_server->dropAllConnections();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->mode(), Mode::Polling, kWaitMs);
        QVERIFY(!m_client->modeReason().isEmpty());
        QTRY_COMPARE(pollsWhenPolling, 1); // at once, not after the first interval
        QTRY_VERIFY_WITH_TIMEOUT(m_spy->polls.size() >= 3, kWaitMs); // then every interval
        QVERIFY(!m_client->isJoined(id));

        QVERIFY(m_server->setAccepting(true));
        QTRY_COMPARE_WITH_TIMEOUT(m_client->mode(), Mode::Live, kWaitMs);
        QCOMPARE(m_spy->resyncs.size(), 2);
        QVERIFY(m_client->isJoined(id));
        // No more polls once live: several poll intervals' worth of heartbeats later.
        const int polls = int(m_spy->polls.size());
        const int connection = m_server->connectionsAccepted();
        QTRY_VERIFY_WITH_TIMEOUT(heartbeatsOn(connection) >= 2, kWaitMs);
        QCOMPARE(int(m_spy->polls.size()), polls);
    }

    void refusedConnections()
    {
        // Nobody listens on the port.
        m_server->setAccepting(false);
        makeClient();
        m_client->subscribe(kPublic, kChats);
        QVERIFY(m_client->start());
        QTRY_COMPARE_WITH_TIMEOUT(m_client->mode(), Mode::Polling, kWaitMs);
        QVERIFY(m_client->modeReason().contains(QLatin1String("cannot be reached")));
        QVERIFY(m_spy->polls.size() >= 1);
        QCOMPARE(m_server->connectionsAccepted(), 0);
    }

    void refusedUpgradeBacksOff()
    {
        makeClient([](RealtimeConfig &c) {
            c.apiKey = "wrong-key";
            c.reconnectStepsMs = {50, 100, 200};
        });
        QList<qint64> at;
        QElapsedTimer clock;
        clock.start();
        QObject scope;
        connect(m_server.get(), &FakeRealtimeServer::upgradeRequested, &scope,
                [&](const QUrl &, bool accepted) {
                    QVERIFY(!accepted);
                    at.append(clock.elapsed());
                });
        m_client->subscribe(kPublic, kChats);
        m_client->start();
        QTRY_VERIFY_WITH_TIMEOUT(at.size() >= 5, kWaitMs);
        QCOMPARE(m_client->mode(), Mode::Polling);
        QVERIFY(!m_client->modeReason().isEmpty());
        // 50, 100, 200, then the last step repeats.
        const QList<qint64> minimum{45, 90, 180, 180}; // coarse timers may fire 5 % early
        for (qsizetype i = 0; i < minimum.size(); ++i)
            QVERIFY2(at[i + 1] - at[i] >= minimum[i],
                     qPrintable(QStringLiteral("gap %1: %2").arg(i).arg(at[i + 1] - at[i])));
        QCOMPARE(m_server->connectionsAccepted(), 0);
        QCOMPARE(joins(), 0);
    }

    void expiredTokenStopsRejoinsUntilRenewed()
    {
        const int id = startLive();
        const QString topic = m_client->topic(id);
        m_server->expireToken(kToken);
        m_server->sendTokenExpired(topic);
        QTRY_COMPARE_WITH_TIMEOUT(m_spy->expired.size(), 1, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->mode(), Mode::Polling, kWaitMs);
        QVERIFY(m_spy->polls.size() >= 1);
        QVERIFY(!m_client->isJoined(id));
        // Rejoin steps are 20–80 ms; three heartbeats (900 ms) later there is still no join.
        QTRY_VERIFY_WITH_TIMEOUT(heartbeatsOn(1) >= 3, kWaitMs);
        QCOMPARE(joins(), 1);
        QCOMPARE(m_spy->errors.size(), 0);
        // Not after a reconnect either: the socket comes back, the channel waits.
        m_server->dropAllConnections();
        QTRY_VERIFY_WITH_TIMEOUT(heartbeatsOn(2) >= 3, kWaitMs);
        QCOMPARE(joins(), 1);
        QCOMPARE(m_client->mode(), Mode::Polling);

        // A join refused as expired is the same story: reported, not retried.
        const QByteArray stale = "user-jwt-stale";
        m_server->expireToken(stale);
        m_client->setAccessToken(stale);
        QTRY_COMPARE_WITH_TIMEOUT(m_spy->expired.size(), 2, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(heartbeatsOn(2) >= 5, kWaitMs);
        QCOMPARE(joins(), 2);
        QCOMPARE(m_spy->errors.size(), 0);

        m_client->setAccessToken(kToken2);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->mode(), Mode::Live, kWaitMs);
        QCOMPARE(joins(), 3);
        QCOMPARE(joinToken(2), kToken2);
        QCOMPARE(m_spy->resyncs.size(), 2);
    }

    void joinRefusedForBadToken()
    {
        makeClient();
        m_client->setAccessToken("forged-token");
        const int id = m_client->subscribe(kPublic, kChats, kTenantFilter);
        m_client->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_spy->errors.size() >= 1, kWaitMs);
        QCOMPARE(m_spy->errors.at(0).at(0).toInt(), id);
        QVERIFY(m_spy->errors.at(0).at(1).toString().contains(QLatin1String("Signature")));
        QCOMPARE(m_client->mode(), Mode::Polling);
        QVERIFY(m_spy->polls.size() >= 1);
        QCOMPARE(m_spy->resyncs.size(), 0);
        // Rejoined with backoff (the token might be accepted later) …
        QTRY_VERIFY_WITH_TIMEOUT(joins() >= 3, kWaitMs);
        QCOMPARE(m_spy->expired.size(), 0);
        // … and at once with a good token.
        m_client->setAccessToken(kToken);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->mode(), Mode::Live, kWaitMs);
        QCOMPARE(m_spy->resyncs.size(), 1);
    }

    void joinTimeoutRejoins()
    {
        m_server->setAnswerJoins(false);
        makeClient([](RealtimeConfig &c) { c.joinTimeoutMs = 200; });
        const int id = m_client->subscribe(kPublic, kChats);
        m_client->start();
        QTRY_VERIFY_WITH_TIMEOUT(joins() >= 2, kWaitMs);
        QCOMPARE(m_client->mode(), Mode::Polling);
        QVERIFY(m_spy->errors.size() >= 1);
        // The timed-out join was left, so a late answer cannot linger.
        const QList<Frame> leaves = sent("phx_leave");
        QVERIFY(!leaves.isEmpty());
        QCOMPARE(leaves.at(0).json.value(QStringLiteral("join_ref")).toString(),
                 sent("phx_join").at(0).ref());
        m_server->setAnswerJoins(true);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->mode(), Mode::Live, kWaitMs);
        QVERIFY(m_client->isJoined(id));
    }

    void postgresChangesErrorDegradesUntilOk()
    {
        const int id = startLive();
        const auto system = [&](const QString &status) {
            m_server->sendFrame(
                m_client->topic(id), QStringLiteral("system"),
                {{QStringLiteral("extension"), QStringLiteral("postgres_changes")},
                 {QStringLiteral("status"), status},
                 {QStringLiteral("message"), QStringLiteral("table not published")}});
        };
        system(QStringLiteral("error"));
        QTRY_COMPARE_WITH_TIMEOUT(m_client->mode(), Mode::Polling, kWaitMs);
        QCOMPARE(m_spy->errors.size(), 1);
        system(QStringLiteral("ok"));
        QTRY_COMPARE_WITH_TIMEOUT(m_client->mode(), Mode::Live, kWaitMs);
        QCOMPARE(m_spy->resyncs.size(), 2);
        QCOMPARE(joins(), 1); // the channel stayed open
    }
};

QTEST_GUILESS_MAIN(TestRealtimeRecovery)
#include "tst_realtime_recovery.moc"
