#pragma once

#include "net/sync/ChatSyncEngine.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

class QThread;

namespace agentp::store {
class Workspace;
}
namespace agentp::security {
class SecretStore;
}
namespace agentp::net {
class IntentHandler;
class OutboxWorker;
class SalonSync;
} // namespace agentp::net

namespace agentp::app {

// Runs the sync side of one workspace on its own thread: the outbox worker with its intent
// handlers and the chat sync engine (docs/chats.md). It talks to the GUI only through queued
// signals with plain types: table changes go to the workspace's StoreNotifier, a queued intent
// pokes the worker, and the status bar / chat view get progress, online state and slots for the
// open chat and scroll-back. Views never see net/: they reach these slots through app/.
class SyncHost final : public QObject
{
    Q_OBJECT
public:
    // `secrets` holds the accounts' Api-Keys (the app's CredentialStore); null: only the
    // AGENTP_API_KEY_<account id> environment variables are used. A demo workspace needs none.
    explicit SyncHost(store::Workspace &workspace, security::SecretStore *secrets = nullptr,
                      QObject *parent = nullptr);
    ~SyncHost() override; // stops the thread and waits for it

    // How connectors are made for a workspace: the demo marketplace for the demo, Ozon's
    // Seller API otherwise. `apiKeyFrom` reads an account's key (environment first, then
    // `secrets`). Shared with the headless `sync` command.
    static net::ChatSyncEngine::ConnectorFactory connectorFactory(const QString &workspacePath,
                                                                  bool demo);
    static net::ChatSyncEngine::KeyProvider keyProvider(security::SecretStore *secrets, bool demo);
    // The "ai.draft" handler: the demo's local writer or the configured service, with its key
    // from `secrets`; its live writes are announced through `announcer` (an OutboxWorker).
    static std::unique_ptr<net::IntentHandler>
    draftHandler(QObject *announcer, security::SecretStore *secrets, bool demo);

    bool isOnline() const { return m_online; }
    QDateTime lastSyncAt() const { return m_lastSyncAt; }

public slots:
    // The chat the user looks at (0: none): refreshed every 10 s while open.
    void setOpenChat(qint64 chatId);
    // The user scrolled to the top of a chat: one older page (answer: olderFetched).
    void fetchOlder(qint64 chatId);
    // "Sync now".
    void syncNow();
    // A bubble shows an attachment that is not downloaded yet.
    void downloadAttachment(qint64 attachmentId);
    // From the ConnectivityMonitor: true ends an offline wait at once.
    void setNetworkAvailable(bool available);
    // The salon server's session (SalonConnection): pulls and Realtime start, and salon actions
    // that waited for a sign-in go out at once. An empty token signs out.
    void setSalonSession(const QUrl &projectUrl, const QByteArray &apiKey, const QByteArray &token,
                         const QString &tenantId, bool superAdmin);

signals:
    void problem(const QString &message);
    // "Syncing chats: <account>…" while passes run, empty when idle (status bar).
    void syncProgress(const QString &text);
    // The marketplaces' reachability as the sync engine sees it.
    void onlineChanged(bool online);
    // A pass finished without an error.
    void lastSyncChanged(const QDateTime &at);
    // One account's pass finished (the account switcher shows errors per account).
    void accountSynced(qint64 accountId, int chats, int newMessages, const QString &error);
    void olderFetched(qint64 chatId, bool historyComplete, const QString &error);
    // The salon server: "live" / "polling (…)" / "session expired …" for the status bar.
    void salonModeChanged(bool live, const QString &text);
    // The salon token expired (REST or Realtime): ask for the password; the outbox waits.
    void salonSessionExpired();

private:
    void onPassStarted(qint64 accountId, const QString &name);
    void onPassFinished(qint64 accountId, const net::ChatSyncSummary &summary);
    void updateProgress();

    QThread *m_thread;
    net::OutboxWorker *m_worker;
    net::OutboxWorker *m_draftWorker;
    net::ChatSyncEngine *m_engine;
    net::SalonSync *m_salon = nullptr; // not in the demo (its salon actions are simulated)
    QHash<qint64, QString> m_running;  // account id → name
    bool m_online = true;
    QDateTime m_lastSyncAt;
};

} // namespace agentp::app
