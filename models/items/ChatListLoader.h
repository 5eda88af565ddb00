#pragma once

#include "models/items/ChatTextBlock.h"
#include "models/store/StoreError.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

class QSqlQuery;
class QThread;

namespace agentp::models {

// A seller account as the chat list shows it (switcher, delegate).
struct ChatAccountInfo
{
    qint64 id = 0;
    QString marketplace;
    QString name;
    bool enabled = true;
};

// One chat as the list keeps it in memory: what the delegate shows plus its folded search key
// (ChatSearchQuery::fold). Times are milliseconds since the epoch, kNoTime when unknown,
// so sorting and the "unanswered" test compare integers.
struct ChatListEntry
{
    static constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();

    qint64 id = 0;
    qint64 accountId = 0;
    qint64 lastMs = kNoTime;
    qint64 lastBuyerMs = kNoTime;
    qint64 lastSellerMs = kNoTime;
    qint64 waitingSinceMs = kNoTime; // the SLA clock's start (chats.waiting_since)
    int unread = 0;
    bool muted = false;
    bool historyComplete = false;
    QString title;
    QString preview;
    QString chatType;
    QString status;
    QString orderNumber;
    QString product;
    QByteArray key; // title, order number and product, folded

    // The buyer wrote last: a buyer message after the last seller message.
    bool unanswered() const
    {
        return lastBuyerMs != kNoTime && (lastSellerMs == kNoTime || lastBuyerMs > lastSellerMs);
    }
    // Whether the delegate would show anything different.
    bool sameShown(const ChatListEntry &other) const;
};

// Reads what ChatListModel holds, in bulk. Plain reads on the connection given; usable on any
// thread that owns that connection.
class ChatListLoader final
{
public:
    explicit ChatListLoader(QSqlDatabase db);

    std::vector<ChatAccountInfo> accounts(store::StoreError *error) const;
    // Every chat with its search key (text stays empty), in id order.
    std::vector<ChatListEntry> chats(store::StoreError *error) const;
    // The `limit` chats with the latest activity (a range of the chats_last_message index), in
    // id order: what a window shows first while every chat is still being read.
    std::vector<ChatListEntry> latestChats(int limit, store::StoreError *error) const;
    // The chats with an id above `afterId` or activity at or after `since`, plus those in
    // `ids`: what a store change can have touched, read through the indexes.
    std::vector<ChatListEntry> changedChats(qint64 afterId, const QDateTime &since,
                                            const QList<qint64> &ids,
                                            store::StoreError *error) const;
    // id → unread count of every chat with unread messages (the partial index chats_unread).
    QHash<qint64, int> unreadCounts(store::StoreError *error) const;
    int chatCount(store::StoreError *error) const;
    // The folded bodies of the messages with an id above `afterId`, appended per chat in id
    // order to `texts`; returns the highest id read (afterId when there were none). Stops early
    // (returning -1) when `cancel` becomes true.
    qint64 messageTexts(qint64 afterId, QHash<qint64, QByteArray> *texts,
                        const std::atomic_bool *cancel, store::StoreError *error) const;

    // "2026-11-20T09:15:00.000Z" → ms since the epoch without QDateTime's parser (100,000 chats
    // carry 300,000 stamps); other forms go through fromStoredTime. kNoTime for empty text.
    static qint64 parseTime(QStringView text);

private:
    std::vector<ChatListEntry> readChats(QSqlQuery &query, store::StoreError *error) const;

    QSqlDatabase m_db;
};

// Reads the chat rows and/or the message text index on a thread of its own, with its own
// read-only connection, so a workspace with 100,000 chats and a million messages opens (and
// reconciles after sync passes) without freezing the window. `done` runs later in the thread of
// `context` (never when the context died first). Destroying the job cancels and waits.
class ChatListLoadJob final
{
public:
    struct Result
    {
        std::vector<ChatAccountInfo> accounts;
        std::vector<ChatListEntry> chats;           // with rows
        bool rows = false;                          // every row was asked for
        std::shared_ptr<const ChatTextBlock> texts; // with texts: every chat's folded bodies
        qint64 maxMessageId = 0;
        QString error; // empty on success
    };
    using Done = std::function<void(std::shared_ptr<Result>)>;

    ChatListLoadJob(const QString &databasePath, bool rows, bool texts, QObject *context,
                    Done done);
    ~ChatListLoadJob();
    ChatListLoadJob(const ChatListLoadJob &) = delete;
    ChatListLoadJob &operator=(const ChatListLoadJob &) = delete;

private:
    std::atomic_bool m_cancel{false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace agentp::models
