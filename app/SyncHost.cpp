#include "app/SyncHost.h"

#include "models/LogCategories.h"
#include "models/security/SecretStore.h"
#include "models/store/AccountRepository.h"
#include "models/store/AiSettingsRepository.h"
#include "models/store/StoreNotifier.h"
#include "models/store/Workspace.h"
#include "net/demo/DemoBackend.h"
#include "net/demo/DemoConnector.h"
#include "net/demo/DemoDraftWriter.h"
#include "net/demo/DemoMarketplace.h"
#include "net/ozon/OzonConnector.h"
#include "net/sync/AiDraftHandler.h"
#include "net/sync/ChatIntentHandler.h"
#include "net/sync/OutboxWorker.h"
#include "net/sync/SalonIntentHandler.h"
#include "net/sync/SalonSync.h"

#include <QThread>
#include <QTimer>

namespace agentp::app {

net::ChatSyncEngine::ConnectorFactory SyncHost::connectorFactory(const QString &workspacePath,
                                                                 bool demo)
{
    if (demo) {
        // One simulated marketplace for all demo accounts, made on first use in the sync thread
        // (its timer and connection belong there) and gone with the engine.
        auto market = std::make_shared<std::unique_ptr<net::demo::DemoMarketplace>>();
        return [market,
                workspacePath](const store::SellerAccount &account,
                               const QByteArray &) -> std::unique_ptr<net::MarketplaceConnector> {
            if (!*market) {
                auto created = std::make_unique<net::demo::DemoMarketplace>(workspacePath);
                QString error;
                if (!created->start(&error)) {
                    qCWarning(lcNet) << "demo marketplace not started:" << error;
                    return nullptr;
                }
                *market = std::move(created);
            }
            return std::make_unique<net::demo::DemoConnector>(market->get(), account.id);
        };
    }
    return [](const store::SellerAccount &account,
              const QByteArray &apiKey) -> std::unique_ptr<net::MarketplaceConnector> {
        if (account.marketplace != QLatin1String("ozon"))
            return nullptr; // Wildberries and Yandex Market follow
        net::OzonConfig config;
        if (!account.baseUrl.isEmpty())
            config.baseUrl = QUrl(account.baseUrl);
        config.clientId = account.externalId;
        config.apiKey = apiKey;
        if (!account.chatTypes.isEmpty())
            config.chatTypes = account.chatTypes;
        return std::make_unique<net::OzonConnector>(config);
    };
}

namespace {

// Answers one stored secret: the secret, or nothing and why (`missing` when none is stored).
void readSecret(security::SecretStore *secrets, const QString &key, QObject *context,
                const QString &missing,
                const std::function<void(const QByteArray &, const QString &)> &reply)
{
    if (!secrets) {
        QTimer::singleShot(0, context, [reply, missing] { reply({}, missing); });
        return;
    }
    secrets->read(key, context, [reply, missing](const security::SecretStore::Result &result) {
        if (result.isOk())
            reply(result.secret, {});
        else if (result.status == security::SecretStore::Status::NotFound)
            reply({}, missing);
        else
            reply({}, result.message);
    });
}

} // namespace

net::ChatSyncEngine::KeyProvider SyncHost::keyProvider(security::SecretStore *secrets, bool demo)
{
    QPointer<security::SecretStore> secretStore(secrets);
    return [secretStore, demo](const store::SellerAccount &account, QObject *context,
                               net::ChatSyncEngine::KeyReply reply) {
        const QByteArray fromEnv = qgetenv(
            store::AccountRepository::apiKeyEnvironmentVariable(account.id).toLatin1().constData());
        if (demo || !fromEnv.isEmpty()) {
            QTimer::singleShot(0, context, [reply, fromEnv] { reply(fromEnv, {}); });
            return;
        }
        const QString missing =
            tr("No Api-Key is stored for “%1”: enter it in the account settings, or set %2 "
               "for headless use.")
                .arg(account.name, store::AccountRepository::apiKeyEnvironmentVariable(account.id));
        readSecret(secretStore,
                   store::AccountRepository::apiKeySecretKey(account.marketplace, account.id),
                   context, missing, reply);
    };
}

std::unique_ptr<net::IntentHandler>
SyncHost::draftHandler(QObject *announcer, security::SecretStore *secrets, bool demo)
{
    net::AiDraftHandler::BackendFactory backend;
    if (demo)
        backend = [] {
            return std::make_unique<net::demo::DemoDraftWriter>();
        };
    else
        backend = [] {
            return std::make_unique<net::HttpDraftBackend>();
        };
    QPointer<security::SecretStore> secretStore(secrets);
    auto keys = [secretStore](QObject *context, net::AiDraftHandler::KeyReply reply) {
        const QString missing = tr("No API key is stored for the draft service: enter it in the "
                                   "draft settings, or set %1 for headless use.")
                                    .arg(store::AiSettingsRepository::apiKeyEnvironmentVariable());
        readSecret(secretStore, store::AiSettingsRepository::apiKeySecretKey(), context, missing,
                   reply);
    };
    QPointer<QObject> target(announcer);
    auto notify = [target](const QStringList &tables) {
        if (auto *worker = qobject_cast<net::OutboxWorker *>(target.data()))
            emit worker->tablesChanged(tables);
    };
    return std::make_unique<net::AiDraftHandler>(std::move(backend), std::move(keys),
                                                 std::move(notify));
}

SyncHost::SyncHost(store::Workspace &workspace, security::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new net::OutboxWorker(workspace.path()))
    , m_draftWorker(new net::OutboxWorker(workspace.path()))
{
    qRegisterMetaType<net::ChatSyncSummary>();
    m_thread->setObjectName(QStringLiteral("agentp-sync"));
    const bool demo = workspace.isDemo();
    m_engine = new net::ChatSyncEngine(workspace.path(), connectorFactory(workspace.path(), demo),
                                       keyProvider(secrets, demo));
    if (demo) {
        net::demo::installDemoHandlers(*m_worker);
    } else {
        // The salon's actions go to its Supabase project through the session's client.
        m_salon = new net::SalonSync(workspace.path());
        m_worker->addHandler(
            std::make_unique<net::SalonIntentHandler>([salon = QPointer<net::SalonSync>(m_salon)] {
                return salon ? salon->client() : nullptr;
            }));
    }
    m_worker->addHandler(std::make_unique<net::ChatIntentHandler>(m_engine));
    m_worker->setExcludedKindPrefix(QStringLiteral("ai."));
    // Drafts stream for seconds; their own worker keeps replies from waiting behind them.
    m_draftWorker->setKindPrefix(QStringLiteral("ai."));
    m_draftWorker->addHandler(draftHandler(m_draftWorker, secrets, demo));
    m_worker->moveToThread(m_thread);
    m_draftWorker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_draftWorker, &QObject::deleteLater);
    m_engine->moveToThread(m_thread);
    if (m_salon) {
        m_salon->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_salon, &QObject::deleteLater);
        connect(m_salon, &net::SalonSync::tablesChanged, &workspace.notifier(),
                &store::StoreNotifier::notify);
        connect(m_salon, &net::SalonSync::problem, this, &SyncHost::problem);
        connect(m_salon, &net::SalonSync::modeChanged, this, &SyncHost::salonModeChanged);
        connect(m_salon, &net::SalonSync::sessionExpired, this, &SyncHost::salonSessionExpired);
    }
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);

    store::StoreNotifier *notifier = &workspace.notifier();
    connect(m_worker, &net::OutboxWorker::tablesChanged, notifier, &store::StoreNotifier::notify);
    connect(m_worker, &net::OutboxWorker::failed, this, &SyncHost::problem);
    connect(m_draftWorker, &net::OutboxWorker::tablesChanged, notifier,
            &store::StoreNotifier::notify);
    connect(m_engine, &net::ChatSyncEngine::tablesChanged, notifier, &store::StoreNotifier::notify);
    connect(m_engine, &net::ChatSyncEngine::problem, this, &SyncHost::problem);
    connect(m_engine, &net::ChatSyncEngine::passStarted, this, &SyncHost::onPassStarted);
    connect(m_engine, &net::ChatSyncEngine::passFinished, this, &SyncHost::onPassFinished);
    connect(m_engine, &net::ChatSyncEngine::olderFetched, this, &SyncHost::olderFetched);
    connect(m_engine, &net::ChatSyncEngine::attachmentFailed, this,
            [this](qint64, const QString &error) { emit problem(error); });
    connect(m_engine, &net::ChatSyncEngine::onlineChanged, this, [this](bool online) {
        m_online = online;
        emit onlineChanged(online);
    });
    // The marketplace answers again: replies that failed for the network go now rather than
    // after their backoff (up to 5 minutes). On the sync thread, where the worker lives.
    connect(m_engine, &net::ChatSyncEngine::onlineChanged, m_worker, [worker = m_worker](bool up) {
        if (up)
            worker->retryWaitingNow();
    });
    // The UI announces a queued intent as a change of "outbox": look at it now, not in a
    // second. An edited account list reaches the engine the same way.
    connect(notifier, &store::StoreNotifier::changed, m_worker,
            [worker = m_worker, drafts = m_draftWorker,
             engine = m_engine](const QSet<QString> &tables) {
                if (tables.contains(QStringLiteral("outbox"))) {
                    worker->poke();
                    drafts->poke();
                }
                if (tables.contains(QStringLiteral("seller_accounts")))
                    engine->reloadAccounts();
            });
    m_thread->start();
    // The engine first: the worker's chat handler asks it for connectors.
    QMetaObject::invokeMethod(m_engine, &net::ChatSyncEngine::start, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_worker, &net::OutboxWorker::start, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_draftWorker, &net::OutboxWorker::start, Qt::QueuedConnection);
    if (m_salon)
        QMetaObject::invokeMethod(m_salon, &net::SalonSync::start, Qt::QueuedConnection);
}

SyncHost::~SyncHost()
{
    QMetaObject::invokeMethod(m_worker, &net::OutboxWorker::stop, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(m_draftWorker, &net::OutboxWorker::stop,
                              Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(m_engine, &net::ChatSyncEngine::stop, Qt::BlockingQueuedConnection);
    if (m_salon)
        QMetaObject::invokeMethod(m_salon, &net::SalonSync::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void SyncHost::setOpenChat(qint64 chatId)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, chatId] { engine->setOpenChat(chatId); },
        Qt::QueuedConnection);
}

void SyncHost::fetchOlder(qint64 chatId)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, chatId] { engine->fetchOlder(chatId); },
        Qt::QueuedConnection);
}

void SyncHost::syncNow()
{
    QMetaObject::invokeMethod(m_engine, &net::ChatSyncEngine::syncNow, Qt::QueuedConnection);
    if (m_salon)
        QMetaObject::invokeMethod(m_salon, &net::SalonSync::pullNow, Qt::QueuedConnection);
}

void SyncHost::setSalonSession(const QUrl &projectUrl, const QByteArray &apiKey,
                               const QByteArray &token, const QString &tenantId, bool superAdmin)
{
    if (!m_salon)
        return;
    QMetaObject::invokeMethod(
        m_salon,
        [salon = m_salon, worker = m_worker, projectUrl, apiKey, token, tenantId, superAdmin] {
            salon->setSession(projectUrl, apiKey, token, tenantId, superAdmin);
            // Salon actions that waited for a session (an hour's RetryLater) go now.
            if (!token.isEmpty())
                worker->retryWaitingNow();
        },
        Qt::QueuedConnection);
}

void SyncHost::downloadAttachment(qint64 attachmentId)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, attachmentId] { engine->downloadAttachment(attachmentId); },
        Qt::QueuedConnection);
}

void SyncHost::setNetworkAvailable(bool available)
{
    if (available) {
        QMetaObject::invokeMethod(m_worker, &net::OutboxWorker::retryWaitingNow,
                                  Qt::QueuedConnection);
        QMetaObject::invokeMethod(m_draftWorker, &net::OutboxWorker::retryWaitingNow,
                                  Qt::QueuedConnection);
    }
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, available] { engine->setNetworkAvailable(available); },
        Qt::QueuedConnection);
}

void SyncHost::onPassStarted(qint64 accountId, const QString &name)
{
    m_running.insert(accountId, name);
    updateProgress();
}

void SyncHost::onPassFinished(qint64 accountId, const net::ChatSyncSummary &summary)
{
    m_running.remove(accountId);
    updateProgress();
    if (summary.ok()) {
        m_lastSyncAt = summary.finishedAt;
        emit lastSyncChanged(m_lastSyncAt);
    }
    emit accountSynced(accountId, summary.chats, summary.newMessages, summary.error);
}

void SyncHost::updateProgress()
{
    if (m_running.isEmpty()) {
        emit syncProgress(QString());
        return;
    }
    QStringList names = m_running.values();
    names.sort();
    emit syncProgress(tr("Syncing chats: %1…").arg(names.join(QStringLiteral(", "))));
}

} // namespace agentp::app
