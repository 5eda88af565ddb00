#include "models/items/ChatListLoader.h"

#include "models/items/ChatSearchQuery.h"
#include "models/store/ReadSnapshot.h"
#include "models/store/SqlErrors.h"
#include "models/store/TimeFormat.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace agentp::models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("agentp::models::ChatListLoader", text);
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

int digits(QStringView s, qsizetype from, qsizetype count, bool *ok)
{
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9') {
            *ok = false;
            return 0;
        }
        v = v * 10 + (c - u'0');
    }
    return v;
}

QString interned(QHash<QString, QString> &pool, const QString &value)
{
    // chat_type and status repeat a handful of values 100,000 times: share one copy.
    auto it = pool.constFind(value);
    if (it != pool.constEnd())
        return it.value();
    pool.insert(value, value);
    return value;
}

// Title, order number and product. The preview is the last message, which the message text
// holds: kept out of the key, the key sweep of a keystroke reads 9 MB instead of 16 at 100,000
// chats.
QByteArray searchKey(const ChatListEntry &e)
{
    QByteArray key = ChatSearchQuery::fold(e.title);
    for (const QString *part : {&e.orderNumber, &e.product}) {
        if (part->isEmpty())
            continue;
        key += '\n';
        key += ChatSearchQuery::fold(*part);
    }
    return key;
}

} // namespace

bool ChatListEntry::sameShown(const ChatListEntry &o) const
{
    return accountId == o.accountId && lastMs == o.lastMs && lastBuyerMs == o.lastBuyerMs &&
           lastSellerMs == o.lastSellerMs && unread == o.unread && muted == o.muted &&
           historyComplete == o.historyComplete && title == o.title && preview == o.preview &&
           chatType == o.chatType && status == o.status && orderNumber == o.orderNumber &&
           product == o.product && waitingSinceMs == o.waitingSinceMs;
}

ChatListLoader::ChatListLoader(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::vector<ChatAccountInfo> ChatListLoader::accounts(store::StoreError *error) const
{
    std::vector<ChatAccountInfo> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, marketplace, name, enabled FROM seller_accounts"
                               " ORDER BY marketplace, name, id"))) {
        *error = store::classifySqlError(q.lastError(), tr("Cannot read the seller accounts"));
        return out;
    }
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toBool()});
    return out;
}

namespace {

const QString kChatColumns = QStringLiteral(
    "SELECT id, account_id, last_message_at, last_buyer_message_at, last_seller_message_at,"
    " unread_count, muted, history_complete, title, last_message_preview, chat_type, status,"
    " COALESCE(order_number, ''), COALESCE(product, ''), waiting_since FROM chats");

} // namespace

std::vector<ChatListEntry> ChatListLoader::chats(store::StoreError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kChatColumns + QStringLiteral(" ORDER BY id"));
    return readChats(q, error);
}

std::vector<ChatListEntry> ChatListLoader::latestChats(int limit, store::StoreError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kChatColumns + QStringLiteral(" ORDER BY last_message_at DESC LIMIT ?"));
    q.addBindValue(limit);
    std::vector<ChatListEntry> out = readChats(q, error);
    std::sort(out.begin(), out.end(),
              [](const ChatListEntry &a, const ChatListEntry &b) { return a.id < b.id; });
    return out;
}

std::vector<ChatListEntry> ChatListLoader::changedChats(qint64 afterId, const QDateTime &since,
                                                        const QList<qint64> &ids,
                                                        store::StoreError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QStringList idList;
    for (qint64 id : ids)
        idList << QString::number(id); // integers from the store: safe to inline
    QString where = QStringLiteral(" WHERE id > ? OR last_message_at >= ?");
    if (!idList.isEmpty())
        where += QStringLiteral(" OR id IN (") + idList.join(QLatin1Char(',')) + QLatin1Char(')');
    q.prepare(kChatColumns + where + QStringLiteral(" ORDER BY id"));
    q.addBindValue(afterId);
    q.addBindValue(store::toStoredTime(since));
    return readChats(q, error);
}

QHash<qint64, int> ChatListLoader::unreadCounts(store::StoreError *error) const
{
    QHash<qint64, int> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, unread_count FROM chats WHERE unread_count > 0"))) {
        *error = store::classifySqlError(q.lastError(), tr("Cannot read the chats"));
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

int ChatListLoader::chatCount(store::StoreError *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM chats")) || !q.next()) {
        *error = store::classifySqlError(q.lastError(), tr("Cannot read the chats"));
        return 0;
    }
    return q.value(0).toInt();
}

std::vector<ChatListEntry> ChatListLoader::readChats(QSqlQuery &q, store::StoreError *error) const
{
    std::vector<ChatListEntry> out;
    if (!q.exec()) {
        *error = store::classifySqlError(q.lastError(), tr("Cannot read the chats"));
        return out;
    }
    QHash<QString, QString> pool;
    while (q.next()) {
        ChatListEntry e;
        e.id = q.value(0).toLongLong();
        e.accountId = q.value(1).toLongLong();
        e.lastMs = parseTime(q.value(2).toString());
        e.lastBuyerMs = parseTime(q.value(3).toString());
        e.lastSellerMs = parseTime(q.value(4).toString());
        e.unread = q.value(5).toInt();
        e.muted = q.value(6).toBool();
        e.historyComplete = q.value(7).toBool();
        e.title = q.value(8).toString();
        e.preview = q.value(9).toString();
        e.chatType = interned(pool, q.value(10).toString());
        e.status = interned(pool, q.value(11).toString());
        e.orderNumber = q.value(12).toString();
        e.product = interned(pool, q.value(13).toString());
        e.waitingSinceMs = parseTime(q.value(14).toString());
        e.key = searchKey(e);
        out.push_back(std::move(e));
    }
    return out;
}

qint64 ChatListLoader::messageTexts(qint64 afterId, QHash<qint64, QByteArray> *texts,
                                    const std::atomic_bool *cancel, store::StoreError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The rowid order reads the table front to back; grouping by chat happens in the hash.
    q.prepare(QStringLiteral("SELECT id, chat_id, body FROM chat_messages WHERE id > ?"
                             " ORDER BY id"));
    q.addBindValue(afterId);
    if (!q.exec()) {
        *error = store::classifySqlError(q.lastError(), tr("Cannot read the chat messages"));
        return afterId;
    }
    qint64 maxId = afterId;
    int n = 0;
    while (q.next()) {
        if (cancel && (++n & 1023) == 0 && cancel->load(std::memory_order_relaxed))
            return -1;
        maxId = q.value(0).toLongLong();
        const QString body = q.value(2).toString();
        if (body.isEmpty())
            continue;
        QByteArray &text = (*texts)[q.value(1).toLongLong()];
        if (!text.isEmpty())
            text += '\n';
        text += ChatSearchQuery::fold(body);
    }
    return maxId;
}

qint64 ChatListLoader::parseTime(QStringView s)
{
    if (s.isEmpty())
        return ChatListEntry::kNoTime;
    // YYYY-MM-DDTHH:MM:SS(.mmm)?Z
    bool ok = s.size() >= 20 && s[4] == u'-' && s[7] == u'-' && s[10] == u'T' && s[13] == u':' &&
              s[16] == u':' && s.back() == u'Z';
    int ms = 0;
    if (ok && s.size() == 24 && s[19] == u'.')
        ms = digits(s, 20, 3, &ok);
    else if (ok && s.size() != 20)
        ok = false;
    const int y = ok ? digits(s, 0, 4, &ok) : 0;
    const int mo = ok ? digits(s, 5, 2, &ok) : 0;
    const int d = ok ? digits(s, 8, 2, &ok) : 0;
    const int h = ok ? digits(s, 11, 2, &ok) : 0;
    const int mi = ok ? digits(s, 14, 2, &ok) : 0;
    const int sec = ok ? digits(s, 17, 2, &ok) : 0;
    if (ok && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h < 24 && mi < 60 && sec < 61)
        return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60000LL + sec * 1000LL + ms;
    const QDateTime t = store::fromStoredTime(s.toString());
    return t.isValid() ? t.toMSecsSinceEpoch() : ChatListEntry::kNoTime;
}

ChatListLoadJob::ChatListLoadJob(const QString &databasePath, bool rows, bool texts,
                                 QObject *context, Done done)
{
    m_thread.reset(
        QThread::create([this, databasePath, rows, texts, context, done = std::move(done)] {
            auto result = std::make_shared<Result>();
            {
                // One read transaction: the rows and the texts are of the same moment.
                const store::ReadSnapshot snapshot(databasePath, QStringLiteral("chat-list"));
                if (!snapshot.isOpen()) {
                    result->error = snapshot.openError();
                } else {
                    store::StoreError error;
                    const ChatListLoader loader(snapshot.database());
                    if (rows) {
                        result->rows = true;
                        result->accounts = loader.accounts(&error);
                        if (!error.isError())
                            result->chats = loader.chats(&error);
                    }
                    if (texts && !error.isError() && !m_cancel.load()) {
                        QHash<qint64, QByteArray> byChat;
                        result->maxMessageId = loader.messageTexts(0, &byChat, &m_cancel, &error);
                        result->texts = ChatTextBlock::fromTexts(std::move(byChat));
                    }
                    if (error.isError())
                        result->error = error.message;
                }
            }
            if (m_cancel.load() || result->maxMessageId < 0)
                return;
            QMetaObject::invokeMethod(
                context, [done, result] { done(result); }, Qt::QueuedConnection);
        }));
    m_thread->start(QThread::LowPriority);
}

ChatListLoadJob::~ChatListLoadJob()
{
    m_cancel.store(true);
    m_thread->wait();
}

} // namespace agentp::models
