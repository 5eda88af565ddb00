#include "net/demo/DemoMarketplace.h"

#include "models/LogCategories.h"
#include "models/demo/MarketplaceVocabulary.h"
#include "models/domain/ReplyRules.h"
#include "models/store/Database.h"
#include "models/store/TimeFormat.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace agentp::net::demo {

namespace {

constexpr quint64 kOzonIdBase = 3000000000000000000ULL; // as the demo generator's ids
constexpr qint64 kIdEpochMs = 1500000000000LL;

bool before(const domain::RemoteMessage &a, const domain::RemoteMessage &b)
{
    if (a.createdAt != b.createdAt)
        return a.createdAt < b.createdAt;
    if (a.remoteId.size() != b.remoteId.size())
        return a.remoteId.size() < b.remoteId.size();
    return a.remoteId < b.remoteId;
}

ConnectorError serverError(ConnectorError::Kind kind, const QString &message)
{
    ConnectorError e;
    e.kind = kind;
    e.message = message;
    return e;
}

ConnectorError storeFailure(const QSqlQuery &q)
{
    return serverError(
        ConnectorError::Kind::Server,
        DemoMarketplace::tr("The demo marketplace failed: %1").arg(q.lastError().text()));
}

} // namespace

DemoMarketplace::DemoMarketplace(QString workspacePath, QObject *parent)
    : DemoMarketplace(std::move(workspacePath), Options{}, parent)
{}

DemoMarketplace::DemoMarketplace(QString workspacePath, const Options &options, QObject *parent)
    : QObject(parent)
    , m_path(std::move(workspacePath))
    , m_options(options)
    , m_random(options.seed ? options.seed : QRandomGenerator::global()->generate())
{}

DemoMarketplace::~DemoMarketplace() = default;

bool DemoMarketplace::start(QString *error)
{
    if (m_db)
        return true;
    store::StoreError storeError;
    store::Database::Options options;
    options.createIfMissing = false;
    m_db = store::Database::open(m_path, options, &storeError);
    if (!m_db) {
        *error = storeError.message;
        return false;
    }
    if (m_options.buyerMessageIntervalMs > 0) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_options.buyerMessageIntervalMs);
        connect(m_timer, &QTimer::timeout, this, &DemoMarketplace::buyerTick);
        m_timer->start();
    }
    return true;
}

qint64 DemoMarketplace::localChatId(qint64 accountId, const QString &remoteChatId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM chats WHERE account_id = ? AND remote_id = ?"));
    q.addBindValue(accountId);
    q.addBindValue(remoteChatId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

void DemoMarketplace::prune(qint64 localChatId)
{
    auto it = m_news.find(localChatId);
    if (it == m_news.end())
        return;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT 1 FROM chat_messages WHERE chat_id = ? AND remote_id = ?"));
    auto &news = it->second;
    news.erase(std::remove_if(news.begin(), news.end(),
                              [&](const domain::RemoteMessage &m) {
                                  q.addBindValue(localChatId);
                                  q.addBindValue(m.remoteId);
                                  const bool pulled = q.exec() && q.next();
                                  q.finish();
                                  return pulled;
                              }),
               news.end());
    if (news.empty())
        m_news.erase(it);
}

domain::ChatListPage DemoMarketplace::listChats(qint64 accountId, const QString &cursor, int limit,
                                                ConnectorError *error)
{
    domain::ChatListPage page;
    bool ok = true;
    const int offset = cursor.isEmpty() ? 0 : cursor.toInt(&ok);
    if (!ok || offset < 0) {
        *error = serverError(ConnectorError::Kind::BadRequest, tr("Unknown cursor."));
        return page;
    }
    limit = std::clamp(limit, 1, 100);
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT c.id, c.remote_id, c.chat_type, c.status, c.created_at, c.title,"
        " COALESCE(c.order_number, ''), COALESCE(c.product, ''), c.unread_count,"
        " (SELECT m.remote_id FROM chat_messages m WHERE m.chat_id = c.id AND m.remote_id IS NOT"
        "  NULL ORDER BY m.created_at DESC, length(m.remote_id) DESC, m.remote_id DESC LIMIT 1)"
        " FROM chats c WHERE c.account_id = ?"
        " ORDER BY COALESCE(c.last_message_at, c.created_at) DESC, c.id LIMIT ? OFFSET ?"));
    q.addBindValue(accountId);
    q.addBindValue(limit + 1);
    q.addBindValue(offset);
    if (!q.exec()) {
        *error = storeFailure(q);
        return page;
    }
    std::vector<std::pair<qint64, domain::RemoteChat>> rows;
    while (q.next()) {
        if (int(rows.size()) == limit) {
            page.hasNext = true;
            break;
        }
        domain::RemoteChat c;
        c.remoteId = q.value(1).toString();
        c.chatType = q.value(2).toString();
        c.status = q.value(3).toString();
        c.createdAt = store::fromStoredTime(q.value(4).toString());
        c.title = q.value(5).toString();
        c.orderNumber = q.value(6).toString();
        c.product = q.value(7).toString();
        c.unreadCount = q.value(8).toInt();
        c.lastMessageId = q.value(9).toString();
        rows.emplace_back(q.value(0).toLongLong(), c);
    }
    q.finish();
    for (auto &[id, chat] : rows) {
        prune(id);
        const auto it = m_news.find(id);
        if (it != m_news.end()) {
            chat.lastMessageId = it->second.back().remoteId;
            chat.unreadCount += int(std::count_if(
                it->second.begin(), it->second.end(), [](const domain::RemoteMessage &m) {
                    return !m.isRead && m.sender != domain::SenderType::Seller;
                }));
        }
        page.chats.push_back(chat);
    }
    page.nextCursor = page.hasNext ? QString::number(offset + limit) : QString();
    return page;
}

std::vector<domain::RemoteMessage> DemoMarketplace::messagesOf(qint64 localChatId,
                                                               ConnectorError *error)
{
    std::vector<domain::RemoteMessage> out;
    std::map<qint64, size_t> index;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, remote_id, sender_type, COALESCE(author, ''), body,"
                             " created_at, is_read FROM chat_messages WHERE chat_id = ?"
                             " AND remote_id IS NOT NULL"));
    q.addBindValue(localChatId);
    if (!q.exec()) {
        *error = storeFailure(q);
        return out;
    }
    while (q.next()) {
        domain::RemoteMessage m;
        m.remoteId = q.value(1).toString();
        m.sender = domain::senderTypeFromName(q.value(2).toString());
        m.senderRaw = q.value(2).toString();
        m.author = q.value(3).toString();
        m.body = q.value(4).toString();
        m.createdAt = store::fromStoredTime(q.value(5).toString());
        m.isRead = q.value(6).toInt() != 0;
        index.emplace(q.value(0).toLongLong(), out.size());
        out.push_back(m);
    }
    q.prepare(QStringLiteral("SELECT a.message_id, a.kind, a.name, a.url, COALESCE(a.mime_type,"
                             " ''), COALESCE(a.size_bytes, -1) FROM attachments a JOIN"
                             " chat_messages m ON m.id = a.message_id WHERE m.chat_id = ?"
                             " AND m.remote_id IS NOT NULL ORDER BY a.id"));
    q.addBindValue(localChatId);
    if (!q.exec()) {
        *error = storeFailure(q);
        return {};
    }
    while (q.next()) {
        const auto it = index.find(q.value(0).toLongLong());
        if (it == index.end())
            continue;
        domain::RemoteAttachment a;
        a.kind = q.value(1).toString() == QLatin1String("image")
                     ? domain::RemoteAttachment::Kind::Image
                     : domain::RemoteAttachment::Kind::File;
        a.name = q.value(2).toString();
        a.url = q.value(3).toString();
        a.mimeType = q.value(4).toString();
        a.sizeBytes = q.value(5).toLongLong();
        out[it->second].attachments << a;
    }
    prune(localChatId);
    const auto news = m_news.find(localChatId);
    if (news != m_news.end())
        out.insert(out.end(), news->second.begin(), news->second.end());
    std::sort(out.begin(), out.end(), before);
    return out;
}

domain::HistoryPage DemoMarketplace::history(qint64 accountId, const QString &chatId,
                                             const QString &from, bool older, int limit,
                                             ConnectorError *error)
{
    domain::HistoryPage page;
    const qint64 local = localChatId(accountId, chatId);
    if (!local) {
        *error = serverError(ConnectorError::Kind::NotFound, tr("No such chat."));
        return page;
    }
    const auto all = messagesOf(local, error);
    if (error->isError())
        return page;
    limit = std::clamp(limit, 1, 1000);
    const int n = int(all.size());
    int at = n;
    if (!from.isEmpty()) {
        const auto it =
            std::find_if(all.begin(), all.end(), [&](const auto &m) { return m.remoteId == from; });
        if (it == all.end()) {
            *error = serverError(ConnectorError::Kind::BadRequest, tr("Unknown message id."));
            return page;
        }
        at = int(it - all.begin());
    }
    // Like Ozon's: the boundary message is part of the page.
    int begin = 0;
    int end = 0;
    if (older) {
        end = from.isEmpty() ? n : at + 1;
        begin = std::max(0, end - limit);
        page.hasNext = begin > 0;
    } else {
        begin = at;
        end = std::min(n, begin + limit);
        page.hasNext = end < n;
    }
    page.messages.assign(all.begin() + begin, all.begin() + end);
    return page;
}

void DemoMarketplace::accept(qint64 accountId, const QString &chatId, const QString &text,
                             const QString &fileName, ConnectorError *error)
{
    const qint64 local = localChatId(accountId, chatId);
    if (!local) {
        *error = serverError(ConnectorError::Kind::NotFound, tr("No such chat."));
        return;
    }
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT chat_type, status FROM chats WHERE id = ?"));
    q.addBindValue(local);
    if (!q.exec() || !q.next()) {
        *error = storeFailure(q);
        return;
    }
    const QString chatType = q.value(0).toString();
    const QString status = q.value(1).toString();
    q.finish();
    const auto all = messagesOf(local, error);
    if (error->isError())
        return;
    QDateTime lastBuyer;
    for (const auto &m : all) {
        if (m.sender == domain::SenderType::Buyer)
            lastBuyer = m.createdAt;
    }
    // The marketplace enforces its window too (Ozon: "access period has expired").
    const domain::ReplyWindow window =
        domain::ReplyRules(QStringLiteral("demo"))
            .window(chatType, status, lastBuyer, QDateTime::currentDateTimeUtc());
    if (!window.allowed) {
        *error = serverError(ConnectorError::Kind::Forbidden, window.reason);
        return;
    }
    domain::RemoteMessage m;
    m.remoteId = nextMessageId(local);
    m.sender = domain::SenderType::Seller;
    m.senderRaw = QStringLiteral("seller");
    m.author = QStringLiteral("seller");
    m.body = fileName.isEmpty() ? text : QString();
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.isRead = true;
    if (!fileName.isEmpty()) {
        domain::RemoteAttachment a;
        a.name = fileName;
        a.url = QStringLiteral("demo://files/") + m.remoteId + QLatin1Char('/') + fileName;
        m.attachments << a;
    }
    m_news[local].push_back(m);
}

int DemoMarketplace::markRead(qint64 accountId, const QString &chatId, const QString &upTo,
                              ConnectorError *error)
{
    const qint64 local = localChatId(accountId, chatId);
    if (!local) {
        *error = serverError(ConnectorError::Kind::NotFound, tr("No such chat."));
        return 0;
    }
    prune(local);
    const auto it = m_news.find(local);
    if (it == m_news.end())
        return 0;
    // News are newer than everything stored: read up to one of them, or none of them.
    int unread = 0;
    bool passed = std::none_of(it->second.begin(), it->second.end(),
                               [&](const auto &m) { return m.remoteId == upTo; });
    for (auto &m : it->second) {
        if (!passed)
            m.isRead = true;
        else if (!m.isRead && m.sender != domain::SenderType::Seller)
            ++unread;
        if (m.remoteId == upTo)
            passed = true;
    }
    return unread;
}

QString DemoMarketplace::nextMessageId(qint64 chatId)
{
    const qint64 since = std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch() - kIdEpochMs);
    const quint64 id = kOzonIdBase + quint64(since) * 1000ULL + quint64(chatId % 1000);
    m_lastId = std::max(m_lastId + 1, id);
    return QString::number(m_lastId);
}

std::vector<qint64> DemoMarketplace::activeChats(int limit) const
{
    std::vector<qint64> out;
    if (!m_db)
        return out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT c.id FROM chats c JOIN seller_accounts a ON a.id ="
                             " c.account_id WHERE a.enabled = 1 AND c.status = 'OPENED' AND"
                             " c.chat_type LIKE 'BUYER_SELLER%' ORDER BY c.last_message_at DESC"
                             " LIMIT ?"));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out.push_back(q.value(0).toLongLong());
    }
    return out;
}

QString DemoMarketplace::buyerWrites(qint64 chatId, const QString &text)
{
    if (!m_db)
        return {};
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT a.marketplace, c.title FROM chats c JOIN seller_accounts a"
                             " ON a.id = c.account_id WHERE c.id = ?"));
    q.addBindValue(chatId);
    if (!q.exec() || !q.next())
        return {};
    const QString marketplace = q.value(0).toString();
    domain::RemoteMessage m;
    m.body = text;
    if (m.body.isEmpty()) {
        // Demo content, like the generator's: the account's own buyer questions.
        for (const auto &profile : agentp::demo::MarketplaceVocabulary::instance().accounts()) {
            if (profile.marketplace == marketplace && !profile.questions.isEmpty())
                m.body = profile.questions.at(
                    qsizetype(m_random.bounded(quint32(profile.questions.size()))));
        }
        if (m.body.isEmpty())
            m.body = QStringLiteral("Здравствуйте! Подскажите, когда будет доставка?");
    }
    m.remoteId = nextMessageId(chatId);
    m.sender = domain::SenderType::Buyer;
    m.senderRaw = QStringLiteral("buyer");
    m.author = q.value(1).toString();
    m.createdAt = QDateTime::currentDateTimeUtc();
    m_news[chatId].push_back(m);
    qCDebug(lcNet) << "demo buyer wrote into chat" << chatId;
    emit buyerWrote(chatId);
    return m.remoteId;
}

void DemoMarketplace::buyerTick()
{
    const auto chats = activeChats(30);
    if (chats.empty())
        return;
    buyerWrites(chats[size_t(m_random.bounded(quint32(chats.size())))]);
}

} // namespace agentp::net::demo
