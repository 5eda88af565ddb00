#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace agentp::testing {

// Supabase Realtime as the client sees it (spec §3, §6), over loopback without TLS, speaking
// Phoenix V1 JSON frames. It deliberately does not use the client's own codec, so a shared
// mistake cannot hide. The upgrade request is read first: a wrong path or apikey is answered
// with HTTP 401/404 and {"error":…}, as the real endpoint does, before any WebSocket exists.
class FakeRealtimeServer final : public QObject
{
    Q_OBJECT
public:
    struct Frame
    {
        int connection = 0; // 1 for the first accepted connection, and so on
        QJsonObject json;   // the frame as received; invalid JSON is kept under "raw"
        QString topic() const { return json.value(QStringLiteral("topic")).toString(); }
        QString event() const { return json.value(QStringLiteral("event")).toString(); }
        QJsonObject payload() const { return json.value(QStringLiteral("payload")).toObject(); }
        QString ref() const { return json.value(QStringLiteral("ref")).toString(); }
    };
    // Decides whether a change is visible to a subscriber holding this token (RLS emulation);
    // without one, every change passes.
    using Visibility = std::function<bool(const QByteArray &accessToken, const QString &table,
                                          const QJsonObject &record)>;

    explicit FakeRealtimeServer(QByteArray apiKey = QByteArrayLiteral("test-anon-key"),
                                QObject *parent = nullptr);
    ~FakeRealtimeServer() override;

    bool listen();
    QUrl url() const; // ws://127.0.0.1:<port>
    quint16 port() const { return m_port; }
    QByteArray apiKey() const { return m_apiKey; }

    // Tokens accepted in phx_join/access_token; a join without a token is the anon role and
    // always accepted. Expired tokens are refused with the server's "Token has expired" text.
    void addValidToken(const QByteArray &jwt) { m_validTokens.insert(jwt); }
    void expireToken(const QByteArray &jwt);
    void setVisibility(Visibility visibility) { m_visibility = std::move(visibility); }

    // Hooks for failures.
    void setAnswerHeartbeats(bool on) { m_answerHeartbeats = on; }
    // Off: joins are recorded but not answered until answerPendingJoins().
    void setAnswerJoins(bool on) { m_answerJoins = on; }
    void answerPendingJoins();
    // Off: the port is closed, so connections are refused; on: listening again, same port.
    bool setAccepting(bool on);
    void dropAllConnections(); // TCP reset, no close frame
    // "Token has expired …" system error, then phx_close, for that topic on every connection.
    void sendTokenExpired(const QString &topic);
    // phx_error/phx_close naming `joinRef` (empty: the channel's current join).
    void sendChannelEvent(const QString &topic, const QString &event, const QString &joinRef = {});
    // Any frame, verbatim, to every open connection (garbage, V2 frames).
    void sendRaw(const QByteArray &text);
    // A V1 server frame to every open connection (replies with foreign refs, system pushes).
    void sendFrame(const QString &topic, const QString &event, const QJsonObject &payload,
                   const QString &ref = {});

    // Sends postgres_changes to every joined channel whose entry matches (schema, table, event
    // and a `col=eq.value`/`col=neq.value` filter). Returns the number of frames sent.
    int pushChange(const QString &schema, const QString &table, const QString &type,
                   const QJsonObject &record, const QJsonObject &oldRecord = {});

    const QList<Frame> &frames() const { return m_frames; }
    QList<Frame> frames(const QString &event) const;
    QList<QByteArray> accessTokensReceived() const; // from access_token messages, in order
    QStringList joinedTopics() const;               // on open connections
    QString joinRef(const QString &topic) const;    // the current join of that topic
    int connectionsAccepted() const { return m_connectionCount; }
    int openConnections() const { return int(m_connections.size()); }
    int refusedUpgrades() const { return m_refusedUpgrades; }
    QList<QUrl> requestUrls() const { return m_requestUrls; }

signals:
    void frameReceived(const agentp::testing::FakeRealtimeServer::Frame &frame);
    // Every HTTP upgrade request, refused (bad key, path, vsn) or handed on to the WebSocket.
    void upgradeRequested(const QUrl &url, bool accepted);

private:
    struct Channel
    {
        QString joinRef;
        QByteArray accessToken;
        QList<QJsonObject> entries; // with ids
    };
    struct Connection
    {
        int number = 0;
        QWebSocket *socket = nullptr;
        QHash<QString, Channel> channels;
    };
    struct PendingJoin
    {
        QWebSocket *socket = nullptr;
        QJsonObject frame;
    };

    void onTcpConnection();
    void inspectUpgrade(QTcpSocket *socket);
    void onWebSocket();
    void onMessage(QWebSocket *socket, const QString &text);
    void handleJoin(QWebSocket *socket, const QJsonObject &frame);
    void handleAccessToken(QWebSocket *socket, const QJsonObject &frame);
    QString tokenProblem(const QByteArray &jwt) const;
    void reply(QWebSocket *socket, const QString &topic, const QString &ref, const QString &status,
               const QJsonObject &response);
    void push(QWebSocket *socket, const QString &topic, const QString &event,
              const QJsonObject &payload, const QString &ref = {});
    void closeChannel(QWebSocket *socket, const QString &topic, bool withSystemError);
    Connection *connectionFor(QWebSocket *socket);

    QByteArray m_apiKey;
    QTcpServer *m_tcp = nullptr;
    QWebSocketServer *m_ws = nullptr;
    quint16 m_port = 0;
    QSet<QByteArray> m_validTokens;
    QSet<QByteArray> m_expiredTokens;
    Visibility m_visibility;
    bool m_answerHeartbeats = true;
    bool m_answerJoins = true;
    QList<PendingJoin> m_pendingJoins;
    QList<Connection> m_connections;
    QList<Frame> m_frames;
    QList<QUrl> m_requestUrls;
    int m_connectionCount = 0;
    int m_refusedUpgrades = 0;
};

} // namespace agentp::testing
