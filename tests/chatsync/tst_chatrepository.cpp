// The store side of chat sync: seller-account validation, chat-list pages with their cursor,
// history pages (de-duplication, adoption of local replies, the chat's summary columns) and
// that a failing statement rolls a whole page back.
#include "models/store/AccountRepository.h"
#include "models/store/ChatRepository.h"
#include "models/store/Database.h"
#include "models/store/ReplyQueue.h"
#include "models/store/TimeFormat.h"
#include "tests/support/TempWorkspace.h"

#include <QSqlQuery>
#include <QTest>

using namespace agentp;
using domain::SenderType;
using store::AccountProblem;
using store::ChatRepository;

#define S QStringLiteral

namespace {

domain::RemoteMessage message(const QString &id, SenderType sender, const QString &body,
                              const QDateTime &at)
{
    domain::RemoteMessage m;
    m.remoteId = id;
    m.sender = sender;
    m.body = body;
    m.createdAt = at;
    m.isRead = sender == SenderType::Seller;
    return m;
}

domain::RemoteChat remoteChat(const QString &id, const QString &lastMessageId, int unread = 0)
{
    domain::RemoteChat c;
    c.remoteId = id;
    c.chatType = QStringLiteral("BUYER_SELLER");
    c.status = QStringLiteral("OPENED");
    c.createdAt = QDateTime::currentDateTimeUtc().addDays(-2);
    c.lastMessageId = lastMessageId;
    c.unreadCount = unread;
    return c;
}

} // namespace

class TestChatRepository : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Database> m_db;
    qint64 m_account = 0;
    QDateTime m_t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    qint64 makeChat(const QString &remoteId)
    {
        domain::ChatListPage page;
        page.chats.push_back(remoteChat(remoteId, {}));
        store::ChatPageSaved saved;
        store::StoreError e;
        if (!ChatRepository(m_db->connection()).saveChatPage(m_account, page, &saved, &e))
            return 0;
        return scalar(QStringLiteral("SELECT id FROM chats WHERE remote_id = '%1'").arg(remoteId))
            .toLongLong();
    }
    store::SellerAccount ozon(const QString &name, const QString &clientId = QStringLiteral("42"))
    {
        store::SellerAccount a;
        a.marketplace = QStringLiteral("ozon");
        a.name = name;
        a.externalId = clientId;
        return a;
    }

private slots:
    void init()
    {
        QFile::remove(m_tmp.file());
        QFile::remove(m_tmp.file() + QStringLiteral("-wal"));
        QFile::remove(m_tmp.file() + QStringLiteral("-shm"));
        store::StoreError error;
        m_db = store::Database::open(m_tmp.file(), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        AccountProblem problem;
        m_account = store::AccountRepository(m_db->connection())
                        .add(ozon(QStringLiteral("Магазин")), &problem, &error);
        QVERIFY2(m_account > 0, qPrintable(problem.message + error.message));
    }
    void cleanup() { m_db.reset(); }

    void accountValidation_data()
    {
        QTest::addColumn<QString>("marketplace");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<int>("field");
        using F = AccountProblem::Field;
        const QString o = QStringLiteral("ozon");
        QTest::newRow("ok") << o << S("Second") << S("123") << S("") << int(F::None);
        QTest::newRow("empty name") << o << S("  ") << S("123") << S("") << int(F::Name);
        QTest::newRow("duplicate, other case")
            << o << S("МАГАЗИН") << S("9") << S("") << int(F::Name);
        QTest::newRow("same name, other marketplace")
            << S("wildberries") << S("Магазин") << S("") << S("") << int(F::None);
        QTest::newRow("client id not numeric")
            << o << S("X") << S("12a") << S("") << int(F::ExternalId);
        QTest::newRow("client id missing") << o << S("X") << S("") << S("") << int(F::ExternalId);
        QTest::newRow("https") << o << S("X") << S("1") << S("https://api-seller.ozon.ru")
                               << int(F::None);
        QTest::newRow("http remote")
            << o << S("X") << S("1") << S("http://api-seller.ozon.ru") << int(F::BaseUrl);
        QTest::newRow("http localhost")
            << o << S("X") << S("1") << S("http://localhost:8080") << int(F::None);
        QTest::newRow("http 127.x")
            << o << S("X") << S("1") << S("http://127.0.0.2:1") << int(F::None);
        QTest::newRow("http ::1") << o << S("X") << S("1") << S("http://[::1]:9000")
                                  << int(F::None);
        QTest::newRow("http lookalike")
            << o << S("X") << S("1") << S("http://127.0.0.1.evil.com") << int(F::BaseUrl);
        QTest::newRow("ftp") << o << S("X") << S("1") << S("ftp://localhost") << int(F::BaseUrl);
        QTest::newRow("no scheme")
            << o << S("X") << S("1") << S("api-seller.ozon.ru") << int(F::BaseUrl);
        QTest::newRow("marketplace")
            << S("amazon") << S("X") << S("1") << S("") << int(F::Marketplace);
    }
    void accountValidation()
    {
        QFETCH(QString, marketplace);
        QFETCH(QString, name);
        QFETCH(QString, clientId);
        QFETCH(QString, baseUrl);
        QFETCH(int, field);
        store::SellerAccount a = ozon(name, clientId);
        a.marketplace = marketplace;
        a.baseUrl = baseUrl;
        store::AccountRepository accounts(m_db->connection());
        store::StoreError error;
        AccountProblem problem;
        const qint64 id = accounts.add(a, &problem, &error);
        QVERIFY(!error.isError());
        QCOMPARE(int(problem.field), field);
        QCOMPARE(id > 0, field == int(AccountProblem::Field::None));
        if (problem.isProblem()) {
            QVERIFY(!problem.message.isEmpty());
            QCOMPARE(accounts.list(&error).size(), size_t(1)); // nothing written
        }
    }

    void accountUpdateRemoveAndOutcome()
    {
        store::AccountRepository accounts(m_db->connection());
        store::StoreError error;
        AccountProblem problem;
        const qint64 second = accounts.add(ozon(QStringLiteral("Second")), &problem, &error);
        QVERIFY(second > 0);
        auto a = *accounts.find(second, &error);
        a.name = QStringLiteral("магазин"); // taken by the first one
        QVERIFY(!accounts.update(a, &problem, &error));
        QCOMPARE(problem.field, AccountProblem::Field::Name);
        a.name = QStringLiteral("Renamed");
        a.chatTypes = {QStringLiteral("BUYER_SELLER")};
        QVERIFY(accounts.update(a, &problem, &error));
        QCOMPARE(accounts.find(second, &error)->chatTypes,
                 QStringList{QStringLiteral("BUYER_SELLER")});
        QCOMPARE(accounts.findByName(QStringLiteral("renamed"), {}, &error)->id, second);

        const QDateTime t = QDateTime::currentDateTimeUtc();
        QVERIFY(accounts.recordSyncOutcome(second, t, {}, &error));
        QVERIFY(accounts.recordSyncOutcome(second, t.addSecs(60), QStringLiteral("401"), &error));
        a = *accounts.find(second, &error);
        QCOMPARE(a.lastError, QStringLiteral("401"));
        QCOMPARE(store::toStoredTime(a.lastSyncAt), store::toStoredTime(t)); // last success

        QCOMPARE(store::AccountRepository::apiKeySecretKey(QStringLiteral("ozon"), 7),
                 QStringLiteral("ozon/7/api-key"));
        QCOMPARE(store::AccountRepository::apiKeyEnvironmentVariable(7),
                 QStringLiteral("AGENTP_API_KEY_7"));

        makeChat(QStringLiteral("c1"));
        QVERIFY(accounts.remove(m_account, &error));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM chats")).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sync_cursors WHERE source='chats'"))
                     .toInt(),
                 0);
        QCOMPARE(accounts.list(&error).size(), size_t(1));
        QVERIFY(accounts.queueConnectionTest(second, &error) > 0);
        QCOMPARE(scalar(QStringLiteral("SELECT target FROM outbox WHERE kind='account.test'"))
                     .toString(),
                 QStringLiteral("account:%1").arg(second));
    }

    void chatPageStoresCursorAndNeeds()
    {
        ChatRepository chats(m_db->connection());
        domain::ChatListPage page;
        page.chats.push_back(remoteChat(QStringLiteral("a"), QStringLiteral("100"), 2));
        page.chats.push_back(remoteChat(QStringLiteral("b"), {}));
        page.hasNext = true;
        page.nextCursor = QStringLiteral("next-1");
        store::ChatPageSaved saved;
        store::StoreError e;
        QVERIFY(chats.saveChatPage(m_account, page, &saved, &e));
        QCOMPARE(saved.chats, 2);
        QCOMPARE(saved.newChats, 2);
        QCOMPARE(saved.needHistory.size(), size_t(1)); // b has no messages at all
        QCOMPARE(saved.needHistory[0].remoteLastMessageId, QStringLiteral("100"));
        QCOMPARE(chats.listCursor(m_account, &e), QStringLiteral("next-1"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT unread_count FROM chats WHERE remote_id='a'")).toInt(),
            2);

        // History stored up to 100: the same list entry needs nothing; the last page resets the
        // cursor so the next pass starts from the top.
        const qint64 a = saved.needHistory[0].id;
        domain::HistoryPage h;
        h.messages.push_back(
            message(QStringLiteral("100"), SenderType::Buyer, QStringLiteral("hi"), m_t0));
        store::HistorySaved hs;
        QVERIFY(chats.saveHistoryPage(a, h, ChatRepository::HistoryKind::Newest, &hs, &e));
        page.hasNext = false;
        QVERIFY(chats.saveChatPage(m_account, page, &saved, &e));
        QCOMPARE(saved.newChats, 0);
        QVERIFY(saved.needHistory.empty());
        QCOMPARE(chats.listCursor(m_account, &e), QString());

        // A mark-read waiting in the outbox keeps the local count.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE chats SET unread_count = 0 WHERE id = %1").arg(a)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox(kind, target, created_at, updated_at)"
                                      " VALUES ('chat.mark_read', 'chat-read:%1', '', '')")
                           .arg(a)));
        QVERIFY(chats.saveChatPage(m_account, page, &saved, &e));
        QCOMPARE(
            scalar(QStringLiteral("SELECT unread_count FROM chats WHERE id=%1").arg(a)).toInt(), 0);
    }

    void historyDeduplicatesOverlappingPages()
    {
        const qint64 chat = makeChat(QStringLiteral("c"));
        ChatRepository chats(m_db->connection());
        std::vector<domain::RemoteMessage> all;
        // Ids cross a digit boundary: 9 < 10 numerically, not lexically.
        for (int i = 5; i <= 14; ++i)
            all.push_back(message(QString::number(i),
                                  i % 2 ? SenderType::Buyer : SenderType::Seller,
                                  QStringLiteral("m%1").arg(i), m_t0.addSecs(i)));
        auto pageOf = [&](int from, int to, bool hasNext) {
            domain::HistoryPage p;
            for (int i = from; i <= to; ++i)
                p.messages.push_back(all[size_t(i - 5)]);
            p.hasNext = hasNext;
            return p;
        };
        store::HistorySaved s;
        store::StoreError e;
        QVERIFY(chats.saveHistoryPage(chat, pageOf(9, 11, true),
                                      ChatRepository::HistoryKind::Newest, &s, &e));
        QCOMPARE(s.inserted, 3);
        QCOMPARE(chats.chat(chat, &e)->newestMessageId, QStringLiteral("11"));
        QCOMPARE(chats.oldestRemoteId(chat, &e), QStringLiteral("9"));
        QVERIFY(!chats.chat(chat, &e)->historyComplete);
        // Newer from 11, boundary included; twice (a retried page).
        for (int round = 0; round < 2; ++round) {
            QVERIFY(chats.saveHistoryPage(chat, pageOf(11, 14, false),
                                          ChatRepository::HistoryKind::Newer, &s, &e));
            QCOMPARE(s.inserted, round == 0 ? 3 : 0);
            QCOMPARE(s.duplicates, round == 0 ? 1 : 4);
        }
        QCOMPARE(chats.chat(chat, &e)->newestMessageId, QStringLiteral("14"));
        QVERIFY(!chats.chat(chat, &e)->historyComplete); // Newer never completes the past
        QVERIFY(chats.saveHistoryPage(chat, pageOf(5, 9, false), ChatRepository::HistoryKind::Older,
                                      &s, &e));
        QCOMPARE(s.inserted, 4);
        QCOMPARE(s.duplicates, 1);
        QVERIFY(chats.chat(chat, &e)->historyComplete);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM chat_messages")).toInt(), 10);
        QCOMPARE(chats.chat(chat, &e)->newestMessageId, QStringLiteral("14"));
        QCOMPARE(scalar(QStringLiteral("SELECT last_message_preview FROM chats")).toString(),
                 QStringLiteral("m14"));
        QCOMPARE(scalar(QStringLiteral("SELECT last_buyer_message_at FROM chats")).toString(),
                 store::toStoredTime(m_t0.addSecs(13)));
        QCOMPARE(scalar(QStringLiteral("SELECT last_seller_message_at FROM chats")).toString(),
                 store::toStoredTime(m_t0.addSecs(14)));
    }

    void failingStatementRollsBackThePage()
    {
        const qint64 chat = makeChat(QStringLiteral("c"));
        ChatRepository chats(m_db->connection());
        store::HistorySaved s;
        store::StoreError e;
        domain::HistoryPage first;
        first.messages.push_back(
            message(QStringLiteral("1"), SenderType::Buyer, QStringLiteral("ok"), m_t0));
        QVERIFY(chats.saveHistoryPage(chat, first, ChatRepository::HistoryKind::Newest, &s, &e));

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TEMP TRIGGER boom BEFORE INSERT ON chat_messages WHEN NEW.body = 'boom'"
            " BEGIN SELECT RAISE(ABORT, 'injected'); END")));
        domain::HistoryPage page;
        page.messages.push_back(message(QStringLiteral("2"), SenderType::Buyer,
                                        QStringLiteral("fine"), m_t0.addSecs(1)));
        page.messages.push_back(message(QStringLiteral("3"), SenderType::Buyer,
                                        QStringLiteral("boom"), m_t0.addSecs(2)));
        QVERIFY(!chats.saveHistoryPage(chat, page, ChatRepository::HistoryKind::Newer, &s, &e));
        QVERIFY(e.isError());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM chat_messages")).toInt(), 1);
        QCOMPARE(chats.chat(chat, &e)->newestMessageId, QStringLiteral("1"));
        QCOMPARE(scalar(QStringLiteral("SELECT last_message_preview FROM chats")).toString(),
                 QStringLiteral("ok"));

        // The same for a chat-list page: no chat and no cursor of it.
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TEMP TRIGGER boom2 BEFORE INSERT ON chats WHEN NEW.remote_id = 'bad'"
            " BEGIN SELECT RAISE(ABORT, 'injected'); END")));
        domain::ChatListPage list;
        list.chats.push_back(remoteChat(QStringLiteral("good"), {}));
        list.chats.push_back(remoteChat(QStringLiteral("bad"), {}));
        list.hasNext = true;
        list.nextCursor = QStringLiteral("p2");
        store::ChatPageSaved saved;
        e = {};
        QVERIFY(!chats.saveChatPage(m_account, list, &saved, &e));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM chats")).toInt(), 1);
        QCOMPARE(chats.listCursor(m_account, &e), QString());
    }

    void localReplyAdoptsItsRemoteId()
    {
        const qint64 chat = makeChat(QStringLiteral("c"));
        const QDateTime typed = QDateTime::currentDateTimeUtc().addSecs(-60);
        QSqlQuery q(m_db->connection());
        // Two identical local replies and one typed long after a same-text message existed.
        for (int i = 0; i < 2; ++i) {
            q.prepare(QStringLiteral("INSERT INTO chat_messages(chat_id, sender_type, author,"
                                     " body, created_at, is_read) VALUES (?, 'seller', ?,"
                                     " 'Спасибо!', ?, 1)"));
            q.addBindValue(chat);
            q.addBindValue(QStringLiteral("Ирина")); // the agent who typed it (ReplyQueue)
            q.addBindValue(store::toStoredTime(typed.addSecs(i)));
            QVERIFY(q.exec());
        }
        ChatRepository chats(m_db->connection());
        domain::HistoryPage page;
        // Sent earlier from the marketplace's cabinet, 1 hour before: not ours.
        page.messages.push_back(message(QStringLiteral("50"), SenderType::Seller,
                                        QStringLiteral("Спасибо!"), typed.addSecs(-3600)));
        page.messages.push_back(message(QStringLiteral("51"), SenderType::Buyer,
                                        QStringLiteral("?"), typed.addSecs(-10)));
        // Ours, with the marketplace's clock 2 minutes behind.
        page.messages.push_back(message(QStringLiteral("52"), SenderType::Seller,
                                        QStringLiteral("Спасибо!"), typed.addSecs(-120)));
        page.messages.back().author = QStringLiteral("seller-77"); // the marketplace's user id
        store::HistorySaved s;
        store::StoreError e;
        QVERIFY(chats.saveHistoryPage(chat, page, ChatRepository::HistoryKind::Newest, &s, &e));
        QCOMPARE(s.inserted, 2);
        QCOMPARE(s.adopted, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM chat_messages")).toInt(), 4);
        // The oldest local row took it; the other still waits.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM chat_messages WHERE remote_id IS"
                                       " NULL"))
                     .toInt(),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT created_at FROM chat_messages WHERE remote_id="
                                       "'52'"))
                     .toString(),
                 store::toStoredTime(typed.addSecs(-120)));
        // The agent stays its author (the compliance report counts per agent).
        QCOMPARE(scalar(QStringLiteral("SELECT author FROM chat_messages WHERE remote_id='52'"))
                     .toString(),
                 QStringLiteral("Ирина"));
        // Again (the next pull overlaps): nothing changes.
        QVERIFY(chats.saveHistoryPage(chat, page, ChatRepository::HistoryKind::Newer, &s, &e));
        QCOMPARE(s.inserted + s.adopted, 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM chat_messages")).toInt(), 4);
    }

    void fileReplyIsAdoptedByItsFileName()
    {
        const qint64 chat = makeChat(QStringLiteral("c"));
        const QDateTime typed = QDateTime::currentDateTimeUtc().addSecs(-60);
        QSqlQuery q(m_db->connection());
        // Two file replies queued one after the other: a.pdf, then b.pdf (no body).
        QHash<QString, qint64> rowOf;
        for (const QString &name : {QStringLiteral("a.pdf"), QStringLiteral("b.pdf")}) {
            q.prepare(QStringLiteral("INSERT INTO chat_messages(chat_id, sender_type, body,"
                                     " created_at, is_read) VALUES (?, 'seller', '', ?, 1)"));
            q.addBindValue(chat);
            q.addBindValue(store::toStoredTime(typed.addSecs(rowOf.size())));
            QVERIFY(q.exec());
            rowOf.insert(name, q.lastInsertId().toLongLong());
            q.prepare(QStringLiteral("INSERT INTO attachments(message_id, kind, name, local_path)"
                                     " VALUES (?, 'file', ?, '/tmp/x')"));
            q.addBindValue(rowOf.value(name));
            q.addBindValue(name);
            QVERIFY(q.exec());
        }
        // Only b.pdf has arrived so far: it must not take a.pdf's (older) row.
        domain::HistoryPage page;
        auto sent = message(QStringLiteral("70"), SenderType::Seller, {}, typed.addSecs(5));
        domain::RemoteAttachment file;
        file.kind = domain::RemoteAttachment::Kind::File;
        file.name = QStringLiteral("b.pdf");
        file.url = QStringLiteral("https://x/v2/chat/file/f1/b.pdf");
        sent.attachments << file;
        page.messages.push_back(sent);
        ChatRepository chats(m_db->connection());
        store::HistorySaved s;
        store::StoreError e;
        QVERIFY(chats.saveHistoryPage(chat, page, ChatRepository::HistoryKind::Newest, &s, &e));
        QCOMPARE(s.adopted, 1);
        QCOMPARE(s.inserted, 0);
        QCOMPARE(scalar(QStringLiteral("SELECT remote_id FROM chat_messages WHERE id = %1")
                            .arg(rowOf.value(QStringLiteral("b.pdf"))))
                     .toString(),
                 QStringLiteral("70"));
        QVERIFY(scalar(QStringLiteral("SELECT remote_id FROM chat_messages WHERE id = %1")
                           .arg(rowOf.value(QStringLiteral("a.pdf"))))
                    .isNull());
        // The local attachment row learnt the remote URL (no second attachment row).
        QCOMPARE(scalar(QStringLiteral("SELECT url FROM attachments WHERE message_id = %1")
                            .arg(rowOf.value(QStringLiteral("b.pdf"))))
                     .toString(),
                 file.url);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM attachments")).toInt(), 2);
        // A text message with an empty body never claims a file reply.
        domain::HistoryPage empty;
        empty.messages.push_back(
            message(QStringLiteral("71"), SenderType::Seller, {}, typed.addSecs(6)));
        QVERIFY2(chats.saveHistoryPage(chat, empty, ChatRepository::HistoryKind::Newer, &s, &e),
                 qPrintable(e.message));
        QVERIFY(scalar(QStringLiteral("SELECT remote_id FROM chat_messages WHERE id = %1")
                           .arg(rowOf.value(QStringLiteral("a.pdf"))))
                    .isNull());
    }

    void waitingSinceFollowsTheConversation()
    {
        // The SLA clock column (schema v7): the first buyer message after our last reply.
        const qint64 chat = makeChat(QStringLiteral("c"));
        ChatRepository chats(m_db->connection());
        const auto save = [&](std::initializer_list<domain::RemoteMessage> messages) {
            domain::HistoryPage page;
            page.messages = messages;
            store::HistorySaved s;
            store::StoreError e;
            return chats.saveHistoryPage(chat, page, ChatRepository::HistoryKind::Newer, &s, &e);
        };
        const QString sql =
            QStringLiteral("SELECT waiting_since FROM chats WHERE id = %1").arg(chat);
        QVERIFY(save({message(QStringLiteral("1"), SenderType::Buyer, QStringLiteral("a"), m_t0),
                      message(QStringLiteral("2"), SenderType::Buyer, QStringLiteral("b"),
                              m_t0.addSecs(60))}));
        QCOMPARE(scalar(sql).toString(), store::toStoredTime(m_t0));
        QVERIFY(save({message(QStringLiteral("3"), SenderType::Seller, QStringLiteral("ok"),
                              m_t0.addSecs(120))}));
        QVERIFY(scalar(sql).isNull());
        QVERIFY(save({message(QStringLiteral("4"), SenderType::Support, QStringLiteral("s"),
                              m_t0.addSecs(150))}));
        QVERIFY(scalar(sql).isNull()); // support does not start the clock
        QVERIFY(save({message(QStringLiteral("5"), SenderType::Buyer, QStringLiteral("c"),
                              m_t0.addSecs(180))}));
        QCOMPARE(scalar(sql).toString(), store::toStoredTime(m_t0.addSecs(180)));
        // A reply typed in the console stops it at once.
        store::ReplyQueue queue(m_db->connection(), QStringLiteral("/tmp/unused.agentp"));
        store::StoreError e;
        const store::QueuedReply queued = queue.queueText(chat, QStringLiteral("Отвечаем"), &e);
        QVERIFY2(queued.ok(), qPrintable(queued.problem + e.message));
        QVERIFY(scalar(sql).isNull());
    }

    void summaryColumnsFollowTheRows()
    {
        const qint64 chat = makeChat(QStringLiteral("c"));
        ChatRepository chats(m_db->connection());
        domain::HistoryPage page;
        auto m1 =
            message(QStringLiteral("1"), SenderType::Buyer, QStringLiteral("Where is it?"), m_t0);
        m1.orderNumber = QStringLiteral("111-1");
        auto m2 = message(QStringLiteral("2"), SenderType::Buyer, {}, m_t0.addSecs(5));
        m2.orderNumber = QStringLiteral("111-2");
        m2.sku = QStringLiteral("987");
        domain::RemoteAttachment photo;
        photo.kind = domain::RemoteAttachment::Kind::Image;
        photo.name = QStringLiteral("photo.jpg");
        photo.url = QStringLiteral("https://x/photo.jpg");
        m2.attachments << photo;
        page.messages = {m1, m2};
        store::HistorySaved s;
        store::StoreError e;
        QVERIFY(chats.saveHistoryPage(chat, page, ChatRepository::HistoryKind::Newest, &s, &e));
        QCOMPARE(scalar(QStringLiteral("SELECT unread_count FROM chats")).toInt(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT order_number FROM chats")).toString(),
                 QStringLiteral("111-2"));
        QCOMPARE(scalar(QStringLiteral("SELECT product FROM chats")).toString(),
                 QStringLiteral("987"));
        QCOMPARE(scalar(QStringLiteral("SELECT last_message_preview FROM chats")).toString(),
                 QStringLiteral("photo.jpg"));
        QCOMPARE(scalar(QStringLiteral("SELECT url FROM attachments")).toString(), photo.url);
        QVERIFY(scalar(QStringLiteral("SELECT last_seller_message_at FROM chats")).isNull());

        QVERIFY(chats.recordRead(chat, QStringLiteral("1"), 1, &e));
        QCOMPARE(scalar(QStringLiteral("SELECT unread_count FROM chats")).toInt(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT read_up_to_message_id FROM chats")).toString(),
                 QStringLiteral("1"));
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(is_read) FROM (SELECT is_read FROM"
                                       " chat_messages ORDER BY created_at)"))
                     .toString(),
                 QStringLiteral("1,0"));
    }
};

QTEST_GUILESS_MAIN(TestChatRepository)
#include "tst_chatrepository.moc"
