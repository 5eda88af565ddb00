#include "models/store/ChatRepository.h"

#include "models/store/ChatHistoryWriter.h"
#include "models/store/SalonActionUndo.h"
#include "models/store/SqlErrors.h"
#include "models/store/SqlValues.h"
#include "models/store/TimeFormat.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace agentp::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("agentp::store::ChatRepository", text);
}

bool exec(QSqlQuery &q, StoreError *error, const char *context)
{
    if (q.exec())
        return true;
    *error = classifySqlError(q.lastError(), tr(context));
    return false;
}

// The newest stored remote id, in the contract's message order.
const QString kNewestStoredId = QStringLiteral(
    "(SELECT m.remote_id FROM chat_messages m WHERE m.chat_id = c.id AND m.remote_id IS NOT NULL"
    " ORDER BY m.created_at DESC, length(m.remote_id) DESC, m.remote_id DESC LIMIT 1)");

const QString kChatColumns =
    QStringLiteral("c.id, c.account_id, a.marketplace, c.remote_id, c.chat_type, c.status,"
                   " COALESCE(c.newest_message_id, ") +
    kNewestStoredId +
    QStringLiteral(", ''), c.history_complete, c.last_buyer_message_at"
                   " FROM chats c JOIN seller_accounts a ON a.id = c.account_id");

SyncedChat chatFromRow(const QSqlQuery &q)
{
    SyncedChat c;
    c.id = q.value(0).toLongLong();
    c.accountId = q.value(1).toLongLong();
    c.marketplace = q.value(2).toString();
    c.remoteId = q.value(3).toString();
    c.chatType = q.value(4).toString();
    c.status = q.value(5).toString();
    c.newestMessageId = q.value(6).toString();
    c.historyComplete = q.value(7).toInt() != 0;
    c.lastBuyerMessageAt =
        q.value(8).isNull() ? QDateTime() : fromStoredTime(q.value(8).toString());
    return c;
}

bool writeCursor(const QSqlDatabase &db, qint64 accountId, const QString &cursor, StoreError *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO sync_cursors(source, scope, cursor, synced_at)"
                             " VALUES (?, ?, ?, ?) ON CONFLICT(source, scope) DO UPDATE SET"
                             " cursor = excluded.cursor, synced_at = excluded.synced_at"));
    q.addBindValue(ChatRepository::cursorSource());
    q.addBindValue(QString::number(accountId));
    q.addBindValue(text(cursor));
    q.addBindValue(toStoredTime(QDateTime::currentDateTimeUtc()));
    return exec(
        q, error,
        QT_TRANSLATE_NOOP("agentp::store::ChatRepository", "Cannot save the sync position"));
}

} // namespace

ChatRepository::ChatRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString ChatRepository::listCursor(qint64 accountId, StoreError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT cursor FROM sync_cursors WHERE source = ? AND scope = ?"));
    q.addBindValue(cursorSource());
    q.addBindValue(QString::number(accountId));
    if (!exec(q, error,
              QT_TRANSLATE_NOOP("agentp::store::ChatRepository", "Cannot read the sync position")))
        return {};
    return q.next() ? q.value(0).toString() : QString();
}

bool ChatRepository::resetListCursor(qint64 accountId, StoreError *error)
{
    return writeCursor(m_db, accountId, QString(), error);
}

bool ChatRepository::saveChatPage(qint64 accountId, const domain::ChatListPage &page,
                                  ChatPageSaved *saved, StoreError *error)
{
    *saved = {};
    ImmediateWrite tx(m_db, error);
    if (!tx.isOpen())
        return false;
    const QString now = toStoredTime(QDateTime::currentDateTimeUtc());
    QSqlQuery existing(m_db);
    existing.prepare(QStringLiteral("SELECT id FROM chats WHERE account_id = ? AND remote_id = ?"));
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO chats(account_id, remote_id, chat_type, status, title, order_number,"
        " product, created_at, unread_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // Title, order and product only when the marketplace tells them with the chat (Ozon does
    // not; history fills them). A mark-read still waiting in the outbox keeps the local count,
    // or the list would show the chat unread again until the intent has gone out.
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral(
        "UPDATE chats SET chat_type = ?, status = ?,"
        " title = CASE WHEN ? <> '' THEN ? ELSE title END,"
        " order_number = COALESCE(?, order_number), product = COALESCE(?, product),"
        " unread_count = CASE WHEN EXISTS (SELECT 1 FROM outbox o WHERE o.target ="
        "   'chat-read:' || chats.id AND o.state IN ('queued','sending')) THEN unread_count"
        "   ELSE ? END"
        " WHERE id = ?"));
    QSqlQuery state(m_db);
    state.prepare(QStringLiteral("SELECT ") + kChatColumns + QStringLiteral(" WHERE c.id = ?"));

    for (const domain::RemoteChat &remote : page.chats) {
        if (remote.remoteId.isEmpty())
            continue; // nothing to key it by; the connector already logged the malformed item
        ++saved->chats;
        existing.addBindValue(accountId);
        existing.addBindValue(remote.remoteId);
        if (!exec(existing, error,
                  QT_TRANSLATE_NOOP("agentp::store::ChatRepository", "Cannot read the chats")))
            return false;
        qint64 chatId = existing.next() ? existing.value(0).toLongLong() : 0;
        existing.finish();
        const QString chatType =
            remote.chatType.isEmpty() ? QStringLiteral("BUYER_SELLER") : remote.chatType;
        const QString status = remote.status.isEmpty() ? QStringLiteral("OPENED") : remote.status;
        if (chatId == 0) {
            insert.addBindValue(accountId);
            insert.addBindValue(remote.remoteId);
            insert.addBindValue(chatType);
            insert.addBindValue(status);
            insert.addBindValue(text(remote.title));
            insert.addBindValue(textOrNull(remote.orderNumber));
            insert.addBindValue(textOrNull(remote.product));
            insert.addBindValue(remote.createdAt.isValid() ? toStoredTime(remote.createdAt) : now);
            insert.addBindValue(std::max(0, remote.unreadCount));
            if (!exec(insert, error,
                      QT_TRANSLATE_NOOP("agentp::store::ChatRepository", "Cannot save a chat")))
                return false;
            chatId = insert.lastInsertId().toLongLong();
            ++saved->newChats;
        } else {
            update.addBindValue(chatType);
            update.addBindValue(status);
            update.addBindValue(text(remote.title));
            update.addBindValue(text(remote.title));
            update.addBindValue(textOrNull(remote.orderNumber));
            update.addBindValue(textOrNull(remote.product));
            update.addBindValue(std::max(0, remote.unreadCount));
            update.addBindValue(chatId);
            if (!exec(update, error,
                      QT_TRANSLATE_NOOP("agentp::store::ChatRepository", "Cannot save a chat")))
                return false;
        }
        if (remote.lastMessageId.isEmpty())
            continue;
        state.addBindValue(chatId);
        if (!exec(state, error,
                  QT_TRANSLATE_NOOP("agentp::store::ChatRepository", "Cannot read the chats")))
            return false;
        if (state.next()) {
            SyncedChat c = chatFromRow(state);
            if (c.newestMessageId != remote.lastMessageId) {
                c.remoteLastMessageId = remote.lastMessageId;
                saved->needHistory.push_back(std::move(c));
            }
        }
        state.finish();
    }
    if (!writeCursor(m_db, accountId, page.hasNext ? page.nextCursor : QString(), error))
        return false;
    if (!tx.commit(error))
        return false;
    saved->changedTables = {QStringLiteral("chats"), QStringLiteral("sync_cursors")};
    return true;
}

std::optional<SyncedChat> ChatRepository::chat(qint64 chatId, StoreError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kChatColumns + QStringLiteral(" WHERE c.id = ?"));
    q.addBindValue(chatId);
    if (!exec(q, error,
              QT_TRANSLATE_NOOP("agentp::store::ChatRepository", "Cannot read the chat")) ||
        !q.next())
        return std::nullopt;
    return chatFromRow(q);
}

QString ChatRepository::oldestRemoteId(qint64 chatId, StoreError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT remote_id FROM chat_messages WHERE chat_id = ?"
                             " AND remote_id IS NOT NULL"
                             " ORDER BY created_at, length(remote_id), remote_id LIMIT 1"));
    q.addBindValue(chatId);
    if (!exec(q, error, QT_TRANSLATE_NOOP("agentp::store::ChatRepository", "Cannot read the chat")))
        return {};
    return q.next() ? q.value(0).toString() : QString();
}

bool ChatRepository::saveHistoryPage(qint64 chatId, const domain::HistoryPage &page,
                                     HistoryKind kind, HistorySaved *saved, StoreError *error)
{
    *saved = {};
    ImmediateWrite tx(m_db, error);
    if (!tx.isOpen())
        return false;
    ChatHistoryWriter writer(m_db, chatId);
    if (!writer.write(page, kind, saved, error))
        return false;
    if (!tx.commit(error)) {
        *saved = {};
        return false;
    }
    return true;
}

std::optional<LocalReply> ChatRepository::localReply(qint64 messageId, StoreError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, chat_id, COALESCE(remote_id, ''), body, created_at"
                             " FROM chat_messages WHERE id = ?"));
    q.addBindValue(messageId);
    if (!exec(q, error,
              QT_TRANSLATE_NOOP("agentp::store::ChatRepository", "Cannot read the reply")) ||
        !q.next())
        return std::nullopt;
    LocalReply r;
    r.id = q.value(0).toLongLong();
    r.chatId = q.value(1).toLongLong();
    r.remoteId = q.value(2).toString();
    r.body = q.value(3).toString();
    r.createdAt = fromStoredTime(q.value(4).toString());
    return r;
}

bool ChatRepository::recordRead(qint64 chatId, const QString &upToRemoteId, int unreadLeft,
                                StoreError *error)
{
    ImmediateWrite tx(m_db, error);
    if (!tx.isOpen())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE chats SET read_up_to_message_id = ?, unread_count = ?"
                             " WHERE id = ?"));
    q.addBindValue(upToRemoteId);
    q.addBindValue(std::max(0, unreadLeft));
    q.addBindValue(chatId);
    if (!exec(q, error,
              QT_TRANSLATE_NOOP("agentp::store::ChatRepository", "Cannot mark the chat read")))
        return false;
    // Everything up to that message is read now, in the contract's order.
    q.prepare(QStringLiteral(
        "UPDATE chat_messages SET is_read = 1 WHERE chat_id = ? AND is_read = 0 AND EXISTS"
        " (SELECT 1 FROM chat_messages r WHERE r.chat_id = chat_messages.chat_id"
        "  AND r.remote_id = ? AND (chat_messages.created_at < r.created_at OR"
        "  (chat_messages.created_at = r.created_at AND"
        "   (length(COALESCE(chat_messages.remote_id, '')), COALESCE(chat_messages.remote_id,"
        "   '')) <= (length(r.remote_id), r.remote_id))))"));
    q.addBindValue(chatId);
    q.addBindValue(upToRemoteId);
    if (!exec(q, error,
              QT_TRANSLATE_NOOP("agentp::store::ChatRepository", "Cannot mark the chat read")))
        return false;
    return tx.commit(error);
}

bool ChatRepository::setMuted(qint64 chatId, bool muted, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE chats SET muted = ? WHERE id = ?"));
    q.addBindValue(muted ? 1 : 0);
    q.addBindValue(chatId);
    return exec(q, error,
                QT_TRANSLATE_NOOP("agentp::store::ChatRepository", "Cannot mute the chat"));
}

} // namespace agentp::store
