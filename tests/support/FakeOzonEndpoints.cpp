// The JSON endpoints of FakeOzonServer (called with its mutex held) and its thread runner.
#include "tests/support/FakeOzonJson.h"
#include "tests/support/FakeOzonServer.h"

#include <QThread>
#include <QUrl>

namespace agentp::testing {

using namespace fakeozon;

namespace {

bool isImageName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("\\.(jpe?g|png|gif|webp|heic)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

Response ok(QByteArray body)
{
    Response r;
    r.body = std::move(body);
    return r;
}

} // namespace

Response FakeOzonServer::chatList(const QByteArray &body)
{
    json doc;
    if (!parseBody(body, &doc))
        return badArgument(QStringLiteral("invalid request body"));
    const auto limit = doc.find("limit");
    if (limit == doc.end() || !limit->is_number_integer())
        return badArgument(QStringLiteral("limit is required"));
    const qint64 n = limit->get<qint64>();
    if (n < 1 || n > 100)
        return badArgument(QStringLiteral("limit must be between 1 and 100"));
    QString status = QStringLiteral("ALL");
    bool unreadOnly = false;
    const auto filter = doc.find("filter");
    if (filter != doc.end() && filter->is_object()) {
        const QString s = stringField(*filter, "chat_status").toUpper();
        if (!s.isEmpty())
            status = s;
        const auto u = filter->find("unread_only");
        unreadOnly = u != filter->end() && u->is_boolean() && u->get<bool>();
    }
    if (status != QLatin1String("ALL") && status != QLatin1String("OPENED") &&
        status != QLatin1String("CLOSED"))
        return badArgument(QStringLiteral("unknown chat_status"));
    const int offset = decodeCursor(stringField(doc, "cursor"));
    if (offset < 0)
        return badArgument(QStringLiteral("invalid cursor"));

    using K = Fault::Kind;
    const K shape = m_shape ? m_shape->kind : K::Stall;
    QByteArray chats;
    int next = offset;
    int taken = 0;
    for (; next < m_data.chatCount() && taken < n; ++next) {
        const FakeOzonData::Chat &chat = m_data.chatAt(next);
        if (status != QLatin1String("ALL") && chat.status != status)
            continue;
        const int unread = m_data.unreadCount(chat.id);
        if (unreadOnly && unread == 0)
            continue;
        QByteArray item = "{\"chat\":{";
        if (shape != K::MissingFields)
            item += "\"chat_id\":" + jsonString(chat.id) + ',';
        item +=
            "\"chat_type\":" + jsonString(chat.type) + ",\"chat_status\":" +
            jsonString(shape == K::UnknownEnums ? QStringLiteral("FROZEN") : chat.status) +
            ",\"created_at\":" + timeJson(chat.createdAt) +
            "},\"first_unread_message_id\":" + idJson(m_data.firstUnreadId(chat.id)) +
            ",\"last_message_id\":" + idJson(m_data.lastMessageId(chat.id)) + ",\"unread_count\":" +
            (shape == K::WrongTypes ? QByteArray("\"many\"") : QByteArray::number(unread)) + '}';
        chats += (taken++ ? "," : "") + item;
    }
    const bool more = next < m_data.chatCount();
    return ok("{\"chats\":[" + chats +
              "],\"total_unread_count\":" + QByteArray::number(m_data.totalUnread()) +
              ",\"cursor\":" + jsonString(more ? encodeCursor(next) : QString()) +
              ",\"has_next\":" + boolJson(more) + '}');
}

QByteArray FakeOzonServer::messageJson(const FakeOzonData::Message &m,
                                       const QString &readUpTo) const
{
    using K = Fault::Kind;
    const K shape = m_shape ? m_shape->kind : K::Stall;
    const bool isRead = m.userType == QLatin1String("Seller") ||
                        (!readUpTo.isEmpty() && !FakeOzonData::idLess(readUpTo, m.id));
    QByteArray data;
    const QString base = m_baseUrl.toString();
    for (const QString &line : m.data)
        data += (data.isEmpty() ? "" : ",") +
                jsonString(QString(line).replace(QStringLiteral("{BASE}"), base));
    QByteArray out = "{";
    if (shape != K::MissingFields)
        out += "\"message_id\":" + idJson(m.id) + ',';
    out +=
        "\"user\":{\"id\":" + jsonString(m.userId) +
        ",\"type\":" + jsonString(shape == K::UnknownEnums ? QStringLiteral("Robot") : m.userType) +
        "},\"created_at\":" + timeJson(m.createdAt) +
        ",\"is_read\":" + (isRead ? "true" : "false") +
        ",\"is_image\":" + (m.isImage ? "true" : "false") +
        ",\"moderate_image_status\":\"SUCCESS\",\"data\":" +
        (shape == K::WrongTypes ? jsonString(m.data.join(QLatin1Char('\n'))) : '[' + data + ']') +
        ",\"context\":{\"order_number\":" + jsonString(m.orderNumber) +
        ",\"sku\":" + jsonString(m.sku) + "}}";
    return out;
}

Response FakeOzonServer::history(const QByteArray &body)
{
    json doc;
    if (!parseBody(body, &doc))
        return badArgument(QStringLiteral("invalid request body"));
    const QString chatId = stringField(doc, "chat_id");
    if (chatId.isEmpty())
        return badArgument(QStringLiteral("chat_id is required"));
    const QString direction = stringField(doc, "direction");
    const bool forward = direction.compare(QLatin1String("Forward"), Qt::CaseInsensitive) == 0;
    if (!direction.isEmpty() && !forward &&
        direction.compare(QLatin1String("Backward"), Qt::CaseInsensitive) != 0)
        return badArgument(QStringLiteral("unknown direction"));
    qint64 limit = 50;
    const auto l = doc.find("limit");
    if (l != doc.end()) {
        if (!l->is_number_integer())
            return badArgument(QStringLiteral("limit must be an integer"));
        limit = l->get<qint64>();
    }
    if (limit < 1 || limit > 1000)
        return badArgument(QStringLiteral("limit must be between 1 and 1000"));
    const QString from = rawId(body, "from_message_id");
    if (forward && from.isEmpty())
        return badArgument(QStringLiteral("from_message_id is required for direction Forward"));
    if (!m_data.hasChat(chatId))
        return errorResponse(404, 5, QStringLiteral("chat not found"));

    const int total = m_data.messageCount(chatId);
    const bool inclusive = m_options.boundaryInclusive;
    int begin = 0;
    int end = 0;
    if (forward) {
        begin = m_data.positionOf(chatId, from, !inclusive);
        end = int(std::min<qint64>(total, begin + limit));
    } else {
        end = from.isEmpty() ? total : m_data.positionOf(chatId, from, inclusive);
        begin = int(std::max<qint64>(0, end - limit));
    }
    const QString readUpTo = m_data.readUpTo(chatId);
    QByteArray messages;
    for (int i = 0; i < end - begin; ++i) {
        // Forward: old → new; Backward: new → old, like Ozon.
        const int position = forward ? begin + i : end - 1 - i;
        messages += (i ? "," : "") + messageJson(m_data.messageAt(chatId, position), readUpTo);
    }
    const bool more = forward ? end < total : begin > 0;
    return ok("{\"messages\":[" + messages + "],\"has_next\":" + boolJson(more) + '}');
}

Response FakeOzonServer::sendMessage(const QByteArray &body)
{
    json doc;
    if (!parseBody(body, &doc))
        return badArgument(QStringLiteral("invalid request body"));
    const QString chatId = stringField(doc, "chat_id");
    const QString text = stringField(doc, "text");
    if (chatId.isEmpty())
        return badArgument(QStringLiteral("chat_id is required"));
    const auto length = text.toUcs4().size();
    if (length < 1 || length > 1000)
        return badArgument(QStringLiteral("text must be 1 to 1000 characters"));
    if (!m_data.hasChat(chatId))
        return errorResponse(404, 5, QStringLiteral("chat not found"));
    FakeOzonData::Message m;
    m.userType = QStringLiteral("Seller");
    m.userId = m_options.clientId;
    m.data << text;
    m_data.addMessage(chatId, m);
    m_data.countSend(chatId);
    if (m_shape && m_shape->kind == Fault::Kind::WrongTypes)
        return ok("{\"result\":5}");
    return ok("{\"result\":\"success\"}");
}

Response FakeOzonServer::sendFile(const QByteArray &body)
{
    json doc;
    if (!parseBody(body, &doc))
        return badArgument(QStringLiteral("invalid request body"));
    const QString chatId = stringField(doc, "chat_id");
    const QString name = stringField(doc, "name");
    const QByteArray base64 = stringField(doc, "base64_content").toLatin1();
    if (chatId.isEmpty() || name.isEmpty() || base64.isEmpty())
        return badArgument(QStringLiteral("chat_id, name and base64_content are required"));
    const auto decoded =
        QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return badArgument(QStringLiteral("base64_content is not base64"));
    if (!m_data.hasChat(chatId))
        return errorResponse(404, 5, QStringLiteral("chat not found"));
    const QString fileId = QStringLiteral("f%1").arg(++m_fileCounter);
    m_files.insert(fileId, *decoded);
    const QString url = QStringLiteral("{BASE}/v2/chat/file/%1/%2")
                            .arg(fileId, QString::fromLatin1(QUrl::toPercentEncoding(name)));
    FakeOzonData::Message m;
    m.userType = QStringLiteral("Seller");
    m.userId = m_options.clientId;
    m.isImage = isImageName(name);
    m.data << (m.isImage ? QStringLiteral("![](%1)").arg(url)
                         : QStringLiteral("[%1](%2)").arg(name, url));
    m_data.addMessage(chatId, m);
    m_data.countSend(chatId);
    return ok("{\"result\":\"success\"}");
}

Response FakeOzonServer::read(const QByteArray &body)
{
    json doc;
    if (!parseBody(body, &doc))
        return badArgument(QStringLiteral("invalid request body"));
    const QString chatId = stringField(doc, "chat_id");
    const QString from = rawId(body, "from_message_id");
    if (chatId.isEmpty() || from.isEmpty())
        return badArgument(QStringLiteral("chat_id and from_message_id are required"));
    if (!m_data.hasChat(chatId))
        return errorResponse(404, 5, QStringLiteral("chat not found"));
    m_data.markRead(chatId, from);
    if (m_shape && m_shape->kind == Fault::Kind::WrongTypes)
        return ok("{\"unread_count\":\"x\"}");
    return ok("{\"unread_count\":" + QByteArray::number(m_data.unreadCount(chatId)) + '}');
}

Response FakeOzonServer::file(const QByteArray &path)
{
    // /v2/chat/file/<id>/<name> for sent files, /v2/chat/file/gen-<message id>.jpg generated.
    const QList<QByteArray> parts = path.mid(int(qstrlen("/v2/chat/file/"))).split('/');
    const QString id = QString::fromUtf8(parts.value(0));
    Response r;
    r.contentType = QByteArrayLiteral("application/octet-stream");
    if (m_files.contains(id)) {
        r.body = m_files.value(id);
        return r;
    }
    if (id.startsWith(QLatin1String("gen-"))) {
        r.contentType = QByteArrayLiteral("image/jpeg");
        r.body = QByteArray("\xff\xd8\xff\xe0", 4) + id.toUtf8() + QByteArray("\xff\xd9", 2);
        return r;
    }
    return errorResponse(404, 5, QStringLiteral("file not found"));
}

FakeOzonServerThread::FakeOzonServerThread(const FakeOzonServer::Options &options)
    : m_thread(std::make_unique<QThread>())
    , m_server(new FakeOzonServer(options))
{
    m_thread->setObjectName(QStringLiteral("fake-ozon-server"));
    m_server->moveToThread(m_thread.get());
}

FakeOzonServerThread::~FakeOzonServerThread()
{
    if (m_thread->isRunning()) {
        QMetaObject::invokeMethod(
            m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    } else {
        delete m_server;
    }
}

bool FakeOzonServerThread::start(quint16 port)
{
    m_thread->start();
    bool listening = false;
    QMetaObject::invokeMethod(
        m_server, [this, port, &listening] { listening = m_server->listen(port); },
        Qt::BlockingQueuedConnection);
    return listening;
}

QUrl FakeOzonServerThread::baseUrl() const
{
    return m_server->baseUrl();
}

} // namespace agentp::testing
