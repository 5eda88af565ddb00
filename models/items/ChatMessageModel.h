#pragma once

#include "models/store/StoreError.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <vector>

namespace agentp::store {
class StoreNotifier;
}

namespace agentp::models {

struct ChatAttachment
{
    qint64 id = 0;
    QString kind; // "image" or "file"
    QString name;
    QString url;
    QString localPath; // empty until downloaded (the sync side's job)
    QString mimeType;
    qint64 sizeBytes = -1; // -1: unknown
};

// One message of a chat, with the state of its send intent when it is our own reply.
struct ChatMessage
{
    qint64 id = 0;
    QString remoteId;   // empty for a reply the marketplace has not confirmed yet
    QString senderType; // "buyer", "seller", "support", "system"
    QString author;
    QString body;
    QDateTime createdAt;
    bool isRead = false;
    qint64 outboxId = 0;
    QString deliveryState; // "queued", "sending", "sent", "read", "failed"; empty: not ours
    QString lastError;
    QList<ChatAttachment> attachments;

    bool operator==(const ChatMessage &o) const;
};

// What the chat view shows above the history and what decides whether a reply may be written.
struct ChatSummary
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString accountName;
    QString marketplace;
    QString title;
    QString chatType;
    QString status;
    QString orderNumber;
    QString product;
    QDateTime lastBuyerMessageAt;
    int unreadCount = 0;
    bool historyComplete = true;

    bool operator==(const ChatSummary &o) const = default;
};

// One chat's history, oldest at the top and the newest at the bottom. The newest page is read
// when the chat is set; older pages come in through fetchMore. When the store has no older
// message and the chat's history is not complete, fetchMore asks the sync side for more with
// olderHistoryWanted() (once, until the store changes). Store changes of messages, attachments,
// the outbox (delivery states) and chats are merged in: rows inserted where they belong, changed
// rows announced with dataChanged, so the view keeps its place.
class ChatMessageModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        MessageIdRole = Qt::UserRole + 1,
        RemoteIdRole,
        SenderTypeRole,
        AuthorRole,
        BodyRole, // also Qt::DisplayRole
        CreatedAtRole,
        IsReadRole,
        IsOwnRole, // a reply typed in this console (it has a send intent)
        DeliveryStateRole,
        LastErrorRole,
        OutboxIdRole,
        AttachmentsRole, // QVariantList of QVariantMap: id, kind, name, url, localPath, mimeType,
                         // size
    };
    static constexpr int kDefaultPageSize = 50;

    // `notifier` may be null (no automatic refresh).
    ChatMessageModel(QSqlDatabase db, store::StoreNotifier *notifier, QObject *parent = nullptr);

    void setChat(qint64 chatId); // 0: none
    qint64 chatId() const { return m_chatId; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    bool historyComplete() const { return m_chat.historyComplete; }
    // The open chat's row (title, status, unread count …); id 0 when none or gone.
    const ChatSummary &chat() const { return m_chat; }
    void refresh();

    const ChatMessage *messageAt(int row) const;
    int rowOfMessage(qint64 messageId) const;
    static QVariantMap attachmentMap(const ChatAttachment &attachment);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // The store holds no older message of this chat and its history is not complete.
    void olderHistoryWanted(qint64 chatId);
    // The chat's own row changed (status, unread count, title …).
    void chatChanged();
    void loadFailed(const QString &message);

private:
    void onStoreChanged(const QSet<QString> &tables);
    std::vector<ChatMessage> readNewest(int limit, int offset, store::StoreError *error) const;
    std::vector<ChatMessage> readSince(const QDateTime &from, store::StoreError *error) const;
    bool readAttachments(std::vector<ChatMessage> *messages, store::StoreError *error) const;
    void readChatState();
    void merge(std::vector<ChatMessage> fresh);

    QSqlDatabase m_db;
    qint64 m_chatId = 0;
    int m_pageSize = kDefaultPageSize;
    std::vector<ChatMessage> m_rows;
    bool m_moreInStore = false;
    ChatSummary m_chat;
    bool m_olderAsked = false; // olderHistoryWanted sent, no store change since
    int m_announcing = 0;      // between begin…() and end…() of a change, emissions included
};

} // namespace agentp::models
