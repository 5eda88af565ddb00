// Chat intents through the real OutboxWorker and ChatIntentHandler against a FakeConnector that
// counts sends: delivery and adoption, offline queueing, restart with queued and in-flight
// intents, the never-twice reconciliation (crash, lost answer), the reply window, mark-read and
// the account test.
#include "models/store/OutboxRepository.h"
#include "models/store/ReplyQueue.h"
#include "net/sync/ChatIntentHandler.h"
#include "net/sync/OutboxWorker.h"
#include "tests/chatsync/ChatSyncFixture.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace agentp;
using domain::SenderType;
using net::ChatSyncEngine;
using net::ConnectorError;
using testing::FakeConnector;

class TestChatIntents : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::ChatSyncFixture> f;
    std::unique_ptr<ChatSyncEngine> m_engine;
    std::unique_ptr<net::OutboxWorker> m_worker;
    QString m_chat; // remote id of the chat with a recent buyer message
    qint64 m_chatId = 0;

    void startSync()
    {
        ChatSyncEngine::Options o;
        o.startPasses = false;
        m_engine = f->makeEngine(o);
        m_worker = std::make_unique<net::OutboxWorker>(f->tmp.file());
        m_worker->addHandler(std::make_unique<net::ChatIntentHandler>(m_engine.get()));
        m_worker->start();
    }
    // A crash: everything stops without finishing what was under way.
    void stopSync()
    {
        m_worker.reset();
        m_engine.reset();
    }
    void pass()
    {
        QSignalSpy all(m_engine.get(), &ChatSyncEngine::allPassesFinished);
        m_engine->syncNow();
        QVERIFY(all.wait());
    }
    QString stateOf(qint64 intent) const
    {
        return f->scalar(QStringLiteral("SELECT state FROM outbox WHERE id=%1").arg(intent))
            .toString();
    }
    QString remoteIdOf(qint64 messageId) const
    {
        return f
            ->scalar(
                QStringLiteral("SELECT remote_id FROM chat_messages WHERE id=%1").arg(messageId))
            .toString();
    }
    int rowsWithBody(const QString &body) const
    {
        return f
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM chat_messages WHERE body='%1'").arg(body))
            .toInt();
    }
    // Makes a backed-off intent due now (time passing) and lets the worker look.
    void dueNow(qint64 intent)
    {
        QSqlQuery q(f->db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00"
                                      ".000Z' WHERE id = %1")
                           .arg(intent)));
        m_worker->poke();
    }

private slots:
    void init()
    {
        f = std::make_unique<testing::ChatSyncFixture>();
        QVERIFY(f->setUp());
        m_chat = f->server->addChat();
        f->server->addMessage(m_chat, SenderType::Buyer, QStringLiteral("Где мой заказ?"),
                              QDateTime::currentDateTimeUtc().addSecs(-600));
        startSync();
        pass();
        m_chatId = f->chatIdOf(m_chat);
        QVERIFY(m_chatId > 0);
    }
    void cleanup()
    {
        stopSync();
        f.reset();
    }

    void sendsAndAdoptsWithoutDuplicate()
    {
        qint64 row = 0;
        const qint64 intent = f->queueReply(m_chatId, QStringLiteral("Уже в пути"), &row);
        m_worker->poke();
        QTRY_COMPARE(stateOf(intent), QStringLiteral("sent"));
        QCOMPARE(f->server->sends, 1);
        // The send triggers a refresh of the chat: the row adopts the remote id.
        QTRY_VERIFY(!remoteIdOf(row).isEmpty());
        pass();
        QCOMPARE(rowsWithBody(QStringLiteral("Уже в пути")), 1);
        QCOMPARE(f->server->messagesWithBody(m_chat, QStringLiteral("Уже в пути")), 1);
    }

    void offlineQueueingThenDelivery()
    {
        f->server->failNext(
            FakeConnector::Call::SendText,
            FakeConnector::error(ConnectorError::Kind::Network, QStringLiteral("No network")), 1);
        qint64 row = 0;
        const qint64 intent = f->queueReply(m_chatId, QStringLiteral("Offline reply"), &row);
        m_worker->poke();
        QTRY_COMPARE(
            f->scalar(QStringLiteral("SELECT last_error FROM outbox WHERE id=%1").arg(intent))
                .toString(),
            QStringLiteral("No network"));
        QCOMPARE(stateOf(intent), QStringLiteral("queued")); // waits on the backoff
        QCOMPARE(f->server->sends, 0);
        dueNow(intent);
        QTRY_COMPARE(stateOf(intent), QStringLiteral("sent"));
        QCOMPARE(f->server->sends, 1);
        QTRY_VERIFY(!remoteIdOf(row).isEmpty());
    }

    // The marketplace took the reply but the store refused to record it (a full disk, here a
    // trigger that fails the write the same way): the reply must not show "sending" until the
    // next start, and must not go twice. The outcome is recorded once the store takes writes.
    void outcomeTheStoreRefusedIsRecordedLater()
    {
        const QString other = f->server->addChat();
        f->server->addMessage(other, SenderType::Buyer, QStringLiteral("А мой?"),
                              QDateTime::currentDateTimeUtc().addSecs(-300));
        pass();
        const qint64 otherId = f->chatIdOf(other);
        QVERIFY(otherId > 0);
        QSignalSpy finished(m_worker.get(), &net::OutboxWorker::intentFinished);
        QSqlQuery q(f->db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_sent BEFORE UPDATE OF state ON outbox"
                                      " WHEN NEW.state = 'sent' BEGIN"
                                      " SELECT RAISE(FAIL, 'database or disk is full'); END")));
        const qint64 first = f->queueReply(m_chatId, QStringLiteral("Первый ответ"), nullptr);
        m_worker->poke();
        QTRY_COMPARE(finished.count(), 1); // carried out; its outcome refused by the store
        QCOMPARE(f->server->sends, 1);
        QCOMPARE(stateOf(first), QStringLiteral("sending"));
        // A reply to another chat, queued while the store refuses: it waits rather than adding
        // to what is unrecorded.
        const qint64 second = f->queueReply(otherId, QStringLiteral("Второй ответ"), nullptr);
        m_worker->poke();
        QCOMPARE(stateOf(second), QStringLiteral("queued"));
        QCOMPARE(finished.count(), 1);

        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_sent")));
        m_worker->poke();
        QTRY_COMPARE(stateOf(first), QStringLiteral("sent"));
        QTRY_COMPARE(stateOf(second), QStringLiteral("sent"));
        QCOMPARE(f->server->sends, 2);
        QCOMPARE(f->server->messagesWithBody(m_chat, QStringLiteral("Первый ответ")), 1);
        QCOMPARE(f->server->messagesWithBody(other, QStringLiteral("Второй ответ")), 1);
    }

    void crashAfterDeliveryIsNotSentAgain()
    {
        stopSync();
        // The crash happened after the marketplace accepted the reply, before we heard.
        qint64 row = 0;
        const qint64 intent = f->queueReply(m_chatId, QStringLiteral("Sent before the crash"), &row,
                                            QDateTime::currentDateTimeUtc().addSecs(-30));
        store::StoreError e;
        QVERIFY(store::OutboxRepository(f->db->connection()).markSending(intent, &e));
        f->server->addMessage(m_chat, SenderType::Seller, QStringLiteral("Sent before the crash"));
        startSync();
        QTRY_COMPARE(stateOf(intent), QStringLiteral("sent"));
        QCOMPARE(f->server->sends, 0);
        QVERIFY(!remoteIdOf(row).isEmpty());
        QCOMPARE(rowsWithBody(QStringLiteral("Sent before the crash")), 1);
    }

    void crashBeforeDeliveryIsSentOnce()
    {
        stopSync();
        qint64 row = 0;
        const qint64 intent = f->queueReply(m_chatId, QStringLiteral("Lost in the crash"), &row);
        store::StoreError e;
        QVERIFY(store::OutboxRepository(f->db->connection()).markSending(intent, &e));
        startSync();
        QTRY_COMPARE(stateOf(intent), QStringLiteral("sent"));
        QCOMPARE(f->server->sends, 1);
        QTRY_VERIFY(!remoteIdOf(row).isEmpty());
        QCOMPARE(f->server->messagesWithBody(m_chat, QStringLiteral("Lost in the crash")), 1);
    }

    void lostAnswerIsCheckedNotResent()
    {
        f->server->loseNextSendAnswer(FakeConnector::error(ConnectorError::Kind::Timeout));
        const qint64 intent = f->queueReply(m_chatId, QStringLiteral("Timed out"));
        m_worker->poke();
        QTRY_COMPARE(f->server->sends, 1);
        QTRY_VERIFY(
            !f->scalar(QStringLiteral("SELECT last_error FROM outbox WHERE id=%1").arg(intent))
                 .toString()
                 .isEmpty());
        QCOMPARE(stateOf(intent), QStringLiteral("queued"));
        dueNow(intent);
        QTRY_COMPARE(stateOf(intent), QStringLiteral("sent"));
        QCOMPARE(f->server->sends, 1);
        QCOMPARE(f->server->messagesWithBody(m_chat, QStringLiteral("Timed out")), 1);
        QCOMPARE(rowsWithBody(QStringLiteral("Timed out")), 1);
    }

    void fileRepliesAreSentOnceAndAdoptedByName()
    {
        // Two files queued in a row; the first one's answer is lost on the way back.
        QStringList names{QStringLiteral("счёт.pdf"), QStringLiteral("photo.png")};
        QList<qint64> rows;
        QList<qint64> intents;
        store::ReplyQueue queue(f->db->connection(), f->tmp.file());
        for (const QString &name : names) {
            const QString source = f->tmp.dir() + QLatin1Char('/') + name;
            QFile file(source);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(2048, 'x'));
            file.close();
            store::StoreError error;
            const store::QueuedReply queued = queue.queueFile(m_chatId, source, &error);
            QVERIFY2(queued.ok(), qPrintable(queued.problem + error.message));
            rows << queued.messageId;
            intents << queued.outboxId;
        }
        f->server->loseNextSendAnswer(FakeConnector::error(ConnectorError::Kind::Timeout));
        m_worker->poke();
        // The lost answer is checked against the history, not resent; the second file waits
        // behind it (per-chat order) and then goes out.
        QTRY_VERIFY(
            !f->scalar(QStringLiteral("SELECT last_error FROM outbox WHERE id=%1").arg(intents[0]))
                 .toString()
                 .isEmpty());
        dueNow(intents[0]);
        QTRY_COMPARE(stateOf(intents[0]), QStringLiteral("sent"));
        QTRY_COMPARE(stateOf(intents[1]), QStringLiteral("sent"));
        QCOMPARE(f->server->count(FakeConnector::Call::SendFile), 2);
        QCOMPARE(f->server->sends, 2);
        // Each row took its own file's message.
        QTRY_VERIFY(!remoteIdOf(rows[1]).isEmpty());
        QVERIFY(!remoteIdOf(rows[0]).isEmpty());
        QVERIFY(remoteIdOf(rows[0]) != remoteIdOf(rows[1]));
        pass();
        QCOMPARE(f->scalar(QStringLiteral("SELECT COUNT(*) FROM chat_messages WHERE"
                                          " sender_type='seller'"))
                     .toInt(),
                 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(f->scalar(QStringLiteral("SELECT name FROM attachments WHERE message_id=%1")
                                   .arg(rows[i]))
                         .toString(),
                     names[i]);
    }

    void restartWithQueuedAndInFlight()
    {
        const QString other = f->server->addChat();
        f->server->addMessage(other, SenderType::Buyer, QStringLiteral("?"));
        pass();
        const qint64 otherId = f->chatIdOf(other);
        stopSync();
        const qint64 a1 = f->queueReply(m_chatId, QStringLiteral("first"));
        const qint64 a2 = f->queueReply(m_chatId, QStringLiteral("second"));
        const qint64 b = f->queueReply(otherId, QStringLiteral("in flight"));
        store::StoreError e;
        QVERIFY(store::OutboxRepository(f->db->connection()).markSending(b, &e));
        startSync();
        QTRY_COMPARE(stateOf(a2), QStringLiteral("sent"));
        QTRY_COMPARE(stateOf(b), QStringLiteral("sent"));
        QCOMPARE(stateOf(a1), QStringLiteral("sent"));
        QCOMPARE(f->server->sends, 3);
        const auto *chat = f->server->find(m_chat);
        QCOMPARE(chat->messages.at(chat->messages.size() - 2).body, QStringLiteral("first"));
        QCOMPARE(chat->messages.back().body, QStringLiteral("second"));
    }

    void closedWindowFailsThenRetryWorks()
    {
        const QString old = f->server->addChat();
        f->server->addMessage(old, SenderType::Buyer, QStringLiteral("hello?"),
                              QDateTime::currentDateTimeUtc().addDays(-3));
        pass();
        const qint64 chatId = f->chatIdOf(old);
        const qint64 intent = f->queueReply(chatId, QStringLiteral("Too late"));
        m_worker->poke();
        QTRY_COMPARE(stateOf(intent), QStringLiteral("failed"));
        QVERIFY(f->scalar(QStringLiteral("SELECT last_error FROM outbox WHERE id=%1").arg(intent))
                    .toString()
                    .contains(QStringLiteral("48")));
        QCOMPARE(f->server->sends, 0);

        f->server->addMessage(old, SenderType::Buyer, QStringLiteral("still there?"));
        pass();
        store::StoreError e;
        QVERIFY(store::OutboxRepository(f->db->connection()).retry(intent, &e));
        m_worker->poke();
        QTRY_COMPARE(stateOf(intent), QStringLiteral("sent"));
        QCOMPARE(f->server->sends, 1);
    }

    void markReadUpdatesBothSides()
    {
        f->server->addMessage(m_chat, SenderType::Buyer, QStringLiteral("hello?"));
        pass();
        QCOMPARE(
            f->scalar(QStringLiteral("SELECT unread_count FROM chats WHERE id=%1").arg(m_chatId))
                .toInt(),
            2);
        const QString newest = f->server->find(m_chat)->messages.back().remoteId;
        store::StoreError e;
        const qint64 intent =
            store::OutboxRepository(f->db->connection())
                .enqueue(QStringLiteral("chat.mark_read"),
                         QStringLiteral("chat-read:%1").arg(m_chatId),
                         QJsonObject{{QStringLiteral("chat_id"), m_chatId},
                                     {QStringLiteral("up_to_message_id"), newest}},
                         {}, &e);
        m_worker->poke();
        QTRY_COMPARE(stateOf(intent), QStringLiteral("sent"));
        QCOMPARE(f->server->count(FakeConnector::Call::MarkRead), 1);
        QCOMPARE(
            f->scalar(QStringLiteral("SELECT unread_count FROM chats WHERE id=%1").arg(m_chatId))
                .toInt(),
            0);
        QCOMPARE(f->scalar(QStringLiteral("SELECT read_up_to_message_id FROM chats WHERE id=%1")
                               .arg(m_chatId))
                     .toString(),
                 newest);
        pass(); // the list now agrees
        QCOMPARE(
            f->scalar(QStringLiteral("SELECT unread_count FROM chats WHERE id=%1").arg(m_chatId))
                .toInt(),
            0);
    }

    void accountTestReportsTheVerdict()
    {
        store::StoreError e;
        store::AccountRepository accounts(f->db->connection());
        const qint64 ok = accounts.queueConnectionTest(f->accountId, &e);
        m_worker->poke();
        QTRY_COMPARE(stateOf(ok), QStringLiteral("sent"));
        f->server->failNext(
            FakeConnector::Call::ListChats,
            FakeConnector::error(ConnectorError::Kind::Auth, QStringLiteral("Wrong Api-Key")));
        const qint64 bad = accounts.queueConnectionTest(f->accountId, &e);
        m_worker->poke();
        QTRY_COMPARE(stateOf(bad), QStringLiteral("failed"));
        QCOMPARE(f->scalar(QStringLiteral("SELECT last_error FROM outbox WHERE id=%1").arg(bad))
                     .toString(),
                 QStringLiteral("Wrong Api-Key"));
    }
};

QTEST_GUILESS_MAIN(TestChatIntents)
#include "tst_chatintents.moc"
