// Ozon chat bodies: exact ids, nested v3 chat items, history messages (sender mapping,
// Markdown attachments, RFC 3339 times, oldest-first order) and every kind of broken body.
#include "net/http/ExactJson.h"
#include "net/ozon/OzonJson.h"

#include <QTest>
#include <QTimeZone>

using namespace agentp;
using namespace agentp::net;
using Kind = ConnectorError::Kind;
using domain::SenderType;

Q_DECLARE_METATYPE(agentp::domain::SenderType)

class TestOzonJson : public QObject
{
    Q_OBJECT

private slots:
    void exactIdsKeepEveryDigit()
    {
        nlohmann::json doc;
        QString error;
        QVERIFY2(ExactJson::parse(
                     QByteArrayLiteral(R"({"a":9007199254740993,"b":30000000001280042740,)"
                                       R"("c":"30000000001280042740","d":18446744073709551615,)"
                                       R"("e":-5,"f":1.5,"g":true,"h":-30000000001280042740})"),
                     &doc, &error),
                 qPrintable(error));
        QString id;
        QVERIFY(ExactJson::idText(doc["a"], &id));
        QCOMPARE(id, QStringLiteral("9007199254740993"));
        QVERIFY(ExactJson::idText(doc["b"], &id));
        QCOMPARE(id, QStringLiteral("30000000001280042740"));
        QVERIFY(ExactJson::idText(doc["c"], &id));
        QCOMPARE(id, QStringLiteral("30000000001280042740"));
        QVERIFY(ExactJson::idText(doc["d"], &id));
        QCOMPARE(id, QStringLiteral("18446744073709551615"));
        QVERIFY(ExactJson::idText(doc["e"], &id));
        QCOMPARE(id, QStringLiteral("-5"));
        QVERIFY(ExactJson::idText(doc["h"], &id));
        QCOMPARE(id, QStringLiteral("-30000000001280042740"));
        QVERIFY(!ExactJson::idText(doc["f"], &id));
        QVERIFY(!ExactJson::idText(doc["g"], &id));
    }

    void exactJsonRejectsBrokenText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("truncated") << QByteArrayLiteral(R"({"chats":[{"chat":)");
        QTest::newRow("trailing") << QByteArrayLiteral(R"({"a":1} x)");
        QTest::newRow("invalid utf-8") << QByteArray("{\"a\":\"\xff\xfe\"}");
        QTest::newRow("empty") << QByteArray();
    }
    void exactJsonRejectsBrokenText()
    {
        QFETCH(QByteArray, text);
        nlohmann::json doc;
        QString error;
        QVERIFY(!ExactJson::parse(text, &doc, &error));
        QVERIFY(!error.isEmpty());
    }

    void chatListReadsNestedItems()
    {
        const QByteArray body = R"({"chats":[
          {"chat":{"chat_id":"a1","chat_type":"BUYER_SELLER","chat_status":"OPENED",
                   "created_at":"2022-07-22T08:07:19.581Z"},
           "first_unread_message_id":9007199254740993,"last_message_id":30000000001280042740,
           "unread_count":"3"},
          {"chat":{"chat_id":"a2","chat_type":"SELLER_SUPPORT","chat_status":"OPENED"},
           "last_message_id":"5","unread_count":1},
          {"chat":{"chat_id":"a3","chat_type":"buyer_seller_select","chat_status":"FROZEN"},
           "first_unread_message_id":0,"last_message_id":0,"unread_count":0}
        ],"total_unread_count":4,"cursor":"next-1","has_next":"true"})";
        domain::ChatListPage page;
        const ConnectorError error = OzonJson::parseChatList(
            body, {QStringLiteral("BUYER_SELLER"), QStringLiteral("Buyer_Seller_Select")}, &page);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(page.chats.size(), size_t(2)); // SELLER_SUPPORT filtered out client-side
        QCOMPARE(page.chats[0].remoteId, QStringLiteral("a1"));
        QCOMPARE(page.chats[0].firstUnreadMessageId, QStringLiteral("9007199254740993"));
        QCOMPARE(page.chats[0].lastMessageId, QStringLiteral("30000000001280042740"));
        QCOMPARE(page.chats[0].unreadCount, 3);
        QCOMPARE(page.chats[0].createdAt,
                 QDateTime(QDate(2022, 7, 22), QTime(8, 7, 19, 581), QTimeZone::utc()));
        QCOMPARE(page.chats[1].chatType, QStringLiteral("BUYER_SELLER_SELECT"));
        QCOMPARE(page.chats[1].status, QStringLiteral("FROZEN")); // unknown values kept
        QVERIFY(page.chats[1].lastMessageId.isEmpty());           // 0 means none
        QCOMPARE(page.nextCursor, QStringLiteral("next-1"));
        QVERIFY(page.hasNext);
        QCOMPARE(page.totalUnread, 4);
    }

    void chatListWithoutTypeFilterKeepsAll()
    {
        domain::ChatListPage page;
        QVERIFY(
            !OzonJson::parseChatList(
                 R"({"chats":[{"chat":{"chat_id":"x","chat_type":"NEW_KIND"}}],"has_next":false})",
                 {}, &page)
                 .isError());
        QCOMPARE(page.chats.size(), size_t(1));
        QCOMPARE(page.chats[0].chatType, QStringLiteral("NEW_KIND"));
        QCOMPARE(page.totalUnread, -1);
    }

    void chatListBrokenBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("html") << QByteArrayLiteral("<html><body>502</body></html>")
                              << QStringLiteral("HTML");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("truncated") << QByteArrayLiteral(R"({"chats":[{"chat":{"chat_id":"a)")
                                   << QStringLiteral("invalid JSON");
        QTest::newRow("array root") << QByteArrayLiteral("[1,2]") << QStringLiteral("object");
        QTest::newRow("chats not array")
            << QByteArrayLiteral(R"({"chats":"none"})") << QStringLiteral("chats is not an array");
        QTest::newRow("missing chat_id")
            << QByteArrayLiteral(R"({"chats":[{"chat":{"chat_type":"BUYER_SELLER"}}]})")
            << QStringLiteral("chats[0].chat.chat_id is missing");
        QTest::newRow("unread wrong type")
            << QByteArrayLiteral(R"({"chats":[{"chat":{"chat_id":"a"},"unread_count":"many"}]})")
            << QStringLiteral("unread_count is not an integer");
        QTest::newRow("chat id bool")
            << QByteArrayLiteral(R"({"chats":[{"chat":{"chat_id":true}}]})")
            << QStringLiteral("chat_id");
        QTest::newRow("has_next number")
            << QByteArrayLiteral(R"({"chats":[],"has_next":5})") << QStringLiteral("has_next");
        QTest::newRow("has_next without cursor")
            << QByteArrayLiteral(R"({"chats":[],"has_next":true})") << QStringLiteral("cursor");
        QTest::newRow("bad time")
            << QByteArrayLiteral(R"({"chats":[{"chat":{"chat_id":"a","created_at":"yesterday"}}]})")
            << QStringLiteral("RFC 3339");
        QTest::newRow("item not object")
            << QByteArrayLiteral(R"({"chats":[7]})") << QStringLiteral("chats[0]");
    }
    void chatListBrokenBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        domain::ChatListPage page;
        page.hasNext = true;
        const ConnectorError error = OzonJson::parseChatList(body, {}, &page);
        QCOMPARE(error.kind, Kind::Malformed);
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
        QVERIFY(page.chats.empty());
        QVERIFY(!page.hasNext);
    }

    void historyReadsMessagesOldestFirst()
    {
        // Backward order as Ozon sends it: newest first.
        const QByteArray body = R"J({"has_next":true,"messages":[
          {"message_id":30000000001280042740,"user":{"id":"u1","type":"customer"},
           "created_at":"2024-03-01T12:00:05+03:00","is_read":false,"is_image":true,
           "data":["Смотрите 📷:","![](https://api-seller.ozon.ru/v2/chat/file/abc/photo.jpg)"],
           "context":{"order_number":"123-456-7","sku":"987654"}},
          {"message_id":"9007199254740993","user":{"id":"s","type":"Seller"},
           "created_at":"2024-03-01T09:00:01.5Z","data":["Hello","world"],"is_read":true},
          {"message_id":9007199254740992,"user":{"id":"c","type":"ChatBot"},
           "created_at":"2024-03-01T09:00:01.5Z","data":[]}
        ]})J";
        domain::HistoryPage page;
        const ConnectorError error = OzonJson::parseHistory(body, &page);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY(page.hasNext);
        QCOMPARE(page.messages.size(), size_t(3));
        // Same time: the numerically smaller id first (…992 before …993).
        QCOMPARE(page.messages[0].remoteId, QStringLiteral("9007199254740992"));
        QCOMPARE(page.messages[0].sender, SenderType::System);
        QCOMPARE(page.messages[0].senderRaw, QStringLiteral("ChatBot"));
        QCOMPARE(page.messages[1].remoteId, QStringLiteral("9007199254740993"));
        QCOMPARE(page.messages[1].body, QStringLiteral("Hello\nworld"));
        QCOMPARE(page.messages[1].sender, SenderType::Seller);
        QVERIFY(page.messages[1].isRead);
        QCOMPARE(page.messages[1].createdAt,
                 QDateTime(QDate(2024, 3, 1), QTime(9, 0, 1, 500), QTimeZone::utc()));
        const auto &last = page.messages[2];
        QCOMPARE(last.remoteId, QStringLiteral("30000000001280042740"));
        QCOMPARE(last.sender, SenderType::Buyer);
        QCOMPARE(last.author, QStringLiteral("u1"));
        QCOMPARE(last.body, QStringLiteral("Смотрите 📷:"));
        QCOMPARE(last.attachments.size(), 1);
        QCOMPARE(last.attachments[0].kind, domain::RemoteAttachment::Kind::Image);
        QCOMPARE(last.attachments[0].url,
                 QStringLiteral("https://api-seller.ozon.ru/v2/chat/file/abc/photo.jpg"));
        QCOMPARE(last.attachments[0].name, QStringLiteral("photo.jpg"));
        QCOMPARE(last.attachments[0].mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(last.orderNumber, QStringLiteral("123-456-7"));
        QCOMPARE(last.sku, QStringLiteral("987654"));
        QCOMPARE(last.createdAt, QDateTime(QDate(2024, 3, 1), QTime(9, 0, 5), QTimeZone::utc()));
    }

    void historyBrokenBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing id")
            << QByteArrayLiteral(
                   R"({"messages":[{"created_at":"2024-01-01T00:00:00Z","data":["x"]}]})")
            << QStringLiteral("messages[0].message_id is missing");
        QTest::newRow("id bool")
            << QByteArrayLiteral(
                   R"({"messages":[{"message_id":true,"created_at":"2024-01-01T00:00:00Z"}]})")
            << QStringLiteral("message_id");
        QTest::newRow("id float")
            << QByteArrayLiteral(
                   R"({"messages":[{"message_id":1.5,"created_at":"2024-01-01T00:00:00Z"}]})")
            << QStringLiteral("message_id");
        QTest::newRow("data string")
            << QByteArrayLiteral(
                   R"({"messages":[{"message_id":1,"created_at":"2024-01-01T00:00:00Z","data":"x"}]})")
            << QStringLiteral("data is not an array");
        QTest::newRow("data item number")
            << QByteArrayLiteral(
                   R"({"messages":[{"message_id":1,"created_at":"2024-01-01T00:00:00Z","data":[1]}]})")
            << QStringLiteral("data[0]");
        QTest::newRow("missing time") << QByteArrayLiteral(R"({"messages":[{"message_id":1}]})")
                                      << QStringLiteral("created_at is missing");
        QTest::newRow("user string")
            << QByteArrayLiteral(
                   R"({"messages":[{"message_id":1,"created_at":"2024-01-01T00:00:00Z","user":"x"}]})")
            << QStringLiteral("user is not an object");
        QTest::newRow("messages object") << QByteArrayLiteral(R"({"messages":{}})")
                                         << QStringLiteral("messages is not an array");
    }
    void historyBrokenBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        domain::HistoryPage page;
        const ConnectorError error = OzonJson::parseHistory(body, &page);
        QCOMPARE(error.kind, Kind::Malformed);
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
        QVERIFY(page.messages.empty());
    }

    void senderTypes_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<SenderType>("expected");
        QTest::newRow("Customer") << QStringLiteral("Customer") << SenderType::Buyer;
        QTest::newRow("customer") << QStringLiteral("customer") << SenderType::Buyer;
        QTest::newRow("CUSTOMER") << QStringLiteral("CUSTOMER") << SenderType::Buyer;
        QTest::newRow("Seller") << QStringLiteral("Seller") << SenderType::Seller;
        QTest::newRow("Support") << QStringLiteral("Support") << SenderType::Support;
        QTest::newRow("courier") << QStringLiteral("courier") << SenderType::Support;
        QTest::newRow("Crm") << QStringLiteral("Crm") << SenderType::System;
        QTest::newRow("NotificationUser")
            << QStringLiteral("NotificationUser") << SenderType::System;
        QTest::newRow("ChatBot") << QStringLiteral("ChatBot") << SenderType::System;
        // Ozon's own example spells it with a Cyrillic С: not a customer.
        QTest::newRow("cyrillic") << QStringLiteral("Сustomer") << SenderType::System;
        QTest::newRow("empty") << QString() << SenderType::System;
    }
    void senderTypes()
    {
        QFETCH(QString, raw);
        QFETCH(SenderType, expected);
        QCOMPARE(OzonJson::senderFor(raw), expected);
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
        };
        QTest::newRow("Z") << QStringLiteral("2019-08-24T14:15:22Z")
                           << utc(2019, 8, 24, 14, 15, 22, 0);
        QTest::newRow("millis") << QStringLiteral("2022-07-22T08:07:19.581Z")
                                << utc(2022, 7, 22, 8, 7, 19, 581);
        QTest::newRow("nanos") << QStringLiteral("2022-07-22T08:07:19.123456789Z")
                               << utc(2022, 7, 22, 8, 7, 19, 123);
        QTest::newRow("one digit")
            << QStringLiteral("2022-07-22T08:07:19.5z") << utc(2022, 7, 22, 8, 7, 19, 500);
        QTest::newRow("+03:00") << QStringLiteral("2024-03-01T12:00:00+03:00")
                                << utc(2024, 3, 1, 9, 0, 0, 0);
        QTest::newRow("-05:30 day back")
            << QStringLiteral("2024-03-01T01:00:00.25-05:30") << utc(2024, 3, 1, 6, 30, 0, 250);
        QTest::newRow("no zone") << QStringLiteral("2024-03-01T12:00:00") << QDateTime();
        QTest::newRow("date only") << QStringLiteral("2024-03-01") << QDateTime();
        QTest::newRow("month 13") << QStringLiteral("2024-13-01T00:00:00Z") << QDateTime();
        QTest::newRow("garbage") << QStringLiteral("yesterday") << QDateTime();
        // The hand-written path for "…Z" must agree with the general one.
        QTest::newRow("two digits")
            << QStringLiteral("2022-07-22T08:07:19.58Z") << utc(2022, 7, 22, 8, 7, 19, 580);
        QTest::newRow("leap second")
            << QStringLiteral("2016-12-31T23:59:60Z") << utc(2016, 12, 31, 23, 59, 59, 0);
        QTest::newRow("30 February") << QStringLiteral("2024-02-30T00:00:00Z") << QDateTime();
        QTest::newRow("hour 24") << QStringLiteral("2024-02-01T24:00:00Z") << QDateTime();
        QTest::newRow("letter in month") << QStringLiteral("2024-0a-01T00:00:00Z") << QDateTime();
        QTest::newRow("ten fraction digits")
            << QStringLiteral("2024-02-01T00:00:00.1234567891Z") << QDateTime();
        QTest::newRow("empty fraction") << QStringLiteral("2024-02-01T00:00:00.Z") << QDateTime();
    }
    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = OzonJson::parseTimestamp(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(parsed, expected);
    }

    void markdownAttachments()
    {
        QString body;
        QList<domain::RemoteAttachment> attachments;
        OzonJson::splitMarkdown(
            {QStringLiteral("Вот документ: [акт.pdf](https://h/v2/chat/file/1/%D0%B0.pdf) и "
                            "[сайт](https://example.com)"),
             QStringLiteral("![схема](<https://h/v2/chat/file/2/s.png> \"title\")")},
            false, &body, &attachments);
        QCOMPARE(body, QStringLiteral("Вот документ:  и [сайт](https://example.com)"));
        QCOMPARE(attachments.size(), 2);
        QCOMPARE(attachments[0].kind, domain::RemoteAttachment::Kind::File);
        QCOMPARE(attachments[0].name, QStringLiteral("акт.pdf"));
        QCOMPARE(attachments[0].mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(attachments[1].kind, domain::RemoteAttachment::Kind::Image);
        QCOMPARE(attachments[1].name, QStringLiteral("схема"));
        QCOMPARE(attachments[1].url, QStringLiteral("https://h/v2/chat/file/2/s.png"));

        // is_image with a bare URL.
        body.clear();
        attachments.clear();
        OzonJson::splitMarkdown({QStringLiteral("https://h/v2/chat/file/3/p.jpg")}, true, &body,
                                &attachments);
        QVERIFY(body.isEmpty());
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments[0].name, QStringLiteral("p.jpg"));
    }

    void requestBodies()
    {
        QCOMPARE(OzonJson::chatListBody({}, 100),
                 QByteArrayLiteral(
                     R"({"filter":{"chat_status":"ALL","unread_only":false},"limit":100})"));
        QVERIFY(OzonJson::chatListBody(QStringLiteral("c2"), 5).contains(R"("cursor":"c2")"));
        // Fits uint64: a number, digit for digit; beyond: the decimal text as a string.
        QVERIFY(OzonJson::historyBody(QStringLiteral("c"), QStringLiteral("9007199254740993"),
                                      false, 50)
                    .contains(R"("from_message_id":9007199254740993)"));
        QVERIFY(OzonJson::readBody(QStringLiteral("c"), QStringLiteral("30000000001280042740"))
                    .contains(R"("from_message_id":"30000000001280042740")"));
        const QByteArray forward =
            OzonJson::historyBody(QStringLiteral("c"), QStringLiteral("7"), true, 1000);
        QVERIFY(forward.contains(R"("direction":"Forward")"));
        QVERIFY(
            !OzonJson::historyBody(QStringLiteral("c"), {}, false, 1).contains("from_message_id"));
        const QString text = QStringLiteral("Привет 👋 \"кавычки\"\n");
        nlohmann::json doc;
        QString error;
        QVERIFY(ExactJson::parse(OzonJson::sendTextBody(QStringLiteral("c"), text), &doc, &error));
        QCOMPARE(ExactJson::toQString(doc["text"]), text);
        QVERIFY(
            ExactJson::parse(OzonJson::sendFileBody(QStringLiteral("c"), QStringLiteral("ф.png"),
                                                    QByteArray("\x00\x01\xff", 3)),
                             &doc, &error));
        QCOMPARE(QByteArray::fromBase64(QByteArray::fromStdString(doc["base64_content"])),
                 QByteArray("\x00\x01\xff", 3));
        QCOMPARE(ExactJson::toQString(doc["name"]), QStringLiteral("ф.png"));
    }

    void readAndSendResults()
    {
        int unread = -1;
        QVERIFY(!OzonJson::parseReadResult(R"({"unread_count":"4"})", &unread).isError());
        QCOMPARE(unread, 4);
        QVERIFY(!OzonJson::parseReadResult("{}", &unread).isError()); // protobuf drops a zero
        QCOMPARE(unread, 0);
        QCOMPARE(OzonJson::parseReadResult(R"({"unread_count":"x"})", &unread).kind,
                 Kind::Malformed);
        QVERIFY(!OzonJson::parseSendResult(R"({"result":"success"})").isError());
        QCOMPARE(OzonJson::parseSendResult(R"({"result":5})").kind, Kind::Malformed);
        QCOMPARE(OzonJson::parseSendResult(R"({"result":"failure"})").kind, Kind::Malformed);
        QCOMPARE(OzonJson::parseSendResult("<html/>").kind, Kind::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestOzonJson)
#include "tst_ozon_json.moc"
