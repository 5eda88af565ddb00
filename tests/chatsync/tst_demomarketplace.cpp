// The demo workspace syncs through the real path: DemoConnector against the simulated
// marketplace. A buyer's new message arrives with a pass; a reply is accepted, comes back in
// the history and is adopted by its local row (no duplicate).
#include "models/demo/DemoGenerator.h"
#include "models/store/Database.h"
#include "models/store/OutboxRepository.h"
#include "models/store/TimeFormat.h"
#include "net/demo/DemoConnector.h"
#include "net/demo/DemoMarketplace.h"
#include "net/sync/ChatIntentHandler.h"
#include "net/sync/ChatSyncEngine.h"
#include "net/sync/OutboxWorker.h"
#include "tests/support/TempWorkspace.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace agentp;
using net::ChatSyncEngine;
using net::ChatSyncSummary;

class TestDemoMarketplace : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    QString m_path;
    std::unique_ptr<store::Database> m_db;

    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    std::unique_ptr<ChatSyncEngine> engineFor(net::demo::DemoMarketplace *market)
    {
        ChatSyncEngine::Options o;
        o.startPasses = false;
        auto engine = std::make_unique<ChatSyncEngine>(
            m_path,
            [market](const store::SellerAccount &a, const QByteArray &) {
                return std::make_unique<net::demo::DemoConnector>(market, a.id, 0);
            },
            [](const store::SellerAccount &, QObject *context, ChatSyncEngine::KeyReply reply) {
                QTimer::singleShot(0, context, [reply] { reply({}, {}); });
            },
            o);
        engine->start();
        return engine;
    }
    std::vector<ChatSyncSummary> pass(ChatSyncEngine &engine)
    {
        QSignalSpy finished(&engine, &ChatSyncEngine::passFinished);
        QSignalSpy all(&engine, &ChatSyncEngine::allPassesFinished);
        engine.syncNow();
        std::vector<ChatSyncSummary> out;
        if (all.wait(20000)) {
            for (const auto &args : finished)
                out.push_back(args.at(1).value<ChatSyncSummary>());
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        m_path = m_tmp.file(QStringLiteral("demo.agentp"));
        demo::DemoOptions options;
        options.anchor = QDateTime::currentDateTimeUtc();
        demo::DemoSummary summary;
        store::StoreError error;
        QVERIFY2(demo::DemoGenerator::create(m_path, options, &summary, &error),
                 qPrintable(error.message));
        m_db = store::Database::open(m_path, &error);
        QVERIFY(m_db);
    }
    void cleanupTestCase() { m_db.reset(); }

    void newBuyerMessageArrivesAndReplyIsAdopted()
    {
        net::demo::DemoMarketplace::Options mo;
        mo.buyerMessageIntervalMs = 0; // the test decides when buyers write
        net::demo::DemoMarketplace market(m_path, mo);
        QString error;
        QVERIFY2(market.start(&error), qPrintable(error));
        auto engine = engineFor(&market);

        const int before = scalar(QStringLiteral("SELECT COUNT(*) FROM chat_messages")).toInt();
        QElapsedTimer timer;
        timer.start();
        auto summaries = pass(*engine);
        qInfo("first demo pass over %zu accounts: %lld ms", summaries.size(), timer.elapsed());
        QCOMPARE(summaries.size(), size_t(3));
        for (const auto &s : summaries) {
            QVERIFY2(s.ok(), qPrintable(s.error));
            QVERIFY(s.chats > 0);
            QCOMPARE(s.newMessages, 0); // the workspace already had everything
        }
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM chat_messages")).toInt(), before);

        const auto active = market.activeChats(1);
        QCOMPARE(active.size(), size_t(1));
        const qint64 chat = active.front();
        const QString remote = market.buyerWrites(chat, QStringLiteral("Есть ли размер M?"));
        summaries = pass(*engine);
        int fresh = 0;
        for (const auto &s : summaries)
            fresh += s.newMessages;
        QCOMPARE(fresh, 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT last_message_preview FROM chats WHERE id=%1").arg(chat))
                .toString(),
            QStringLiteral("Есть ли размер M?"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM chat_messages WHERE remote_id='%1'")
                            .arg(remote))
                     .toInt(),
                 1);

        // A reply, through the outbox like the composer queues it.
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO chat_messages(chat_id, sender_type, body,"
                                 " created_at, is_read) VALUES (?, 'seller', ?, ?, 1)"));
        q.addBindValue(chat);
        q.addBindValue(QStringLiteral("Да, есть"));
        q.addBindValue(store::toStoredTime(QDateTime::currentDateTimeUtc()));
        QVERIFY(q.exec());
        const qint64 row = q.lastInsertId().toLongLong();
        store::StoreError e;
        const qint64 intent =
            store::OutboxRepository(m_db->connection())
                .enqueue(QStringLiteral("chat.send_text"), QStringLiteral("chat:%1").arg(chat),
                         QJsonObject{{QStringLiteral("chat_id"), chat},
                                     {QStringLiteral("message_id"), row},
                                     {QStringLiteral("text"), QStringLiteral("Да, есть")}},
                         {}, &e);
        net::OutboxWorker worker(m_path);
        worker.addHandler(std::make_unique<net::ChatIntentHandler>(engine.get()));
        worker.start();
        QTRY_COMPARE(
            scalar(QStringLiteral("SELECT state FROM outbox WHERE id=%1").arg(intent)).toString(),
            QStringLiteral("sent"));
        QTRY_VERIFY(
            !scalar(QStringLiteral("SELECT remote_id FROM chat_messages WHERE id=%1").arg(row))
                 .isNull());
        pass(*engine);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM chat_messages WHERE chat_id=%1 AND"
                                       " body='Да, есть'")
                            .arg(chat))
                     .toInt(),
                 1);
        worker.stop();
    }

    void buyersWriteOnTheirOwn()
    {
        net::demo::DemoMarketplace::Options mo;
        mo.buyerMessageIntervalMs = 20;
        net::demo::DemoMarketplace market(m_path, mo);
        QSignalSpy wrote(&market, &net::demo::DemoMarketplace::buyerWrote);
        QString error;
        QVERIFY(market.start(&error));
        QVERIFY(wrote.wait());
    }
};

QTEST_GUILESS_MAIN(TestDemoMarketplace)
#include "tst_demomarketplace.moc"
