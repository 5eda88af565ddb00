#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace agentp::testing {

// The chats and messages a FakeOzonServer serves. A generated chat's messages are computed
// from (seed, chat, index) on demand, so a million of them cost no memory; messages added or
// sent later are stored. Not thread-safe: FakeOzonServer guards it with its mutex.
class FakeOzonData
{
public:
    struct Chat
    {
        QString id; // empty: generated
        QString type = QStringLiteral("BUYER_SELLER");
        QString status = QStringLiteral("OPENED");
        QDateTime createdAt; // invalid: now
    };
    struct Message
    {
        QString id; // empty: the next id (above every existing one)
        QString userType = QStringLiteral("Customer");
        QString userId;
        QStringList data;    // Markdown lines
        QDateTime createdAt; // invalid: now
        bool isImage = false;
        QString orderNumber;
        QString sku;
    };

    // Decimal id order: shorter is smaller, then by text (ids have no leading zeros).
    static bool idLess(const QString &a, const QString &b);

    QString addChat(Chat chat);
    // Explicit ids must sort after the chat's generated ones. Empty string: unknown chat.
    QString addMessage(const QString &chatId, Message message);
    // `chats` chats of `messagesPerChat` messages each, deterministic for a seed.
    void generate(int chats, int messagesPerChat, quint64 seed);

    bool hasChat(const QString &chatId) const { return m_index.contains(chatId); }
    int chatCount() const { return int(m_chats.size()); }
    const Chat &chatAt(int index) const { return m_chats[index].chat; }
    int messageCount(const QString &chatId) const;
    Message messageAt(const QString &chatId, int position) const;
    // Number of messages with an id below `id` (below or equal with `orEqual`).
    int positionOf(const QString &chatId, const QString &id, bool orEqual) const;
    QList<Message> messages(const QString &chatId) const;

    QString readUpTo(const QString &chatId) const;
    void markRead(const QString &chatId, const QString &upToId);
    int unreadCount(const QString &chatId) const;
    QString firstUnreadId(const QString &chatId) const;
    QString lastMessageId(const QString &chatId) const;
    int totalUnread() const;

    int sendCount(const QString &chatId) const;
    void countSend(const QString &chatId);

private:
    struct ChatRecord
    {
        Chat chat;
        int generated = 0;
        quint64 generatedBase = 0;
        quint64 seed = 0;
        std::vector<Message> extra; // sorted by id
        QString readUpTo;
        int sends = 0;
    };
    const ChatRecord *find(const QString &chatId) const;
    static bool fromSeller(const ChatRecord &chat, int position);
    Message generatedMessage(const ChatRecord &chat, int k) const;
    QString nextId();

    std::vector<ChatRecord> m_chats;
    QHash<QString, int> m_index;
    quint64 m_nextExplicit = 9000000000000000000ULL; // above every generated id
    int m_generatedChats = 0;
};

} // namespace agentp::testing
