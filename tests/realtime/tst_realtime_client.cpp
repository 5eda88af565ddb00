// RealtimeClient against FakeRealtimeServer over loopback WebSockets, with every interval
// scaled down: the exact phx_join, change routing, reply refs, heartbeats and their failure,
// drops and refusals (Polling, pollWanted, backoff, resync after rejoin), token renewal and
// expiry, refused joins, join timeouts, stale channel events, stop() and the URL policy.
// Absence of an event is checked against a later event that must come after it, never by
// sleeping.
#include "net/supabase/RealtimeClient.h"
#include "tests/support/FakeRealtimeServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace agentp::net::supabase;
using agentp::testing::FakeRealtimeServer;
using Mode = RealtimeClient::Mode;
using Frame = FakeRealtimeServer::Frame;

namespace {

constexpr int kWaitMs = 15000;
const QByteArray kToken = "user-jwt-1";
const QByteArray kToken2 = "user-jwt-2";
const QString kTenantFilter = QStringLiteral("tenant_id=eq.0b7e2c1a-5f0e-4c55-9a43-2f1d9d0c7a10");
const QString kPublic = QStringLiteral("public");
const QString kChats = QStringLiteral("chats");

QJsonObject row(const QString &tenant, int id)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("tenant_id"), tenant}};
}

QString tenantOf(const QString &filter)
{
    return filter.section(QStringLiteral("eq."), 1);
}

} // namespace

class TestRealtimeClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeRealtimeServer> m_server;
    std::unique_ptr<RealtimeClient> m_client;
    struct Spies
    {
        explicit Spies(RealtimeClient *c)
            : modes(c, &RealtimeClient::modeChanged)
            , polls(c, &RealtimeClient::pollWanted)
            , resyncs(c, &RealtimeClient::resyncNeeded)
            , changes(c, &RealtimeClient::change)
            , errors(c, &RealtimeClient::subscriptionError)
            , expired(c, &RealtimeClient::tokenExpired)
        {}
        QSignalSpy modes, polls, resyncs, changes, errors, expired;
    };
    std::unique_ptr<Spies> m_spy; // outlives the client: signals from its destructor show

    RealtimeConfig config() const
    {
        RealtimeConfig c;
        c.projectUrl = m_server->url();
        c.apiKey = m_server->apiKey();
        c.heartbeatIntervalMs = 300;
        c.joinTimeoutMs = 3000;
        c.pollIntervalMs = 300;
        c.reconnectStepsMs = {20, 40, 80};
        c.rejoinStepsMs = {20, 40, 80};
        return c;
    }
    void makeClient(const std::function<void(RealtimeConfig &)> &change = {})
    {
        RealtimeConfig c = config();
        if (change)
            change(c);
        m_client = std::make_unique<RealtimeClient>(c);
        m_spy = std::make_unique<Spies>(m_client.get());
    }
    // A client joined to public.chats for one tenant with kToken.
    int startLive()
    {
        if (!m_client)
            makeClient();
        m_client->setAccessToken(kToken);
        const int id = m_client->subscribe(kPublic, kChats, kTenantFilter);
        m_client->start();
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(m_client->mode(), Mode::Live, kWaitMs);
        }();
        return id;
    }
    QList<Frame> sent(const char *event) const
    {
        return m_server->frames(QString::fromLatin1(event));
    }
    int joins() const { return int(sent("phx_join").size()); }
    QByteArray joinToken(int i) const
    {
        return sent("phx_join")
            .at(i)
            .payload()
            .value(QStringLiteral("access_token"))
            .toString()
            .toUtf8();
    }
    int heartbeatsOn(int connection) const
    {
        int n = 0;
        for (const Frame &f : sent("heartbeat"))
            n += f.connection == connection;
        return n;
    }
    QList<Mode> modesSeen() const
    {
        QList<Mode> out;
        for (const QList<QVariant> &args : m_spy->modes)
            out.append(args.at(0).value<Mode>());
        return out;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<FakeRealtimeServer>();
        QVERIFY(m_server->listen());
        m_server->addValidToken(kToken);
        m_server->addValidToken(kToken2);
    }
    void cleanup()
    {
        m_client.reset();
        m_spy.reset();
        m_server.reset();
    }

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
