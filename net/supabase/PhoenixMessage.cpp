#include "net/supabase/PhoenixMessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace agentp::net::supabase {

namespace {

const QString kTopic = QStringLiteral("topic");
const QString kEvent = QStringLiteral("event");
const QString kPayload = QStringLiteral("payload");
const QString kRef = QStringLiteral("ref");
const QString kJoinRef = QStringLiteral("join_ref");

// Doubles hold integers exactly up to 2^53; above that a number would silently change.
constexpr qint64 kMaxExactInteger = qint64(1) << 53;

QJsonValue refValue(const QString &ref)
{
    return ref.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(ref);
}

bool fail(PhoenixDecodeError *error, PhoenixDecodeError::Kind kind, QString detail)
{
    if (error) {
        error->kind = kind;
        error->detail = std::move(detail);
    }
    return false;
}

// A ref may be absent or null (server pushes) or a string; anything else is a broken frame.
bool readRef(const QJsonObject &o, const QString &key, QString *out, PhoenixDecodeError *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return fail(error, PhoenixDecodeError::Kind::WrongType,
                    key + QStringLiteral(" is no string"));
    *out = v.toString();
    return true;
}

QJsonValue convertCell(const QString &type, const QString &text);

// "{1,2,NULL}" → [1,2,null]. Quoted or nested elements are left as text: their escaping rules
// are not worth guessing at, and the caller re-fetches over REST when it needs certainty.
QJsonValue convertArray(const QString &elementType, const QString &text)
{
    if (!text.startsWith(u'{') || !text.endsWith(u'}'))
        return text;
    const QString inner = text.mid(1, text.size() - 2);
    if (inner.contains(u'"') || inner.contains(u'{'))
        return text;
    QJsonArray out;
    if (inner.isEmpty())
        return out;
    for (const QString &element : inner.split(u',')) {
        if (element == QLatin1String("NULL"))
            out.append(QJsonValue::Null);
        else
            out.append(convertCell(elementType, element));
    }
    return out;
}

int significantDigits(const QString &number)
{
    QString digits;
    for (QChar c : number) {
        if (c == u'e' || c == u'E')
            break;
        if (c.isDigit())
            digits.append(c);
    }
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    while (digits.endsWith(u'0'))
        digits.chop(1);
    return int(digits.size());
}

QJsonValue convertCell(const QString &type, const QString &text)
{
    if (type.startsWith(u'_'))
        return convertArray(type.mid(1), text);
    if (type == QLatin1String("bool")) {
        if (text == QLatin1String("t") || text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("f") || text == QLatin1String("false"))
            return false;
        return text;
    }
    if (type == QLatin1String("int2") || type == QLatin1String("int4") ||
        type == QLatin1String("int8") || type == QLatin1String("oid")) {
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        if (ok && v <= kMaxExactInteger && v >= -kMaxExactInteger)
            return double(v);
        return text;
    }
    if (type == QLatin1String("float4") || type == QLatin1String("float8") ||
        type == QLatin1String("numeric")) {
        // numeric is exact in Postgres (money amounts): convert only what a double keeps.
        if (type == QLatin1String("numeric") && significantDigits(text) > 15)
            return text;
        bool ok = false;
        const double v = text.toDouble(&ok);
        return ok ? QJsonValue(v) : QJsonValue(text);
    }
    if (type == QLatin1String("json") || type == QLatin1String("jsonb")) {
        // Wrapped in an array because a bare scalar is not a JSON document for Qt.
        const QJsonDocument doc =
            QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
        if (doc.isArray() && doc.array().size() == 1)
            return doc.array().at(0);
        return text;
    }
    return text;
}

void convertRecord(QJsonObject *record, const QJsonArray &columns)
{
    for (const QJsonValue &c : columns) {
        const QString name = c.toObject().value(QStringLiteral("name")).toString();
        const QString type = c.toObject().value(QStringLiteral("type")).toString();
        const auto it = record->find(name);
        if (it != record->end() && it->isString())
            *it = convertCell(type, it->toString());
    }
}

} // namespace

QByteArray PhoenixMessage::encode() const
{
    QJsonObject o;
    o.insert(kTopic, topic);
    o.insert(kEvent, event);
    o.insert(kPayload, payload);
    o.insert(kRef, refValue(ref));
    o.insert(kJoinRef, refValue(joinRef));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<PhoenixMessage> PhoenixMessage::decode(QByteArrayView frame,
                                                     PhoenixDecodeError *error, qsizetype maxBytes)
{
    using Kind = PhoenixDecodeError::Kind;
    if (error)
        *error = {};
    if (frame.size() > maxBytes) {
        fail(error, Kind::TooLarge,
             QStringLiteral("frame of %1 bytes exceeds %2").arg(frame.size()).arg(maxBytes));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(frame.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(
            error, Kind::NotJson,
            QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(error, Kind::NotObject, QStringLiteral("frame is no JSON object (vsn 1.0.0)"));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    for (const QString &key : {kTopic, kEvent, kPayload}) {
        if (!o.contains(key)) {
            fail(error, Kind::MissingField, key + QStringLiteral(" is missing"));
            return std::nullopt;
        }
    }
    if (!o.value(kTopic).isString() || !o.value(kEvent).isString()) {
        fail(error, Kind::WrongType, QStringLiteral("topic or event is no string"));
        return std::nullopt;
    }
    if (!o.value(kPayload).isObject()) {
        fail(error, Kind::WrongType, QStringLiteral("payload is no object"));
        return std::nullopt;
    }
    PhoenixMessage m;
    m.topic = o.value(kTopic).toString();
    m.event = o.value(kEvent).toString();
    m.payload = o.value(kPayload).toObject();
    if (!readRef(o, kRef, &m.ref, error) || !readRef(o, kJoinRef, &m.joinRef, error))
        return std::nullopt;
    return m;
}

bool PhoenixMessage::isReplyTo(const QString &replyTopic, const QString &replyRef) const
{
    return event == QLatin1String("phx_reply") && !replyRef.isEmpty() && ref == replyRef &&
           topic == replyTopic;
}

QString PhoenixMessage::replyStatus() const
{
    if (event != QLatin1String("phx_reply"))
        return {};
    return payload.value(QStringLiteral("status")).toString();
}

QJsonObject PhoenixMessage::replyResponse() const
{
    return payload.value(QStringLiteral("response")).toObject();
}

bool PhoenixMessage::belongsToJoin(const QString &currentJoinRef) const
{
    const QString &named = joinRef.isEmpty() ? ref : joinRef;
    return named.isEmpty() || named == currentJoinRef;
}

PhoenixMessage PhoenixMessage::heartbeat(const QString &ref)
{
    return {QStringLiteral("phoenix"), QStringLiteral("heartbeat"), {}, ref, {}};
}

PhoenixMessage PhoenixMessage::accessToken(const QString &topic, const QByteArray &jwt,
                                           const QString &joinRef, const QString &ref)
{
    QJsonObject payload{{QStringLiteral("access_token"), QString::fromUtf8(jwt)}};
    return {topic, QStringLiteral("access_token"), payload, ref, joinRef};
}

PhoenixMessage PhoenixMessage::leave(const QString &topic, const QString &joinRef,
                                     const QString &ref)
{
    return {topic, QStringLiteral("phx_leave"), {}, ref, joinRef};
}

QJsonObject PostgresChangesEntry::toJson() const
{
    QJsonObject o{{QStringLiteral("event"), event}, {QStringLiteral("schema"), schema}};
    if (!table.isEmpty())
        o.insert(QStringLiteral("table"), table);
    if (!filter.isEmpty())
        o.insert(QStringLiteral("filter"), filter);
    return o;
}

std::optional<PostgresChangesEntry> PostgresChangesEntry::fromJson(const QJsonObject &json)
{
    PostgresChangesEntry e;
    const QJsonValue event = json.value(QStringLiteral("event"));
    const QJsonValue schema = json.value(QStringLiteral("schema"));
    const QJsonValue table = json.value(QStringLiteral("table"));
    const QJsonValue filter = json.value(QStringLiteral("filter"));
    const QJsonValue id = json.value(QStringLiteral("id"));
    if (!event.isString() || !schema.isString())
        return std::nullopt;
    if (!(table.isUndefined() || table.isNull() || table.isString()) ||
        !(filter.isUndefined() || filter.isNull() || filter.isString()))
        return std::nullopt;
    if (!id.isUndefined() && !id.isDouble())
        return std::nullopt;
    e.event = event.toString();
    e.schema = schema.toString();
    e.table = table.toString();
    e.filter = filter.toString();
    e.id = id.toInteger();
    return e;
}

bool PostgresChangesEntry::sameAs(const PostgresChangesEntry &other) const
{
    return event == other.event && schema == other.schema && table == other.table &&
           filter == other.filter;
}

QJsonObject joinPayload(const QList<PostgresChangesEntry> &entries, const QByteArray &accessToken)
{
    QJsonArray changes;
    for (const PostgresChangesEntry &e : entries)
        changes.append(e.toJson());
    QJsonObject config{
        {QStringLiteral("broadcast"),
         QJsonObject{{QStringLiteral("ack"), false}, {QStringLiteral("self"), false}}},
        {QStringLiteral("presence"),
         QJsonObject{{QStringLiteral("enabled"), false}, {QStringLiteral("key"), QString()}}},
        {QStringLiteral("private"), false},
        {QStringLiteral("postgres_changes"), changes},
    };
    QJsonObject payload{{QStringLiteral("config"), config}};
    if (!accessToken.isEmpty())
        payload.insert(QStringLiteral("access_token"), QString::fromUtf8(accessToken));
    return payload;
}

std::optional<QList<qint64>> joinReplyIds(const PhoenixMessage &reply,
                                          const QList<PostgresChangesEntry> &requested)
{
    if (reply.replyStatus() != QLatin1String("ok"))
        return std::nullopt;
    const QJsonArray echoed =
        reply.replyResponse().value(QStringLiteral("postgres_changes")).toArray();
    if (echoed.size() != requested.size())
        return std::nullopt;
    QList<qint64> ids;
    for (qsizetype i = 0; i < echoed.size(); ++i) {
        const auto entry = PostgresChangesEntry::fromJson(echoed.at(i).toObject());
        if (!entry || !entry->sameAs(requested.at(i)))
            return std::nullopt;
        ids.append(entry->id);
    }
    return ids;
}

std::optional<PostgresChange> PostgresChange::fromPayload(const QJsonObject &payload,
                                                          QString *detail)
{
    auto bad = [detail](const char *what) -> std::optional<PostgresChange> {
        if (detail)
            *detail = QString::fromLatin1(what);
        return std::nullopt;
    };
    const QJsonValue data = payload.value(QStringLiteral("data"));
    if (!data.isObject())
        return bad("postgres_changes without a data object");
    const QJsonObject d = data.toObject();
    PostgresChange c;
    for (const QJsonValue &id : payload.value(QStringLiteral("ids")).toArray()) {
        if (!id.isDouble())
            return bad("ids holds a non-number");
        c.ids.append(id.toInteger());
    }
    c.type = d.value(QStringLiteral("type")).toString();
    if (c.type != QLatin1String("INSERT") && c.type != QLatin1String("UPDATE") &&
        c.type != QLatin1String("DELETE"))
        return bad("type is not INSERT, UPDATE or DELETE");
    c.schema = d.value(QStringLiteral("schema")).toString();
    c.table = d.value(QStringLiteral("table")).toString();
    c.commitTimestamp = d.value(QStringLiteral("commit_timestamp")).toString();
    const QJsonValue record = d.value(QStringLiteral("record"));
    const QJsonValue oldRecord = d.value(QStringLiteral("old_record"));
    if (!(record.isUndefined() || record.isNull() || record.isObject()) ||
        !(oldRecord.isUndefined() || oldRecord.isNull() || oldRecord.isObject()))
        return bad("record or old_record is no object");
    c.record = record.toObject();
    c.oldRecord = oldRecord.toObject();
    const QJsonArray columns = d.value(QStringLiteral("columns")).toArray();
    convertRecord(&c.record, columns);
    convertRecord(&c.oldRecord, columns);
    const QJsonValue errors = d.value(QStringLiteral("errors"));
    if (errors.isString())
        c.errors.append(errors.toString());
    for (const QJsonValue &e : errors.toArray())
        c.errors.append(e.toString());
    return c;
}

} // namespace agentp::net::supabase
