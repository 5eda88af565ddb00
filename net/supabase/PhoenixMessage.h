#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace agentp::net::supabase {

// Supabase Realtime speaks Phoenix channels (spec §3). We connect with vsn=1.0.0, so every frame
// is one JSON object {"topic","event","payload","ref","join_ref"} in a text message (§3.2). The
// server omits `join_ref` (Phoenix V1 serializer) and puts the join ref into `ref` of
// phx_close/phx_error; non-reply pushes have `ref` null.
inline constexpr char kPhoenixVsn[] = "1.0.0";
// Realtime cuts change payloads at 1 MB (§3.4 "Error 413"), so a frame far above that is broken
// or hostile; refusing it keeps a bad server from filling memory.
inline constexpr qsizetype kPhoenixMaxFrameBytes = 4 * 1024 * 1024;

struct PhoenixDecodeError
{
    enum class Kind
    {
        None,
        TooLarge,     // above the frame limit; not even parsed
        NotJson,      // not one complete JSON value
        NotObject,    // JSON, but not an object (e.g. a V2 array frame)
        MissingField, // topic, event or payload absent
        WrongType,    // a field of the wrong JSON type
    };
    Kind kind = Kind::None;
    QString detail; // technical, for the log
};

struct PhoenixMessage
{
    QString topic;
    QString event;
    QJsonObject payload;
    QString ref;     // empty ⇔ JSON null
    QString joinRef; // empty ⇔ JSON null

    // Always writes `ref` and `join_ref` (null when empty): V1 servers need the `ref` key.
    QByteArray encode() const;
    // Strict about types (a number where the topic belongs means the frame cannot be trusted);
    // `ref`/`join_ref` may be absent, null or a string.
    static std::optional<PhoenixMessage> decode(QByteArrayView frame,
                                                PhoenixDecodeError *error = nullptr,
                                                qsizetype maxBytes = kPhoenixMaxFrameBytes);

    // A phx_reply to the push with this topic and ref. An empty ref never matches, so a stray
    // reply with ref null cannot be taken for anyone's answer.
    bool isReplyTo(const QString &topic, const QString &ref) const;
    QString replyStatus() const;       // payload.status of a phx_reply; empty otherwise
    QJsonObject replyResponse() const; // payload.response of a phx_reply
    // phx_close/phx_error name their join in `ref` (V1) or `join_ref` (V2-style servers). One
    // naming an older join is stale and must be ignored (§3.4); one naming none is taken as
    // current, since ignoring a real close would leave the channel silently dead.
    bool belongsToJoin(const QString &currentJoinRef) const;

    static PhoenixMessage heartbeat(const QString &ref);
    static PhoenixMessage accessToken(const QString &topic, const QByteArray &jwt,
                                      const QString &joinRef, const QString &ref);
    static PhoenixMessage leave(const QString &topic, const QString &joinRef, const QString &ref);
};

// One entry of config.postgres_changes in phx_join, echoed with an `id` in the join reply.
struct PostgresChangesEntry
{
    QString event = QStringLiteral("*"); // INSERT, UPDATE, DELETE or *
    QString schema;
    QString table;  // empty: every table of the schema
    QString filter; // empty: none; otherwise one "col=op.value"
    qint64 id = 0;  // set by the server in the join reply

    QJsonObject toJson() const; // without the id, as the client sends it
    static std::optional<PostgresChangesEntry> fromJson(const QJsonObject &json);
    // realtime-js compares the reply with the request field by field (§3.4).
    bool sameAs(const PostgresChangesEntry &other) const;
};

// The phx_join payload: postgres_changes only, broadcast/presence off (§3.3). `accessToken`
// empty: none is sent and the anon role applies.
QJsonObject joinPayload(const QList<PostgresChangesEntry> &entries, const QByteArray &accessToken);
// The ids of a join reply, in order; nullopt if the reply is not ok or does not list the same
// entries in the same order (realtime-js reports CHANNEL_ERROR then).
std::optional<QList<qint64>> joinReplyIds(const PhoenixMessage &reply,
                                          const QList<PostgresChangesEntry> &requested);

// The payload of a postgres_changes event (§3.4).
struct PostgresChange
{
    QList<qint64> ids;
    QString schema;
    QString table;
    QString type; // INSERT, UPDATE or DELETE
    QString commitTimestamp;
    QJsonObject record;
    QJsonObject oldRecord;
    QStringList errors; // e.g. "Error 413: Payload Too Large": the record is incomplete

    // Values sent in Postgres text form are converted by `columns[].type` as realtime-js does
    // (bool, numbers, json, simple arrays); integers beyond 2^53 stay text so no digit is lost.
    static std::optional<PostgresChange> fromPayload(const QJsonObject &payload, QString *detail);
};

} // namespace agentp::net::supabase
