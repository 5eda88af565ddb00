#include "models/store/ReplyQueue.h"

#include "models/domain/MarketplaceTypes.h"
#include "models/domain/ReplyRules.h"
#include "models/store/OutboxRepository.h"
#include "models/store/SalonActionUndo.h"
#include "models/store/SqlErrors.h"
#include "models/store/StoreNotifier.h"
#include "models/store/TimeFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace agentp::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("agentp::store::ReplyQueue", text);
}

// A folder of its own per copy keeps the file's original name (the marketplace shows it to the
// buyer) while two files of the same name never collide.
QString copyIntoOutgoing(const QString &workspacePath, const QString &sourcePath,
                         const QDateTime &now, QString *problem)
{
    const QString name = QFileInfo(sourcePath).fileName();
    const QString folder = ReplyQueue::outgoingFolder(workspacePath) + QLatin1Char('/') +
                           now.toString(QStringLiteral("yyyyMMddHHmmsszzz")) + QLatin1Char('-') +
                           QString::number(QRandomGenerator::global()->generate() & 0xffffff, 16);
    if (!QDir().mkpath(folder)) {
        *problem = tr("Cannot create the folder “%1” for outgoing files.")
                       .arg(QDir::toNativeSeparators(folder));
        return {};
    }
    const QString target = folder + QLatin1Char('/') + name;
    QFile source(sourcePath);
    if (!source.copy(target)) {
        *problem = tr("Cannot copy “%1”: %2").arg(name, source.errorString());
        QDir(folder).removeRecursively();
        return {};
    }
    return target;
}

void removeCopy(const QString &copiedPath)
{
    if (!copiedPath.isEmpty())
        QDir(QFileInfo(copiedPath).absolutePath()).removeRecursively();
}

} // namespace

struct ReplyQueue::ChatInfo
{
    QString marketplace;
    QString chatType;
    QString status;
    QDateTime lastBuyerMessageAt;
};

ReplyQueue::ReplyQueue(QSqlDatabase db, QString workspacePath, StoreNotifier *notifier)
    : m_db(std::move(db))
    , m_workspacePath(std::move(workspacePath))
    , m_notifier(notifier)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

QString ReplyQueue::chatTarget(qint64 chatId)
{
    return QStringLiteral("chat:%1").arg(chatId);
}

QString ReplyQueue::readTarget(qint64 chatId)
{
    return QStringLiteral("chat-read:%1").arg(chatId);
}

QString ReplyQueue::outgoingFolder(const QString &workspacePath)
{
    return workspacePath + QStringLiteral(".files/outgoing");
}

QueuedReply ReplyQueue::queueText(qint64 chatId, const QString &text, StoreError *error)
{
    // The rules of any marketplace refuse empty text; its own limit is checked with the chat.
    if (text.trimmed().isEmpty()) {
        QueuedReply r;
        r.problem = domain::ReplyRules(QString()).checkText(text);
        return r;
    }
    return queue(chatId, QString::fromLatin1(kSendText), text, {}, {}, 0, error);
}

QueuedReply ReplyQueue::queueFile(qint64 chatId, const QString &sourcePath, StoreError *error)
{
    QueuedReply r;
    const QFileInfo info(sourcePath);
    if (!info.exists() || !info.isFile()) {
        r.problem =
            tr("“%1” does not exist or is not a file.").arg(QDir::toNativeSeparators(sourcePath));
        return r;
    }
    if (!info.isReadable()) {
        r.problem = tr("“%1” cannot be read.").arg(info.fileName());
        return r;
    }
    // The rules of the chat's marketplace decide; reading the chat first keeps a refused file
    // from ever being copied.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT a.marketplace FROM chats c JOIN seller_accounts a"
                             " ON a.id = c.account_id WHERE c.id = ?"));
    q.addBindValue(chatId);
    if (!execQuery(q, error, tr("Cannot read the chat")))
        return r;
    if (!q.next()) {
        r.problem = tr("This chat no longer exists.");
        return r;
    }
    const domain::ReplyRules rules(q.value(0).toString());
    r.problem = rules.checkFile(info.fileName(), info.size());
    if (!r.problem.isEmpty())
        return r;

    const QString copy = copyIntoOutgoing(m_workspacePath, sourcePath, m_clock(), &r.problem);
    if (copy.isEmpty())
        return r;
    r = queue(chatId, QString::fromLatin1(kSendFile), QString(), copy, info.fileName(), info.size(),
              error);
    if (!r.ok())
        removeCopy(copy);
    return r;
}

QueuedReply ReplyQueue::queue(qint64 chatId, const QString &kind, const QString &body,
                              const QString &filePath, const QString &fileName, qint64 fileSize,
                              StoreError *error)
{
    QueuedReply r;
    ImmediateWrite transaction(m_db, error);
    if (!transaction.isOpen())
        return r;

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT a.marketplace, c.chat_type, c.status,"
                             " c.last_buyer_message_at FROM chats c JOIN seller_accounts a"
                             " ON a.id = c.account_id WHERE c.id = ?"));
    q.addBindValue(chatId);
    if (!execQuery(q, error, tr("Cannot read the chat")))
        return r;
    if (!q.next()) {
        r.problem = tr("This chat no longer exists.");
        return r;
    }
    ChatInfo chat{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                  fromStoredTime(q.value(3).toString())};
    const QDateTime now = m_clock();
    const domain::ReplyRules rules(chat.marketplace);
    const domain::ReplyWindow window =
        rules.window(chat.chatType, chat.status, chat.lastBuyerMessageAt, now);
    if (!window.allowed) {
        r.problem = window.reason;
        return r;
    }
    if (kind == QLatin1String(kSendText)) {
        r.problem = rules.checkText(body);
        if (!r.problem.isEmpty())
            return r;
    }

    const QString stamp = toStoredTime(now);
    q.prepare(
        QStringLiteral("INSERT INTO chat_messages(chat_id, remote_id, sender_type, author, body,"
                       " created_at, is_read) VALUES (?, NULL, 'seller', ?, COALESCE(?, ''), ?,"
                       " 1)"));
    q.addBindValue(chatId);
    q.addBindValue(m_author.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                      : QVariant(m_author));
    q.addBindValue(body);
    q.addBindValue(stamp);
    if (!execQuery(q, error, tr("Cannot save the reply")))
        return r;
    const qint64 messageId = q.lastInsertId().toLongLong();

    QJsonObject payload{{QStringLiteral("chat_id"), chatId},
                        {QStringLiteral("message_id"), messageId}};
    if (filePath.isEmpty()) {
        payload.insert(QStringLiteral("text"), body);
    } else {
        payload.insert(QStringLiteral("path"), filePath);
        payload.insert(QStringLiteral("name"), fileName);
        payload.insert(QStringLiteral("size"), fileSize);
    }
    const qint64 outboxId =
        OutboxRepository(m_db).enqueue(kind, chatTarget(chatId), payload, QDateTime(), error);
    if (!outboxId)
        return r;

    q.prepare(QStringLiteral("UPDATE chat_messages SET outbox_id = ? WHERE id = ?"));
    q.addBindValue(outboxId);
    q.addBindValue(messageId);
    if (!execQuery(q, error, tr("Cannot save the reply")))
        return r;

    if (!filePath.isEmpty()) {
        const QMimeType mime = QMimeDatabase().mimeTypeForFile(filePath);
        q.prepare(QStringLiteral("INSERT INTO attachments(message_id, kind, name, url, mime_type,"
                                 " size_bytes, local_path) VALUES (?, ?, ?, '', ?, ?, ?)"));
        q.addBindValue(messageId);
        q.addBindValue(mime.name().startsWith(QLatin1String("image/")) ? QStringLiteral("image")
                                                                       : QStringLiteral("file"));
        q.addBindValue(fileName);
        q.addBindValue(mime.name());
        q.addBindValue(fileSize);
        q.addBindValue(filePath);
        if (!execQuery(q, error, tr("Cannot save the reply")))
            return r;
    }

    // Optimistic: the list moves the chat up and no longer counts it as unanswered, and its
    // SLA clock stops (the agent answered; the outbox delivers).
    q.prepare(QStringLiteral("UPDATE chats SET last_message_at = ?, last_message_preview = ?,"
                             " last_seller_message_at = ?, waiting_since = NULL WHERE id = ?"));
    q.addBindValue(stamp);
    q.addBindValue(domain::chatPreview(filePath.isEmpty() ? body : fileName));
    q.addBindValue(stamp);
    q.addBindValue(chatId);
    if (!execQuery(q, error, tr("Cannot save the reply")) || !transaction.commit(error))
        return r;

    r.messageId = messageId;
    r.outboxId = outboxId;
    announce({QStringLiteral("chat_messages"), QStringLiteral("attachments"),
              QStringLiteral("chats"), QStringLiteral("outbox")});
    return r;
}

bool ReplyQueue::markRead(qint64 chatId, StoreError *error)
{
    ImmediateWrite transaction(m_db, error);
    if (!transaction.isOpen())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT unread_count FROM chats WHERE id = ?"));
    q.addBindValue(chatId);
    if (!execQuery(q, error, tr("Cannot read the chat")))
        return false;
    if (!q.next() || q.value(0).toInt() <= 0)
        return true; // gone, or nothing to mark: no intent, no change

    // The newest message the marketplace knows; Ozon marks it and everything before it read.
    q.prepare(QStringLiteral("SELECT remote_id FROM chat_messages WHERE chat_id = ?"
                             " AND remote_id IS NOT NULL ORDER BY created_at DESC,"
                             " length(remote_id) DESC, remote_id DESC LIMIT 1"));
    q.addBindValue(chatId);
    if (!execQuery(q, error, tr("Cannot read the chat")))
        return false;
    const QString upTo = q.next() ? q.value(0).toString() : QString();

    q.prepare(QStringLiteral("UPDATE chats SET unread_count = 0 WHERE id = ?"));
    q.addBindValue(chatId);
    if (!execQuery(q, error, tr("Cannot mark the chat read")))
        return false;
    q.prepare(QStringLiteral("UPDATE chat_messages SET is_read = 1 WHERE chat_id = ?"
                             " AND is_read = 0"));
    q.addBindValue(chatId);
    if (!execQuery(q, error, tr("Cannot mark the chat read")))
        return false;
    if (!upTo.isEmpty()) {
        const QJsonObject payload{{QStringLiteral("chat_id"), chatId},
                                  {QStringLiteral("up_to_message_id"), upTo}};
        if (!OutboxRepository(m_db).enqueue(QString::fromLatin1(kMarkRead), readTarget(chatId),
                                            payload, QDateTime(), error))
            return false;
    }
    if (!transaction.commit(error))
        return false;
    announce({QStringLiteral("chats"), QStringLiteral("chat_messages"), QStringLiteral("outbox")});
    return true;
}

bool ReplyQueue::retry(qint64 outboxId, StoreError *error)
{
    const bool ok = OutboxRepository(m_db).retry(outboxId, error);
    if (ok)
        announce({QStringLiteral("outbox")});
    return ok;
}

void ReplyQueue::announce(const QStringList &tables) const
{
    if (m_notifier)
        m_notifier->notify(tables);
}

} // namespace agentp::store
