// The Phoenix V1 frame codec and the Realtime payload helpers: round trips, the exact phx_join
// of spec §3.3, server frames without join_ref, every kind of malformed frame with its typed
// error, reply/join ref matching, join replies checked entry by entry, and change payloads
// (including values in Postgres text form).
#include "net/supabase/PhoenixMessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace agentp::net::supabase;
using Kind = PhoenixDecodeError::Kind;

Q_DECLARE_METATYPE(agentp::net::supabase::PhoenixDecodeError::Kind)

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

PostgresChangesEntry entry(QString table, QString filter, QString event = QStringLiteral("*"))
{
    PostgresChangesEntry e;
    e.event = std::move(event);
    e.schema = QStringLiteral("public");
    e.table = std::move(table);
    e.filter = std::move(filter);
    return e;
}

} // namespace

class TestPhoenixMessage : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<PhoenixMessage>("message");
        QTest::newRow("heartbeat") << PhoenixMessage::heartbeat(QStringLiteral("7"));
        QTest::newRow("leave") << PhoenixMessage::leave(QStringLiteral("realtime:a"),
                                                        QStringLiteral("3"), QStringLiteral("9"));
        QTest::newRow("access_token") << PhoenixMessage::accessToken(
            QStringLiteral("realtime:a"), "eyJ.x.y", QStringLiteral("3"), QStringLiteral("10"));
        QTest::newRow("unicode push") << PhoenixMessage{
            QStringLiteral("realtime:чат"),
            QStringLiteral("postgres_changes"),
            QJsonObject{{QStringLiteral("text"), QStringLiteral("Здравствуйте 👋")}},
            {},
            {}};
    }
    void roundTrip()
    {
        QFETCH(PhoenixMessage, message);
        PhoenixDecodeError error;
        const auto decoded = PhoenixMessage::decode(message.encode(), &error);
        QVERIFY2(decoded, qPrintable(error.detail));
        QCOMPARE(error.kind, Kind::None);
        QCOMPARE(decoded->topic, message.topic);
        QCOMPARE(decoded->event, message.event);
        QCOMPARE(decoded->payload, message.payload);
        QCOMPARE(decoded->ref, message.ref);
        QCOMPARE(decoded->joinRef, message.joinRef);
    }

    void clientFramesAlwaysCarryRefKeys()
    {
        // V1 servers drop client frames without a `ref` key (§3.2); null must be written.
        const QJsonObject heartbeat =
            parse(PhoenixMessage::heartbeat(QStringLiteral("1")).encode());
        QCOMPARE(heartbeat.value(QStringLiteral("ref")), QJsonValue(QStringLiteral("1")));
        QVERIFY(heartbeat.contains(QStringLiteral("join_ref")));
        QVERIFY(heartbeat.value(QStringLiteral("join_ref")).isNull());
        const QJsonObject bare =
            parse(PhoenixMessage{QStringLiteral("t"), QStringLiteral("e"), {}, {}, {}}.encode());
        QVERIFY(bare.contains(QStringLiteral("ref")));
        QVERIFY(bare.value(QStringLiteral("ref")).isNull());
    }

    void joinIsTheSpecExample()
    {
        const PhoenixMessage join{
            QStringLiteral("realtime:orders-feed"), QStringLiteral("phx_join"),
            joinPayload({entry(QStringLiteral("orders"), QStringLiteral("tenant_id=eq.7"))},
                        "<user JWT>"),
            QStringLiteral("1"), QStringLiteral("1")};
        const QJsonObject expected = parse(R"({"topic":"realtime:orders-feed","event":"phx_join",
            "ref":"1","join_ref":"1","payload":{"config":{"broadcast":{"ack":false,"self":false},
            "presence":{"enabled":false,"key":""},"private":false,"postgres_changes":[
            {"event":"*","schema":"public","table":"orders","filter":"tenant_id=eq.7"}]},
            "access_token":"<user JWT>"}})");
        QVERIFY(!expected.isEmpty());
        QCOMPARE(parse(join.encode()), expected);
        // Without a token nothing is sent: the connect apikey's anon role applies.
        QVERIFY(!joinPayload({entry(QStringLiteral("orders"), {})}, {})
                     .contains(QStringLiteral("access_token")));
        const QJsonObject noFilter = joinPayload({entry(QStringLiteral("orders"), {})}, {});
        QVERIFY(!noFilter.value(QStringLiteral("config"))
                     .toObject()
                     .value(QStringLiteral("postgres_changes"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(QStringLiteral("filter")));
    }

    void serverFrameWithoutJoinRef()
    {
        const auto m = PhoenixMessage::decode(
            R"({"topic":"realtime:a","event":"system","payload":{"status":"ok"},"ref":null})");
        QVERIFY(m);
        QVERIFY(m->ref.isEmpty());
        QVERIFY(m->joinRef.isEmpty());
        QCOMPARE(m->payload.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("not json") << QByteArray("hello") << Kind::NotJson;
        QTest::newRow("empty") << QByteArray() << Kind::NotJson;
        QTest::newRow("cut short") << QByteArray(R"({"topic":"a","event":)") << Kind::NotJson;
        QTest::newRow("v2 array") << QByteArray(R"(["1","1","realtime:a","phx_reply",{}])")
                                  << Kind::NotObject;
        QTest::newRow("no topic") << QByteArray(R"({"event":"x","payload":{},"ref":null})")
                                  << Kind::MissingField;
        QTest::newRow("no payload")
            << QByteArray(R"({"topic":"a","event":"x","ref":null})") << Kind::MissingField;
        QTest::newRow("topic number")
            << QByteArray(R"({"topic":5,"event":"x","payload":{},"ref":null})") << Kind::WrongType;
        QTest::newRow("event null")
            << QByteArray(R"({"topic":"a","event":null,"payload":{},"ref":null})")
            << Kind::WrongType;
        QTest::newRow("payload string")
            << QByteArray(R"({"topic":"a","event":"x","payload":"{}","ref":null})")
            << Kind::WrongType;
        QTest::newRow("ref number")
            << QByteArray(R"({"topic":"a","event":"x","payload":{},"ref":1})") << Kind::WrongType;
        QTest::newRow("join_ref object")
            << QByteArray(R"({"topic":"a","event":"x","payload":{},"join_ref":{}})")
            << Kind::WrongType;
        // Plain literals: moc mis-tokenises a raw string that ends in a quote.
        const QByteArray huge = "{\"topic\":\"a\",\"event\":\"x\",\"payload\":{\"v\":\"" +
                                QByteArray(kPhoenixMaxFrameBytes, 'x') + "\"}}";
        QTest::newRow("huge") << huge << Kind::TooLarge;
    }
    void malformed()
    {
        QFETCH(QByteArray, frame);
        QFETCH(Kind, kind);
        PhoenixDecodeError error;
        QVERIFY(!PhoenixMessage::decode(frame, &error));
        QCOMPARE(error.kind, kind);
        QVERIFY(!error.detail.isEmpty());
    }

    void limitIsConfigurable()
    {
        const QByteArray frame = PhoenixMessage::heartbeat(QStringLiteral("1")).encode();
        PhoenixDecodeError error;
        QVERIFY(!PhoenixMessage::decode(frame, &error, frame.size() - 1));
        QCOMPARE(error.kind, Kind::TooLarge);
        QVERIFY(PhoenixMessage::decode(frame, &error, frame.size()));
    }

    void replyMatching()
    {
        const auto reply = PhoenixMessage::decode(
            R"({"topic":"phoenix","event":"phx_reply","payload":{"status":"ok","response":{}},"ref":"5"})");
        QVERIFY(reply);
        QVERIFY(reply->isReplyTo(QStringLiteral("phoenix"), QStringLiteral("5")));
        QVERIFY(!reply->isReplyTo(QStringLiteral("phoenix"), QStringLiteral("6")));
        QVERIFY(!reply->isReplyTo(QStringLiteral("realtime:a"), QStringLiteral("5")));
        QCOMPARE(reply->replyStatus(), QStringLiteral("ok"));
        // A reply with ref null answers nobody, not even a push whose ref is unknown (empty).
        PhoenixMessage nullRef = *reply;
        nullRef.ref.clear();
        QVERIFY(!nullRef.isReplyTo(QStringLiteral("phoenix"), QString()));
        // Same ref, but not a reply.
        PhoenixMessage push = *reply;
        push.event = QStringLiteral("system");
        QVERIFY(!push.isReplyTo(QStringLiteral("phoenix"), QStringLiteral("5")));
        QVERIFY(push.replyStatus().isEmpty());
    }

    void closeBelongsToJoin()
    {
        // V1: the join ref travels in `ref`.
        PhoenixMessage close{
            QStringLiteral("realtime:a"), QStringLiteral("phx_close"), {}, QStringLiteral("3"), {}};
        QVERIFY(close.belongsToJoin(QStringLiteral("3")));
        QVERIFY(!close.belongsToJoin(QStringLiteral("8"))); // stale: an older join
        // V2-style servers name it in join_ref; that wins over ref.
        close.joinRef = QStringLiteral("8");
        QVERIFY(close.belongsToJoin(QStringLiteral("8")));
        QVERIFY(!close.belongsToJoin(QStringLiteral("3")));
        // Naming no join at all: taken as the current one.
        QVERIFY((PhoenixMessage{QStringLiteral("t"), QStringLiteral("phx_error"), {}, {}, {}})
                    .belongsToJoin(QStringLiteral("3")));
    }

    void joinReplyEntries()
    {
        const QList<PostgresChangesEntry> asked{
            entry(QStringLiteral("orders"), QStringLiteral("tenant_id=eq.7")),
            entry(QStringLiteral("chats"), {}, QStringLiteral("INSERT"))};
        auto reply = [](const QByteArray &payload) {
            return *PhoenixMessage::decode(
                R"({"topic":"realtime:a","event":"phx_reply","ref":"1","payload":)" + payload +
                "}");
        };
        const auto ids = joinReplyIds(reply(R"({"status":"ok","response":{"postgres_changes":[
                {"id":48213377,"event":"*","schema":"public","table":"orders","filter":"tenant_id=eq.7"},
                {"id":12,"event":"INSERT","schema":"public","table":"chats"}]}})"),
                                      asked);
        QVERIFY(ids);
        QCOMPARE(*ids, (QList<qint64>{48213377, 12}));
        // Same entries, other order: realtime-js calls that a channel error.
        QVERIFY(!joinReplyIds(reply(R"({"status":"ok","response":{"postgres_changes":[
                {"id":12,"event":"INSERT","schema":"public","table":"chats"},
                {"id":48213377,"event":"*","schema":"public","table":"orders","filter":"tenant_id=eq.7"}]}})"),
                              asked));
        QVERIFY(
            !joinReplyIds(reply(R"({"status":"ok","response":{"postgres_changes":[]}})"), asked));
        QVERIFY(!joinReplyIds(
            reply(R"({"status":"error","response":{"reason":"InvalidJWTToken: bad"}})"), asked));
        QVERIFY(!joinReplyIds(reply(R"({"status":"ok","response":{"postgres_changes":[
                {"id":"48213377","event":"*","schema":"public","table":"orders","filter":"tenant_id=eq.7"},
                {"id":12,"event":"INSERT","schema":"public","table":"chats"}]}})"),
                              asked)); // an id of the wrong type
    }

    void changeFromSpecExample()
    {
        QString detail;
        const auto change = PostgresChange::fromPayload(
            parse(R"({"ids":[48213377],"data":{"schema":"public","table":"orders",
                "type":"UPDATE","commit_timestamp":"2026-03-02T10:15:04.512Z",
                "columns":[{"name":"id","type":"int8"},{"name":"status","type":"text"}],
                "record":{"id":42,"status":"paid"},"old_record":{"id":42},"errors":null}})"),
            &detail);
        QVERIFY2(change, qPrintable(detail));
        QCOMPARE(change->ids, QList<qint64>{48213377});
        QCOMPARE(change->type, QStringLiteral("UPDATE"));
        QCOMPARE(change->table, QStringLiteral("orders"));
        QCOMPARE(change->commitTimestamp, QStringLiteral("2026-03-02T10:15:04.512Z"));
        QCOMPARE(change->record, parse(R"({"id":42,"status":"paid"})"));
        QCOMPARE(change->oldRecord, parse(R"({"id":42})"));
        QVERIFY(change->errors.isEmpty());
    }

    void changeValuesInTextForm()
    {
        QJsonObject payload =
            parse(R"({"ids":[1],"data":{"schema":"public","table":"t","type":"INSERT",
                "columns":[{"name":"ok","type":"bool"},{"name":"n","type":"int4"},
                  {"name":"big","type":"int8"},{"name":"f","type":"float8"},
                  {"name":"money","type":"numeric"},{"name":"j","type":"jsonb"},
                  {"name":"tags","type":"_int4"},{"name":"names","type":"_text"},
                  {"name":"at","type":"timestamptz"}],
                "record":{"ok":"t","n":"12","big":"9007199254740993","f":"1.5",
                  "money":"12345678901234567.89","tags":"{1,2,NULL}",
                  "at":"2026-03-02 10:15:04+00"}}})");
        // Values with quotes are added here: moc mis-reads escaped quotes in raw strings.
        QJsonObject data = payload.value(QStringLiteral("data")).toObject();
        QJsonObject record = data.value(QStringLiteral("record")).toObject();
        record.insert(QStringLiteral("j"), QStringLiteral("{\"a\":[1]}"));
        record.insert(QStringLiteral("names"), QStringLiteral("{\"a,b\",c}"));
        data.insert(QStringLiteral("record"), record);
        payload.insert(QStringLiteral("data"), data);
        QString detail;
        const auto change = PostgresChange::fromPayload(payload, &detail);
        QVERIFY2(change, qPrintable(detail));
        const QJsonObject r = change->record;
        QCOMPARE(r.value(QStringLiteral("ok")), QJsonValue(true));
        QCOMPARE(r.value(QStringLiteral("n")), QJsonValue(12));
        // Beyond 2^53 a double would change the id: it stays text.
        QCOMPARE(r.value(QStringLiteral("big")), QJsonValue(QStringLiteral("9007199254740993")));
        QCOMPARE(r.value(QStringLiteral("f")), QJsonValue(1.5));
        QCOMPARE(r.value(QStringLiteral("money")),
                 QJsonValue(QStringLiteral("12345678901234567.89")));
        QCOMPARE(r.value(QStringLiteral("j")), QJsonValue(parse(R"({"a":[1]})")));
        QCOMPARE(r.value(QStringLiteral("tags")), QJsonValue(QJsonArray{1, 2, QJsonValue()}));
        QCOMPARE(r.value(QStringLiteral("names")), QJsonValue(QStringLiteral("{\"a,b\",c}")));
        QCOMPARE(r.value(QStringLiteral("at")),
                 QJsonValue(QStringLiteral("2026-03-02 10:15:04+00")));
    }

    void changeErrorsAndBrokenPayloads()
    {
        QString detail;
        const auto tooLarge = PostgresChange::fromPayload(
            parse(R"({"ids":[1],"data":{"type":"UPDATE","record":{"id":1},
                "errors":["Error 413: Payload Too Large"]}})"),
            &detail);
        QVERIFY(tooLarge);
        QCOMPARE(tooLarge->errors, QStringList{QStringLiteral("Error 413: Payload Too Large")});
        QVERIFY(!PostgresChange::fromPayload(parse(R"({"ids":[1]})"), &detail));
        QVERIFY(!detail.isEmpty());
        QVERIFY(!PostgresChange::fromPayload(parse(R"({"ids":[1],"data":{"type":"TRUNCATE"}})"),
                                             &detail));
        QVERIFY(!PostgresChange::fromPayload(
            parse(R"({"ids":["x"],"data":{"type":"INSERT","record":{}}})"), &detail));
        QVERIFY(!PostgresChange::fromPayload(
            parse(R"({"ids":[1],"data":{"type":"INSERT","record":[1]}})"), &detail));
    }
};

QTEST_GUILESS_MAIN(TestPhoenixMessage)
#include "tst_phoenix_message.moc"
