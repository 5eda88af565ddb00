// OzonConnector against FakeOzonServer over loopback: every endpoint, paging to the end,
// ids beyond 2^53 and 2^64, Cyrillic and emoji both ways, files, downloads (credentials only
// to the account's own host), the request budget, cancellation, the server on its own thread
// and the standalone fake-ozon-server executable.
#include "OzonTestHelpers.h"

#include <QProcess>
#include <QSet>

using namespace ozontest;
using Direction = MarketplaceConnector::Direction;

class TestOzonConnector : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeOzonServer> m_server;
    std::unique_ptr<OzonConnector> m_connector;

private slots:
    void init()
    {
        m_server = std::make_unique<FakeOzonServer>();
        QVERIFY(m_server->listen());
        m_connector = std::make_unique<OzonConnector>(configFor(*m_server));
    }
    void cleanup()
    {
        m_connector.reset();
        m_server.reset();
    }

    void listsChatsPageByPageToTheEnd()
    {
        m_server->generate(250, 3, 7);
        QSet<QString> seen;
        QString cursor;
        int pages = 0;
        for (;;) {
            const ListResult r = listChats(*m_connector, cursor, 500); // clamped to 100
            QVERIFY(r.done);
            QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
            for (const auto &chat : r.page.chats) {
                QVERIFY(!seen.contains(chat.remoteId));
                seen.insert(chat.remoteId);
                QVERIFY(chat.chatType == QLatin1String("BUYER_SELLER") ||
                        chat.chatType == QLatin1String("BUYER_SELLER_SELECT"));
                QVERIFY(chat.createdAt.isValid());
                QVERIFY(!chat.lastMessageId.isEmpty());
            }
            ++pages;
            if (!r.page.hasNext)
                break;
            cursor = r.page.nextCursor;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 250 - 12); // every 20th chat is SELLER_SUPPORT
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        for (const auto &request : requests) {
            QCOMPARE(request.method, QByteArrayLiteral("POST"));
            QCOMPARE(request.path, QByteArrayLiteral("/v3/chat/list"));
            QCOMPARE(request.header("client-id"), QByteArrayLiteral("123456"));
            QCOMPARE(request.header("api-key"), m_server->options().apiKey);
            QCOMPARE(request.header("content-type"), QByteArrayLiteral("application/json"));
            QVERIFY(request.body.contains(R"("limit":100)"));
            QVERIFY(request.body.contains(R"("chat_status":"ALL")"));
        }
    }

    void answersLaterNeverInsideTheCall()
    {
        m_server->addChat();
        bool called = false;
        m_connector->listChats(
            {}, 10,
            [&called](const domain::ChatListPage &, const ConnectorError &) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY_WITH_TIMEOUT(called, kWaitMs);
        // Refused up front (no credentials): still from the event loop.
        OzonConfig config = configFor(*m_server);
        config.apiKey.clear();
        m_connector->setConfig(config);
        ConnectorError error;
        called = false;
        m_connector->sendText(QStringLiteral("c"), QStringLiteral("x"),
                              [&](const ConnectorError &e) {
                                  called = true;
                                  error = e;
                              });
        QVERIFY(!called);
        QTRY_VERIFY(called);
        QCOMPARE(error.kind, Kind::Auth);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void historyPagesBackwardAndForward_data()
    {
        QTest::addColumn<bool>("idsAsStrings");
        QTest::addColumn<bool>("inclusive");
        QTest::newRow("numbers") << false << false;
        QTest::newRow("strings") << true << false;
        QTest::newRow("boundary included") << false << true;
    }
    void historyPagesBackwardAndForward()
    {
        QFETCH(bool, idsAsStrings);
        QFETCH(bool, inclusive);
        FakeOzonServer::Options options = m_server->options();
        options.idsAsStrings = idsAsStrings;
        options.boundaryInclusive = inclusive;
        options.hasNextAsString = idsAsStrings;
        m_server->setOptions(options);
        const QString chat = m_server->addChat();
        // Ids straddling 2^53 and 2^64, in numeric (not text) order.
        QStringList ids;
        for (int i = 0; i < 12; ++i)
            ids << QString::number(9007199254740985ULL + quint64(i)); // …985 … …996 (2^53+4)
        ids << QStringLiteral("18446744073709551615") << QStringLiteral("30000000001280042740")
            << QStringLiteral("30000000001280042741");
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < ids.size(); ++i) {
            FakeOzonData::Message m =
                message(ids[i], QStringLiteral("m%1").arg(i),
                        i % 2 ? QStringLiteral("Seller") : QStringLiteral("Customer"));
            m.createdAt = t0.addSecs(i);
            m_server->addMessage(chat, m);
        }

        // Newest page, then older pages from the oldest id received.
        QStringList collected;
        QString from;
        for (int guard = 0; guard < 10; ++guard) {
            const HistoryResult r = history(*m_connector, chat, from, Direction::Older, 4);
            QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
            QStringList page;
            for (const auto &m : r.page.messages)
                page << m.remoteId;
            for (qsizetype i = page.size() - 1; i >= 0; --i)
                if (!collected.contains(page[i])) // callers de-duplicate the boundary
                    collected.prepend(page[i]);
            if (!r.page.hasNext)
                break;
            from = page.first();
        }
        QCOMPARE(collected, ids);

        // Forward from the fifth id: everything newer, oldest first.
        const HistoryResult forward = history(*m_connector, chat, ids[4], Direction::Newer, 1000);
        QVERIFY2(!forward.error.isError(), qPrintable(forward.error.message));
        QStringList newer;
        for (const auto &m : forward.page.messages)
            newer << m.remoteId;
        QCOMPARE(newer, ids.mid(inclusive ? 4 : 5));
        QVERIFY(!forward.page.hasNext);
        QCOMPARE(forward.page.messages.back().body, QStringLiteral("m14"));
        QCOMPARE(forward.page.messages.back().sender, domain::SenderType::Buyer);
    }

    void newerWithoutStartIsRefused()
    {
        const QString chat = m_server->addChat();
        const HistoryResult r = history(*m_connector, chat, {}, Direction::Newer);
        QCOMPARE(r.error.kind, Kind::BadRequest);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void bigIdsRoundTripThroughMarkRead_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("2^53+1") << QStringLiteral("9007199254740993");
        QTest::newRow("above 2^64") << QStringLiteral("30000000001280042740");
    }
    void bigIdsRoundTripThroughMarkRead()
    {
        QFETCH(QString, id);
        const QString chat = m_server->addChat();
        m_server->addMessage(chat, message(id, QStringLiteral("hi")));
        const ListResult list = listChats(*m_connector);
        QCOMPARE(list.page.chats.size(), size_t(1));
        QCOMPARE(list.page.chats[0].lastMessageId, id);
        QCOMPARE(list.page.chats[0].firstUnreadMessageId, id);
        QCOMPARE(list.page.chats[0].unreadCount, 1);
        const HistoryResult h = history(*m_connector, chat);
        QCOMPARE(h.page.messages.size(), size_t(1));
        QCOMPARE(h.page.messages[0].remoteId, id);
        const ReadResult read = markRead(*m_connector, chat, id);
        QVERIFY2(!read.error.isError(), qPrintable(read.error.message));
        QCOMPARE(read.unread, 0);
        QCOMPARE(m_server->readUpTo(chat), id);
    }

    void cyrillicAndEmojiBothWays()
    {
        const QString chat = m_server->addChat();
        const QString text = QStringLiteral("Здравствуйте! Ваш заказ 🚚 уже в пути 👍\n"
                                            "«Кавычки» и \"quotes\" \\ tab\t.");
        const SendResult sent = sendText(*m_connector, chat, text);
        QVERIFY2(!sent.error.isError(), qPrintable(sent.error.message));
        QCOMPARE(sent.calls, 1);
        QCOMPARE(m_server->sendCount(chat), 1);
        QCOMPARE(m_server->messages(chat).last().data, QStringList{text});
        const HistoryResult h = history(*m_connector, chat);
        QCOMPARE(h.page.messages.size(), size_t(1));
        QCOMPARE(h.page.messages[0].body, text);
        QCOMPARE(h.page.messages[0].sender, domain::SenderType::Seller);
        QVERIFY(!m_server->requests().first().body.contains("\\u")); // UTF-8 as it is
    }

    void sendsFileAndDownloadsItWithCredentials()
    {
        const QString chat = m_server->addChat();
        QByteArray bytes(70000, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char(i * 31 % 251);
        const SendResult sent =
            sendFile(*m_connector, chat, QStringLiteral("фото заказа.jpg"), bytes);
        QVERIFY2(!sent.error.isError(), qPrintable(sent.error.message));
        QCOMPARE(m_server->sendCount(chat), 1);
        QCOMPARE(m_server->fileContent(QStringLiteral("f1")), bytes);

        const HistoryResult h = history(*m_connector, chat);
        QCOMPARE(h.page.messages.size(), size_t(1));
        const auto &m = h.page.messages[0];
        QVERIFY(m.body.isEmpty());
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments[0].kind, domain::RemoteAttachment::Kind::Image);
        QCOMPARE(m.attachments[0].name, QStringLiteral("фото заказа.jpg"));

        m_server->clearRequests();
        const DownloadResult d = download(*m_connector, m.attachments[0].url);
        QVERIFY2(!d.error.isError(), qPrintable(d.error.message));
        QCOMPARE(d.bytes, bytes);
        const auto request = m_server->requests().first();
        QCOMPARE(request.method, QByteArrayLiteral("GET"));
        QCOMPARE(request.header("api-key"), m_server->options().apiKey);
        // A relative URL resolves against the base URL.
        QCOMPARE(download(*m_connector, QStringLiteral("/v2/chat/file/f1/x.jpg")).bytes, bytes);
    }

    void downloadFromAnotherHostCarriesNoKey()
    {
        FakeOzonServer other;
        QVERIFY(other.listen());
        const DownloadResult d = download(*m_connector, other.baseUrl().toString() +
                                                            QStringLiteral("/v2/chat/file/f1/a"));
        QCOMPARE(d.error.kind, Kind::Auth); // the other server wants credentials it never got
        QCOMPARE(other.requestCount(), 1);
        QVERIFY(other.requests().first().header("api-key").isEmpty());
        QVERIFY(other.requests().first().header("client-id").isEmpty());
    }

    void markReadReportsUnreadLeft()
    {
        const QString chat = m_server->addChat();
        for (const char *id : {"101", "102", "103"})
            m_server->addMessage(chat, message(QString::fromLatin1(id), QStringLiteral("?")));
        const ReadResult r = markRead(*m_connector, chat, QStringLiteral("102"));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.unread, 1);
        QCOMPARE(m_server->unreadCount(chat), 1);
    }

    void testConnectionChecksAccess()
    {
        auto r = std::make_shared<SendResult>();
        m_connector->testConnection([r](const ConnectorError &e) {
            r->done = true;
            r->error = e;
        });
        QTRY_VERIFY(r->done);
        QVERIFY(!r->error.isError());
        QVERIFY(m_server->requests().first().body.contains(R"("limit":1)"));
        m_server->setPremium(false);
        r->done = false;
        m_connector->testConnection([r](const ConnectorError &e) {
            r->done = true;
            r->error = e;
        });
        QTRY_VERIFY(r->done);
        QCOMPARE(r->error.kind, Kind::Forbidden);
    }

    void budgetSpacesRequestsOut()
    {
        // Server refuses above 10/s; the account's bucket lets out 5/s with 2 saved up, so
        // 15 calls fired at once all succeed — and take at least (15 - 2) / 5 s.
        m_server->addChat();
        m_server->setRateLimit(10);
        OzonConfig config = configFor(*m_server);
        config.requestsPerSecond = 5;
        config.burst = 2;
        m_connector->setConfig(config);
        int done = 0;
        int failed = 0;
        for (int i = 0; i < 15; ++i)
            m_connector->listChats({}, 10,
                                   [&](const domain::ChatListPage &, const ConnectorError &e) {
                                       ++done;
                                       failed += e.isError() ? 1 : 0;
                                   });
        QTRY_COMPARE_WITH_TIMEOUT(done, 15, kWaitMs);
        QCOMPARE(failed, 0);
        QCOMPARE(m_connector->budget()->granted(), 15);
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 15); // not one 429 (which would have meant a retry)
        for (const auto &r : requests)
            QCOMPARE(r.status, 200);
        QVERIFY2(
            requests.last().receivedMs - requests.first().receivedMs >= 2400,
            qPrintable(QString::number(requests.last().receivedMs - requests.first().receivedMs)));
    }

    void cancelAllAnswersEveryPendingCallOnce()
    {
        const QString chat = m_server->addChat();
        FakeOzonServer::Fault stall;
        stall.kind = FakeOzonServer::Fault::Kind::Stall;
        stall.count = 1;
        stall.path = "/v3/chat/list";
        m_server->injectFault(stall);
        FakeOzonServer::Fault slow;
        slow.kind = FakeOzonServer::Fault::Kind::RateLimit;
        slow.retryAfter = "3"; // waiting in backoff when cancelled
        slow.path = "/v3/chat/history";
        m_server->injectFault(slow);
        int listCalls = 0;
        int historyCalls = 0;
        int sendCalls = 0;
        QList<Kind> kinds;
        m_connector->listChats({}, 5, [&](const domain::ChatListPage &, const ConnectorError &e) {
            ++listCalls;
            kinds << e.kind;
        });
        m_connector->history(chat, {}, Direction::Older, 5,
                             [&](const domain::HistoryPage &, const ConnectorError &e) {
                                 ++historyCalls;
                                 kinds << e.kind;
                             });
        QTRY_COMPARE(m_server->requestCount(), 2);
        m_connector->sendText(QString(), QStringLiteral("x"), [&](const ConnectorError &e) {
            ++sendCalls; // refused up front, not yet answered
            kinds << e.kind;
        });
        m_connector->cancelAll();
        QCOMPARE(listCalls, 1);
        QCOMPARE(historyCalls, 1);
        QCOMPARE(sendCalls, 1);
        QCOMPARE(kinds, (QList<Kind>{Kind::Cancelled, Kind::Cancelled, Kind::Cancelled}));
        QCOMPARE(m_server->requestCount(), 2); // the 429 was not repeated after cancelAll
        QTest::qWait(100);                     // nothing else arrives later
        QCOMPARE(listCalls + historyCalls + sendCalls, 3);
        QCOMPARE(m_connector->client()->pending(), 0);
    }

    void destroyingWithPendingCallsIsSilent()
    {
        m_server->addChat();
        bool called = false;
        m_connector->listChats(
            {}, 5, [&](const domain::ChatListPage &, const ConnectorError &) { called = true; });
        m_connector.reset();
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void serverOnItsOwnThread()
    {
        testing::FakeOzonServerThread thread;
        QVERIFY(thread.start());
        thread.server()->generate(3, 2500, 42);
        OzonConfig config = configFor(*thread.server());
        config.chatTypes.clear();
        OzonConnector connector(config);
        const ListResult list = listChats(connector);
        QVERIFY2(!list.error.isError(), qPrintable(list.error.message));
        QCOMPARE(list.page.chats.size(), size_t(3));
        const QString chat = list.page.chats[0].remoteId;
        QStringList ids;
        QString from;
        for (;;) {
            const HistoryResult h = history(connector, chat, from, Direction::Older, 1000);
            QVERIFY2(!h.error.isError(), qPrintable(h.error.message));
            QStringList page;
            for (const auto &m : h.page.messages)
                page << m.remoteId;
            ids = page + ids;
            if (!h.page.hasNext)
                break;
            from = page.first();
        }
        QCOMPARE(ids.size(), 2500);
        QCOMPARE(thread.server()->requestCount(QByteArrayLiteral("/v3/chat/history")), 3);
        // The same seed gives the same data set.
        testing::FakeOzonServerThread again;
        QVERIFY(again.start());
        again.server()->generate(3, 2500, 42);
        QCOMPARE(again.server()->messages(chat).size(), 2500);
        QCOMPARE(again.server()->messages(chat).at(7).data,
                 thread.server()->messages(chat).at(7).data);
    }

    void standaloneServerExecutable()
    {
        QProcess process;
        process.start(QStringLiteral(FAKE_OZON_SERVER),
                      {QStringLiteral("--chats"), QStringLiteral("4"), QStringLiteral("--messages"),
                       QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("9"),
                       QStringLiteral("--ids-as-strings")});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), kWaitMs);
        const QByteArray line = process.readLine().trimmed();
        QVERIFY2(line.startsWith("listening http://127.0.0.1:"), line.constData());
        OzonConfig config;
        config.baseUrl = QUrl(QString::fromLatin1(line.mid(10)));
        config.clientId = FakeOzonServer::Options{}.clientId;
        config.apiKey = FakeOzonServer::Options{}.apiKey;
        config.chatTypes.clear();
        OzonConnector connector(config);
        const ListResult list = listChats(connector);
        QVERIFY2(!list.error.isError(), qPrintable(list.error.message));
        QCOMPARE(list.page.chats.size(), size_t(4));
        const HistoryResult h =
            history(connector, list.page.chats[1].remoteId, {}, Direction::Older, 100);
        QCOMPARE(h.page.messages.size(), size_t(30));
        QVERIFY(h.page.messages[0].remoteId.toULongLong() > (1ULL << 53));
        process.kill();
        process.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestOzonConnector)
#include "tst_ozon_connector.moc"
