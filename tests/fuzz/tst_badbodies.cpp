// Bad bodies for every parser that reads remote bytes (Ozon, PostgREST, Realtime frames, the
// LLM stream), replayed in the normal test run: the seed corpus of tests/fuzz/corpus/<family>,
// every truncation of each seed, seeds with bytes flipped, and hostile inputs made here (empty,
// wrong JSON types, deep nesting, a 1 MB string, invalid UTF-8, NUL bytes, an HTML page, huge
// numbers). Under ASan/UBSan nothing may crash or misbehave, and BodyTargets' contract checks
// (whole pages or none, typed errors with messages, split-independent SSE) must hold. The same
// targets run under libFuzzer with this corpus as seed: tests/fuzz/README.md.
#include "tests/fuzz/BodyTargets.h"

#include "net/llm/SseParser.h"
#include "net/ozon/OzonJson.h"
#include "net/supabase/PhoenixMessage.h"
#include "net/supabase/PostgrestTypes.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>

using namespace agentp;

namespace {

using Target = std::function<QString(QByteArrayView)>;

QList<QByteArray> seeds(const QString &family)
{
    QList<QByteArray> out;
    const QDir dir(QStringLiteral(AGENTP_FUZZ_CORPUS "/") + family);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out << f.readAll();
    }
    return out;
}

// A frame with a NUL inside the topic (sizeof - 1: the literal's own bytes, without the last NUL).
constexpr char kNulFrame[] = "{\"topic\":\"a\0b\",\"event\":\"x\",\"payload\":{}}";

QList<QByteArray> hostile()
{
    QList<QByteArray> out{
        QByteArray(),
        QByteArrayLiteral("null"),
        QByteArrayLiteral("[]"),
        QByteArrayLiteral("{}"),
        QByteArrayLiteral("\"just a string\""),
        QByteArrayLiteral("1e309"),
        QByteArrayLiteral("-0"),
        QByteArrayLiteral("NaN"),
        QByteArrayLiteral("{\"a\":1}{\"b\":2}"),
        QByteArrayLiteral("\xef\xbb\xbf{\"chats\":[]}"), // BOM
        QByteArray("{\"message\":\"\xff\xfe\xc3\"}"),    // invalid UTF-8
        QByteArray(kNulFrame, sizeof(kNulFrame) - 1),
        QByteArrayLiteral("<html><body>502 Bad Gateway</body></html>"),
        QByteArrayLiteral("{\"chats\":[{\"chat\":{\"chat_id\":"
                          "184467440737095516150000,"
                          "\"chat_type\":\"BUYER_SELLER\"}}]}"),
        QByteArrayLiteral("{\"messages\":[{\"message_id\":-1,\"created_at\":\"2024-13-45T99:99Z\","
                          "\"data\":[null,{},[]]}]}"),
        QByteArrayLiteral("data: [DONE]\n\ndata: {\"choices\":[]}\n\n"),
        QByteArrayLiteral("data:\ndata:\n\n\n\n:\n"),
        QByteArrayLiteral("\r\r\r\n\n\r"),
        QByteArrayLiteral("0-99999999999999999999/*"),
        QByteArrayLiteral("*/-5"),
        QByteArrayLiteral("5-2/10"),
    };
    out << QByteArray(20000, '[') + QByteArray(20000, ']');
    out << QByteArray(5000, '{');
    out << "{\"message\":\"" + QByteArray(1024 * 1024, 'x') + "\"}";
    out << "data: " + QByteArray(1024 * 1024, 'y') + "\n\n";
    return out;
}

// Every prefix of short seeds (a cut stream or body), evenly spaced cuts of long ones.
QList<QByteArray> truncations(const QByteArray &seed)
{
    QList<QByteArray> out;
    const qsizetype step = std::max<qsizetype>(1, seed.size() / 400);
    for (qsizetype n = 0; n < seed.size(); n += step)
        out << seed.left(n);
    return out;
}

// Bytes flipped to the characters that change JSON's or SSE's structure.
QList<QByteArray> flips(const QByteArray &seed)
{
    QList<QByteArray> out;
    const qsizetype step = std::max<qsizetype>(1, seed.size() / 60);
    for (qsizetype i = 0; i < seed.size(); i += step)
        for (char c : {'"', '{', ']', ',', '\\', '\n', '\0', '\xc3'}) {
            QByteArray b = seed;
            b[i] = c;
            out << b;
        }
    return out;
}

} // namespace

class TestBadBodies : public QObject
{
    Q_OBJECT

    void replay(const QString &family, const Target &target)
    {
        const QList<QByteArray> corpus = seeds(family);
        QVERIFY2(corpus.size() >= 4, qPrintable(QStringLiteral("no corpus for ") + family));
        QList<QByteArray> inputs = corpus + hostile();
        for (const QByteArray &seed : corpus)
            inputs << truncations(seed) << flips(seed);
        for (const QByteArray &input : std::as_const(inputs)) {
            const QString violation = target(input);
            QVERIFY2(violation.isEmpty(),
                     qPrintable(QStringLiteral("%1 on %2: %3")
                                    .arg(family, QString::fromLatin1(input.left(120).toHex()),
                                         violation)));
        }
        qInfo("%s: %lld inputs", qPrintable(family), qlonglong(inputs.size()));
    }

private slots:
    void ozon() { replay(QStringLiteral("ozon"), fuzz::ozonBody); }
    void postgrest() { replay(QStringLiteral("postgrest"), fuzz::postgrestBody); }
    void realtimeFrames() { replay(QStringLiteral("phoenix"), fuzz::phoenixFrame); }
    void llmStream() { replay(QStringLiteral("llm"), fuzz::llmStream); }
    void salonRows() { replay(QStringLiteral("salon"), fuzz::salonRows); }

    // The seeds are real bodies, so their truncations and flips reach deep into the parsers.
    void seedsAreValidBodies()
    {
        const auto seed = [](const char *name) {
            QFile f(QStringLiteral(AGENTP_FUZZ_CORPUS "/") + QLatin1String(name));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        domain::ChatListPage chats;
        QVERIFY(!net::OzonJson::parseChatList(
                     seed("ozon/chat_list.json"),
                     {QStringLiteral("BUYER_SELLER"), QStringLiteral("BUYER_SELLER_SELECT")},
                     &chats)
                     .isError());
        QCOMPARE(chats.chats.size(), size_t(2));
        domain::HistoryPage history;
        QVERIFY(!net::OzonJson::parseHistory(seed("ozon/history.json"), &history).isError());
        QCOMPARE(history.messages.size(), size_t(2));
        net::HttpResult expired;
        expired.status = 401;
        expired.body = seed("postgrest/pgrst_error.json");
        QCOMPARE(net::supabase::PostgrestError::fromHttp(expired).kind,
                 net::supabase::PostgrestError::Kind::JwtExpired);
        QVERIFY(net::supabase::PhoenixMessage::decode(seed("phoenix/change.json")));
        net::llm::SseParser sse;
        const auto events = sse.feed(seed("llm/stream.txt"));
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.last().data, QStringLiteral("[DONE]"));
    }
};

QTEST_GUILESS_MAIN(TestBadBodies)
#include "tst_badbodies.moc"
