#pragma once

#include "models/domain/MarketplaceTypes.h"
#include "models/store/StoreError.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>
#include <vector>

namespace agentp::store {

// A chat as the sync side needs it to decide what to pull and whether a reply may go out.
struct SyncedChat
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString marketplace;
    QString remoteId;
    QString chatType;
    QString status;
    // The forward cursor of the history pull: chats.newest_message_id, or when that was never
    // set (the demo generator, an older file) the newest stored remote id.
    QString newestMessageId;
    QString remoteLastMessageId; // what the chat list said; only set by saveChatPage()
    bool historyComplete = false;
    QDateTime lastBuyerMessageAt;
};

// One saved page of the chat list.
struct ChatPageSaved
{
    int chats = 0;    // chats in the page
    int newChats = 0; // of which were not stored before
    // Chats whose newest remote message is not stored yet, in page order.
    std::vector<SyncedChat> needHistory;
    QStringList changedTables;
};

// One saved page of a chat's history.
struct HistorySaved
{
    int inserted = 0;   // new rows
    int adopted = 0;    // local replies that received their remote id
    int duplicates = 0; // already stored
    QStringList changedTables;
};

// A reply typed in the console (chat_messages row with outbox_id), as the send handler sees it.
struct LocalReply
{
    qint64 id = 0;
    qint64 chatId = 0;
    QString remoteId; // empty until the history pull brought the message back
    QString body;
    QDateTime createdAt;
};

// The sync side's writes into chats, chat_messages and attachments (docs/chats.md). Every page
// is one transaction together with its cursor, so a failure or a kill between pages leaves the
// store at the previous page. Runs on the sync thread's connection.
class ChatRepository final
{
public:
    // How a history page was asked for.
    enum class HistoryKind
    {
        Newest, // the newest page (nothing stored yet, or the crash check of a send)
        Newer,  // forward from the stored newest message
        Older,  // backwards from the oldest stored message (scroll-back)
    };

    // A local reply adopts a pulled seller message with the same body only if the message was
    // created no earlier than this before the reply was typed (clocks of the two sides differ).
    static constexpr int kClockSkewSecs = 5 * 60;

    explicit ChatRepository(QSqlDatabase db);

    // The chat-list cursor of an account: where the interrupted pass stopped, "" to start over.
    QString listCursor(qint64 accountId, StoreError *error) const;
    // Upserts the page's chats and stores the cursor of the next page ("" when this was the
    // last), in one transaction. A pending mark-read keeps the local unread count.
    bool saveChatPage(qint64 accountId, const domain::ChatListPage &page, ChatPageSaved *saved,
                      StoreError *error);
    // Forgets the cursor (the marketplace rejected it): the next pass starts from the first page.
    bool resetListCursor(qint64 accountId, StoreError *error);

    std::optional<SyncedChat> chat(qint64 chatId, StoreError *error) const;
    // The oldest stored remote message id of a chat (where scroll-back continues); empty if none.
    QString oldestRemoteId(qint64 chatId, StoreError *error) const;

    // Stores one history page in one transaction: de-duplicates by remote id, lets local replies
    // adopt their remote ids, inserts attachments, moves the chat's cursor (newest_message_id,
    // history_complete) and keeps its summary columns (last message, preview, buyer/seller
    // times, unread count, order number, product) consistent with the rows.
    bool saveHistoryPage(qint64 chatId, const domain::HistoryPage &page, HistoryKind kind,
                         HistorySaved *saved, StoreError *error);

    std::optional<LocalReply> localReply(qint64 messageId, StoreError *error) const;
    // The marketplace confirmed messages up to `upToRemoteId` read and reported `unreadLeft`.
    bool recordRead(qint64 chatId, const QString &upToRemoteId, int unreadLeft, StoreError *error);

    // Mutes a chat's SLA notifications on this machine (no marketplace has the notion); the
    // sync never touches the flag.
    bool setMuted(qint64 chatId, bool muted, StoreError *error);

    static QString cursorSource() { return QStringLiteral("chats"); }

private:
    QSqlDatabase m_db;
};

} // namespace agentp::store
