#include "models/store/ChatHistoryWriter.h"

#include "models/store/SqlErrors.h"
#include "models/store/SqlValues.h"
#include "models/store/TimeFormat.h"

#include <QCoreApplication>

namespace agentp::store {

ChatHistoryWriter::ChatHistoryWriter(QSqlDatabase db, qint64 chatId)
    : m_db(std::move(db))
    , m_chatId(chatId)
    , m_find(m_db)
    , m_insert(m_db)
    , m_insertAttachment(m_db)
    , m_markRead(m_db)
{}

bool ChatHistoryWriter::exec(QSqlQuery &q, StoreError *error)
{
    if (q.exec())
        return true;
    *error =
        classifySqlError(q.lastError(), QCoreApplication::translate("agentp::store::ChatRepository",
                                                                    "Cannot save the chat"));
    return false;
}

bool ChatHistoryWriter::write(const domain::HistoryPage &page, ChatRepository::HistoryKind kind,
                              HistorySaved *saved, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM chats WHERE id = ?"));
    q.addBindValue(m_chatId);
    if (!exec(q, error))
        return false;
    if (!q.next()) {
        *error = StoreError::make(StoreError::Kind::NotFound,
                                  QCoreApplication::translate("agentp::store::ChatRepository",
                                                              "The chat no longer exists."));
        return false;
    }
    int newUnread = 0;
    for (const domain::RemoteMessage &m : page.messages) {
        if (m.remoteId.isEmpty())
            continue;
        Stored outcome = Stored::Duplicate;
        if (!store(m, &outcome, error))
            return false;
        switch (outcome) {
        case Stored::Duplicate:
            ++saved->duplicates;
            break;
        case Stored::Adopted:
            ++saved->adopted;
            break;
        case Stored::Inserted:
            ++saved->inserted;
            if (!m.isRead && m.sender != domain::SenderType::Seller)
                ++newUnread;
            break;
        }
    }
    if (!updateChat(page, kind, *saved, newUnread, error))
        return false;
    saved->changedTables = {QStringLiteral("chats")};
    if (saved->inserted + saved->adopted > 0)
        saved->changedTables << QStringLiteral("chat_messages") << QStringLiteral("attachments");
    return true;
}

bool ChatHistoryWriter::prepareStatements(StoreError *error)
{
    // A page holds up to 1,000 messages: compile the per-message statements once, not per row.
    if (m_prepared)
        return true;
    const auto prepare = [error](QSqlQuery &q, const QString &sql) {
        if (q.prepare(sql))
            return true;
        *error = classifySqlError(
            q.lastError(),
            QCoreApplication::translate("agentp::store::ChatRepository", "Cannot save the chat"));
        return false;
    };
    // Most pages belong to chats without a reply waiting for its remote id: then no pulled
    // message needs the adoption look-up at all.
    QSqlQuery unsent(m_db);
    unsent.prepare(QStringLiteral("SELECT EXISTS(SELECT 1 FROM chat_messages WHERE chat_id = ?"
                                  " AND remote_id IS NULL)"));
    unsent.addBindValue(m_chatId);
    if (!exec(unsent, error))
        return false;
    m_hasUnsent = unsent.next() && unsent.value(0).toBool();
    m_prepared =
        prepare(m_find, QStringLiteral("SELECT 1 FROM chat_messages WHERE chat_id = ?"
                                       " AND remote_id = ?")) &&
        prepare(m_insert,
                QStringLiteral("INSERT INTO chat_messages(chat_id, remote_id, sender_type, author,"
                               " body, created_at, is_read) VALUES (?, ?, ?, ?, ?, ?, ?)"
                               " ON CONFLICT(chat_id, remote_id) DO NOTHING")) &&
        prepare(m_markRead,
                QStringLiteral("UPDATE chat_messages SET is_read = 1"
                               " WHERE chat_id = ? AND remote_id = ? AND is_read = 0")) &&
        prepare(m_insertAttachment,
                QStringLiteral("INSERT INTO attachments(message_id, kind, name, url, mime_type,"
                               " size_bytes) VALUES (?, ?, ?, ?, ?, ?)"));
    return m_prepared;
}

bool ChatHistoryWriter::store(const domain::RemoteMessage &m, Stored *outcome, StoreError *error)
{
    if (!prepareStatements(error))
        return false;
    const bool fileOnly = m.body.isEmpty() && !m.attachments.isEmpty();
    const bool mayAdopt =
        m_hasUnsent && m.sender == domain::SenderType::Seller && (!m.body.isEmpty() || fileOnly);
    if (!mayAdopt)
        return insertOrFollow(m, outcome, error);
    // Stored before: never adopted again, only its read state followed.
    m_find.bindValue(0, m_chatId);
    m_find.bindValue(1, m.remoteId);
    if (!exec(m_find, error))
        return false;
    const bool stored = m_find.next();
    m_find.finish();
    if (stored)
        return insertOrFollow(m, outcome, error);
    const QDateTime createdAt =
        m.createdAt.isValid() ? m.createdAt : QDateTime::currentDateTimeUtc();

    {
        // docs/chats.md: the oldest local reply of this chat with the same body and no remote id
        // adopts it, unless it was typed after the message existed (then it is another reply).
        // A file reply has no body: it is recognised by its file's name instead, so one file
        // never claims another one's row.
        QSqlQuery q(m_db);
        if (fileOnly) {
            q.prepare(QStringLiteral(
                "SELECT m.id FROM chat_messages m WHERE m.chat_id = ? AND m.remote_id IS NULL"
                " AND m.sender_type = 'seller' AND m.body = '' AND m.created_at <= ?"
                " AND (SELECT a.name FROM attachments a WHERE a.message_id = m.id"
                "      ORDER BY a.id LIMIT 1) = ?"
                " ORDER BY m.created_at, m.id LIMIT 1"));
            q.addBindValue(m_chatId);
            q.addBindValue(toStoredTime(createdAt.addSecs(ChatRepository::kClockSkewSecs)));
            q.addBindValue(text(m.attachments.constFirst().name));
        } else {
            q.prepare(QStringLiteral(
                "SELECT id FROM chat_messages WHERE chat_id = ? AND remote_id IS NULL"
                " AND sender_type = 'seller' AND body = ? AND created_at <= ?"
                " ORDER BY created_at, id LIMIT 1"));
            q.addBindValue(m_chatId);
            q.addBindValue(text(m.body));
            q.addBindValue(toStoredTime(createdAt.addSecs(ChatRepository::kClockSkewSecs)));
        }
        if (!exec(q, error))
            return false;
        if (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            // The agent who typed it stays its author (the report counts per agent); the
            // marketplace's author is only a fallback.
            q.prepare(QStringLiteral("UPDATE chat_messages SET remote_id = ?, created_at = ?,"
                                     " author = COALESCE(author, ?) WHERE id = ?"));
            q.addBindValue(m.remoteId);
            q.addBindValue(toStoredTime(createdAt));
            q.addBindValue(textOrNull(m.author));
            q.addBindValue(id);
            if (!exec(q, error))
                return false;
            *outcome = Stored::Adopted;
            return adoptAttachments(id, m.attachments, error);
        }
    }

    return insertOrFollow(m, outcome, error);
}

bool ChatHistoryWriter::insertOrFollow(const domain::RemoteMessage &m, Stored *outcome,
                                       StoreError *error)
{
    // One statement for the common case: new rows go in, a message stored before is left
    // alone by the unique (chat_id, remote_id) index and only its read state followed.
    const QDateTime createdAt =
        m.createdAt.isValid() ? m.createdAt : QDateTime::currentDateTimeUtc();
    m_insert.bindValue(0, m_chatId);
    m_insert.bindValue(1, m.remoteId);
    m_insert.bindValue(2, domain::senderTypeName(m.sender));
    m_insert.bindValue(3, textOrNull(m.author));
    m_insert.bindValue(4, text(m.body));
    m_insert.bindValue(5, toStoredTime(createdAt));
    m_insert.bindValue(6, m.isRead ? 1 : 0);
    if (!exec(m_insert, error))
        return false;
    if (m_insert.numRowsAffected() > 0) {
        *outcome = Stored::Inserted;
        return insertAttachments(m_insert.lastInsertId().toLongLong(), m.attachments, error);
    }
    *outcome = Stored::Duplicate;
    if (!m.isRead)
        return true;
    // Read elsewhere (the marketplace's own cabinet): follow, but never un-read.
    m_markRead.bindValue(0, m_chatId);
    m_markRead.bindValue(1, m.remoteId);
    return exec(m_markRead, error);
}

bool ChatHistoryWriter::insertAttachments(qint64 messageId,
                                          const QList<domain::RemoteAttachment> &attachments,
                                          StoreError *error)
{
    if (!prepareStatements(error))
        return false;
    QSqlQuery &q = m_insertAttachment;
    for (const domain::RemoteAttachment &a : attachments) {
        q.bindValue(0, messageId);
        q.bindValue(1, a.kind == domain::RemoteAttachment::Kind::Image ? QStringLiteral("image")
                                                                       : QStringLiteral("file"));
        q.bindValue(2, text(a.name));
        q.bindValue(3, text(a.url));
        q.bindValue(4, textOrNull(a.mimeType));
        q.bindValue(5, a.sizeBytes >= 0 ? QVariant(a.sizeBytes)
                                        : QVariant(QMetaType::fromType<qint64>()));
        if (!exec(q, error))
            return false;
    }
    return true;
}

bool ChatHistoryWriter::adoptAttachments(qint64 messageId,
                                         const QList<domain::RemoteAttachment> &attachments,
                                         StoreError *error)
{
    // A sent file has a local attachment row (local_path, no url): it learns the remote URL.
    // Remote attachments beyond the local ones are added.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM attachments WHERE message_id = ? ORDER BY id"));
    q.addBindValue(messageId);
    if (!exec(q, error))
        return false;
    QList<qint64> local;
    while (q.next())
        local << q.value(0).toLongLong();
    QList<domain::RemoteAttachment> extra;
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        if (i >= local.size()) {
            extra << attachments.at(i);
            continue;
        }
        q.prepare(QStringLiteral("UPDATE attachments SET url = ? WHERE id = ?"));
        q.addBindValue(text(attachments.at(i).url));
        q.addBindValue(local.at(i));
        if (!exec(q, error))
            return false;
    }
    return insertAttachments(messageId, extra, error);
}

bool ChatHistoryWriter::updateChat(const domain::HistoryPage &page,
                                   ChatRepository::HistoryKind kind, const HistorySaved &saved,
                                   int newUnread, StoreError *error)
{
    QSqlQuery q(m_db);
    const bool changed = saved.inserted + saved.adopted > 0;
    // The forward cursor is the newest stored remote id, whatever order pages arrived in.
    q.prepare(QStringLiteral(
        "UPDATE chats SET newest_message_id = COALESCE((SELECT remote_id FROM chat_messages"
        " WHERE chat_id = chats.id AND remote_id IS NOT NULL ORDER BY created_at DESC,"
        " length(remote_id) DESC, remote_id DESC LIMIT 1), newest_message_id),"
        " history_complete = MAX(history_complete, ?) WHERE id = ?"));
    const bool reachedOldest = kind != ChatRepository::HistoryKind::Newer && !page.hasNext;
    q.addBindValue(reachedOldest ? 1 : 0);
    q.addBindValue(m_chatId);
    if (!exec(q, error))
        return false;

    if (changed) {
        q.prepare(QStringLiteral(
            "SELECT m.body, (SELECT name FROM attachments a WHERE a.message_id = m.id ORDER BY"
            " a.id LIMIT 1), m.created_at FROM chat_messages m WHERE m.chat_id = ?"
            " ORDER BY m.created_at DESC, length(m.remote_id) DESC, m.remote_id DESC LIMIT 1"));
        q.addBindValue(m_chatId);
        if (!exec(q, error))
            return false;
        if (q.next()) {
            const QString body = q.value(0).toString();
            const QString preview =
                domain::chatPreview(body.isEmpty() ? q.value(1).toString() : body);
            const QString last = q.value(2).toString();
            q.prepare(QStringLiteral(
                "UPDATE chats SET last_message_at = ?, last_message_preview = ?,"
                " last_buyer_message_at = (SELECT MAX(created_at) FROM chat_messages"
                "   WHERE chat_id = chats.id AND sender_type = 'buyer'),"
                " last_seller_message_at = (SELECT MAX(created_at) FROM chat_messages"
                "   WHERE chat_id = chats.id AND sender_type = 'seller')"
                " WHERE id = ?"));
            q.addBindValue(last);
            q.addBindValue(text(preview)); // a message of neither text nor file
            q.addBindValue(m_chatId);
            if (!exec(q, error))
                return false;
            // The SLA clock (docs/sla.md): the first buyer message after our last reply.
            q.prepare(QStringLiteral(
                "UPDATE chats SET waiting_since = (SELECT MIN(created_at) FROM chat_messages"
                "   WHERE chat_id = chats.id AND sender_type = 'buyer'"
                "   AND created_at > COALESCE(chats.last_seller_message_at, ''))"
                " WHERE id = ?"));
            q.addBindValue(m_chatId);
            if (!exec(q, error))
                return false;
        }
    }
    if (newUnread > 0) {
        // The list's count may predate these messages; never show fewer than are stored unread.
        q.prepare(QStringLiteral(
            "UPDATE chats SET unread_count = MAX(unread_count, (SELECT COUNT(*) FROM"
            " chat_messages WHERE chat_id = chats.id AND is_read = 0 AND sender_type <>"
            " 'seller')) WHERE id = ?"));
        q.addBindValue(m_chatId);
        if (!exec(q, error))
            return false;
    }

    // Ozon tells the order and product only in the messages' context: the newest one wins,
    // an older page only fills a gap.
    QString order;
    QString sku;
    for (auto it = page.messages.rbegin(); it != page.messages.rend(); ++it) {
        if (order.isEmpty())
            order = it->orderNumber;
        if (sku.isEmpty())
            sku = it->sku;
    }
    if (order.isEmpty() && sku.isEmpty())
        return true;
    const bool fillOnly = kind == ChatRepository::HistoryKind::Older;
    q.prepare(
        fillOnly ? QStringLiteral("UPDATE chats SET order_number = CASE WHEN COALESCE(order_number,"
                                  " '') = '' THEN COALESCE(?, order_number) ELSE order_number END,"
                                  " product = CASE WHEN COALESCE(product, '') = '' THEN"
                                  " COALESCE(?, product) ELSE product END WHERE id = ?")
                 : QStringLiteral("UPDATE chats SET order_number = COALESCE(?, order_number),"
                                  " product = CASE WHEN COALESCE(product, '') = '' THEN"
                                  " COALESCE(?, product) ELSE product END WHERE id = ?"));
    q.addBindValue(textOrNull(order));
    q.addBindValue(textOrNull(sku));
    q.addBindValue(m_chatId);
    return exec(q, error);
}

} // namespace agentp::store
