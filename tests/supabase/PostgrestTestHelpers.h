#pragma once
// Shared by the PostgREST integration tests: a client pointed at a FakePostgrestServer, a
// small salon data set, and calls that wait (through the event loop, never by sleeping) for
// the client's single answer.

#include "net/supabase/PostgrestClient.h"
#include "tests/support/FakePostgrestServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace pgtest {

using namespace agentp::net::supabase;
using agentp::testing::FakePostgrestServer;
using F = PostgrestFilter;
using Kind = PostgrestError::Kind;

constexpr int kWaitMs = 20000;

inline SupabaseConfig configFor(const FakePostgrestServer &server)
{
    SupabaseConfig config;
    config.projectUrl = server.projectUrl();
    config.apiKey = server.options().apiKey;
    config.timeoutMs = 5000;
    config.maxRetries = 2;
    config.retryBaseMs = 10;
    config.maxBackoffMs = 2000;
    config.requestsPerSecond = 1000;
    config.burst = 100;
    return config;
}

struct Outcome
{
    bool done = false;
    int calls = 0;
    PostgrestResult result;
};

// Starts a call with a Done that records the answer, then waits for it.
template<typename Start> PostgrestResult waitFor(Start start, int *calls = nullptr)
{
    auto o = std::make_shared<Outcome>();
    start([o](const PostgrestResult &r) {
        o->done = true;
        ++o->calls;
        o->result = r;
    });
    if (!QTest::qWaitFor([o] { return o->done; }, kWaitMs)) {
        PostgrestResult timedOut;
        timedOut.error = PostgrestError::make(Kind::Cancelled, QStringLiteral("test timed out"));
        return timedOut;
    }
    if (calls)
        *calls = o->calls;
    return o->result;
}

inline PostgrestResult select(PostgrestClient &c, const PostgrestQuery &q)
{
    return waitFor([&](PostgrestClient::Done d) { c.select(q, std::move(d)); });
}

inline PostgrestResult insert(PostgrestClient &c, const QString &table, const QJsonArray &rows,
                              const InsertOptions &options = {},
                              const QString &schema = QStringLiteral("public"))
{
    return waitFor(
        [&](PostgrestClient::Done d) { c.insert(schema, table, rows, options, std::move(d)); });
}

inline PostgrestResult update(PostgrestClient &c, const PostgrestQuery &q,
                              const QJsonObject &values)
{
    return waitFor([&](PostgrestClient::Done d) { c.update(q, values, std::move(d)); });
}

inline PostgrestResult rpc(PostgrestClient &c, const QString &schema, const QString &fn,
                           const QJsonObject &args, bool idempotent = false)
{
    return waitFor(
        [&](PostgrestClient::Done d) { c.rpc(schema, fn, args, std::move(d), idempotent); });
}

inline QList<int> ids(const QJsonValue &rows)
{
    QList<int> out;
    for (const auto &row : rows.toArray())
        out << row.toObject().value(QStringLiteral("id")).toInt();
    return out;
}

inline QJsonObject client(int id, const QString &name, const QString &phone,
                          const QJsonValue &score = QJsonValue())
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("full_name"), name},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("score"), score}};
}

// clients_v2 (id, full_name, phone, score) and wishlist_v2 (id, client_id → clients_v2.id,
// status, service).
inline void fillSalon(FakePostgrestServer &server)
{
    server.setTable(
        QStringLiteral("clients_v2"),
        {client(1, QStringLiteral("Анна Смирнова"), QStringLiteral("+7 900 111-22-33"), 0.9),
         client(2, QStringLiteral("Ann Smith"), QStringLiteral("+44 20 7946 0000"), 0.2),
         client(3, QStringLiteral("Boris Ivanov"), QStringLiteral("+7 901 000-00-01")),
         client(4, QStringLiteral("анна петрова"), QStringLiteral("+7 902 555-44-33"), 0.5)},
        {QStringLiteral("id"), QStringLiteral("phone")});
    const auto wish = [](int id, int clientId, const char *status, const char *service) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("client_id"), clientId},
                           {QStringLiteral("status"), QLatin1String(status)},
                           {QStringLiteral("service"), QLatin1String(service)}};
    };
    server.setTable(QStringLiteral("wishlist_v2"),
                    {wish(10, 1, "open", "manicure"), wish(11, 1, "done", "haircut"),
                     wish(12, 2, "open", "massage"), wish(13, 3, "open", "manicure")});
    server.addRelation(QStringLiteral("wishlist_v2"), QStringLiteral("client_id"),
                       QStringLiteral("clients_v2"));
}

// A listening fake with the salon tables and a client for it (each test function's start).
inline bool startSalon(std::unique_ptr<FakePostgrestServer> &server,
                       std::unique_ptr<PostgrestClient> &client)
{
    server = std::make_unique<FakePostgrestServer>();
    if (!server->listen())
        return false;
    fillSalon(*server);
    client = std::make_unique<PostgrestClient>(configFor(*server));
    return true;
}

} // namespace pgtest
