#pragma once
// The sync side of the console wired as app/SyncHost wires it — ChatSyncEngine plus OutboxWorker
// with the ChatIntentHandler — but in the calling thread, over a fresh workspace with one Ozon
// account; the composer's ReplyQueue queues the replies. Connectors come from the product's own
// factory (SyncHost::connectorFactory) with test timings, so base URL, Client-Id, Api-Key and chat
// types travel exactly as in the product.

#include "app/SyncHost.h"
#include "models/store/AccountRepository.h"
#include "models/store/Database.h"
#include "models/store/ReplyQueue.h"
#include "net/ozon/OzonConnector.h"
#include "net/sync/ChatIntentHandler.h"
#include "net/sync/ChatSyncEngine.h"
#include "net/sync/OutboxWorker.h"
#include "tests/support/TempWorkspace.h"

#include <QSqlQuery>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace faulttest {

using namespace agentp;
using net::ChatSyncEngine;

// The product's connector factory, with seconds instead of minutes: timeouts, retry steps and
// the request budget are shortened; what is retried, and how, stays the product's policy.
// `trusted` fills OzonConfig::trustedCertificates, the only trust hook there is (the product's
// factory leaves it empty: system roots only).
inline ChatSyncEngine::ConnectorFactory productFactory(const QString &workspacePath,
                                                       const QList<QSslCertificate> &trusted = {})
{
    auto product = app::SyncHost::connectorFactory(workspacePath, false);
    return [product, trusted](const store::SellerAccount &account,
                              const QByteArray &key) -> std::unique_ptr<net::MarketplaceConnector> {
        auto connector = product(account, key);
        if (auto *ozon = qobject_cast<net::OzonConnector *>(connector.get())) {
            net::OzonConfig config = ozon->config();
            config.timeoutMs = 500;
            config.maxRetries = 2;
            config.retryBaseMs = 10;
            config.maxBackoffMs = 300;
            config.requestsPerSecond = 1000;
            config.burst = 100;
            config.trustedCertificates = trusted;
            ozon->setConfig(config);
        }
        return connector;
    };
}

inline ChatSyncEngine::KeyProvider keyProvider(const QByteArray &key)
{
    return [key](const store::SellerAccount &, QObject *context, ChatSyncEngine::KeyReply reply) {
        QTimer::singleShot(0, context, [reply, key] { reply(key, {}); });
    };
}

// Passes and offline retries fast enough for a test; the open chat is not refreshed.
inline ChatSyncEngine::Options engineOptions()
{
    ChatSyncEngine::Options o;
    o.passIntervalMs = 400;
    o.openChatIntervalMs = 600000;
    o.listPageSize = 4;
    o.history.pageSize = 10; // the newest page of a generated chat holds an image
    o.firstRetryMs = 100;
    o.maxRetryMs = 800;
    return o;
}

struct SyncConsole
{
    testing::TempWorkspace tmp;
    std::unique_ptr<store::Database> db;
    qint64 accountId = 0;
    std::unique_ptr<ChatSyncEngine> engine;
    std::unique_ptr<net::OutboxWorker> worker;

    ~SyncConsole() { stop(); }

    QString path() const { return tmp.file(); }

    bool create(const QUrl &baseUrl, const QString &clientId)
    {
        store::StoreError error;
        db = store::Database::open(path(), &error);
        if (!db)
            return false;
        store::SellerAccount account;
        account.marketplace = QStringLiteral("ozon");
        account.name = QStringLiteral("Магазин");
        account.externalId = clientId;
        account.baseUrl = baseUrl.toString();
        store::AccountProblem problem;
        accountId = store::AccountRepository(db->connection()).add(account, &problem, &error);
        return accountId > 0;
    }

    // What the account dialog does: a new address is saved, "seller_accounts" is announced and
    // SyncHost answers with reloadAccounts().
    bool setBaseUrl(const QString &url)
    {
        store::StoreError error;
        store::AccountProblem problem;
        store::AccountRepository accounts(db->connection());
        auto account = accounts.find(accountId, &error);
        if (!account)
            return false;
        account->baseUrl = url;
        if (!accounts.update(*account, &problem, &error))
            return false;
        if (engine)
            engine->reloadAccounts();
        return true;
    }

    void start(const ChatSyncEngine::Options &options, ChatSyncEngine::ConnectorFactory factory,
               ChatSyncEngine::KeyProvider keys, bool withWorker = true)
    {
        engine =
            std::make_unique<ChatSyncEngine>(path(), std::move(factory), std::move(keys), options);
        if (withWorker) {
            worker = std::make_unique<net::OutboxWorker>(path());
            worker->addHandler(std::make_unique<net::ChatIntentHandler>(engine.get()));
            worker->setExcludedKindPrefix(QStringLiteral("ai."));
        }
        // The engine first: the worker's chat handler asks it for connectors (as SyncHost).
        engine->start();
        if (worker)
            worker->start();
    }

    void stop()
    {
        if (worker)
            worker->stop();
        if (engine)
            engine->stop();
        worker.reset();
        engine.reset();
    }

    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db->connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    qint64 chatIdOf(const QString &remoteId) const
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT id FROM chats WHERE remote_id = ?"));
        q.addBindValue(remoteId);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    // The composer: one reply through ReplyQueue, then the worker looks at once (SyncHost pokes
    // it when "outbox" is announced). Returns the intent id, 0 when nothing was queued.
    qint64 reply(const QString &chatRemoteId, const QString &text, QString *why = nullptr)
    {
        store::StoreError error;
        const store::QueuedReply queued = store::ReplyQueue(db->connection(), path())
                                              .queueText(chatIdOf(chatRemoteId), text, &error);
        if (!queued.ok()) {
            if (why)
                *why = queued.problem.isEmpty() ? error.message : queued.problem;
            return 0;
        }
        if (worker)
            worker->poke();
        return queued.outboxId;
    }

    QString intentState(qint64 intent) const
    {
        return scalar(QStringLiteral("SELECT state FROM outbox WHERE id = %1").arg(intent))
            .toString();
    }
};

} // namespace faulttest
