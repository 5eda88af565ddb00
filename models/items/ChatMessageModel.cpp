#include "models/items/ChatMessageModel.h"

#include "models/store/SqlErrors.h"
#include "models/store/StoreNotifier.h"
#include "models/store/TimeFormat.h"

#include <QSqlQuery>

#include <algorithm>

namespace agentp::models {

namespace {

// Message order of docs/chats.md: time, then the remote id as a number (shorter decimal text
// first), a local reply (no remote id yet) before a remote one of the same millisecond.
const QString kSelect = QStringLiteral(
    "SELECT m.id, m.remote_id, m.sender_type, m.author, m.body, m.created_at, m.is_read,"
    " m.outbox_id, o.state, o.last_error FROM chat_messages m"
    " LEFT JOIN outbox o ON o.id = m.outbox_id WHERE m.chat_id = ?");
const QString kNewestFirst = QStringLiteral(
    " ORDER BY m.created_at DESC, length(m.remote_id) DESC, m.remote_id DESC, m.id DESC");
const QString kOldestFirst =
    QStringLiteral(" ORDER BY m.created_at, length(m.remote_id), m.remote_id, m.id");

ChatMessage messageFrom(const QSqlQuery &q)
{
    ChatMessage m;
    m.id = q.value(0).toLongLong();
    m.remoteId = q.value(1).toString();
    m.senderType = q.value(2).toString();
    m.author = q.value(3).toString();
    m.body = q.value(4).toString();
    m.createdAt = store::fromStoredTime(q.value(5).toString());
    m.isRead = q.value(6).toBool();
    m.outboxId = q.value(7).toLongLong();
    m.deliveryState = q.value(8).toString();
    m.lastError = q.value(9).toString();
    return m;
}

bool sameAttachment(const ChatAttachment &a, const ChatAttachment &b)
{
    return a.id == b.id && a.kind == b.kind && a.name == b.name && a.url == b.url &&
           a.localPath == b.localPath && a.mimeType == b.mimeType && a.sizeBytes == b.sizeBytes;
}

} // namespace

bool ChatMessage::operator==(const ChatMessage &o) const
{
    return id == o.id && remoteId == o.remoteId && senderType == o.senderType &&
           author == o.author && body == o.body && createdAt == o.createdAt && isRead == o.isRead &&
           outboxId == o.outboxId && deliveryState == o.deliveryState && lastError == o.lastError &&
           attachments.size() == o.attachments.size() &&
           std::equal(attachments.begin(), attachments.end(), o.attachments.begin(),
                      sameAttachment);
}

ChatMessageModel::ChatMessageModel(QSqlDatabase db, store::StoreNotifier *notifier, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(std::move(db))
{
    if (notifier)
        connect(notifier, &store::StoreNotifier::changed, this, &ChatMessageModel::onStoreChanged);
}

void ChatMessageModel::setChat(qint64 chatId)
{
    ++m_announcing;
    beginResetModel();
    m_chatId = chatId;
    m_rows.clear();
    m_olderAsked = false;
    m_moreInStore = false;
    m_chat = {};
    if (chatId != 0) {
        store::StoreError error;
        m_rows = readNewest(m_pageSize, 0, &error);
        std::reverse(m_rows.begin(), m_rows.end());
        m_moreInStore = int(m_rows.size()) == m_pageSize;
        if (error.isError())
            emit loadFailed(error.message);
    }
    endResetModel();
    --m_announcing;
    if (chatId != 0)
        readChatState();
}

void ChatMessageModel::refresh()
{
    if (m_chatId == 0)
        return;
    store::StoreError error;
    std::vector<ChatMessage> fresh;
    if (m_rows.empty()) {
        fresh = readNewest(m_pageSize, 0, &error);
        std::reverse(fresh.begin(), fresh.end());
        m_moreInStore = int(fresh.size()) == m_pageSize;
    } else {
        fresh = readSince(m_rows.front().createdAt, &error);
    }
    readChatState();
    if (error.isError()) {
        emit loadFailed(error.message); // keep what is shown
        return;
    }
    merge(std::move(fresh));
}

void ChatMessageModel::onStoreChanged(const QSet<QString> &tables)
{
    static const QSet<QString> mine = {QStringLiteral("chat_messages"),
                                       QStringLiteral("attachments"), QStringLiteral("outbox"),
                                       QStringLiteral("chats")};
    if (m_chatId == 0 || !tables.intersects(mine))
        return;
    if (tables.contains(QStringLiteral("chat_messages"))) {
        // Older messages may have arrived (the sync side answering olderHistoryWanted).
        m_moreInStore = true;
        m_olderAsked = false;
    }
    // Every chat-list page of a sync pass announces "chats": the header may change, the rows
    // cannot — no need to re-read every loaded message for it.
    static const QSet<QString> rows = {QStringLiteral("chat_messages"),
                                       QStringLiteral("attachments"), QStringLiteral("outbox")};
    if (!m_rows.empty() && !tables.intersects(rows)) {
        readChatState();
        return;
    }
    refresh();
}

std::vector<ChatMessage> ChatMessageModel::readNewest(int limit, int offset,
                                                      store::StoreError *error) const
{
    std::vector<ChatMessage> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kSelect + kNewestFirst + QStringLiteral(" LIMIT ? OFFSET ?"));
    q.addBindValue(m_chatId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        *error = store::classifySqlError(q.lastError(), tr("Cannot read the chat"));
        return out;
    }
    while (q.next())
        out.push_back(messageFrom(q));
    readAttachments(&out, error);
    return out;
}

std::vector<ChatMessage> ChatMessageModel::readSince(const QDateTime &from,
                                                     store::StoreError *error) const
{
    std::vector<ChatMessage> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral(" AND m.created_at >= ?") + kOldestFirst);
    q.addBindValue(m_chatId);
    q.addBindValue(store::toStoredTime(from));
    if (!q.exec()) {
        *error = store::classifySqlError(q.lastError(), tr("Cannot read the chat"));
        return out;
    }
    while (q.next())
        out.push_back(messageFrom(q));
    readAttachments(&out, error);
    return out;
}

bool ChatMessageModel::readAttachments(std::vector<ChatMessage> *messages,
                                       store::StoreError *error) const
{
    if (messages->empty())
        return true;
    QHash<qint64, ChatMessage *> byId;
    QStringList ids;
    for (ChatMessage &m : *messages) {
        byId.insert(m.id, &m);
        ids << QString::number(m.id); // integers from the store: safe to inline
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, message_id, kind, name, url, local_path, mime_type,"
                               " size_bytes FROM attachments WHERE message_id IN (") +
                ids.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY id"))) {
        *error = store::classifySqlError(q.lastError(), tr("Cannot read the attachments"));
        return false;
    }
    while (q.next()) {
        ChatMessage *m = byId.value(q.value(1).toLongLong());
        if (!m)
            continue;
        ChatAttachment a;
        a.id = q.value(0).toLongLong();
        a.kind = q.value(2).toString();
        a.name = q.value(3).toString();
        a.url = q.value(4).toString();
        a.localPath = q.value(5).toString();
        a.mimeType = q.value(6).toString();
        a.sizeBytes = q.value(7).isNull() ? -1 : q.value(7).toLongLong();
        m->attachments.append(a);
    }
    return true;
}

void ChatMessageModel::readChatState()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT c.id, c.account_id, a.name, a.marketplace, c.title,"
                             " c.chat_type, c.status, COALESCE(c.order_number, ''),"
                             " COALESCE(c.product, ''), c.last_buyer_message_at, c.unread_count,"
                             " c.history_complete FROM chats c"
                             " JOIN seller_accounts a ON a.id = c.account_id WHERE c.id = ?"));
    q.addBindValue(m_chatId);
    ChatSummary s;
    if (q.exec() && q.next()) {
        s.id = q.value(0).toLongLong();
        s.accountId = q.value(1).toLongLong();
        s.accountName = q.value(2).toString();
        s.marketplace = q.value(3).toString();
        s.title = q.value(4).toString();
        s.chatType = q.value(5).toString();
        s.status = q.value(6).toString();
        s.orderNumber = q.value(7).toString();
        s.product = q.value(8).toString();
        s.lastBuyerMessageAt = store::fromStoredTime(q.value(9).toString());
        s.unreadCount = q.value(10).toInt();
        s.historyComplete = q.value(11).toBool();
    }
    if (s == m_chat)
        return;
    m_chat = s;
    emit chatChanged();
}

void ChatMessageModel::merge(std::vector<ChatMessage> fresh)
{
    QSet<qint64> freshIds;
    for (const ChatMessage &m : fresh)
        freshIds.insert(m.id);
    // 1. Messages that are gone, from the end so earlier rows keep their positions.
    for (int i = int(m_rows.size()) - 1; i >= 0;) {
        if (freshIds.contains(m_rows[size_t(i)].id)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !freshIds.contains(m_rows[size_t(first - 1)].id))
            --first;
        ++m_announcing;
        beginRemoveRows({}, first, i);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + i + 1);
        endRemoveRows();
        --m_announcing;
        i = first - 1;
    }
    // 2. The survivors must keep their order (adopting a remote id can reorder a tie).
    size_t next = 0;
    for (const ChatMessage &m : fresh) {
        if (next < m_rows.size() && m_rows[next].id == m.id)
            ++next;
    }
    if (next != m_rows.size()) {
        ++m_announcing;
        beginResetModel();
        m_rows = std::move(fresh);
        endResetModel();
        --m_announcing;
        return;
    }
    // 3. Newcomers where they belong (a run at a time), changed rows announced.
    size_t i = 0;
    while (i < fresh.size()) {
        if (i < m_rows.size() && m_rows[i].id == fresh[i].id) {
            if (!(m_rows[i] == fresh[i])) {
                m_rows[i] = std::move(fresh[i]);
                emit dataChanged(index(int(i)), index(int(i)));
            }
            ++i;
            continue;
        }
        size_t end = i;
        while (end < fresh.size() && (i >= m_rows.size() || fresh[end].id != m_rows[i].id))
            ++end;
        ++m_announcing;
        beginInsertRows({}, int(i), int(end - 1));
        m_rows.insert(m_rows.begin() + qsizetype(i),
                      std::make_move_iterator(fresh.begin() + qsizetype(i)),
                      std::make_move_iterator(fresh.begin() + qsizetype(end)));
        endInsertRows();
        --m_announcing;
        i = end;
    }
}

bool ChatMessageModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_chatId == 0)
        return false;
    return m_moreInStore || (!m_chat.historyComplete && !m_olderAsked);
}

void ChatMessageModel::fetchMore(const QModelIndex &parent)
{
    // Listeners of our own reset/insert (QAbstractItemModelTester, views) may call back at once;
    // inserting rows inside that announcement would nest changes. They ask again later.
    if (parent.isValid() || m_chatId == 0 || m_announcing > 0)
        return;
    if (m_moreInStore) {
        store::StoreError error;
        std::vector<ChatMessage> page = readNewest(m_pageSize, int(m_rows.size()), &error);
        if (error.isError()) {
            emit loadFailed(error.message);
            return;
        }
        m_moreInStore = int(page.size()) == m_pageSize;
        QSet<qint64> known;
        for (const ChatMessage &m : m_rows)
            known.insert(m.id);
        page.erase(std::remove_if(page.begin(), page.end(),
                                  [&](const ChatMessage &m) { return known.contains(m.id); }),
                   page.end());
        std::reverse(page.begin(), page.end());
        if (!page.empty()) {
            ++m_announcing;
            beginInsertRows({}, 0, int(page.size()) - 1);
            m_rows.insert(m_rows.begin(), std::make_move_iterator(page.begin()),
                          std::make_move_iterator(page.end()));
            endInsertRows();
            --m_announcing;
            return;
        }
    }
    if (!m_chat.historyComplete && !m_olderAsked) {
        m_olderAsked = true;
        emit olderHistoryWanted(m_chatId);
    }
}

const ChatMessage *ChatMessageModel::messageAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? &m_rows[size_t(row)] : nullptr;
}

int ChatMessageModel::rowOfMessage(qint64 messageId) const
{
    for (size_t i = m_rows.size(); i-- > 0;) {
        if (m_rows[i].id == messageId)
            return int(i);
    }
    return -1;
}

QVariantMap ChatMessageModel::attachmentMap(const ChatAttachment &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("kind"), a.kind},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("url"), a.url},
            {QStringLiteral("localPath"), a.localPath},
            {QStringLiteral("mimeType"), a.mimeType},
            {QStringLiteral("size"), a.sizeBytes}};
}

int ChatMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChatMessageModel::data(const QModelIndex &index, int role) const
{
    const ChatMessage *m = index.isValid() ? messageAt(index.row()) : nullptr;
    if (!m)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return m->body;
    case MessageIdRole:
        return m->id;
    case RemoteIdRole:
        return m->remoteId;
    case SenderTypeRole:
        return m->senderType;
    case AuthorRole:
        return m->author;
    case CreatedAtRole:
        return m->createdAt;
    case IsReadRole:
        return m->isRead;
    case IsOwnRole:
        return m->outboxId != 0 || !m->deliveryState.isEmpty();
    case DeliveryStateRole:
        return m->deliveryState;
    case LastErrorRole:
        return m->lastError;
    case OutboxIdRole:
        return m->outboxId;
    case AttachmentsRole: {
        QVariantList list;
        for (const ChatAttachment &a : m->attachments)
            list.append(attachmentMap(a));
        return list;
    }
    }
    return {};
}

QHash<int, QByteArray> ChatMessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{MessageIdRole, "messageId"},
                  {RemoteIdRole, "remoteId"},
                  {SenderTypeRole, "senderType"},
                  {AuthorRole, "author"},
                  {BodyRole, "body"},
                  {CreatedAtRole, "createdAt"},
                  {IsReadRole, "isRead"},
                  {IsOwnRole, "isOwn"},
                  {DeliveryStateRole, "deliveryState"},
                  {LastErrorRole, "lastError"},
                  {OutboxIdRole, "outboxId"},
                  {AttachmentsRole, "attachments"}});
    return names;
}

} // namespace agentp::models
