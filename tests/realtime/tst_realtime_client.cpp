// RealtimeClient against FakeRealtimeServer over loopback WebSockets, a healthy connection:
// the exact phx_join, change routing, reply refs, heartbeats, token renewal, stale channel
// events, stop(), destruction in any state and the URL policy.
#include "tests/realtime/RealtimeFixture.h"

#include <QTest>

using namespace realtimetest;

class TestRealtimeClient : public RealtimeFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void joinCarriesTokenAndFilter()
    {
        const int id = startLive();
        QCOMPARE(modesSeen(), (QList<Mode>{Mode::Connecting, Mode::Live}));
        QTRY_COMPARE(m_spy->resyncs.size(), 1);
        QCOMPARE(m_spy->resyncs.at(0).at(0).toInt(), id);
        QVERIFY(m_client->isJoined(id));

        const QUrl url = m_server->requestUrls().value(0);
        QCOMPARE(url.path(), QStringLiteral("/realtime/v1/websocket"));
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("apikey")).toUtf8(),
                 m_server->apiKey());
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("vsn")), QStringLiteral("1.0.0"));

        QCOMPARE(joins(), 1);
        const Frame join = sent("phx_join").at(0);
        QCOMPARE(join.topic(), m_client->topic(id));
        QVERIFY(join.topic().startsWith(QLatin1String("realtime:")));
        QVERIFY(join.topic() != QLatin1String("realtime:"));
        QVERIFY(!join.ref().isEmpty());
        QCOMPARE(join.json.value(QStringLiteral("join_ref")).toString(), join.ref());
        QCOMPARE(joinToken(0), kToken);
        const QJsonArray changes = join.payload()
                                       .value(QStringLiteral("config"))
                                       .toObject()
                                       .value(QStringLiteral("postgres_changes"))
                                       .toArray();
        const QJsonObject expected{{QStringLiteral("event"), QStringLiteral("*")},
                                   {QStringLiteral("schema"), kPublic},
                                   {QStringLiteral("table"), kChats},
                                   {QStringLiteral("filter"), kTenantFilter}};
        QCOMPARE(changes, QJsonArray{expected});
        QCOMPARE(m_server->joinedTopics(), QStringList{join.topic()});
    }

    void changesForMatchingSubscriptionOnly()
    {
        const int chats = startLive();
        const int messages =
            m_client->subscribe(kPublic, QStringLiteral("messages"), {}, QStringLiteral("INSERT"));
        QTRY_VERIFY_WITH_TIMEOUT(m_client->isJoined(messages), kWaitMs);
        const QString tenant = tenantOf(kTenantFilter);

        // Another tenant's row: the server's filter keeps it away.
        QCOMPARE(m_server->pushChange(kPublic, kChats, QStringLiteral("UPDATE"),
                                      row(QStringLiteral("other"), 1),
                                      row(QStringLiteral("other"), 1)),
                 0);
        // Frames the client itself must drop: ids of no subscription of that topic, and a type
        // the subscription did not ask for.
        const auto change = [this](int sub, const QJsonArray &ids, const char *type) {
            const QJsonObject data{{QStringLiteral("type"), QLatin1String(type)},
                                   {QStringLiteral("record"), QJsonObject{}}};
            m_server->sendFrame(m_client->topic(sub), QStringLiteral("postgres_changes"),
                                {{QStringLiteral("ids"), ids}, {QStringLiteral("data"), data}});
        };
        change(chats, {1}, "INSERT");
        change(messages, {}, "DELETE");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("malformed frame")));
        m_server->sendRaw("not json at all");

        // Then the matching change, which must be the first one through.
        QCOMPARE(m_server->pushChange(kPublic, kChats, QStringLiteral("UPDATE"), row(tenant, 42),
                                      row(tenant, 41)),
                 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_spy->changes.size(), 1, kWaitMs);
        const QList<QVariant> args = m_spy->changes.at(0);
        QCOMPARE(args.at(0).toInt(), chats);
        QCOMPARE(args.at(1).toString(), QStringLiteral("UPDATE"));
        QCOMPARE(args.at(2).toJsonObject(), row(tenant, 42));
        QCOMPARE(args.at(3).toJsonObject(), row(tenant, 41));

        QCOMPARE(m_server->pushChange(kPublic, QStringLiteral("messages"), QStringLiteral("INSERT"),
                                      row(tenant, 7)),
                 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_spy->changes.size(), 2, kWaitMs);
        QCOMPARE(m_spy->changes.at(1).at(0).toInt(), messages);
        QCOMPARE(m_spy->changes.at(1).at(1).toString(), QStringLiteral("INSERT"));
        QVERIFY(m_spy->changes.at(1).at(3).toJsonObject().isEmpty());
        QCOMPARE(m_client->mode(), Mode::Live);
    }

    void repliesMatchedByRef()
    {
        m_server->setAnswerJoins(false);
        makeClient();
        const int id = m_client->subscribe(kPublic, kChats, kTenantFilter);
        m_client->start();
        QTRY_COMPARE_WITH_TIMEOUT(joins(), 1, kWaitMs);
        const QString topic = m_client->topic(id);
        const auto reply = [this](const QString &onTopic, const QString &ref) {
            const QJsonObject response{{QStringLiteral("reason"), QStringLiteral("bogus")}};
            m_server->sendFrame(onTopic, QStringLiteral("phx_reply"),
                                {{QStringLiteral("status"), QStringLiteral("error")},
                                 {QStringLiteral("response"), response}},
                                ref);
        };
        const QString joinRef = sent("phx_join").at(0).ref();
        reply(topic, QStringLiteral("999999"));                  // unknown ref
        reply(topic, {});                                        // ref null
        reply(QStringLiteral("realtime:someone-else"), joinRef); // right ref, other topic
        m_server->answerPendingJoins();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->mode(), Mode::Live, kWaitMs);
        QCOMPARE(m_spy->errors.size(), 0);
        QCOMPARE(modesSeen(), (QList<Mode>{Mode::Connecting, Mode::Live}));
        QCOMPARE(m_spy->resyncs.size(), 1);
    }

    void heartbeatsAtTheIntervalAndAnswered()
    {
        makeClient([](RealtimeConfig &c) { c.heartbeatIntervalMs = 100; });
        QList<qint64> at;
        QElapsedTimer clock;
        clock.start();
        QObject scope; // ends the connection before `at` goes
        connect(m_server.get(), &FakeRealtimeServer::frameReceived, &scope, [&](const Frame &f) {
            if (f.event() == QLatin1String("heartbeat"))
                at.append(clock.elapsed());
        });
        startLive();
        QTRY_VERIFY_WITH_TIMEOUT(at.size() >= 6, kWaitMs);
        QStringList refs;
        for (const Frame &f : sent("heartbeat")) {
            QCOMPARE(f.topic(), QStringLiteral("phoenix"));
            QCOMPARE(f.payload(), QJsonObject());
            QVERIFY(f.json.contains(QStringLiteral("join_ref")));
            QVERIFY(!refs.contains(f.ref()));
            refs.append(f.ref());
        }
        // On average one per interval (timers may run 5 % early), never in bursts.
        QVERIFY2(at.last() - at.first() >= (at.size() - 1) * 90,
                 qPrintable(QString::number(at.last() - at.first())));
        for (qsizetype i = 1; i < at.size(); ++i)
            QVERIFY2(at[i] - at[i - 1] >= 40, qPrintable(QString::number(at[i] - at[i - 1])));
        // Answered, so the connection lives on.
        QCOMPARE(m_server->connectionsAccepted(), 1);
        QCOMPARE(modesSeen(), (QList<Mode>{Mode::Connecting, Mode::Live}));
    }

    void setAccessTokenRenewsAndRejoinsWithIt()
    {
        const int id = startLive();
        const QString topic = m_client->topic(id);
        m_client->setAccessToken(kToken2);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->accessTokensReceived(), QList<QByteArray>{kToken2},
                                  kWaitMs);
        const Frame renewal = sent("access_token").at(0);
        QCOMPARE(renewal.topic(), topic);
        QCOMPARE(renewal.json.value(QStringLiteral("join_ref")).toString(),
                 m_server->joinRef(topic));
        QVERIFY(!renewal.ref().isEmpty());
        m_client->setAccessToken(kToken2); // unchanged: not sent again

        // The next join (after a channel error) carries the new token.
        m_server->sendChannelEvent(topic, QStringLiteral("phx_error"));
        QTRY_COMPARE_WITH_TIMEOUT(m_spy->resyncs.size(), 2, kWaitMs);
        QCOMPARE(joins(), 2);
        QCOMPARE(joinToken(1), kToken2);
        QCOMPARE(m_server->accessTokensReceived().size(), 1);
        QCOMPARE(m_spy->errors.size(), 1); // the channel error was reported
    }

    void staleChannelEventsIgnored()
    {
        const int id = startLive();
        const QString topic = m_client->topic(id);
        m_server->sendChannelEvent(topic, QStringLiteral("phx_close"), QStringLiteral("0"));
        m_server->sendChannelEvent(topic, QStringLiteral("phx_error"), QStringLiteral("0"));
        const QString tenant = tenantOf(kTenantFilter);
        QCOMPARE(m_server->pushChange(kPublic, kChats, QStringLiteral("INSERT"), row(tenant, 1)),
                 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_spy->changes.size(), 1, kWaitMs);
        QCOMPARE(m_spy->errors.size(), 0);
        QCOMPARE(joins(), 1);
        QCOMPARE(m_client->mode(), Mode::Live);
    }

    void stopLeavesAndGoesQuiet()
    {
        const int id = startLive();
        const QString topic = m_client->topic(id);
        const QString joinRef = m_server->joinRef(topic);
        const int modes = int(m_spy->modes.size());
        m_client->stop();
        QCOMPARE(m_client->mode(), Mode::Stopped);
        QTRY_COMPARE_WITH_TIMEOUT(sent("phx_leave").size(), 1, kWaitMs);
        const Frame leave = sent("phx_leave").at(0);
        QCOMPARE(leave.topic(), topic);
        QCOMPARE(leave.json.value(QStringLiteral("join_ref")).toString(), joinRef);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, kWaitMs);
        QCOMPARE(m_server->joinedTopics(), QStringList());

        // A second client on the same server shows time passing: three of its heartbeats later
        // the stopped one has sent nothing and reconnected nowhere.
        const int heartbeats = heartbeatsOn(1);
        RealtimeClient witness(config());
        witness.start();
        QTRY_VERIFY_WITH_TIMEOUT(heartbeatsOn(2) >= 3, kWaitMs);
        QCOMPARE(heartbeatsOn(1), heartbeats);
        QCOMPARE(m_server->connectionsAccepted(), 2);
        QCOMPARE(int(m_spy->modes.size()), modes + 1);
        QCOMPARE(m_spy->polls.size(), 0);

        // A later start() rejoins the kept subscription.
        m_client->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->mode(), Mode::Live, kWaitMs);
        QCOMPARE(m_spy->resyncs.size(), 2);
    }

    void destroyedInAnyState()
    {
        for (int state = 0; state < 3; ++state) {
            makeClient();
            m_client->subscribe(kPublic, kChats);
            if (state == 2)
                m_server->setAccepting(false);
            m_client->start();
            if (state == 1)
                QTRY_COMPARE_WITH_TIMEOUT(m_client->mode(), Mode::Live, kWaitMs);
            if (state == 2)
                QTRY_COMPARE_WITH_TIMEOUT(m_client->mode(), Mode::Polling, kWaitMs);
            const int seen = int(m_spy->modes.size());
            QSignalSpy destroyed(m_client.get(), &QObject::destroyed);
            m_client.reset(); // the spies stay: no signal may reach them from the destructor
            QCOMPARE(destroyed.size(), 1);
            QCOMPARE(int(m_spy->modes.size()), seen);
            m_server->setAccepting(true);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, kWaitMs);
    }

    void urlPolicy()
    {
        RealtimeConfig c;
        c.apiKey = "k";
        QString error;
        const auto socketUrl = [&](const char *project) {
            error.clear();
            c.projectUrl = QUrl(QString::fromLatin1(project));
            return RealtimeClient::socketUrl(c, &error).toString();
        };
        const QString path = QStringLiteral("/realtime/v1/websocket?apikey=k&vsn=1.0.0");
        QCOMPARE(socketUrl("https://abc.supabase.co"),
                 QStringLiteral("wss://abc.supabase.co") + path);
        QCOMPARE(socketUrl("http://127.0.0.1:5400/"), QStringLiteral("ws://127.0.0.1:5400") + path);
        QCOMPARE(socketUrl("ws://localhost:5400"), QStringLiteral("ws://localhost:5400") + path);
        for (const char *refused : {"http://abc.supabase.co", "ws://192.168.1.5:4000",
                                    "ftp://abc.supabase.co", "not a url"}) {
            QVERIFY2(socketUrl(refused).isEmpty(), refused);
            QVERIFY2(!error.isEmpty(), refused);
        }
        c.apiKey.clear();
        QVERIFY(socketUrl("https://abc.supabase.co").isEmpty());

        // start() refuses a plain-text connection to another machine and stays Stopped.
        c.apiKey = "k";
        c.projectUrl = QUrl(QStringLiteral("http://abc.supabase.co"));
        RealtimeClient client(c);
        QSignalSpy errors(&client, &RealtimeClient::errorOccurred);
        QVERIFY(!client.start());
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QLatin1String("HTTPS")));
        QCOMPARE(client.mode(), Mode::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestRealtimeClient)
#include "tst_realtime_client.moc"
