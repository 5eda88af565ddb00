#pragma once
// Shared by the Realtime client tests: a FakeRealtimeServer per test function and a client
// with every interval scaled down, spies on all its signals, and helpers that read what the
// server received. Absence of an event is checked against a later event, never by sleeping.
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

namespace realtimetest {

constexpr int kWaitMs = 15000;
const QByteArray kToken = "user-jwt-1";
const QByteArray kToken2 = "user-jwt-2";
const QString kTenantFilter = QStringLiteral("tenant_id=eq.0b7e2c1a-5f0e-4c55-9a43-2f1d9d0c7a10");
const QString kPublic = QStringLiteral("public");
const QString kChats = QStringLiteral("chats");

inline QJsonObject row(const QString &tenant, int id)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("tenant_id"), tenant}};
}

inline QString tenantOf(const QString &filter)
{
    return filter.section(QStringLiteral("eq."), 1);
}


// Not a test class itself: the test classes derive from it and call setUp()/tearDown() from their
// init()/cleanup().
class RealtimeFixture : public QObject
{
protected:
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

    void setUp()
    {
        m_server = std::make_unique<FakeRealtimeServer>();
        QVERIFY(m_server->listen());
        m_server->addValidToken(kToken);
        m_server->addValidToken(kToken2);
    }
    void tearDown()
    {
        m_client.reset();
        m_spy.reset();
        m_server.reset();
    }
};

} // namespace realtimetest
