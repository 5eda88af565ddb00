// The incremental event-stream parser: a realistic DeepSeek stream split at every byte offset
// and fed byte by byte gives the same events; UTF-8 cut inside sequences; all three line
// endings, also split between \r and \n; comments; multi-line data; the size limits.
#include "net/llm/SseParser.h"

#include <QTest>

using agentp::net::llm::SseParser;
using Events = QList<SseParser::Event>;

namespace {

QByteArray realisticStream()
{
    return QByteArrayLiteral(": keep-alive\n\n: keep-alive\r\n\r\n") +
           R"(data: {"choices":[{"delta":{"role":"assistant","content":""}}]})"
           "\n\n" +
           QStringLiteral(R"(data: {"choices":[{"delta":{"content":"Здравствуйте 👋"}}]})")
               .toUtf8() +
           "\r\n\r\n" +
           QStringLiteral(R"(data: {"choices":[{"delta":{"content":"ёжик 🦔🇷🇺"}}]})")
               .toUtf8() +
           "\r\r" + "event: note\nid: 7\nretry: 100\ndata: first\ndata:second\n\n" +
           R"(data: {"choices":[],"usage":{"prompt_tokens":3}})"
           "\n\n"
           "data: [DONE]\n\n";
}

Events expectedEvents()
{
    return {
        {{}, QStringLiteral(R"({"choices":[{"delta":{"role":"assistant","content":""}}]})")},
        {{}, QStringLiteral(R"({"choices":[{"delta":{"content":"Здравствуйте 👋"}}]})")},
        {{}, QStringLiteral(R"({"choices":[{"delta":{"content":"ёжик 🦔🇷🇺"}}]})")},
        {QStringLiteral("note"), QStringLiteral("first\nsecond")},
        {{}, QStringLiteral(R"({"choices":[],"usage":{"prompt_tokens":3}})")},
        {{}, QStringLiteral("[DONE]")},
    };
}

QString describe(const Events &events)
{
    QStringList out;
    for (const auto &e : events)
        out << e.type + QLatin1Char('|') + e.data;
    return out.join(QLatin1String(" // "));
}

Events feedAll(SseParser &parser, const QList<QByteArray> &pieces)
{
    Events out;
    for (const auto &piece : pieces)
        out += parser.feed(piece);
    out += parser.finish();
    return out;
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private slots:
    void wholeStream()
    {
        SseParser parser;
        const Events events = feedAll(parser, {realisticStream()});
        QVERIFY(!parser.hasError());
        QCOMPARE(describe(events), describe(expectedEvents()));
    }

    void everySplitPositionGivesTheSameEvents()
    {
        const QByteArray stream = realisticStream();
        const QString expected = describe(expectedEvents());
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            SseParser parser;
            const Events events = feedAll(parser, {stream.left(cut), stream.mid(cut)});
            QVERIFY2(describe(events) == expected, qPrintable(QString::number(cut)));
        }
        // Two cuts: every piece boundary combination of a shorter window around the UTF-8.
        const qsizetype from = stream.indexOf("Здрав");
        for (qsizetype a = from; a < from + 40; ++a)
            for (qsizetype b = a; b < from + 80; ++b) {
                SseParser parser;
                const Events events =
                    feedAll(parser, {stream.left(a), stream.mid(a, b - a), stream.mid(b)});
                QVERIFY2(describe(events) == expected,
                         qPrintable(QStringLiteral("%1/%2").arg(a).arg(b)));
            }
    }

    void byteByByte()
    {
        const QByteArray stream = realisticStream();
        QList<QByteArray> bytes;
        for (char c : stream)
            bytes.append(QByteArray(1, c));
        SseParser parser;
        QCOMPARE(describe(feedAll(parser, bytes)), describe(expectedEvents()));
    }

    void eventsComeOutAsSoonAsTheyEnd()
    {
        SseParser parser;
        QVERIFY(parser.feed("data: a\n").isEmpty());
        const Events first = parser.feed("\ndata: b");
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().data, QStringLiteral("a"));
        QVERIFY(parser.feed("\n").isEmpty());
        QCOMPARE(parser.feed("\n").size(), 1);
    }

    void utf8CutInsideSequences()
    {
        const QByteArray text = QStringLiteral("data: Привет 😀 мир\n\n").toUtf8();
        const qsizetype emoji = text.indexOf("\xF0\x9F\x98\x80");
        QVERIFY(emoji > 0);
        for (qsizetype cut : {emoji + 1, emoji + 2, emoji + 3, qsizetype(7)}) {
            SseParser parser;
            Events events = parser.feed(text.left(cut));
            QVERIFY(events.isEmpty());
            events = parser.feed(text.mid(cut));
            QCOMPARE(events.size(), 1);
            QCOMPARE(events.first().data, QStringLiteral("Привет 😀 мир"));
        }
    }

    void lineEndings_data()
    {
        QTest::addColumn<QList<QByteArray>>("pieces");
        QTest::addColumn<QStringList>("data");
        const QStringList ab{QStringLiteral("a\nb")};
        QTest::newRow("LF") << QList<QByteArray>{"data: a\ndata: b\n\n"} << ab;
        QTest::newRow("CRLF") << QList<QByteArray>{"data: a\r\ndata: b\r\n\r\n"} << ab;
        QTest::newRow("CR") << QList<QByteArray>{"data: a\rdata: b\r\r"} << ab;
        QTest::newRow("mixed") << QList<QByteArray>{"data: a\rdata: b\n\r\n"} << ab;
        // A \r\n split over two feeds is one line end, not an end and a blank line.
        QTest::newRow("CRLF split")
            << QList<QByteArray>{"data: a\r", "\ndata: b\r", "\n\r", "\n"} << ab;
        QTest::newRow("CR then data") << QList<QByteArray>{"data: a\r", "data: b\r", "\r"} << ab;
        QTest::newRow("two events CRLF split")
            << QList<QByteArray>{"data: a\r\n\r", "\ndata: b\r\n\r\n"}
            << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    }
    void lineEndings()
    {
        QFETCH(QList<QByteArray>, pieces);
        QFETCH(QStringList, data);
        SseParser parser;
        QStringList got;
        for (const auto &piece : pieces)
            for (const auto &e : parser.feed(piece))
                got << e.data;
        QCOMPARE(got, data);
    }

    void commentsAndKeepAlive()
    {
        SseParser parser;
        QVERIFY(parser.feed(": keep-alive\n\n: keep-alive\r\n\r\n:\n\n").isEmpty());
        const Events events = parser.feed(":comment\ndata: x\n: inside\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data, QStringLiteral("x"));
        QVERIFY(!parser.hasError());
    }

    void fieldSyntax()
    {
        SseParser parser;
        const Events events = parser.feed("data:x\n\n"
                                          "data:  two\n\n"
                                          "data\n\n"
                                          "data\ndata\n\n"
                                          "event: only\n\n"
                                          "id: 1\nretry: 5\nunknown: y\ndata: z\n\n"
                                          "event: error\ndata: {\"e\":1}\n\n"
                                          "data: after\n\n");
        QStringList got;
        for (const auto &e : events)
            got << e.type + QLatin1Char('|') + e.data;
        // An event without data is not dispatched, and its type does not leak into the next.
        QCOMPARE(got, (QStringList{QStringLiteral("|x"), QStringLiteral("| two"),
                                   QStringLiteral("|"), QStringLiteral("|\n"), QStringLiteral("|z"),
                                   QStringLiteral("error|{\"e\":1}"), QStringLiteral("|after")}));
    }

    void byteOrderMarkIsSkipped()
    {
        SseParser parser;
        QVERIFY(parser.feed("\xEF\xBB").isEmpty());
        const Events events = parser.feed("\xBF"
                                          "data: x\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data, QStringLiteral("x"));
    }

    void finishFlushesCompleteLinesOnly()
    {
        SseParser parser;
        QVERIFY(parser.feed("data: kept\ndata: cut off mid-li").isEmpty());
        const Events events = parser.finish();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data, QStringLiteral("kept"));

        SseParser empty;
        QVERIFY(empty.feed(": keep-alive\n").isEmpty());
        QVERIFY(empty.finish().isEmpty());
    }

    void oversizeLineIsAnError()
    {
        SseParser parser;
        QVERIFY(parser.feed("data: ok\n\n").size() == 1);
        const QByteArray big(SseParser::kDefaultLimit / 2, 'x');
        QVERIFY(parser.feed("data: " + big).isEmpty());
        QVERIFY(!parser.hasError());
        QVERIFY(parser.feed(big).isEmpty());
        QVERIFY(parser.hasError());
        QVERIFY(parser.error().contains(QLatin1String("line")));
        // Nothing more comes out once it failed, even a well-formed event.
        QVERIFY(parser.feed("\n\ndata: later\n\n").isEmpty());
        QVERIFY(parser.finish().isEmpty());
    }

    void oversizeEventIsAnError()
    {
        SseParser parser(1000);
        const QByteArray line = "data: " + QByteArray(300, 'y') + "\n";
        QVERIFY(parser.feed(line + line + line).isEmpty());
        QVERIFY(!parser.hasError());
        QVERIFY(parser.feed(line).isEmpty());
        QVERIFY(parser.hasError());
        QVERIFY(parser.error().contains(QLatin1String("event")));
    }

    void limitHoldsForLinesFedByteByByte()
    {
        SseParser parser(64);
        for (int i = 0; i < 64; ++i)
            parser.feed("a");
        QVERIFY(!parser.hasError());
        parser.feed("a");
        QVERIFY(parser.hasError());
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
