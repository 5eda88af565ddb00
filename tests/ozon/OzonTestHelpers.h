#pragma once
// Shared by the Ozon integration tests: a connector pointed at a FakeOzonServer, and calls
// that wait (through the event loop, never by sleeping) for the connector's single answer.

#include "net/http/ApiClient.h"
#include "net/http/RequestBudget.h"
#include "net/ozon/OzonConnector.h"
#include "tests/support/FakeOzonServer.h"

#include <QTest>

#include <memory>

namespace ozontest {

using namespace agentp;
using agentp::net::ConnectorError;
using agentp::net::MarketplaceConnector;
using agentp::net::OzonConfig;
using agentp::net::OzonConnector;
using agentp::testing::FakeOzonData;
using agentp::testing::FakeOzonServer;
using Kind = ConnectorError::Kind;

constexpr int kWaitMs = 20000;

inline OzonConfig configFor(const FakeOzonServer &server)
{
    OzonConfig config;
    config.baseUrl = server.baseUrl();
    config.clientId = server.options().clientId;
    config.apiKey = server.options().apiKey;
    config.requestsPerSecond = 1000;
    config.burst = 100;
    config.timeoutMs = 5000;
    config.maxRetries = 2;
    config.retryBaseMs = 10;
    config.maxBackoffMs = 5000;
    return config;
}

struct ListResult
{
    bool done = false;
    int calls = 0;
    domain::ChatListPage page;
    ConnectorError error;
};
struct HistoryResult
{
    bool done = false;
    domain::HistoryPage page;
    ConnectorError error;
};
struct SendResult
{
    bool done = false;
    int calls = 0;
    ConnectorError error;
};
struct ReadResult
{
    bool done = false;
    int unread = -1;
    ConnectorError error;
};
struct DownloadResult
{
    bool done = false;
    QByteArray bytes;
    ConnectorError error;
};

inline ListResult listChats(OzonConnector &c, const QString &cursor = {}, int limit = 100)
{
    auto r = std::make_shared<ListResult>();
    c.listChats(cursor, limit, [r](const domain::ChatListPage &page, const ConnectorError &e) {
        r->done = true;
        ++r->calls;
        r->page = page;
        r->error = e;
    });
    (void)QTest::qWaitFor([r] { return r->done; }, kWaitMs); // r->done stays false on timeout
    return *r;
}

inline HistoryResult
history(OzonConnector &c, const QString &chatId, const QString &from = {},
        MarketplaceConnector::Direction direction = MarketplaceConnector::Direction::Older,
        int limit = 50)
{
    auto r = std::make_shared<HistoryResult>();
    c.history(chatId, from, direction, limit,
              [r](const domain::HistoryPage &page, const ConnectorError &e) {
                  r->done = true;
                  r->page = page;
                  r->error = e;
              });
    (void)QTest::qWaitFor([r] { return r->done; }, kWaitMs); // r->done stays false on timeout
    return *r;
}

inline SendResult sendText(OzonConnector &c, const QString &chatId, const QString &text)
{
    auto r = std::make_shared<SendResult>();
    c.sendText(chatId, text, [r](const ConnectorError &e) {
        r->done = true;
        ++r->calls;
        r->error = e;
    });
    (void)QTest::qWaitFor([r] { return r->done; }, kWaitMs); // r->done stays false on timeout
    return *r;
}

inline SendResult sendFile(OzonConnector &c, const QString &chatId, const QString &name,
                           const QByteArray &content)
{
    auto r = std::make_shared<SendResult>();
    c.sendFile(chatId, name, content, [r](const ConnectorError &e) {
        r->done = true;
        ++r->calls;
        r->error = e;
    });
    (void)QTest::qWaitFor([r] { return r->done; }, kWaitMs); // r->done stays false on timeout
    return *r;
}

inline ReadResult markRead(OzonConnector &c, const QString &chatId, const QString &upTo)
{
    auto r = std::make_shared<ReadResult>();
    c.markRead(chatId, upTo, [r](int unread, const ConnectorError &e) {
        r->done = true;
        r->unread = unread;
        r->error = e;
    });
    (void)QTest::qWaitFor([r] { return r->done; }, kWaitMs); // r->done stays false on timeout
    return *r;
}

inline DownloadResult download(OzonConnector &c, const QString &url)
{
    auto r = std::make_shared<DownloadResult>();
    c.download(url, [r](const QByteArray &bytes, const ConnectorError &e) {
        r->done = true;
        r->bytes = bytes;
        r->error = e;
    });
    (void)QTest::qWaitFor([r] { return r->done; }, kWaitMs); // r->done stays false on timeout
    return *r;
}

inline FakeOzonData::Message message(const QString &id, const QString &text,
                                     const QString &userType = QStringLiteral("Customer"))
{
    FakeOzonData::Message m;
    m.id = id;
    m.userType = userType;
    m.data << text;
    return m;
}

} // namespace ozontest
