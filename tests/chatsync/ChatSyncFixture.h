#pragma once

#include "models/store/AccountRepository.h"
#include "models/store/Database.h"
#include "net/sync/ChatSyncEngine.h"
#include "tests/support/FakeConnector.h"
#include "tests/support/TempWorkspace.h"

#include <QSqlQuery>

#include <memory>

namespace agentp::testing {

// A workspace with one Ozon account and a fake marketplace server behind it; engines made here
// connect to that server through FakeConnectors, so a "restart" (a new engine) sees the same
// server.
struct ChatSyncFixture
{
    TempWorkspace tmp;
    std::unique_ptr<store::Database> db;
    std::shared_ptr<FakeConnector::Server> server = std::make_shared<FakeConnector::Server>();
    qint64 accountId = 0;
    int connectorsMade = 0;

    bool setUp();
    std::unique_ptr<net::ChatSyncEngine> makeEngine(net::ChatSyncEngine::Options options = {});
    net::ChatSyncEngine::ConnectorFactory factory();
    static net::ChatSyncEngine::KeyProvider keys();

    // One value of the first row of `sql` (for quick checks).
    QVariant scalar(const QString &sql) const;
    qint64 chatIdOf(const QString &remoteId) const;
    // What the composer does (docs/chats.md): a local seller row and its chat.send_text intent.
    // Returns the intent id; `messageId` receives the row's id.
    qint64 queueReply(qint64 chatId, const QString &text, qint64 *messageId = nullptr,
                      const QDateTime &typedAt = {});
};

} // namespace agentp::testing
