#include "tests/support/FakeRealtimeServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

namespace agentp::testing {

namespace {

constexpr qsizetype kMaxUpgradeBytes = 64 * 1024;

QString columnText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QStringLiteral("null");
}

// Realtime's portable filters (spec §3.3): one `col=op.value`; eq, neq and in are enough here.
bool filterPasses(const QString &filter, const QJsonObject &row)
{
    if (filter.isEmpty())
        return true;
    const qsizetype eq = filter.indexOf(u'=');
    const qsizetype dot = filter.indexOf(u'.', eq + 1);
    if (eq <= 0 || dot < 0)
        return false;
    const QString column = filter.left(eq);
    const QString op = filter.mid(eq + 1, dot - eq - 1);
    const QString value = filter.mid(dot + 1);
    if (!row.contains(column))
        return false;
    const QString actual = columnText(row.value(column));
    if (op == QLatin1String("eq"))
        return actual == value;
    if (op == QLatin1String("neq"))
        return actual != value;
    if (op == QLatin1String("in") && value.startsWith(u'(') && value.endsWith(u')'))
        return value.mid(1, value.size() - 2).split(u',').contains(actual);
    return false; // other operators are not emulated: nothing matches rather than everything
}

QString pgType(const QJsonValue &v)
{
    if (v.isBool())
        return QStringLiteral("bool");
    if (v.isDouble())
        return v.toDouble() == double(qint64(v.toDouble())) ? QStringLiteral("int8")
                                                            : QStringLiteral("float8");
    if (v.isObject() || v.isArray())
        return QStringLiteral("jsonb");
    return QStringLiteral("text");
}

QByteArray httpError(int status, const QByteArray &reason, const QString &message)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), message}})
                                .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

FakeRealtimeServer::FakeRealtimeServer(QByteArray apiKey, QObject *parent)
    : QObject(parent)
    , m_apiKey(std::move(apiKey))
    , m_tcp(new QTcpServer(this))
    , m_ws(new QWebSocketServer(QStringLiteral("fake-realtime"), QWebSocketServer::NonSecureMode,
                                this))
{
    connect(m_tcp, &QTcpServer::pendingConnectionAvailable, this,
            &FakeRealtimeServer::onTcpConnection);
    connect(m_ws, &QWebSocketServer::newConnection, this, &FakeRealtimeServer::onWebSocket);
}

FakeRealtimeServer::~FakeRealtimeServer()
{
    for (const Connection &c : std::as_const(m_connections))
        c.socket->disconnect(this);
}

bool FakeRealtimeServer::listen()
{
    if (!m_tcp->listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_tcp->serverPort();
    return true;
}

QUrl FakeRealtimeServer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port));
}

void FakeRealtimeServer::expireToken(const QByteArray &jwt)
{
    m_validTokens.remove(jwt);
    m_expiredTokens.insert(jwt);
}

bool FakeRealtimeServer::setAccepting(bool on)
{
    if (!on) {
        m_tcp->close();
        return true;
    }
    return m_tcp->isListening() || listen();
}

void FakeRealtimeServer::onTcpConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspectUpgrade(socket); });
        if (socket->bytesAvailable() > 0)
            inspectUpgrade(socket);
    }
}

// Realtime checks the key during the HTTP upgrade (user_socket.ex) and answers failures with
// an HTTP status and {"error":…}; a WebSocket is never opened for them.
void FakeRealtimeServer::inspectUpgrade(QTcpSocket *socket)
{
    const QByteArray head = socket->peek(kMaxUpgradeBytes);
    if (!head.contains("\r\n\r\n")) {
        if (head.size() >= kMaxUpgradeBytes)
            socket->abort();
        return;
    }
    socket->disconnect(this);
    const QByteArray requestLine = head.left(head.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    const QUrl target(QString::fromLatin1(parts.value(1)));
    m_requestUrls.append(target);
    const QUrlQuery query(target);
    QString refusal;
    QByteArray status;
    if (target.path() != QLatin1String("/realtime/v1/websocket")) {
        status = "404 Not Found";
        refusal = QStringLiteral("Not found");
    } else if (!query.hasQueryItem(QStringLiteral("apikey"))) {
        status = "401 Unauthorized";
        refusal = QStringLiteral("No api key provided");
    } else if (query.queryItemValue(QStringLiteral("apikey")).toUtf8() != m_apiKey) {
        status = "401 Unauthorized";
        refusal = QStringLiteral("Invalid api key");
    } else if (query.hasQueryItem(QStringLiteral("vsn")) &&
               query.queryItemValue(QStringLiteral("vsn")) != QLatin1String("1.0.0")) {
        status = "400 Bad Request";
        refusal = QStringLiteral("This fake speaks vsn 1.0.0 only");
    }
    if (!refusal.isEmpty()) {
        ++m_refusedUpgrades;
        const qsizetype space = status.indexOf(' ');
        socket->write(httpError(status.left(space).toInt(), status.mid(space + 1), refusal));
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        emit upgradeRequested(target, false);
        return;
    }
    m_ws->handleConnection(socket);
    emit upgradeRequested(target, true);
}

void FakeRealtimeServer::onWebSocket()
{
    while (QWebSocket *socket = m_ws->nextPendingConnection()) {
        socket->setParent(this);
        Connection c;
        c.number = ++m_connectionCount;
        c.socket = socket;
        m_connections.append(c);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &text) { onMessage(socket, text); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_connections.removeIf([socket](const Connection &c) { return c.socket == socket; });
            m_pendingJoins.removeIf([socket](const PendingJoin &p) { return p.socket == socket; });
            socket->deleteLater();
        });
    }
}

FakeRealtimeServer::Connection *FakeRealtimeServer::connectionFor(QWebSocket *socket)
{
    for (Connection &c : m_connections)
        if (c.socket == socket)
            return &c;
    return nullptr;
}

void FakeRealtimeServer::onMessage(QWebSocket *socket, const QString &text)
{
    Connection *connection = connectionFor(socket);
    if (!connection)
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    Frame frame;
    frame.connection = connection->number;
    frame.json = doc.isObject() ? doc.object() : QJsonObject{{QStringLiteral("raw"), text}};
    m_frames.append(frame);
    emit frameReceived(frame);
    if (!doc.isObject() || !frame.json.contains(QStringLiteral("ref")))
        return; // Phoenix V1 drops frames without a ref key
    const QString topic = frame.topic();
    const QString event = frame.event();
    if (topic == QLatin1String("phoenix")) {
        if (event == QLatin1String("heartbeat") && m_answerHeartbeats)
            reply(socket, topic, frame.ref(), QStringLiteral("ok"), {});
        return;
    }
    if (event == QLatin1String("phx_join")) {
        if (m_answerJoins)
            handleJoin(socket, frame.json);
        else
            m_pendingJoins.append({socket, frame.json});
        return;
    }
    if (!connection->channels.contains(topic)) {
        reply(socket, topic, frame.ref(), QStringLiteral("error"),
              {{QStringLiteral("reason"), QStringLiteral("unmatched topic")}});
        return;
    }
    if (event == QLatin1String("phx_leave")) {
        const QString joinRef = connection->channels.value(topic).joinRef;
        connection->channels.remove(topic);
        reply(socket, topic, frame.ref(), QStringLiteral("ok"), {});
        push(socket, topic, QStringLiteral("phx_close"), {}, joinRef);
    } else if (event == QLatin1String("access_token")) {
        handleAccessToken(socket, frame.json);
    }
}

void FakeRealtimeServer::answerPendingJoins()
{
    const QList<PendingJoin> pending = std::exchange(m_pendingJoins, {});
    for (const PendingJoin &p : pending)
        if (connectionFor(p.socket))
            handleJoin(p.socket, p.frame);
}

QString FakeRealtimeServer::tokenProblem(const QByteArray &jwt) const
{
    if (jwt.isEmpty() || jwt == m_apiKey || m_validTokens.contains(jwt))
        return {};
    if (m_expiredTokens.contains(jwt))
        return QStringLiteral("InvalidJWTToken: Token has expired 12 seconds ago");
    return QStringLiteral("InvalidJWTToken: Signature verification failed");
}

void FakeRealtimeServer::handleJoin(QWebSocket *socket, const QJsonObject &frame)
{
    Connection *connection = connectionFor(socket);
    const QString topic = frame.value(QStringLiteral("topic")).toString();
    const QString ref = frame.value(QStringLiteral("ref")).toString();
    const QJsonObject payload = frame.value(QStringLiteral("payload")).toObject();
    const QByteArray token = payload.value(QStringLiteral("access_token")).toString().toUtf8();
    // Phoenix closes the old channel when a topic is joined again on the same socket.
    if (connection->channels.contains(topic)) {
        const QString oldJoinRef = connection->channels.take(topic).joinRef;
        push(socket, topic, QStringLiteral("phx_close"), {}, oldJoinRef);
    }
    const QString problem = tokenProblem(token);
    if (!problem.isEmpty()) {
        reply(socket, topic, ref, QStringLiteral("error"), {{QStringLiteral("reason"), problem}});
        return;
    }
    Channel channel;
    channel.joinRef = frame.value(QStringLiteral("join_ref")).toString();
    if (channel.joinRef.isEmpty())
        channel.joinRef = ref;
    channel.accessToken = token;
    QJsonArray echoed;
    const QJsonObject config = payload.value(QStringLiteral("config")).toObject();
    for (const QJsonValue &v : config.value(QStringLiteral("postgres_changes")).toArray()) {
        QJsonObject entry = v.toObject();
        // The real id is a hash of the entry; seed 0 keeps it stable across runs.
        const QByteArray key = QJsonDocument(entry).toJson(QJsonDocument::Compact);
        entry.insert(QStringLiteral("id"), qint64(qHash(key, 0) % 100000000) + 1);
        echoed.append(entry);
        channel.entries.append(entry);
    }
    connection->channels.insert(topic, channel);
    reply(socket, topic, ref, QStringLiteral("ok"), {{QStringLiteral("postgres_changes"), echoed}});
    if (!echoed.isEmpty())
        push(socket, topic, QStringLiteral("system"),
             {{QStringLiteral("extension"), QStringLiteral("postgres_changes")},
              {QStringLiteral("status"), QStringLiteral("ok")},
              {QStringLiteral("message"), QStringLiteral("Subscribed to PostgreSQL")},
              {QStringLiteral("channel"), topic.mid(topic.indexOf(u':') + 1)}});
}

void FakeRealtimeServer::handleAccessToken(QWebSocket *socket, const QJsonObject &frame)
{
    const QString topic = frame.value(QStringLiteral("topic")).toString();
    const QByteArray token = frame.value(QStringLiteral("payload"))
                                 .toObject()
                                 .value(QStringLiteral("access_token"))
                                 .toString()
                                 .toUtf8();
    const QString problem = tokenProblem(token);
    if (problem.isEmpty()) {
        connectionFor(socket)->channels[topic].accessToken = token; // success has no reply
        return;
    }
    push(socket, topic, QStringLiteral("system"),
         {{QStringLiteral("extension"), QStringLiteral("system")},
          {QStringLiteral("status"), QStringLiteral("error")},
          {QStringLiteral("message"), problem},
          {QStringLiteral("channel"), topic.mid(topic.indexOf(u':') + 1)}});
    closeChannel(socket, topic, false);
}

void FakeRealtimeServer::closeChannel(QWebSocket *socket, const QString &topic,
                                      bool withSystemError)
{
    Connection *connection = connectionFor(socket);
    if (!connection || !connection->channels.contains(topic))
        return;
    if (withSystemError)
        push(socket, topic, QStringLiteral("system"),
             {{QStringLiteral("extension"), QStringLiteral("system")},
              {QStringLiteral("status"), QStringLiteral("error")},
              {QStringLiteral("message"), QStringLiteral("Token has expired 0 seconds ago")},
              {QStringLiteral("channel"), topic.mid(topic.indexOf(u':') + 1)}});
    const QString joinRef = connection->channels.take(topic).joinRef;
    push(socket, topic, QStringLiteral("phx_close"), {}, joinRef);
}

void FakeRealtimeServer::sendTokenExpired(const QString &topic)
{
    for (const Connection &c : QList<Connection>(m_connections))
        closeChannel(c.socket, topic, true);
}

void FakeRealtimeServer::sendChannelEvent(const QString &topic, const QString &event,
                                          const QString &joinRef)
{
    for (Connection &c : m_connections) {
        if (!c.channels.contains(topic))
            continue;
        const QString current = c.channels.value(topic).joinRef;
        const QString named = joinRef.isEmpty() ? current : joinRef;
        if (named == current)
            c.channels.remove(topic); // the channel process is gone
        push(c.socket, topic, event, {}, named);
    }
}

void FakeRealtimeServer::sendRaw(const QByteArray &text)
{
    for (const Connection &c : std::as_const(m_connections))
        c.socket->sendTextMessage(QString::fromUtf8(text));
}

void FakeRealtimeServer::sendFrame(const QString &topic, const QString &event,
                                   const QJsonObject &payload, const QString &ref)
{
    for (const Connection &c : std::as_const(m_connections))
        push(c.socket, topic, event, payload, ref);
}

void FakeRealtimeServer::dropAllConnections()
{
    const QList<Connection> all = std::exchange(m_connections, {});
    m_pendingJoins.clear();
    for (const Connection &c : all) {
        c.socket->disconnect(this);
        c.socket->abort();
        c.socket->deleteLater();
    }
}

int FakeRealtimeServer::pushChange(const QString &schema, const QString &table, const QString &type,
                                   const QJsonObject &record, const QJsonObject &oldRecord)
{
    const bool isDelete = type == QLatin1String("DELETE");
    // Current servers filter DELETEs on old_record (spec §3.6 ⚠).
    const QJsonObject filterRow = isDelete ? oldRecord : record;
    QJsonArray columns;
    QJsonObject all = oldRecord;
    for (auto it = record.begin(); it != record.end(); ++it)
        all.insert(it.key(), it.value());
    for (auto it = all.begin(); it != all.end(); ++it)
        columns.append(QJsonObject{{QStringLiteral("name"), it.key()},
                                   {QStringLiteral("type"), pgType(it.value())}});
    QJsonObject data{
        {QStringLiteral("schema"), schema},
        {QStringLiteral("table"), table},
        {QStringLiteral("type"), type},
        {QStringLiteral("commit_timestamp"),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("errors"), QJsonValue::Null},
    };
    if (!isDelete)
        data.insert(QStringLiteral("record"), record);
    if (type != QLatin1String("INSERT"))
        data.insert(QStringLiteral("old_record"), oldRecord);
    int sent = 0;
    for (const Connection &c : std::as_const(m_connections)) {
        for (auto ch = c.channels.cbegin(); ch != c.channels.cend(); ++ch) {
            QJsonArray ids;
            for (const QJsonObject &e : ch->entries) {
                const QString event = e.value(QStringLiteral("event")).toString();
                const QString entryTable = e.value(QStringLiteral("table")).toString();
                if (e.value(QStringLiteral("schema")).toString() != schema ||
                    (!entryTable.isEmpty() && entryTable != table) ||
                    (event != QLatin1String("*") && event != type) ||
                    !filterPasses(e.value(QStringLiteral("filter")).toString(), filterRow))
                    continue;
                ids.append(e.value(QStringLiteral("id")));
            }
            // DELETEs are not RLS-checked by the real server either (§3.6).
            if (ids.isEmpty() ||
                (!isDelete && m_visibility && !m_visibility(ch->accessToken, table, record)))
                continue;
            push(c.socket, ch.key(), QStringLiteral("postgres_changes"),
                 {{QStringLiteral("ids"), ids}, {QStringLiteral("data"), data}});
            ++sent;
        }
    }
    return sent;
}

void FakeRealtimeServer::reply(QWebSocket *socket, const QString &topic, const QString &ref,
                               const QString &status, const QJsonObject &response)
{
    push(socket, topic, QStringLiteral("phx_reply"),
         {{QStringLiteral("status"), status}, {QStringLiteral("response"), response}}, ref);
}

// Phoenix V1 server frames: no join_ref key; `ref` null for pushes that answer nothing.
void FakeRealtimeServer::push(QWebSocket *socket, const QString &topic, const QString &event,
                              const QJsonObject &payload, const QString &ref)
{
    const QJsonObject frame{
        {QStringLiteral("topic"), topic},
        {QStringLiteral("event"), event},
        {QStringLiteral("payload"), payload},
        {QStringLiteral("ref"), ref.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(ref)},
    };
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

QList<FakeRealtimeServer::Frame> FakeRealtimeServer::frames(const QString &event) const
{
    QList<Frame> out;
    for (const Frame &f : m_frames)
        if (f.event() == event)
            out.append(f);
    return out;
}

QList<QByteArray> FakeRealtimeServer::accessTokensReceived() const
{
    QList<QByteArray> out;
    for (const Frame &f : frames(QStringLiteral("access_token")))
        out.append(f.payload().value(QStringLiteral("access_token")).toString().toUtf8());
    return out;
}

QStringList FakeRealtimeServer::joinedTopics() const
{
    QStringList out;
    for (const Connection &c : m_connections)
        out += c.channels.keys();
    out.sort();
    return out;
}

QString FakeRealtimeServer::joinRef(const QString &topic) const
{
    for (const Connection &c : m_connections)
        if (c.channels.contains(topic))
            return c.channels.value(topic).joinRef;
    return {};
}

} // namespace agentp::testing
