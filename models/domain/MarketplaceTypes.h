#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace agentp::domain {

// What a marketplace connector reports, in the console's own terms. Remote ids are decimal text
// (Ozon's exceed 2^53 and may arrive as JSON numbers or strings); enums keep unknown values
// verbatim, upper-cased, so nothing new is lost.

enum class SenderType
{
    Buyer,   // the customer
    Seller,  // us (this account, from any device)
    Support, // the marketplace's staff, couriers
    System,  // notifications, bots, CRM
};
QString senderTypeName(SenderType type); // "buyer", "seller", "support", "system" (store values)
SenderType senderTypeFromName(const QString &name);
// The one line of a message the chat list shows (chats.last_message_preview): the first 120
// characters, line breaks as spaces. The sync side, the composer and the demo cut it alike.
QString chatPreview(const QString &text);

struct RemoteChat
{
    QString remoteId;
    QString chatType; // e.g. BUYER_SELLER; unknown values kept
    QString status;   // OPENED, CLOSED, or an unknown value kept
    QDateTime createdAt;
    QString lastMessageId; // may be empty
    QString firstUnreadMessageId;
    int unreadCount = 0;
    // Filled when the marketplace tells them with the chat (WB does; Ozon only in history).
    QString title;
    QString orderNumber;
    QString product;
};

struct RemoteAttachment
{
    enum class Kind
    {
        Image,
        File
    };
    Kind kind = Kind::File;
    QString name;
    QString url; // download needs the account's credentials
    QString mimeType;
    qint64 sizeBytes = -1; // -1: unknown
};

struct RemoteMessage
{
    QString remoteId;
    SenderType sender = SenderType::System;
    QString senderRaw; // as the marketplace spelled it
    QString author;    // participant id or name
    QString body;      // plain text (Markdown image links moved to attachments)
    QDateTime createdAt;
    bool isRead = false;
    QString orderNumber; // context, may be empty
    QString sku;
    QList<RemoteAttachment> attachments;
};

struct ChatListPage
{
    std::vector<RemoteChat> chats;
    QString nextCursor;
    bool hasNext = false;
    int totalUnread = -1; // -1: not reported
};

struct HistoryPage
{
    std::vector<RemoteMessage> messages; // oldest first, whatever the request direction
    bool hasNext = false;                // more exist in the requested direction
};

// Whether the seller may write into a chat now, and if not, why (shown by the composer).
struct ReplyWindow
{
    bool allowed = true;
    QString reason;     // translated; empty when allowed
    QDateTime closesAt; // when known: the end of the current window
};

// What a file sent into a chat may be, checked before the intent is queued.
struct AttachmentRules
{
    qint64 maxBytes = 10 * 1024 * 1024;
    QStringList allowedSuffixes; // lower-case, without dot; empty: any
    bool allowed = true;         // false: the marketplace does not accept files
};

} // namespace agentp::domain
