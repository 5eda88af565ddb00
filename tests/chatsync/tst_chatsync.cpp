// The chat sync engine against a FakeConnector: full and incremental passes, a failure between
// list pages, resuming from the stored cursor after a restart, the open chat, scroll-back,
// offline detection with automatic recovery, and the account's stored sync outcome.
#include "models/store/ChatRepository.h"
#include "tests/chatsync/ChatSyncFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace agentp;
using domain::SenderType;
using net::ChatSyncEngine;
using net::ChatSyncSummary;
using net::ConnectorError;
using testing::FakeConnector;

namespace {

ChatSyncEngine::Options quiet()
{
    ChatSyncEngine::Options o;
    o.startPasses = false; // passes only when the test asks
    o.openChatIntervalMs = 50;
    o.firstRetryMs = 60000;
    return o;
}

// Runs one pass of every account and returns the summaries.
std::vector<ChatSyncSummary> pass(ChatSyncEngine &engine)
{
    QSignalSpy finished(&engine, &ChatSyncEngine::passFinished);
    QSignalSpy all(&engine, &ChatSyncEngine::allPassesFinished);
    engine.syncNow();
    std::vector<ChatSyncSummary> out;
    if (!all.wait(5000))
        return out;
    for (const auto &args : finished)
        out.push_back(args.at(1).value<ChatSyncSummary>());
    return out;
}

} // namespace

class TestChatSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::ChatSyncFixture> f;
    QDateTime m_t0 = QDateTime::currentDateTimeUtc().addSecs(-7200);

    // `chats` chats with `messages` buyer messages each, a minute apart.
    void seed(int chats, int messages)
    {
        for (int c = 0; c < chats; ++c) {
            const QString id = f->server->addChat();
            for (int m = 0; m < messages; ++m)
                f->server->addMessage(id, SenderType::Buyer,
                                      QStringLiteral("c%1 m%2").arg(c).arg(m),
                                      m_t0.addSecs(c * 600 + m * 60));
        }
    }
    int count(const QString &table) const
    {
        return f->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toInt();
    }

private slots:
    void init()
    {
        f = std::make_unique<testing::ChatSyncFixture>();
        QVERIFY(f->setUp());
    }
    void cleanup() { f.reset(); }

    void passPullsListAndHistoryThenOnlyWhatChanged()
    {
        seed(3, 4);
        f->server->listLimit = 2; // two list pages
        auto engine = f->makeEngine(quiet());
        auto summaries = pass(*engine);
        QCOMPARE(summaries.size(), size_t(1));
        QCOMPARE(summaries[0].chats, 3);
        QCOMPARE(summaries[0].newMessages, 12);
        QCOMPARE(summaries[0].errors, 0);
        QCOMPARE(count(QStringLiteral("chats")), 3);
        QCOMPARE(count(QStringLiteral("chat_messages")), 12);
        QCOMPARE(f->server->listCursors, (QStringList{QString(), QStringLiteral("2")}));
        QVERIFY(!f->scalar(QStringLiteral("SELECT last_sync_at FROM seller_accounts")).isNull());
        QCOMPARE(f->scalar(QStringLiteral("SELECT cursor FROM sync_cursors WHERE source='chats'"))
                     .toString(),
                 QString());

        // Nothing new: the list is walked, no history is asked for.
        const int historyCalls = f->server->count(FakeConnector::Call::History);
        summaries = pass(*engine);
        QCOMPARE(summaries[0].newMessages, 0);
        QCOMPARE(f->server->count(FakeConnector::Call::History), historyCalls);

        // One chat moves: only it is pulled, forward from its stored newest.
        f->server->addMessage(QStringLiteral("chat-2"), SenderType::Buyer, QStringLiteral("new"));
        summaries = pass(*engine);
        QCOMPARE(summaries[0].newMessages, 1);
        QCOMPARE(f->server->count(FakeConnector::Call::History), historyCalls + 1);
        QCOMPARE(count(QStringLiteral("chat_messages")), 13);
        const qint64 chat2 = f->chatIdOf(QStringLiteral("chat-2"));
        QCOMPARE(
            f->scalar(
                 QStringLiteral("SELECT last_message_preview FROM chats WHERE id=%1").arg(chat2))
                .toString(),
            QStringLiteral("new"));
        QCOMPARE(f->scalar(QStringLiteral("SELECT unread_count FROM chats WHERE id=%1").arg(chat2))
                     .toInt(),
                 5);
    }

    void failureBetweenPagesThenRestartResumesFromCursor()
    {
        seed(3, 2);
        f->server->listLimit = 1;
        f->server->failAfter(FakeConnector::Call::ListChats, 1,
                             FakeConnector::error(ConnectorError::Kind::Server));
        {
            auto engine = f->makeEngine(quiet());
            auto summaries = pass(*engine);
            QCOMPARE(summaries.size(), size_t(1));
            QCOMPARE(summaries[0].errors, 1);
            // Page 1 and its cursor, nothing of page 2.
            QCOMPARE(count(QStringLiteral("chats")), 1);
            QCOMPARE(
                f->scalar(QStringLiteral("SELECT cursor FROM sync_cursors WHERE source='chats'"))
                    .toString(),
                QStringLiteral("1"));
            QVERIFY(!f->scalar(QStringLiteral("SELECT last_error FROM seller_accounts"))
                         .toString()
                         .isEmpty());
        } // "restart"
        auto engine = f->makeEngine(quiet());
        auto summaries = pass(*engine);
        QCOMPARE(summaries[0].errors, 0);
        QCOMPARE(f->server->listCursors.mid(2),
                 (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(count(QStringLiteral("chats")), 3);
        QVERIFY(f->scalar(QStringLiteral("SELECT last_error FROM seller_accounts")).isNull());
        pass(*engine); // from the top again: the first chat's history follows
        QCOMPARE(count(QStringLiteral("chat_messages")), 6);
        QCOMPARE(f->scalar(QStringLiteral("SELECT COUNT(DISTINCT remote_id) FROM chat_messages"))
                     .toInt(),
                 6);
    }

    void rejectedCursorStartsOver()
    {
        seed(1, 1);
        QSqlQuery q(f->db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_cursors VALUES ('chats', '%1', 'zz',"
                                      " '2026-01-01T00:00:00.000Z')")
                           .arg(f->accountId)));
        auto engine = f->makeEngine(quiet());
        auto summaries = pass(*engine);
        QCOMPARE(summaries[0].errors, 1);
        summaries = pass(*engine);
        QCOMPARE(summaries[0].errors, 0);
        QCOMPARE(count(QStringLiteral("chat_messages")), 1);
    }

    void openChatAndScrollBack()
    {
        const QString id = f->server->addChat();
        for (int m = 0; m < 120; ++m)
            f->server->addMessage(id, SenderType::Buyer, QStringLiteral("m%1").arg(m),
                                  m_t0.addSecs(m));
        auto engine = f->makeEngine(quiet());
        pass(*engine);
        QCOMPARE(count(QStringLiteral("chat_messages")), 50); // the newest page
        const qint64 chat = f->chatIdOf(id);

        QSignalSpy older(engine.get(), &ChatSyncEngine::olderFetched);
        engine->fetchOlder(chat);
        QVERIFY(older.wait());
        QCOMPARE(count(QStringLiteral("chat_messages")), 99); // the boundary was a duplicate
        QCOMPARE(older.last().at(1).toBool(), false);
        engine->fetchOlder(chat);
        QVERIFY(older.wait());
        QCOMPARE(count(QStringLiteral("chat_messages")), 120);
        QCOMPARE(older.last().at(1).toBool(), true);
        const int historyCalls = f->server->count(FakeConnector::Call::History);
        engine->fetchOlder(chat); // complete: no call
        QVERIFY(older.wait());
        QCOMPARE(f->server->count(FakeConnector::Call::History), historyCalls);

        engine->setOpenChat(chat);
        f->server->addMessage(id, SenderType::Buyer, QStringLiteral("are you there?"));
        QTRY_COMPARE(count(QStringLiteral("chat_messages")), 121);
        engine->setOpenChat(0);
    }

    void offlineRetriesAndRecovers()
    {
        seed(1, 1);
        auto options = quiet();
        options.firstRetryMs = 50;
        auto engine = f->makeEngine(options);
        QSignalSpy online(engine.get(), &ChatSyncEngine::onlineChanged);
        QSignalSpy problems(engine.get(), &ChatSyncEngine::problem);
        f->server->failNext(FakeConnector::Call::ListChats,
                            FakeConnector::error(ConnectorError::Kind::Network), 2);
        auto summaries = pass(*engine);
        QVERIFY(summaries[0].offline);
        QVERIFY(!engine->isOnline());
        QCOMPARE(online.size(), 1);
        QCOMPARE(online.at(0).at(0).toBool(), false);
        // Retries on the backoff (one more failure, then success) without being asked.
        QTRY_COMPARE(count(QStringLiteral("chat_messages")), 1);
        QTRY_COMPARE(online.size(), 2);
        QCOMPARE(online.at(1).at(0).toBool(), true);
        QVERIFY(problems.isEmpty()); // offline is a state, not a problem
        QTRY_VERIFY(f->scalar(QStringLiteral("SELECT last_error FROM seller_accounts")).isNull());
    }

    void connectivityChangeEndsTheWait()
    {
        seed(1, 1);
        auto engine = f->makeEngine(quiet()); // backoff of a minute
        f->server->failNext(FakeConnector::Call::ListChats,
                            FakeConnector::error(ConnectorError::Kind::Network));
        pass(*engine);
        QVERIFY(!engine->isOnline());
        QSignalSpy online(engine.get(), &ChatSyncEngine::onlineChanged);
        engine->setNetworkAvailable(true);
        QTRY_COMPARE(online.size(), 1);
        QTRY_COMPARE(count(QStringLiteral("chat_messages")), 1);
    }

    void authFailureIsRecordedAndReportedOnce()
    {
        seed(1, 1);
        auto engine = f->makeEngine(quiet());
        QSignalSpy problems(engine.get(), &ChatSyncEngine::problem);
        f->server->failNext(
            FakeConnector::Call::ListChats,
            FakeConnector::error(ConnectorError::Kind::Auth, QStringLiteral("Wrong Api-Key")), 2);
        pass(*engine);
        pass(*engine);
        QCOMPARE(problems.size(), 1); // the same failure again is not repeated
        QVERIFY(problems.at(0).at(0).toString().contains(QStringLiteral("Wrong Api-Key")));
        QCOMPARE(f->scalar(QStringLiteral("SELECT last_error FROM seller_accounts")).toString(),
                 QStringLiteral("Wrong Api-Key"));
        QVERIFY(engine->isOnline());
        pass(*engine);
        QVERIFY(f->scalar(QStringLiteral("SELECT last_error FROM seller_accounts")).isNull());
    }

    void attachmentIsDownloadedOnceAndKept()
    {
        seed(1, 1);
        auto engine = f->makeEngine(quiet());
        pass(*engine);
        QSqlQuery q(f->db->connection());
        const auto addAttachment = [&q, this](const QString &name, const QString &url) {
            q.prepare(QStringLiteral("INSERT INTO attachments(message_id, kind, name, url)"
                                     " VALUES ((SELECT MIN(id) FROM chat_messages), 'image', ?,"
                                     " ?)"));
            q.addBindValue(name);
            q.addBindValue(url);
            return q.exec() ? q.lastInsertId().toLongLong() : 0;
        };
        // A name that tries to leave the folder stays inside it.
        const qint64 photo = addAttachment(QStringLiteral("../../photo.jpg"),
                                           QStringLiteral("https://x/v2/chat/file/1.jpg"));
        QVERIFY(photo > 0);
        QSignalSpy changed(engine.get(), &ChatSyncEngine::tablesChanged);
        engine->downloadAttachment(photo);
        engine->downloadAttachment(photo); // asked again while on its way: one download
        const QString pathSql =
            QStringLiteral("SELECT local_path FROM attachments WHERE id=%1").arg(photo);
        QTRY_VERIFY(!f->scalar(pathSql).toString().isEmpty());
        QCOMPARE(f->server->count(FakeConnector::Call::Download), 1);
        QVERIFY(changed.contains(QVariantList{QStringList{QStringLiteral("attachments")}}));
        const QString path = f->scalar(pathSql).toString();
        QVERIFY2(path.startsWith(f->tmp.file() + QStringLiteral(".files/attachments/")),
                 qPrintable(path));
        QCOMPARE(
            QFileInfo(path).absolutePath(),
            QFileInfo(f->tmp.file() + QStringLiteral(".files/attachments")).absoluteFilePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("https://x/v2/chat/file/1.jpg")); // the fake's bytes
        // On disk already: not fetched again.
        engine->downloadAttachment(photo);
        QTest::qWait(0);
        QCOMPARE(f->server->count(FakeConnector::Call::Download), 1);

        // A failed download says why, records nothing, and can be asked for again.
        const qint64 doc = addAttachment(QStringLiteral("doc.pdf"), QStringLiteral("https://x/d"));
        f->server->failNext(
            FakeConnector::Call::Download,
            FakeConnector::error(ConnectorError::Kind::Server, QStringLiteral("Internal error")));
        QSignalSpy failed(engine.get(), &ChatSyncEngine::attachmentFailed);
        engine->downloadAttachment(doc);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("Internal error")));
        const QString docSql =
            QStringLiteral("SELECT local_path FROM attachments WHERE id=%1").arg(doc);
        QVERIFY(f->scalar(docSql).isNull());
        engine->downloadAttachment(doc);
        QTRY_VERIFY(!f->scalar(docSql).toString().isEmpty());
    }

    void accountsAreReloaded()
    {
        auto engine = f->makeEngine(quiet());
        store::SellerAccount wb;
        wb.marketplace = QStringLiteral("wildberries");
        wb.name = QStringLiteral("WB");
        store::AccountProblem problem;
        store::StoreError error;
        QVERIFY(store::AccountRepository(f->db->connection()).add(wb, &problem, &error) > 0);
        engine->reloadAccounts();
        auto summaries = pass(*engine);
        QCOMPARE(summaries.size(), size_t(2));
        // The factory knows no Wildberries connector: that account says so, Ozon syncs.
        int failed = 0;
        for (const auto &s : summaries)
            failed += s.errors;
        QCOMPARE(failed, 1);
        QVERIFY(
            store::AccountRepository(f->db->connection()).setEnabled(f->accountId, false, &error));
        engine->reloadAccounts();
        QCOMPARE(pass(*engine).size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestChatSync)
#include "tst_chatsync.moc"
