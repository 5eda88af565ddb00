#pragma once

#include "net/marketplace/MarketplaceConnector.h"

#include <QHash>
#include <QList>

#include <map>
#include <memory>

namespace agentp::testing {

// A scriptable in-memory marketplace behind the MarketplaceConnector interface. It keeps a
// "server copy" of chats and messages, pages like Ozon (chat list by cursor, newest activity
// first; history with the boundary message included, so callers must de-duplicate), answers
// every call later from the event loop, counts calls and sends, and can be told to fail calls.
// Several connectors may share one server (a restart creates new connectors).
class FakeConnector final : public net::MarketplaceConnector
{
public:
    enum class Call
    {
        ListChats,
        History,
        SendText,
        SendFile,
        MarkRead,
        Download,
    };

    struct Server
    {
        struct Chat
        {
            domain::RemoteChat chat;
            std::vector<domain::RemoteMessage> messages; // oldest first
        };
        std::vector<Chat> chats;
        quint64 nextId = 3000000000000000001ULL; // Ozon-like, beyond 2^53
        int listLimit = 100;                     // the most chats per page the server gives
        int sends = 0;                           // accepted sends (text and file)
        QHash<int, int> calls;                   // Call → count, over every connector
        QStringList listCursors;                 // the cursor of every chat-list call
        struct Failure
        {
            net::ConnectorError error;
            int remaining = 1;
            bool applyFirst = false; // sends: carried out, but the answer is this error
            int passFirst = 0;       // calls let through before the failures start
        };
        std::map<Call, std::vector<Failure>> failures;

        Chat *find(const QString &chatId);
        // Adds a chat (remote id "chat-<n>" when empty) and returns its remote id.
        QString addChat(const QString &chatType = QStringLiteral("BUYER_SELLER"),
                        const QString &remoteId = {});
        // Adds a message at `at` (now when invalid) and returns its remote id.
        QString addMessage(const QString &chatId, domain::SenderType sender, const QString &body,
                           const QDateTime &at = {});
        // The next `times` calls of this kind fail with `error`.
        void failNext(Call call, const net::ConnectorError &error, int times = 1);
        // The call after the next `pass` ones fails (e.g. the second chat-list page).
        void failAfter(Call call, int pass, const net::ConnectorError &error);
        // The next send is carried out but answered with `error` (the answer got lost).
        void loseNextSendAnswer(const net::ConnectorError &error);
        int count(Call call) const { return calls.value(int(call)); }
        int messagesWithBody(const QString &chatId, const QString &body);
    };

    explicit FakeConnector(std::shared_ptr<Server> server,
                           QString marketplace = QStringLiteral("ozon"));
    ~FakeConnector() override;

    static net::ConnectorError error(net::ConnectorError::Kind kind, const QString &message = {});
    Server &server() { return *m_server; }

    QString marketplace() const override { return m_marketplace; }
    void listChats(const QString &cursor, int limit, ChatsDone done) override;
    void history(const QString &chatId, const QString &fromMessageId, Direction direction,
                 int limit, HistoryDone done) override;
    void sendText(const QString &chatId, const QString &text, SendDone done) override;
    void sendFile(const QString &chatId, const QString &fileName, const QByteArray &content,
                  SendDone done) override;
    void markRead(const QString &chatId, const QString &upToMessageId, ReadDone done) override;
    void download(const QString &url, DownloadDone done) override;
    void cancelAll() override;

private:
    // Counts the call and takes the scripted failure for it, if any.
    bool takeFailure(Call call, Server::Failure *failure);
    // Runs `answer` from the event loop, or `cancel` when cancelAll() comes first.
    void later(std::function<void()> answer, std::function<void()> cancel);
    void send(const QString &chatId, const QString &body, const QString &fileName, SendDone done);

    std::shared_ptr<Server> m_server;
    QString m_marketplace;
    quint64 m_nextCall = 1;
    std::map<quint64, std::function<void()>> m_cancels;
};

} // namespace agentp::testing
