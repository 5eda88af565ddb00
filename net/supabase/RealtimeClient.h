#pragma once

#include "net/supabase/PhoenixMessage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

class QTimer;
class QWebSocket;

namespace agentp::net::supabase {

// What RealtimeClient needs; kept apart from the REST configuration on purpose, so the two can
// evolve independently. The timings are realtime-js's (spec §3.5); tests scale them down.
struct RealtimeConfig
{
    QUrl projectUrl;   // https://<ref>.supabase.co (or wss://…); http/ws only for loopback
    QByteArray apiKey; // publishable/anon key, sent as the `apikey` query parameter
    int heartbeatIntervalMs = 25000;
    int joinTimeoutMs = 10000;                            // join reply, and also the socket opening
    int pollIntervalMs = 30000;                           // pollWanted() while Polling
    QList<int> reconnectStepsMs{1000, 2000, 5000, 10000}; // the last step repeats
    QList<int> rejoinStepsMs{1000, 2000, 5000, 10000};
    qsizetype maxFrameBytes = kPhoenixMaxFrameBytes;
    // Extra TLS anchors (tests, self-hosted). TLS errors are never ignored.
    QList<QSslCertificate> trustedCertificates;
};

// Supabase Realtime postgres_changes over one WebSocket (Phoenix channels, vsn 1.0.0). Each
// subscription is one channel; the client keeps it joined across drops, heartbeat failures,
// channel errors and token refreshes, like realtime-js. Realtime never replays what happened
// while a channel was down, so after every successful (re)join resyncNeeded() asks the caller
// to re-fetch over REST; while live updates are impossible the client is in Polling mode and
// asks for REST polls with pollWanted(). Signals are never emitted from a destructor.
class RealtimeClient final : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Stopped,    // start() not called, or stop()
        Connecting, // the first connection and joins are under way
        Live,       // every subscription joined: changes arrive as they happen
        Polling,    // something is down; the caller polls REST until Live again
    };
    Q_ENUM(Mode)

    explicit RealtimeClient(const RealtimeConfig &config, QObject *parent = nullptr);
    ~RealtimeClient() override;

    // The socket URL, or empty with `error` set when the policy refuses the address.
    static QUrl socketUrl(const RealtimeConfig &config, QString *error = nullptr);

    // False (and errorOccurred) when the project URL is refused (plain ws/http to another
    // machine, invalid); the client stays Stopped then.
    bool start();
    // Leaves every channel, closes the socket and stops all timers; subscriptions are kept for
    // a later start().
    void stop();

    // A local id (> 0) for change()/resyncNeeded(). `filter` is one "col=op.value" (e.g.
    // "tenant_id=eq.<uuid>"), empty for none; `event` is INSERT, UPDATE, DELETE or *.
    int subscribe(const QString &schema, const QString &table, const QString &filter = {},
                  const QString &event = QStringLiteral("*"));
    void unsubscribe(int subscription);

    // The user's JWT for RLS (§3.6). Sent at once to every joined channel (call it before the
    // old token expires) and used for every later join; empty means the anon role.
    void setAccessToken(const QByteArray &jwt);

    Mode mode() const { return m_mode; }
    QString modeReason() const { return m_modeReason; }
    bool isJoined(int subscription) const
    {
        return m_channels.value(subscription).state == ChannelState::Joined;
    }
    QString topic(int subscription) const { return m_channels.value(subscription).topic; }

signals:
    void modeChanged(agentp::net::supabase::RealtimeClient::Mode mode, const QString &reason);
    void pollWanted();
    void resyncNeeded(int subscription);
    void change(int subscription, const QString &type, const QJsonObject &record,
                const QJsonObject &oldRecord);
    // The server refused or dropped one subscription (bad token, RLS, bad filter). Translated.
    void subscriptionError(int subscription, const QString &message);
    // The access token was rejected as expired; nothing is rejoined until setAccessToken().
    void tokenExpired();
    void errorOccurred(const QString &message); // translated, one line

private:
    enum class ChannelState
    {
        Closed,
        Joining,
        Joined,
    };
    struct Channel
    {
        PostgresChangesEntry entry;
        QString topic;
        ChannelState state = ChannelState::Closed;
        QString joinRef;
        QByteArray joinToken; // the token that join carried
        QList<qint64> ids;
        bool degraded = false; // joined, but the server reports it cannot stream changes
        int rejoinAttempt = 0;
        QTimer *joinTimer = nullptr;
        QTimer *rejoinTimer = nullptr;
    };

    void openSocket();
    void onConnected();
    void onSocketGone(const QString &reason, bool graceful = false);
    void onTextMessage(const QString &text);
    void onHeartbeatTick();
    void discardSocket(bool graceful, const QString &closeReason = {});

    void join(int id);
    void onJoinReply(int id, const PhoenixMessage &reply);
    void onChannelMessage(int id, const PhoenixMessage &message);
    void onSystemMessage(int id, const PhoenixMessage &message);
    void channelDown(int id, const QString &reason);
    void markTokenExpired();
    void resetChannel(Channel &channel);
    void send(const PhoenixMessage &message);
    QString nextRef() { return QString::number(++m_ref); }
    int channelForTopic(const QString &topic) const;
    QString describe(const Channel &channel) const;

    void setMode(Mode mode, const QString &reason);
    void updateLive();

    RealtimeConfig m_config;
    QUrl m_url;
    QPointer<QWebSocket> m_socket;
    bool m_open = false;
    bool m_started = false;
    QMap<int, Channel> m_channels;
    int m_nextSubscription = 1;
    quint64 m_ref = 0;
    QString m_pendingHeartbeat;
    QByteArray m_accessToken;
    bool m_tokenExpired = false;
    int m_reconnectAttempt = 0;
    QString m_socketError;
    Mode m_mode = Mode::Stopped;
    QString m_modeReason;
    QTimer *m_heartbeatTimer;
    QTimer *m_reconnectTimer;
    QTimer *m_connectTimer;
    QTimer *m_pollTimer;
};

} // namespace agentp::net::supabase
