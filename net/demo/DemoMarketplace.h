#pragma once

#include "models/domain/MarketplaceTypes.h"
#include "net/marketplace/ConnectorError.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSqlDatabase>

#include <map>
#include <memory>
#include <vector>

class QTimer;

namespace agentp::store {
class Database;
}

namespace agentp::net::demo {

// The simulated marketplace behind the demo workspace's seller accounts: the server that
// DemoConnector talks to, so the demo runs the real sync path (list pages, history, adoption).
//
// Its copy of the chats is the workspace's own synced rows (every chat_messages row with a
// remote id is a message the marketplace has) plus what happened "on the server" since the
// program started and has not been pulled yet: messages buyers wrote and replies the console
// sent. A local reply without a remote id is not on the server until it is sent. Lives in the
// sync thread with its own connection.
class DemoMarketplace final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int buyerMessageIntervalMs = 20000; // one new buyer message across all accounts; 0: off
        quint32 seed = 0;                   // 0: random
    };

    explicit DemoMarketplace(QString workspacePath, QObject *parent = nullptr);
    DemoMarketplace(QString workspacePath, const Options &options, QObject *parent = nullptr);
    ~DemoMarketplace() override;

    // Opens the connection (in the thread that uses it) and starts the buyers.
    bool start(QString *error);

    domain::ChatListPage listChats(qint64 accountId, const QString &cursor, int limit,
                                   ConnectorError *error);
    domain::HistoryPage history(qint64 accountId, const QString &chatId, const QString &from,
                                bool older, int limit, ConnectorError *error);
    // A reply arrives at the marketplace; empty `fileName`: text.
    void accept(qint64 accountId, const QString &chatId, const QString &text,
                const QString &fileName, ConnectorError *error);
    int markRead(qint64 accountId, const QString &chatId, const QString &upTo,
                 ConnectorError *error);

    // A buyer writes into a chat (the timer picks one; tests name it). Returns the remote id.
    QString buyerWrites(qint64 chatId, const QString &text = {});
    // The newest open buyer chats, where the simulated buyers write.
    std::vector<qint64> activeChats(int limit) const;

signals:
    void buyerWrote(qint64 chatId);

private:
    std::vector<domain::RemoteMessage> messagesOf(qint64 localChatId, ConnectorError *error);
    qint64 localChatId(qint64 accountId, const QString &remoteChatId) const;
    QString nextMessageId(qint64 chatId);
    void buyerTick();
    void prune(qint64 localChatId);

    QString m_path;
    Options m_options;
    std::unique_ptr<store::Database> m_db;
    QTimer *m_timer = nullptr;
    QRandomGenerator m_random;
    quint64 m_lastId = 0;
    // Per local chat: server-side messages the workspace has not pulled yet.
    std::map<qint64, std::vector<domain::RemoteMessage>> m_news;
};

} // namespace agentp::net::demo
