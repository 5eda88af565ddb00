#include "net/supabase/RealtimeClient.h"

#include "models/LogCategories.h"
#include "net/http/UrlPolicy.h"
#include "net/supabase/RealtimeClientDetail.h"

#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>
#include <utility>

namespace agentp::net::supabase {

using realtime_detail::backoffStep;

RealtimeClient::RealtimeClient(const RealtimeConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_heartbeatTimer(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
    , m_connectTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
{
    m_heartbeatTimer->setInterval(std::max(1, m_config.heartbeatIntervalMs));
    connect(m_heartbeatTimer, &QTimer::timeout, this, &RealtimeClient::onHeartbeatTick);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &RealtimeClient::openSocket);
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        onSocketGone(tr("Live updates are unavailable: the realtime server did not answer in "
                        "time."));
    });
    m_pollTimer->setInterval(std::max(1, m_config.pollIntervalMs));
    connect(m_pollTimer, &QTimer::timeout, this, &RealtimeClient::pollWanted);
}

RealtimeClient::~RealtimeClient()
{
    // The socket is our child, but its signals must not reach a half-destroyed client.
    discardSocket(false);
}

QUrl RealtimeClient::socketUrl(const RealtimeConfig &config, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return QUrl();
    };
    if (config.apiKey.isEmpty())
        return refuse(tr("Live updates need the project's API key."));
    QUrl url = config.projectUrl;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https") || scheme == QLatin1String("wss"))
        url.setScheme(QStringLiteral("wss"));
    else if (scheme == QLatin1String("http") || scheme == QLatin1String("ws"))
        url.setScheme(QStringLiteral("ws"));
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/realtime/v1/websocket"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("apikey"), QString::fromUtf8(config.apiKey));
    query.addQueryItem(QStringLiteral("vsn"), QString::fromLatin1(kPhoenixVsn));
    url.setQuery(query);
    url.setFragment({});
    // The policy sees the ws/wss form, so plain text is allowed to this machine only.
    const QString policy = UrlPolicy::check(url);
    if (!policy.isEmpty())
        return refuse(tr("Live updates are off: %1").arg(policy));
    return url;
}

bool RealtimeClient::start()
{
    if (m_started)
        return true;
    QString error;
    m_url = socketUrl(m_config, &error);
    if (m_url.isEmpty()) {
        emit errorOccurred(error);
        return false;
    }
    m_started = true;
    m_reconnectAttempt = 0;
    setMode(Mode::Connecting, tr("Connecting to live updates…"));
    openSocket();
    return true;
}

void RealtimeClient::stop()
{
    if (!m_started)
        return;
    m_started = false;
    for (Channel &c : m_channels) {
        if (c.state != ChannelState::Closed)
            send(PhoenixMessage::leave(c.topic, c.joinRef, nextRef()));
        resetChannel(c);
    }
    m_reconnectTimer->stop();
    discardSocket(true);
    setMode(Mode::Stopped, {});
}

int RealtimeClient::subscribe(const QString &schema, const QString &table, const QString &filter,
                              const QString &event)
{
    const int id = m_nextSubscription++;
    Channel c;
    c.entry.event = event.isEmpty() ? QStringLiteral("*") : event;
    c.entry.schema = schema;
    c.entry.table = table;
    c.entry.filter = filter;
    // One topic per subscription, unique on this socket; the name itself means nothing to the
    // server as long as it is not plain "realtime".
    c.topic = QStringLiteral("realtime:agentp-%1-%2-%3").arg(id).arg(schema, table);
    c.joinTimer = new QTimer(this);
    c.joinTimer->setSingleShot(true);
    connect(c.joinTimer, &QTimer::timeout, this, [this, id] {
        const auto ch = m_channels.constFind(id);
        if (ch == m_channels.cend())
            return;
        // realtime-js leaves too, so a join the server finishes late does not linger.
        send(PhoenixMessage::leave(ch->topic, ch->joinRef, nextRef()));
        channelDown(
            id, tr("The server did not confirm live updates for %1 in time.").arg(describe(*ch)));
    });
    c.rejoinTimer = new QTimer(this);
    c.rejoinTimer->setSingleShot(true);
    connect(c.rejoinTimer, &QTimer::timeout, this, [this, id] { join(id); });
    m_channels.insert(id, c);
    join(id);
    return id;
}

void RealtimeClient::unsubscribe(int subscription)
{
    const auto it = m_channels.find(subscription);
    if (it == m_channels.end())
        return;
    if (it->state != ChannelState::Closed)
        send(PhoenixMessage::leave(it->topic, it->joinRef, nextRef()));
    resetChannel(*it);
    // Later: this may run from a slot reached through one of these timers' timeouts.
    it->joinTimer->deleteLater();
    it->rejoinTimer->deleteLater();
    m_channels.erase(it);
    updateLive();
}

void RealtimeClient::setAccessToken(const QByteArray &jwt)
{
    if (jwt == m_accessToken && !m_tokenExpired)
        return; // realtime-js sends changed tokens only; the server ignores repeats anyway
    m_accessToken = jwt;
    const bool wasExpired = std::exchange(m_tokenExpired, false);
    // Signed out: the API key's anon role applies again, as in supabase-js.
    const QByteArray effective = jwt.isEmpty() ? m_config.apiKey : jwt;
    for (auto it = m_channels.begin(); it != m_channels.end(); ++it) {
        if (it->state == ChannelState::Joined) {
            send(PhoenixMessage::accessToken(it->topic, effective, it->joinRef, nextRef()));
        } else if (it->state == ChannelState::Closed && m_open) {
            // A fresh token is a good reason to retry a refused join now, not after backoff.
            it->rejoinAttempt = 0;
            join(it.key());
        }
    }
    if (wasExpired)
        updateLive();
}

void RealtimeClient::openSocket()
{
    if (!m_started || m_socket)
        return;
    m_socketError.clear();
    auto *s = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = s;
    s->setMaxAllowedIncomingMessageSize(quint64(m_config.maxFrameBytes));
    s->setMaxAllowedIncomingFrameSize(quint64(m_config.maxFrameBytes));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_config.trustedCertificates.isEmpty())
        ssl.addCaCertificates(m_config.trustedCertificates);
    s->setSslConfiguration(ssl);
    connect(s, &QWebSocket::connected, this, &RealtimeClient::onConnected);
    connect(s, &QWebSocket::textMessageReceived, this, &RealtimeClient::onTextMessage);
    connect(s, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, s](QAbstractSocket::SocketError) { m_socketError = s->errorString(); });
    connect(s, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!errors.isEmpty())
            m_socketError = errors.first().errorString(); // never ignored
    });
    connect(s, &QWebSocket::disconnected, this, [this, s] {
        const QString detail = !m_socketError.isEmpty()      ? m_socketError
                               : !s->closeReason().isEmpty() ? s->closeReason()
                                                             : tr("closed by the server");
        onSocketGone(m_open ? tr("Live updates stopped: the connection to the realtime server "
                                 "was lost (%1).")
                                  .arg(detail)
                            : tr("Live updates are unavailable: the realtime server cannot be "
                                 "reached (%1).")
                                  .arg(detail));
    });
    m_connectTimer->start(std::max(1, m_config.joinTimeoutMs));
    s->open(m_url);
}

void RealtimeClient::onConnected()
{
    m_connectTimer->stop();
    m_open = true;
    m_pendingHeartbeat.clear();
    m_heartbeatTimer->start();
    qCDebug(lcNet) << "realtime: connected to" << m_url.host();
    if (m_channels.isEmpty()) {
        m_reconnectAttempt = 0;
        updateLive();
    }
    // Every channel joins afresh with new refs and the current token (§3.5).
    for (int id : m_channels.keys())
        join(id);
}

void RealtimeClient::onSocketGone(const QString &reason, bool graceful)
{
    discardSocket(graceful, QStringLiteral("heartbeat timeout"));
    for (Channel &c : m_channels)
        resetChannel(c);
    if (!m_started)
        return;
    qCDebug(lcNet) << "realtime:" << reason;
    m_reconnectTimer->start(backoffStep(m_config.reconnectStepsMs, m_reconnectAttempt++));
    setMode(Mode::Polling, reason);
}

void RealtimeClient::discardSocket(bool graceful, const QString &closeReason)
{
    m_open = false;
    m_pendingHeartbeat.clear();
    m_heartbeatTimer->stop();
    m_connectTimer->stop();
    QWebSocket *s = m_socket;
    m_socket = nullptr;
    if (!s)
        return;
    s->disconnect(this);
    if (graceful && s->state() == QAbstractSocket::ConnectedState) {
        // Closing (not aborting) lets the frames written just before (phx_leave) go out first.
        connect(s, &QWebSocket::disconnected, s, &QObject::deleteLater);
        QTimer::singleShot(std::max(1, m_config.joinTimeoutMs), s, &QObject::deleteLater);
        s->close(QWebSocketProtocol::CloseCodeNormal, closeReason);
    } else {
        s->abort();
        s->deleteLater();
    }
}

void RealtimeClient::onHeartbeatTick()
{
    if (!m_open)
        return;
    if (!m_pendingHeartbeat.isEmpty()) {
        // realtime-js: the previous heartbeat is still unanswered, so the connection is dead
        // even if TCP has not noticed; close it and reconnect.
        onSocketGone(tr("Live updates stopped: the realtime server stopped answering."), true);
        return;
    }
    m_pendingHeartbeat = nextRef();
    send(PhoenixMessage::heartbeat(m_pendingHeartbeat));
}

void RealtimeClient::onTextMessage(const QString &text)
{
    PhoenixDecodeError error;
    const auto message = PhoenixMessage::decode(text.toUtf8(), &error, m_config.maxFrameBytes);
    if (!message) {
        qCWarning(lcNet) << "realtime: ignoring a malformed frame:" << error.detail;
        return;
    }
    if (message->topic == QLatin1String("phoenix")) {
        if (message->isReplyTo(message->topic, m_pendingHeartbeat))
            m_pendingHeartbeat.clear();
        return;
    }
    if (const int id = channelForTopic(message->topic))
        onChannelMessage(id, *message);
}

void RealtimeClient::setMode(Mode mode, const QString &reason)
{
    if (mode == m_mode && reason == m_modeReason)
        return;
    const bool enteringPolling = mode == Mode::Polling && m_mode != Mode::Polling;
    m_mode = mode;
    m_modeReason = reason;
    if (mode != Mode::Polling)
        m_pollTimer->stop();
    else if (enteringPolling)
        m_pollTimer->start();
    emit modeChanged(mode, reason);
    // A slot may have stopped the client already.
    if (enteringPolling && m_mode == Mode::Polling)
        emit pollWanted();
}

void RealtimeClient::updateLive()
{
    if (!m_started || !m_open || m_tokenExpired)
        return;
    for (const Channel &c : m_channels)
        if (c.state != ChannelState::Joined || c.degraded)
            return;
    setMode(Mode::Live, {});
}

} // namespace agentp::net::supabase