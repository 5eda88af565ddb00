#include "tests/chats/ChatFixture.h"

#include "models/store/TimeFormat.h"

#include <QSqlError>
#include <QSqlQuery>

namespace agentp::testing {

namespace {

QVariant timeOrNull(int minutesAgo)
{
    return minutesAgo < 0 ? QVariant(QMetaType::fromType<QString>())
                          : QVariant(store::toStoredTime(ChatFixture::minutesAgo(minutesAgo)));
}

qint64 insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("fixture: %s", qPrintable(q.lastError().text()));
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

} // namespace

QDateTime ChatFixture::now()
{
    return QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
}

QDateTime ChatFixture::minutesAgo(int minutes)
{
    return now().addSecs(-60LL * minutes);
}

bool ChatFixture::open()
{
    store::StoreError error;
    m_workspace = store::Workspace::open(m_tmp.file(), true, &error);
    if (!m_workspace)
        qWarning("fixture: %s", qPrintable(error.message));
    return m_workspace != nullptr;
}

qint64 ChatFixture::addAccount(const QString &marketplace, const QString &name)
{
    return insert(db(),
                  QStringLiteral("INSERT INTO seller_accounts(marketplace, name, external_id,"
                                 " created_at) VALUES (?, ?, '123456', ?)"),
                  {marketplace, name, store::toStoredTime(minutesAgo(100000))});
}

qint64 ChatFixture::addChat(qint64 accountId, const Chat &c)
{
    static int next = 0;
    int waiting = c.waitingMinutesAgo;
    if (waiting == -2)
        waiting = c.buyerMinutesAgo >= 0 &&
                          (c.sellerMinutesAgo < 0 || c.buyerMinutesAgo < c.sellerMinutesAgo)
                      ? c.buyerMinutesAgo
                      : -1;
    const qint64 id =
        insert(db(),
               QStringLiteral(
                   "INSERT INTO chats(account_id, remote_id, chat_type, status,"
                   " title, order_number, created_at, last_message_at,"
                   " last_message_preview, last_buyer_message_at,"
                   " last_seller_message_at, unread_count, history_complete)"
                   " VALUES (?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?)"),
               {accountId, QStringLiteral("remote-%1").arg(++next), c.type, c.status, c.title,
                c.orderNumber.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                        : QVariant(c.orderNumber),
                store::toStoredTime(minutesAgo(50000)), timeOrNull(c.lastMinutesAgo), c.preview,
                timeOrNull(c.buyerMinutesAgo), timeOrNull(c.sellerMinutesAgo), c.unread,
                c.historyComplete ? 1 : 0});
    if (id > 0 && waiting >= 0)
        exec(QStringLiteral("UPDATE chats SET waiting_since = '%1' WHERE id = %2")
                 .arg(store::toStoredTime(minutesAgo(waiting)))
                 .arg(id));
    return id;
}

qint64 ChatFixture::addMessage(qint64 chatId, const QString &sender, const QString &body,
                               int minutesAgo, const QString &remoteId)
{
    return insert(
        db(),
        QStringLiteral("INSERT INTO chat_messages(chat_id, remote_id, sender_type,"
                       " author, body, created_at) VALUES (?, ?, ?, ?, COALESCE(?, ''), ?)"),
        {chatId, remoteId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(remoteId),
         sender, sender == QLatin1String("buyer") ? QStringLiteral("Покупатель") : QString(), body,
         store::toStoredTime(ChatFixture::minutesAgo(minutesAgo))});
}

qint64 ChatFixture::addAttachment(qint64 messageId, const QString &kind, const QString &name,
                                  const QString &localPath)
{
    return insert(
        db(),
        QStringLiteral("INSERT INTO attachments(message_id, kind, name, url, mime_type,"
                       " size_bytes, local_path) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {messageId, kind, name, QStringLiteral("https://example.test/") + name,
         kind == QLatin1String("image") ? QStringLiteral("image/png")
                                        : QStringLiteral("application/pdf"),
         2048,
         localPath.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(localPath)});
}

int ChatFixture::count(const QString &sql) const
{
    return value(sql).toInt();
}

QVariant ChatFixture::value(const QString &sql) const
{
    QSqlQuery q(db());
    if (!q.exec(sql) || !q.next()) {
        qWarning("fixture: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

bool ChatFixture::exec(const QString &sql) const
{
    QSqlQuery q(db());
    if (!q.exec(sql)) {
        qWarning("fixture: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace agentp::testing
