#pragma once

#include "models/store/AccountRepository.h"
#include "net/marketplace/MarketplaceConnector.h"
#include "net/sync/ChatHistoryPull.h"
#include "net/sync/ChatSyncSummary.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QTimer;

namespace agentp::store {
class Database;
}

namespace agentp::net {

// Pulls buyer chats of every enabled seller account into the workspace (docs/chats.md). Lives in
// the sync thread with its own store connection; one connector per account, made by the
// factory the app supplies (Ozon, the demo marketplace) or a test (fakes).
//
// A pass of an account walks the chat list page by page (each page saved with its cursor in one
// transaction, so an interrupted pass resumes where it stopped), then pulls the history of each
// chat whose newest remote message is not stored yet: forward from the stored newest, or the
// newest page when nothing is stored. Passes run every `passIntervalMs`, the chat open in the UI
// is refreshed every `openChatIntervalMs`, and a chat is refreshed at once after a reply went
// out. A network failure turns the engine offline: it retries on a backoff and when the system
// reports connectivity again, and turns online with the first answer.
class ChatSyncEngine final : public QObject
{
    Q_OBJECT
public:
    // Makes the connector of an account, or nullptr when its marketplace is not supported here.
    using ConnectorFactory = std::function<std::unique_ptr<MarketplaceConnector>(
        const store::SellerAccount &account, const QByteArray &apiKey)>;
    // Answers the Api-Key of an account (possibly later): the key, or empty and why not.
    using KeyReply = std::function<void(const QByteArray &key, const QString &problem)>;
    using KeyProvider =
        std::function<void(const store::SellerAccount &account, QObject *context, KeyReply reply)>;
    using ConnectorReply =
        std::function<void(MarketplaceConnector *connector, const QString &problem)>;
    using PullReply = std::function<void(const ChatPullResult &result)>;
    using TestReply = std::function<void(const ConnectorError &error, const QString &problem)>;

    struct Options
    {
        int passIntervalMs = 60000;
        int openChatIntervalMs = 10000;
        int listPageSize = 100;
        int maxListPages = 1000; // guards against a marketplace that never says "last page"
        int parallelChats = 3;   // chat histories pulled at the same time within a pass
        ChatHistoryPull::Options history;
        int firstRetryMs = 5000; // offline: 5 s, 10 s, … up to maxRetryMs
        int maxRetryMs = 300000;
        bool startPasses = true; // false: passes only when asked (syncNow/syncAccount)
        qint64 onlyAccount = 0;  // > 0: sync this account only (`sync --once --account`)
    };

    ChatSyncEngine(QString workspacePath, ConnectorFactory factory, KeyProvider keys,
                   QObject *parent = nullptr);
    ChatSyncEngine(QString workspacePath, ConnectorFactory factory, KeyProvider keys,
                   const Options &options, QObject *parent = nullptr);
    ~ChatSyncEngine() override;

    bool isOnline() const { return !m_offline; }
    bool isStarted() const { return m_db != nullptr; }
    // Accounts with a pass running now.
    bool isIdle() const;

    // For the chat intent handler (same thread): the account's connector, made first if needed.
    // `reply` runs later, never inside the call.
    void withConnector(qint64 accountId, ConnectorReply reply);
    // Refreshes one chat now (after a send, the crash check of a send); `reply` may be empty.
    // A pull of the same chat already running finishes first; then this one runs.
    void refreshChat(qint64 chatId, PullReply reply);
    // Checks the account's stored credentials with a fresh connector (one small chat-list call);
    // on success the account's connector is renewed with them.
    void testAccount(qint64 accountId, TestReply reply);

public slots:
    // Opens this thread's connection, loads the accounts and starts the first passes.
    void start();
    void stop();
    // A pass of every enabled account now (the "Sync now" action, `sync --once`).
    void syncNow();
    void syncAccount(qint64 accountId);
    // The chat shown in the UI (0: none): refreshed every openChatIntervalMs, and now.
    void setOpenChat(qint64 chatId);
    // The UI scrolled to the top of a chat: one older page.
    void fetchOlder(qint64 chatId);
    // Accounts were added, removed or edited (seller_accounts changed).
    void reloadAccounts();
    // The system's connectivity changed; true ends an offline wait at once.
    void setNetworkAvailable(bool available);
    // A bubble shows an attachment that is not on disk yet: fetch it with the account's
    // credentials into <workspace>.files/attachments/ and record its local_path
    // (ChatSyncEngineAttachments.cpp). Asking again while it is on its way does nothing.
    void downloadAttachment(qint64 attachmentId);

signals:
    void passStarted(qint64 accountId, const QString &accountName);
    void passFinished(qint64 accountId, const agentp::net::ChatSyncSummary &summary);
    // Every enabled account has finished a pass since syncNow() (or start()).
    void allPassesFinished();
    void olderFetched(qint64 chatId, bool historyComplete, const QString &error);
    void attachmentFailed(qint64 attachmentId, const QString &error);
    void onlineChanged(bool online);
    void problem(const QString &message);
    void tablesChanged(const QStringList &tables);

private:
    struct Run;
    void init(QString workspacePath, ConnectorFactory factory, KeyProvider keys,
              const Options &options);
    Run *run(qint64 accountId) const;
    void ensureConnector(Run &run, std::function<void(const QString &problem)> ready);
    void startPass(qint64 accountId);
    void listNext(qint64 accountId, quint64 generation);
    void onListPage(qint64 accountId, quint64 generation, const domain::ChatListPage &page,
                    const ConnectorError &error);
    void historyNext(qint64 accountId, quint64 generation);
    void finishPass(Run &run, const QString &failure);
    void startPull(qint64 chatId, ChatHistoryPull::Mode mode);
    void onPullDone(qint64 chatId, const ChatPullResult &result);
    void noteError(Run *run, const ConnectorError &error);
    void noteSuccess();
    void setOffline(bool offline);
    void refreshOpenChat();
    void announce(const QStringList &tables);
    void saveAttachment(qint64 attachmentId, const QString &name, const QByteArray &content);

    QString m_path;
    ConnectorFactory m_factory;
    KeyProvider m_keys;
    Options m_options;
    std::unique_ptr<store::Database> m_db;
    std::map<qint64, std::unique_ptr<Run>> m_runs;
    quint64 m_nextGeneration = 1;
    QTimer *m_passTimer = nullptr;
    QTimer *m_openChatTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    int m_retryMs = 0;
    bool m_offline = false;
    qint64 m_openChat = 0;
    bool m_waitingForAll = false;
    // Chat pulls: one at a time per chat; requests arriving meanwhile wait for the next one.
    struct ChatPulls
    {
        bool running = false;
        bool again = false;
        std::vector<PullReply> current;
        std::vector<PullReply> waiting;
    };
    std::map<qint64, ChatPulls> m_pulls;
    std::vector<std::unique_ptr<MarketplaceConnector>> m_testConnectors;
    QSet<qint64> m_downloading; // attachment ids on their way
};

} // namespace agentp::net
