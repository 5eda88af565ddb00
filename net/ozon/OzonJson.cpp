#include "net/ozon/OzonJson.h"

#include "net/http/ExactJson.h"

#include <QCoreApplication>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace agentp::net::OzonJson {

using json = nlohmann::json;
using Kind = ConnectorError::Kind;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("agentp::net::OzonConnector", text);
}

ConnectorError malformed(const QString &what)
{
    ConnectorError e;
    e.kind = Kind::Malformed;
    e.httpStatus = 200;
    e.message = tr("Ozon sent an answer that cannot be read (%1).").arg(what);
    e.detail = what;
    return e;
}

// Parses a 2xx body into a JSON object, recognising the usual ways a proxy breaks it.
bool parseObject(const QByteArray &body, json *out, ConnectorError *error)
{
    const QByteArray start = body.left(256).trimmed();
    if (start.isEmpty()) {
        *error = malformed(QStringLiteral("empty body"));
        return false;
    }
    if (start.startsWith('<')) {
        *error = malformed(QStringLiteral("an HTML page instead of JSON"));
        return false;
    }
    QString parseError;
    if (!ExactJson::parse(body, out, &parseError)) {
        *error = malformed(QStringLiteral("invalid JSON: %1").arg(parseError));
        return false;
    }
    if (!out->is_object()) {
        *error = malformed(QStringLiteral("the JSON is not an object"));
        return false;
    }
    return true;
}

// Typed member access that records the first problem with its path ("chats[3].chat.chat_id").
class Reader
{
public:
    QString problem;

    bool failed() const { return !problem.isEmpty(); }

    // null counts as absent: gRPC gateways write either.
    static const json *member(const json &object, const char *key)
    {
        const auto it = object.find(key);
        return it == object.end() || it->is_null() ? nullptr : &*it;
    }

    bool string(const json &object, const char *key, const QString &where, QString *out,
                bool required = false)
    {
        const json *v = member(object, key);
        if (!v)
            return !required || fail(where, key, QStringLiteral("is missing"));
        if (!v->is_string())
            return fail(where, key, QStringLiteral("is not a string"));
        *out = ExactJson::toQString(*v);
        return true;
    }

    bool id(const json &object, const char *key, const QString &where, QString *out,
            bool required = false)
    {
        const json *v = member(object, key);
        if (!v)
            return !required || fail(where, key, QStringLiteral("is missing"));
        if (!ExactJson::idText(*v, out))
            return fail(where, key, QStringLiteral("is not a number or a string"));
        if (required && out->isEmpty())
            return fail(where, key, QStringLiteral("is empty"));
        return true;
    }

    // int64 fields arrive as numbers or, in protobuf's JSON mapping, as strings.
    bool integer(const json &object, const char *key, const QString &where, qint64 *out)
    {
        const json *v = member(object, key);
        if (!v)
            return true;
        if (v->is_number_integer()) {
            *out = v->is_number_unsigned()
                       ? qint64(std::min<quint64>(v->get<quint64>(), quint64(INT64_MAX)))
                       : v->get<qint64>();
            return true;
        }
        if (v->is_string()) {
            bool ok = false;
            const qint64 n = ExactJson::toQString(*v).toLongLong(&ok);
            if (ok) {
                *out = n;
                return true;
            }
        }
        return fail(where, key, QStringLiteral("is not an integer"));
    }

    // Ozon's own example sends has_next as the string "true".
    bool boolean(const json &object, const char *key, const QString &where, bool *out)
    {
        const json *v = member(object, key);
        if (!v)
            return true;
        if (v->is_boolean()) {
            *out = v->get<bool>();
            return true;
        }
        if (v->is_string()) {
            const QString s = ExactJson::toQString(*v).trimmed();
            if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
                *out = true;
                return true;
            }
            if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
                *out = false;
                return true;
            }
        }
        return fail(where, key, QStringLiteral("is not a boolean"));
    }

    bool timestamp(const json &object, const char *key, const QString &where, QDateTime *out,
                   bool required)
    {
        QString text;
        if (!string(object, key, where, &text, required))
            return false;
        if (text.isEmpty())
            return !required || fail(where, key, QStringLiteral("is empty"));
        *out = parseTimestamp(text);
        if (!out->isValid())
            return fail(where, key,
                        QStringLiteral("is not an RFC 3339 time: “%1”").arg(text.left(40)));
        return true;
    }

    // Optional object/array members: absent is fine, another type is not.
    const json *object(const json &parent, const char *key, const QString &where)
    {
        const json *v = member(parent, key);
        if (v && !v->is_object()) {
            fail(where, key, QStringLiteral("is not an object"));
            return nullptr;
        }
        return v;
    }
    const json *array(const json &parent, const char *key, const QString &where)
    {
        const json *v = member(parent, key);
        if (v && !v->is_array()) {
            fail(where, key, QStringLiteral("is not an array"));
            return nullptr;
        }
        return v;
    }

    bool fail(const QString &where, const char *key, const QString &what)
    {
        if (problem.isEmpty())
            problem = (where.isEmpty() ? QString() : where + QLatin1Char('.')) +
                      QString::fromLatin1(key) + QLatin1Char(' ') + what;
        return false;
    }
};

QString upper(const QString &s)
{
    return s.trimmed().toUpper();
}

// "0" means "none" for first_unread/last_message ids.
QString optionalId(const QString &id)
{
    return id == QLatin1String("0") ? QString() : id;
}

} // namespace

ConnectorError parseChatList(const QByteArray &body, const QStringList &chatTypes,
                             domain::ChatListPage *out)
{
    *out = {};
    json doc;
    ConnectorError error;
    if (!parseObject(body, &doc, &error))
        return error;
    Reader r;
    domain::ChatListPage page;
    QStringList wanted;
    for (const auto &type : chatTypes)
        wanted << upper(type);

    if (const json *chats = r.array(doc, "chats", {})) {
        for (std::size_t i = 0; i < chats->size() && !r.failed(); ++i) {
            const json &item = (*chats)[i];
            const QString where = QStringLiteral("chats[%1]").arg(i);
            if (!item.is_object()) {
                r.problem = where + QStringLiteral(" is not an object");
                break;
            }
            // v3 nests the chat; v2's flat shape is read the same way.
            const json *nested = r.object(item, "chat", where);
            if (r.failed())
                break;
            const json &chat = nested ? *nested : item;
            const QString chatWhere = nested ? where + QStringLiteral(".chat") : where;
            domain::RemoteChat c;
            qint64 unread = 0;
            r.id(chat, "chat_id", chatWhere, &c.remoteId, true);
            r.string(chat, "chat_type", chatWhere, &c.chatType);
            r.string(chat, "chat_status", chatWhere, &c.status);
            r.timestamp(chat, "created_at", chatWhere, &c.createdAt, false);
            r.id(item, "last_message_id", where, &c.lastMessageId);
            r.id(item, "first_unread_message_id", where, &c.firstUnreadMessageId);
            r.integer(item, "unread_count", where, &unread);
            if (r.failed())
                break;
            c.chatType = upper(c.chatType);
            c.status = upper(c.status);
            c.lastMessageId = optionalId(c.lastMessageId);
            c.firstUnreadMessageId = optionalId(c.firstUnreadMessageId);
            c.unreadCount = int(std::clamp<qint64>(unread, 0, INT_MAX));
            if (!wanted.isEmpty() && !wanted.contains(c.chatType))
                continue; // filtered here: the API has no chat type filter
            page.chats.push_back(std::move(c));
        }
    }
    qint64 totalUnread = -1;
    r.string(doc, "cursor", {}, &page.nextCursor);
    r.boolean(doc, "has_next", {}, &page.hasNext);
    r.integer(doc, "total_unread_count", {}, &totalUnread);
    if (r.failed())
        return malformed(r.problem);
    page.totalUnread = int(std::clamp<qint64>(totalUnread, -1, INT_MAX));
    if (page.hasNext && page.nextCursor.isEmpty())
        return malformed(QStringLiteral("has_next without a cursor"));
    *out = std::move(page);
    return {};
}

ConnectorError parseHistory(const QByteArray &body, domain::HistoryPage *out)
{
    *out = {};
    json doc;
    ConnectorError error;
    if (!parseObject(body, &doc, &error))
        return error;
    Reader r;
    domain::HistoryPage page;
    if (const json *messages = r.array(doc, "messages", {})) {
        for (std::size_t i = 0; i < messages->size() && !r.failed(); ++i) {
            const json &item = (*messages)[i];
            const QString where = QStringLiteral("messages[%1]").arg(i);
            if (!item.is_object()) {
                r.problem = where + QStringLiteral(" is not an object");
                break;
            }
            domain::RemoteMessage m;
            r.id(item, "message_id", where, &m.remoteId, true);
            r.timestamp(item, "created_at", where, &m.createdAt, true);
            if (const json *user = r.object(item, "user", where)) {
                r.id(*user, "id", where + QStringLiteral(".user"), &m.author);
                r.string(*user, "type", where + QStringLiteral(".user"), &m.senderRaw);
            }
            QStringList data;
            if (const json *lines = r.array(item, "data", where)) {
                for (std::size_t j = 0; j < lines->size(); ++j) {
                    if (!(*lines)[j].is_string()) {
                        r.problem = where + QStringLiteral(".data[%1] is not a string").arg(j);
                        break;
                    }
                    data << ExactJson::toQString((*lines)[j]);
                }
            }
            bool isImage = false;
            r.boolean(item, "is_image", where, &isImage);
            r.boolean(item, "is_read", where, &m.isRead);
            if (const json *context = r.object(item, "context", where)) {
                r.id(*context, "order_number", where + QStringLiteral(".context"), &m.orderNumber);
                r.id(*context, "sku", where + QStringLiteral(".context"), &m.sku);
            }
            if (r.failed())
                break;
            m.sku = optionalId(m.sku);
            m.sender = senderFor(m.senderRaw);
            splitMarkdown(data, isImage, &m.body, &m.attachments);
            page.messages.push_back(std::move(m));
        }
    }
    r.boolean(doc, "has_next", {}, &page.hasNext);
    if (r.failed())
        return malformed(r.problem);
    // Oldest first whatever the direction (Backward pages come newest first). Same order as
    // the store: time, then the id as a decimal number.
    std::stable_sort(page.messages.begin(), page.messages.end(),
                     [](const domain::RemoteMessage &a, const domain::RemoteMessage &b) {
                         if (a.createdAt != b.createdAt)
                             return a.createdAt < b.createdAt;
                         if (a.remoteId.size() != b.remoteId.size())
                             return a.remoteId.size() < b.remoteId.size();
                         return a.remoteId < b.remoteId;
                     });
    *out = std::move(page);
    return {};
}

ConnectorError parseReadResult(const QByteArray &body, int *unreadCount)
{
    *unreadCount = 0;
    json doc;
    ConnectorError error;
    if (!parseObject(body, &doc, &error))
        return error;
    Reader r;
    qint64 unread = 0; // protobuf's JSON leaves a zero out
    r.integer(doc, "unread_count", {}, &unread);
    if (r.failed())
        return malformed(r.problem);
    *unreadCount = int(std::clamp<qint64>(unread, 0, INT_MAX));
    return {};
}

ConnectorError parseSendResult(const QByteArray &body)
{
    json doc;
    ConnectorError error;
    if (!parseObject(body, &doc, &error))
        return error;
    Reader r;
    QString result;
    if (!r.string(doc, "result", {}, &result))
        return malformed(r.problem);
    if (!result.isEmpty() && result.compare(QLatin1String("success"), Qt::CaseInsensitive) != 0)
        return malformed(QStringLiteral("result is “%1”, not success").arg(result.left(60)));
    return {};
}

domain::SenderType senderFor(const QString &userType)
{
    const QString t = userType.trimmed().toLower();
    if (t == QLatin1String("customer"))
        return domain::SenderType::Buyer;
    if (t == QLatin1String("seller"))
        return domain::SenderType::Seller;
    if (t == QLatin1String("support") || t == QLatin1String("courier"))
        return domain::SenderType::Support;
    return domain::SenderType::System; // Crm, NotificationUser, ChatBot, unknown
}

namespace {

// "2019-08-24T14:15:22Z" / "…22.123Z", as Ozon writes every time: read without the regex (it
// runs for each of a million pulled messages). Anything else takes the general path below.
QDateTime parseCommonUtc(const QString &text)
{
    const qsizetype n = text.size();
    if (n < 20 || !text.endsWith(QLatin1Char('Z')) || text.at(4) != u'-' || text.at(7) != u'-' ||
        text.at(10) != u'T' || text.at(13) != u':' || text.at(16) != u':')
        return {};
    const auto digits = [&text](qsizetype from, int count, int *out) {
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = text.at(from + i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        *out = v;
        return true;
    };
    int y, mo, d, h, mi, sec, ms = 0;
    if (!digits(0, 4, &y) || !digits(5, 2, &mo) || !digits(8, 2, &d) || !digits(11, 2, &h) ||
        !digits(14, 2, &mi) || !digits(17, 2, &sec))
        return {};
    if (n > 20) { // fraction: ".d…dZ", 1 to 9 digits, milliseconds kept
        const qsizetype fraction = n - 21;
        if (text.at(19) != u'.' || fraction < 1 || fraction > 9)
            return {};
        int all = 0;
        if (!digits(20, int(fraction), &all))
            return {};
        int scale = 1;
        for (qsizetype i = 3; i < fraction; ++i)
            scale *= 10;
        ms = fraction >= 3 ? all / scale : all * (fraction == 1 ? 100 : 10);
    }
    const QDate date(y, mo, d);
    const QTime time(h, mi, std::min(59, sec), ms); // a leap second becomes :59
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace

QDateTime parseTimestamp(const QString &text)
{
    if (QDateTime fast = parseCommonUtc(text); fast.isValid())
        return fast;
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?"
        "(?:([Zz])|([+-])(\\d{2}):?(\\d{2}))$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int second = std::min(59, m.captured(6).toInt()); // a leap second becomes :59
    const int ms =
        m.captured(7).isEmpty() ? 0 : (m.captured(7) + QStringLiteral("00")).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), second, ms);
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime result(date, time, QTimeZone::utc());
    if (m.captured(8).isEmpty()) {
        const int hours = m.captured(10).toInt();
        const int minutes = m.captured(11).toInt();
        if (hours > 23 || minutes > 59)
            return {};
        const int offset =
            (hours * 3600 + minutes * 60) * (m.captured(9) == QLatin1String("-") ? -1 : 1);
        result = result.addSecs(-offset);
    }
    return result;
}

} // namespace agentp::net::OzonJson
