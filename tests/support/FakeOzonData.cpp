#include "tests/support/FakeOzonData.h"

#include <QTimeZone>

#include <algorithm>

namespace agentp::testing {

namespace {

constexpr quint64 kGeneratedBase = 3000000000000000000ULL;
constexpr quint64 kGeneratedStride = 10000000ULL; // ids reserved per generated chat

quint64 splitmix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

const char *const kPhrases[] = {
    "Здравствуйте! Когда придёт мой заказ?", "Добрый день, товар пришёл с повреждённой упаковкой 😕",
    "Можно поменять размер на M?",           "Спасибо, всё отлично! 👍",
    "Hello, is this item still available?",  "Подскажите, пожалуйста, есть ли гарантия?",
    "Курьер не позвонил, заказ не получен.", "Отправили вам фото брака 📷",
};

QDateTime anchor()
{
    return QDateTime(QDate(2025, 1, 1), QTime(9, 0), QTimeZone::utc());
}

} // namespace

bool FakeOzonData::idLess(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() < b.size();
    return a < b;
}

QString FakeOzonData::nextId()
{
    return QString::number(m_nextExplicit++);
}

QString FakeOzonData::addChat(Chat chat)
{
    if (chat.id.isEmpty()) {
        const quint64 h = splitmix(quint64(m_chats.size()) * 7919 + 17);
        chat.id = QStringLiteral("%1-%2-4%3-a%4-%5")
                      .arg(quint32(h), 8, 16, QLatin1Char('0'))
                      .arg(quint16(h >> 32), 4, 16, QLatin1Char('0'))
                      .arg(quint16(h >> 48) & 0xfff, 3, 16, QLatin1Char('0'))
                      .arg(quint16(h >> 20) & 0xfff, 3, 16, QLatin1Char('0'))
                      .arg(m_chats.size(), 12, 16, QLatin1Char('0'));
    }
    if (!chat.createdAt.isValid())
        chat.createdAt = QDateTime::currentDateTimeUtc();
    ChatRecord record;
    record.chat = chat;
    m_index.insert(chat.id, int(m_chats.size()));
    m_chats.push_back(std::move(record));
    return chat.id;
}

QString FakeOzonData::addMessage(const QString &chatId, Message message)
{
    const auto it = m_index.constFind(chatId);
    if (it == m_index.constEnd())
        return {};
    ChatRecord &chat = m_chats[*it];
    if (message.id.isEmpty())
        message.id = nextId();
    if (!message.createdAt.isValid())
        message.createdAt = QDateTime::currentDateTimeUtc();
    const QString id = message.id;
    const auto pos = std::lower_bound(
        chat.extra.begin(), chat.extra.end(), id,
        [](const Message &m, const QString &value) { return idLess(m.id, value); });
    chat.extra.insert(pos, std::move(message));
    return id;
}

void FakeOzonData::generate(int chats, int messagesPerChat, quint64 seed)
{
    messagesPerChat =
        int(std::min<quint64>(quint64(std::max(0, messagesPerChat)), kGeneratedStride));
    for (int c = 0; c < chats; ++c) {
        Chat chat;
        const quint64 h = splitmix(seed ^ (quint64(c) << 20));
        chat.id = QStringLiteral("%1-%2-4%3-8%4-%5")
                      .arg(quint32(h), 8, 16, QLatin1Char('0'))
                      .arg(quint16(h >> 32), 4, 16, QLatin1Char('0'))
                      .arg(quint16(h >> 48) & 0xfff, 3, 16, QLatin1Char('0'))
                      .arg(quint16(seed) & 0xfff, 3, 16, QLatin1Char('0'))
                      .arg(c, 12, 16, QLatin1Char('0'));
        chat.type = (c % 20 == 19) ? QStringLiteral("SELLER_SUPPORT")
                                   : (c % 7 == 3 ? QStringLiteral("BUYER_SELLER_SELECT")
                                                 : QStringLiteral("BUYER_SELLER"));
        chat.status = (c % 9 == 8) ? QStringLiteral("CLOSED") : QStringLiteral("OPENED");
        chat.createdAt = anchor().addSecs(qint64(c) * 60);
        addChat(chat);
        ChatRecord &record = m_chats.back();
        record.generated = messagesPerChat;
        record.generatedBase = kGeneratedBase + quint64(m_generatedChats++) * kGeneratedStride;
        record.seed = seed;
        if (messagesPerChat > 2)
            record.readUpTo = QString::number(record.generatedBase + messagesPerChat - 3);
    }
}

const FakeOzonData::ChatRecord *FakeOzonData::find(const QString &chatId) const
{
    const auto it = m_index.constFind(chatId);
    return it == m_index.constEnd() ? nullptr : &m_chats[*it];
}

FakeOzonData::Message FakeOzonData::generatedMessage(const ChatRecord &chat, int k) const
{
    Message m;
    m.id = QString::number(chat.generatedBase + quint64(k));
    const quint64 h = splitmix(chat.seed ^ (chat.generatedBase + quint64(k)));
    m.userType = (k % 25 == 24)
                     ? QStringLiteral("Support")
                     : (k % 2 == 0 ? QStringLiteral("Customer") : QStringLiteral("Seller"));
    m.userId = m.userType == QLatin1String("Seller") ? QStringLiteral("seller-1")
                                                     : QStringLiteral("buyer-%1").arg(h % 100000);
    m.data << QString::fromUtf8(kPhrases[h % (sizeof(kPhrases) / sizeof(kPhrases[0]))]);
    if (k % 10 == 5) {
        m.isImage = true;
        m.data << QStringLiteral("![](%1/v2/chat/file/gen-%2.jpg)")
                      .arg(QStringLiteral("{BASE}"), m.id);
    }
    m.createdAt = chat.chat.createdAt.addSecs(qint64(k) * 60);
    if (k % 3 == 0)
        m.orderNumber =
            QStringLiteral("%1-%2-1").arg(h % 100000000).arg(h % 10000, 4, 10, QLatin1Char('0'));
    m.sku = QString::number(100000000 + h % 900000000);
    return m;
}

int FakeOzonData::messageCount(const QString &chatId) const
{
    const ChatRecord *chat = find(chatId);
    return chat ? chat->generated + int(chat->extra.size()) : 0;
}

FakeOzonData::Message FakeOzonData::messageAt(const QString &chatId, int position) const
{
    const ChatRecord *chat = find(chatId);
    if (!chat || position < 0)
        return {};
    if (position < chat->generated)
        return generatedMessage(*chat, position);
    return chat->extra.at(std::size_t(position - chat->generated));
}

int FakeOzonData::positionOf(const QString &chatId, const QString &id, bool orEqual) const
{
    const ChatRecord *chat = find(chatId);
    if (!chat)
        return 0;
    int generatedBelow = 0;
    if (chat->generated > 0) {
        const QString first = QString::number(chat->generatedBase);
        if (idLess(first, id) || (orEqual && first == id)) {
            bool ok = false;
            const quint64 n = id.toULongLong(&ok);
            const quint64 offset = ok ? n - chat->generatedBase : quint64(chat->generated);
            generatedBelow =
                int(std::min<quint64>(offset + (orEqual ? 1 : 0), quint64(chat->generated)));
        }
    }
    const auto compare = [orEqual](const Message &m, const QString &value) {
        return orEqual ? !idLess(value, m.id) : idLess(m.id, value);
    };
    const auto pos = std::lower_bound(chat->extra.begin(), chat->extra.end(), id, compare);
    return generatedBelow + int(pos - chat->extra.begin());
}

QList<FakeOzonData::Message> FakeOzonData::messages(const QString &chatId) const
{
    QList<Message> all;
    const int n = messageCount(chatId);
    for (int i = 0; i < n; ++i)
        all << messageAt(chatId, i);
    return all;
}

QString FakeOzonData::readUpTo(const QString &chatId) const
{
    const ChatRecord *chat = find(chatId);
    return chat ? chat->readUpTo : QString();
}

void FakeOzonData::markRead(const QString &chatId, const QString &upToId)
{
    const auto it = m_index.constFind(chatId);
    if (it == m_index.constEnd())
        return;
    ChatRecord &chat = m_chats[*it];
    if (chat.readUpTo.isEmpty() || idLess(chat.readUpTo, upToId))
        chat.readUpTo = upToId;
}

bool FakeOzonData::fromSeller(const ChatRecord &chat, int position)
{
    if (position < chat.generated)
        return position % 2 == 1 && position % 25 != 24; // as generatedMessage() decides
    return chat.extra[std::size_t(position - chat.generated)].userType == QLatin1String("Seller");
}

int FakeOzonData::unreadCount(const QString &chatId) const
{
    const ChatRecord *chat = find(chatId);
    if (!chat)
        return 0;
    const int n = messageCount(chatId);
    int unread = 0;
    for (int i = chat->readUpTo.isEmpty() ? 0 : positionOf(chatId, chat->readUpTo, true); i < n;
         ++i)
        if (!fromSeller(*chat, i))
            ++unread;
    return unread;
}

QString FakeOzonData::firstUnreadId(const QString &chatId) const
{
    const ChatRecord *chat = find(chatId);
    if (!chat)
        return {};
    const int n = messageCount(chatId);
    for (int i = chat->readUpTo.isEmpty() ? 0 : positionOf(chatId, chat->readUpTo, true); i < n;
         ++i)
        if (!fromSeller(*chat, i))
            return messageAt(chatId, i).id;
    return {};
}

QString FakeOzonData::lastMessageId(const QString &chatId) const
{
    const int n = messageCount(chatId);
    return n > 0 ? messageAt(chatId, n - 1).id : QString();
}

int FakeOzonData::totalUnread() const
{
    int total = 0;
    for (const auto &chat : m_chats)
        total += unreadCount(chat.chat.id);
    return total;
}

int FakeOzonData::sendCount(const QString &chatId) const
{
    const ChatRecord *chat = find(chatId);
    return chat ? chat->sends : 0;
}

void FakeOzonData::countSend(const QString &chatId)
{
    const auto it = m_index.constFind(chatId);
    if (it != m_index.constEnd())
        ++m_chats[*it].sends;
}

} // namespace agentp::testing
