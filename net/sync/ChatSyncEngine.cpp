#include "net/sync/ChatSyncEngine.h"

#include "net/sync/ChatSyncEngineRun.h"

#include "models/LogCategories.h"
#include "models/store/ChatRepository.h"
#include "models/store/Database.h"

#include <QPointer>
#include <QTimer>

namespace agentp::net {

using store::ChatRepository;

ChatSyncEngine::ChatSyncEngine(QString workspacePath, ConnectorFactory factory, KeyProvider keys,
                               QObject *parent)
    : QObject(parent)
{
    init(std::move(workspacePath), std::move(factory), std::move(keys), Options{});
}

ChatSyncEngine::ChatSyncEngine(QString workspacePath, ConnectorFactory factory, KeyProvider keys,
                               const Options &options, QObject *parent)
    : QObject(parent)
{
    init(std::move(workspacePath), std::move(factory), std::move(keys), options);
}

void ChatSyncEngine::init(QString workspacePath, ConnectorFactory factory, KeyProvider keys,
                          const Options &options)
{
    qRegisterMetaType<ChatSyncSummary>();
    m_path = std::move(workspacePath);
    m_factory = std::move(factory);
    m_keys = std::move(keys);
    m_options = options;
}

ChatSyncEngine::~ChatSyncEngine()
{
    stop();
}

bool ChatSyncEngine::isIdle() const
{
    for (const auto &[id, run] : m_runs) {
        if (run->passRunning)
            return false;
    }
    return true;
}

ChatSyncEngine::Run *ChatSyncEngine::run(qint64 accountId) const
{
    const auto it = m_runs.find(accountId);
    return it == m_runs.end() ? nullptr : it->second.get();
}

void ChatSyncEngine::start()
{
    if (m_db)
        return;
    store::StoreError error;
    store::Database::Options options;
    options.createIfMissing = false;
    m_db = store::Database::open(m_path, options, &error);
    if (!m_db) {
        emit problem(error.message);
        return;
    }
    m_passTimer = new QTimer(this);
    m_passTimer->setInterval(m_options.passIntervalMs);
    connect(m_passTimer, &QTimer::timeout, this, &ChatSyncEngine::syncNow);
    m_openChatTimer = new QTimer(this);
    m_openChatTimer->setInterval(m_options.openChatIntervalMs);
    connect(m_openChatTimer, &QTimer::timeout, this, &ChatSyncEngine::refreshOpenChat);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ChatSyncEngine::syncNow);
    reloadAccounts();
    if (m_options.startPasses) {
        m_passTimer->start();
        syncNow();
    }
}

void ChatSyncEngine::stop()
{
    // Out of the map first: connectors may answer cancelAll() inside the call, and those
    // answers must find no account to record a failure for.
    auto runs = std::move(m_runs);
    m_runs.clear();
    for (auto &[id, run] : runs) {
        if (run->connector)
            run->connector->cancelAll();
    }
    runs.clear();
    m_testConnectors.clear();
    // Jobs hold copies of the connection; they must go before it is closed.
    qDeleteAll(findChildren<ChatHistoryPull *>(Qt::FindDirectChildrenOnly));
    m_pulls.clear();
    delete m_passTimer;
    delete m_openChatTimer;
    delete m_retryTimer;
    m_passTimer = m_openChatTimer = m_retryTimer = nullptr;
    m_db.reset();
}

void ChatSyncEngine::reloadAccounts()
{
    if (!m_db)
        return;
    store::StoreError error;
    const auto accounts = store::AccountRepository(m_db->connection()).enabledAccounts(&error);
    if (error.isError()) {
        emit problem(error.message);
        return;
    }
    std::map<qint64, std::unique_ptr<Run>> next;
    std::vector<qint64> toStart;
    for (const store::SellerAccount &a : accounts) {
        if (m_options.onlyAccount > 0 && a.id != m_options.onlyAccount)
            continue;
        auto it = m_runs.find(a.id);
        if (it != m_runs.end()) {
            Run &r = *it->second;
            const bool same = r.account.externalId == a.externalId &&
                              r.account.baseUrl == a.baseUrl && r.account.chatTypes == a.chatTypes;
            r.account.name = a.name;
            if (!same) {
                // New credentials or address: a fresh connector, and any running pass restarts.
                r.account = a;
                r.generation = m_nextGeneration++;
                if (r.connector)
                    r.connector->cancelAll();
                r.connector.reset();
                r.loadingKey = false;
                r.keyWaiters.clear();
                if (r.passRunning)
                    toStart.push_back(a.id);
                r.passRunning = false;
            }
            next.emplace(a.id, std::move(it->second));
            m_runs.erase(it);
            continue;
        }
        auto r = std::make_unique<Run>();
        r->account = a;
        r->generation = m_nextGeneration++;
        next.emplace(a.id, std::move(r));
        if (m_passTimer && m_passTimer->isActive())
            toStart.push_back(a.id); // added while running: sync it now, not in a minute
    }
    // What is left was removed or disabled (swapped out first, see stop()).
    std::swap(m_runs, next);
    for (auto &[id, r] : next) {
        if (r->connector)
            r->connector->cancelAll();
    }
    next.clear();
    for (qint64 id : toStart)
        startPass(id);
}

void ChatSyncEngine::ensureConnector(Run &run, std::function<void(const QString &)> ready)
{
    if (run.connector) {
        ready({});
        return;
    }
    run.keyWaiters.push_back(std::move(ready));
    if (run.loadingKey)
        return;
    run.loadingKey = true;
    const qint64 id = run.account.id;
    const quint64 generation = run.generation;
    QPointer<ChatSyncEngine> self(this);
    m_keys(run.account, this, [self, id, generation](const QByteArray &key, const QString &why) {
        if (!self)
            return;
        Run *r = self->run(id);
        if (!r || r->generation != generation)
            return;
        r->loadingKey = false;
        QString problem = why;
        if (problem.isEmpty()) {
            r->connector = self->m_factory(r->account, key);
            if (!r->connector)
                problem = tr("Syncing chats of this marketplace is not supported yet.");
        }
        auto waiters = std::move(r->keyWaiters);
        r->keyWaiters.clear();
        for (auto &w : waiters)
            w(problem);
    });
}

void ChatSyncEngine::withConnector(qint64 accountId, ConnectorReply reply)
{
    QPointer<ChatSyncEngine> self(this);
    QTimer::singleShot(0, this, [self, accountId, reply = std::move(reply)] {
        Run *r = self ? self->run(accountId) : nullptr;
        if (!r) {
            reply(nullptr, tr("The seller account is disabled or was removed."));
            return;
        }
        self->ensureConnector(*r, [self, accountId, reply](const QString &problem) {
            Run *r2 = self ? self->run(accountId) : nullptr;
            reply(r2 && problem.isEmpty() ? r2->connector.get() : nullptr, problem);
        });
    });
}

void ChatSyncEngine::syncNow()
{
    if (!m_db)
        return;
    m_waitingForAll = true;
    for (auto &[id, r] : m_runs)
        r->passDone = false;
    if (m_runs.empty()) {
        QTimer::singleShot(0, this, [this] {
            if (m_waitingForAll && m_runs.empty()) {
                m_waitingForAll = false;
                emit allPassesFinished();
            }
        });
        return;
    }
    std::vector<qint64> ids;
    for (const auto &[id, r] : m_runs)
        ids.push_back(id);
    for (qint64 id : ids)
        startPass(id);
}

void ChatSyncEngine::syncAccount(qint64 accountId)
{
    startPass(accountId);
}

void ChatSyncEngine::startPass(qint64 accountId)
{
    Run *r = run(accountId);
    if (!r || !m_db)
        return;
    if (r->passRunning) {
        r->passAgain = true;
        return;
    }
    r->passRunning = true;
    r->summary = {};
    r->summary.accountId = accountId;
    r->summary.accountName = r->account.name;
    r->summary.marketplace = r->account.marketplace;
    r->listFailure.clear();
    r->history.clear();
    r->historyIds.clear();
    r->historyIndex = 0;
    r->historyInFlight = 0;
    ++r->passSerial;
    r->listPages = 0;
    emit passStarted(accountId, r->account.name);
    const quint64 generation = r->generation;
    QPointer<ChatSyncEngine> self(this);
    ensureConnector(*r, [self, accountId, generation](const QString &problem) {
        Run *run = self ? self->run(accountId) : nullptr;
        if (!run || run->generation != generation)
            return;
        if (!problem.isEmpty()) {
            ++run->summary.errors;
            run->summary.error = problem;
            run->listFailure = problem;
            self->finishPass(*run, problem);
            return;
        }
        self->listNext(accountId, generation);
    });
}

void ChatSyncEngine::listNext(qint64 accountId, quint64 generation)
{
    Run *r = run(accountId);
    store::StoreError error;
    r->lastCursor = ChatRepository(m_db->connection()).listCursor(accountId, &error);
    if (error.isError()) {
        ++r->summary.errors;
        r->summary.error = r->listFailure = error.message;
        finishPass(*r, error.message);
        return;
    }
    QPointer<ChatSyncEngine> self(this);
    r->connector->listChats(
        r->lastCursor, m_options.listPageSize,
        [self, accountId, generation](const domain::ChatListPage &page, const ConnectorError &e) {
            if (self)
                self->onListPage(accountId, generation, page, e);
        });
}

void ChatSyncEngine::onListPage(qint64 accountId, quint64 generation,
                                const domain::ChatListPage &page, const ConnectorError &error)
{
    Run *r = run(accountId);
    if (!r || r->generation != generation || !r->passRunning)
        return;
    ChatRepository chats(m_db->connection());
    store::StoreError storeError;
    if (error.isError()) {
        noteError(r, error);
        ++r->summary.errors;
        r->summary.error = r->listFailure = error.message;
        r->summary.offline = error.kind == ConnectorError::Kind::Network;
        // A cursor the marketplace no longer accepts: the next pass starts from the first page.
        if (error.kind == ConnectorError::Kind::BadRequest && !r->lastCursor.isEmpty())
            chats.resetListCursor(accountId, &storeError);
        finishPass(*r, error.message);
        return;
    }
    noteSuccess();
    store::ChatPageSaved saved;
    if (!chats.saveChatPage(accountId, page, &saved, &storeError)) {
        ++r->summary.errors;
        r->summary.error = r->listFailure = storeError.message;
        finishPass(*r, storeError.message);
        return;
    }
    announce(saved.changedTables);
    r->summary.chats += saved.chats;
    for (store::SyncedChat &c : saved.needHistory) {
        // A chat can come back on a later page (the list moved meanwhile): pull it once.
        if (!r->historyIds.contains(c.id)) {
            r->historyIds.insert(c.id);
            r->history.push_back(std::move(c));
        }
    }
    ++r->listPages;
    if (page.hasNext && !page.nextCursor.isEmpty() && page.nextCursor != r->lastCursor &&
        r->listPages < m_options.maxListPages) {
        listNext(accountId, generation);
        return;
    }
    historyNext(accountId, generation);
}

void ChatSyncEngine::historyNext(qint64 accountId, quint64 generation)
{
    Run *r = run(accountId);
    if (!r || r->generation != generation || !r->passRunning)
        return;
    // A few chats at once, so the marketplace prepares one page while the last one is saved
    // (the connector's request budget still paces the calls).
    const int parallel = std::max(1, m_options.parallelChats);
    while (r->historyIndex < r->history.size() && r->historyInFlight < parallel) {
        const qint64 chatId = r->history[r->historyIndex++].id;
        ++r->historyInFlight;
        QPointer<ChatSyncEngine> self(this);
        const quint64 serial = r->passSerial;
        refreshChat(chatId, [self, accountId, generation, serial](const ChatPullResult &result) {
            Run *run = self ? self->run(accountId) : nullptr;
            if (!run || run->generation != generation || !run->passRunning ||
                run->passSerial != serial)
                return;
            --run->historyInFlight;
            run->summary.newMessages += result.newMessages;
            if (!result.ok()) {
                ++run->summary.errors;
                run->summary.error = result.error.isError() ? result.error.message : result.problem;
                if (result.error.kind == ConnectorError::Kind::Network) {
                    // Unreachable: the other chats would fail the same way.
                    run->summary.offline = true;
                    run->listFailure = run->summary.error;
                    self->finishPass(*run, run->summary.error);
                    return;
                }
                if (result.storeFailed) {
                    // The store itself failed (disk full, I/O error): not this chat's fault,
                    // and the others would fail the same way. Failing the pass tells the user
                    // (problem(), the account's last error) instead of recording a success.
                    run->listFailure = run->summary.error;
                    self->finishPass(*run, run->summary.error);
                    return;
                }
            }
            self->historyNext(accountId, generation);
        });
    }
    if (r->historyIndex >= r->history.size() && r->historyInFlight == 0)
        finishPass(*r, QString());
}

void ChatSyncEngine::finishPass(Run &run, const QString &failure)
{
    run.passRunning = false;
    run.passDone = true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    run.summary.finishedAt = now;
    // A chat that failed alone (removed remotely …) does not make the account's sync fail.
    store::StoreError error;
    if (store::AccountRepository(m_db->connection())
            .recordSyncOutcome(run.account.id, now, failure, &error))
        announce({QStringLiteral("seller_accounts")});
    if (!failure.isEmpty() && !run.summary.offline && failure != run.account.lastError)
        emit problem(tr("%1: %2").arg(run.account.name, failure));
    run.account.lastError = failure;
    if (failure.isEmpty())
        run.account.lastSyncAt = now;
    const qint64 id = run.account.id;
    emit passFinished(id, run.summary);
    if (m_waitingForAll && std::all_of(m_runs.begin(), m_runs.end(), [](const auto &entry) {
            return entry.second->passDone && !entry.second->passRunning;
        })) {
        m_waitingForAll = false;
        emit allPassesFinished();
    }
    Run *r = this->run(id); // a slot connected to passFinished may have reloaded the accounts
    if (r && r->passAgain) {
        r->passAgain = false;
        QTimer::singleShot(0, this, [this, id] { startPass(id); });
    }
}

void ChatSyncEngine::testAccount(qint64 accountId, TestReply reply)
{
    store::StoreError error;
    const auto account =
        m_db ? store::AccountRepository(m_db->connection()).find(accountId, &error) : std::nullopt;
    if (!account) {
        QTimer::singleShot(0, this, [reply, message = error.message] {
            reply({}, message.isEmpty() ? tr("The seller account no longer exists.") : message);
        });
        return;
    }
    QPointer<ChatSyncEngine> self(this);
    m_keys(*account, this, [self, account, reply](const QByteArray &key, const QString &why) {
        if (!self)
            return;
        if (!why.isEmpty()) {
            reply({}, why);
            return;
        }
        auto connector = self->m_factory(*account, key);
        if (!connector) {
            reply({}, tr("Syncing chats of this marketplace is not supported yet."));
            return;
        }
        MarketplaceConnector *raw = connector.get();
        self->m_testConnectors.push_back(std::move(connector));
        raw->listChats(
            {}, 1,
            [self, raw, account, reply](const domain::ChatListPage &, const ConnectorError &e) {
                if (!self)
                    return;
                auto &tests = self->m_testConnectors;
                for (auto it = tests.begin(); it != tests.end(); ++it) {
                    if (it->get() == raw) {
                        it->release()->deleteLater(); // we are inside its callback
                        tests.erase(it);
                        break;
                    }
                }
                if (!e.isError()) {
                    self->noteSuccess();
                    // The key may be new: the account's connector starts over.
                    if (Run *r = self->run(account->id)) {
                        r->generation = self->m_nextGeneration++;
                        if (r->connector)
                            r->connector->cancelAll();
                        r->connector.reset();
                        r->loadingKey = false;
                        r->keyWaiters.clear();
                        r->passRunning = false;
                        self->startPass(account->id);
                    }
                }
                reply(e, QString());
            });
    });
}

void ChatSyncEngine::noteError(Run *run, const ConnectorError &error)
{
    Q_UNUSED(run);
    if (error.kind != ConnectorError::Kind::Network)
        return;
    setOffline(true);
    if (m_retryTimer && !m_retryTimer->isActive()) {
        m_retryMs =
            m_retryMs == 0 ? m_options.firstRetryMs : std::min(m_retryMs * 2, m_options.maxRetryMs);
        m_retryTimer->start(m_retryMs);
    }
}

void ChatSyncEngine::noteSuccess()
{
    if (!m_offline)
        return;
    setOffline(false);
    m_retryMs = 0;
    if (m_retryTimer)
        m_retryTimer->stop();
    // Back online: the accounts whose pass stopped at the network catch up now.
    std::vector<qint64> ids;
    for (const auto &[id, r] : m_runs) {
        if (r->summary.offline && !r->passRunning)
            ids.push_back(id);
    }
    for (qint64 id : ids)
        startPass(id);
}

void ChatSyncEngine::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    qCInfo(lcNet) << "chat sync" << (offline ? "offline" : "online");
    emit onlineChanged(!offline);
}

void ChatSyncEngine::setNetworkAvailable(bool available)
{
    if (!available || !m_offline || !m_db)
        return;
    // Do not wait for the backoff: the system says the network is back.
    if (m_retryTimer)
        m_retryTimer->stop();
    syncNow();
}

void ChatSyncEngine::announce(const QStringList &tables)
{
    if (!tables.isEmpty())
        emit tablesChanged(tables);
}

} // namespace agentp::net
