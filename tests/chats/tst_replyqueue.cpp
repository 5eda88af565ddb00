// ReplyQueue: a reply is one transaction (message row + intent + link + the chat's activity),
// refusals write nothing, files are checked before being copied, mark-read and retry.
#include "models/store/OutboxRepository.h"
#include "models/store/ReplyQueue.h"
#include "models/store/StoreNotifier.h"
#include "tests/chats/ChatFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace agentp;
using testing::ChatFixture;

class TestReplyQueue : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChatFixture> m_f;
    qint64 m_account = 0;
    qint64 m_open = 0;   // buyer wrote 30 minutes ago, 2 unread
    qint64 m_closed = 0; // status CLOSED
    qint64 m_late = 0;   // buyer wrote 3 days ago: window closed

    store::ReplyQueue queue()
    {
        store::ReplyQueue q(m_f->db(), m_f->path(), &m_f->workspace().notifier());
        q.setClock([] { return ChatFixture::now(); });
        return q;
    }
    int messages() const
    {
        return m_f->count(QStringLiteral("SELECT COUNT(*) FROM chat_messages"));
    }
    int intents() const { return m_f->count(QStringLiteral("SELECT COUNT(*) FROM outbox")); }
    QString writeFile(const QString &name, qint64 size) const
    {
        const QString path = m_f->dir() + QStringLiteral("/in/") + name;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QByteArray("\x89PNG\r\n\x1a\n", 8));
        file.resize(size);
        return path;
    }
    int outgoingFiles() const
    {
        QDir dir(store::ReplyQueue::outgoingFolder(m_f->path()));
        return dir.exists() ? int(dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size()) : 0;
    }

private slots:
    void init()
    {
        m_f = std::make_unique<ChatFixture>();
        QVERIFY(m_f->open());
        m_account = m_f->addAccount(QStringLiteral("ozon"), QStringLiteral("Магазин"));
        ChatFixture::Chat c;
        c.title = QStringLiteral("Анна");
        c.lastMinutesAgo = 30;
        c.buyerMinutesAgo = 30;
        c.unread = 2;
        m_open = m_f->addChat(m_account, c);
        m_f->addMessage(m_open, QStringLiteral("buyer"), QStringLiteral("Здравствуйте"), 40,
                        QStringLiteral("9"));
        m_f->addMessage(m_open, QStringLiteral("buyer"), QStringLiteral("Где заказ?"), 30,
                        QStringLiteral("10"));
        c.status = QStringLiteral("CLOSED");
        m_closed = m_f->addChat(m_account, c);
        c.status = QStringLiteral("OPENED");
        c.buyerMinutesAgo = 3 * 24 * 60;
        m_late = m_f->addChat(m_account, c);
    }

    void cleanup() { m_f.reset(); }

    void textReplyIsOneLinkedTransaction()
    {
        QSignalSpy changed(&m_f->workspace().notifier(), &store::StoreNotifier::changed);
        store::StoreError error;
        store::ReplyQueue author = queue();
        author.setAuthor(QStringLiteral("Ирина")); // who types: the report's "per agent"
        const store::QueuedReply r = author.queueText(m_open, QStringLiteral("Уже в пути"), &error);
        QVERIFY2(r.ok(), qPrintable(r.problem + error.message));
        QVERIFY(r.problem.isEmpty());

        QSqlQuery q(m_f->db());
        q.prepare(QStringLiteral("SELECT chat_id, remote_id, sender_type, body, created_at,"
                                 " outbox_id, author FROM chat_messages WHERE id = ?"));
        q.addBindValue(r.messageId);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), m_open);
        QVERIFY(q.value(1).isNull());
        QCOMPARE(q.value(2).toString(), QStringLiteral("seller"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("Уже в пути"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("2026-11-20T12:00:00.000Z"));
        QCOMPARE(q.value(5).toLongLong(), r.outboxId);
        QCOMPARE(q.value(6).toString(), QStringLiteral("Ирина"));

        const auto intent = store::OutboxRepository(m_f->db()).find(r.outboxId, &error);
        QVERIFY(intent);
        QCOMPARE(intent->kind, QStringLiteral("chat.send_text"));
        QCOMPARE(intent->target, QStringLiteral("chat:%1").arg(m_open));
        QCOMPARE(intent->state, domain::OutboxIntent::State::Queued);
        QCOMPARE(intent->payload.value(QStringLiteral("chat_id")).toInteger(), m_open);
        QCOMPARE(intent->payload.value(QStringLiteral("message_id")).toInteger(), r.messageId);
        QCOMPARE(intent->payload.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Уже в пути"));

        // The list sees the reply: newest activity, no longer unanswered.
        QCOMPARE(m_f->value(QStringLiteral("SELECT last_message_preview FROM chats WHERE id = %1")
                                .arg(m_open))
                     .toString(),
                 QStringLiteral("Уже в пути"));
        QCOMPARE(m_f->value(QStringLiteral("SELECT last_seller_message_at FROM chats WHERE id = %1")
                                .arg(m_open))
                     .toString(),
                 QStringLiteral("2026-11-20T12:00:00.000Z"));
        QTRY_COMPARE(changed.count(), 1);
        const auto tables = changed.at(0).at(0).value<QSet<QString>>();
        QVERIFY(tables.contains(QStringLiteral("chat_messages")));
        QVERIFY(tables.contains(QStringLiteral("outbox")));
        QVERIFY(tables.contains(QStringLiteral("chats")));
    }

    void refusedRepliesWriteNothing_data()
    {
        QTest::addColumn<int>("chat");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty") << 0 << QStringLiteral("   \n ") << QStringLiteral("empty");
        QTest::addRow("too long") << 0 << QString(1001, QLatin1Char('a')) << QStringLiteral("1001");
        QTest::addRow("closed chat") << 1 << QStringLiteral("Привет") << QStringLiteral("closed");
        QTest::addRow("window closed")
            << 2 << QStringLiteral("Привет") << QStringLiteral("48-hour");
        QTest::addRow("no such chat")
            << 3 << QStringLiteral("Привет") << QStringLiteral("no longer exists");
    }

    void refusedRepliesWriteNothing()
    {
        QFETCH(int, chat);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const qint64 ids[] = {m_open, m_closed, m_late, 999};
        const int before = messages();
        store::StoreError error;
        const store::QueuedReply r = queue().queueText(ids[chat], text, &error);
        QVERIFY(!r.ok());
        QVERIFY2(r.problem.contains(expected), qPrintable(r.problem));
        QVERIFY(!error.isError());
        QCOMPARE(messages(), before);
        QCOMPARE(intents(), 0);
    }

    void failureInsideRollsEverythingBack()
    {
        // The intent cannot be written: the message row must not stay behind.
        QVERIFY(m_f->exec(QStringLiteral("CREATE TRIGGER no_outbox BEFORE INSERT ON outbox"
                                         " BEGIN SELECT RAISE(ABORT, 'outbox is full'); END")));
        const int before = messages();
        store::StoreError error;
        const store::QueuedReply r = queue().queueText(m_open, QStringLiteral("Привет"), &error);
        QVERIFY(!r.ok());
        QVERIFY(error.isError());
        QCOMPARE(messages(), before);
        QCOMPARE(m_f->value(QStringLiteral("SELECT last_message_preview FROM chats WHERE id = %1")
                                .arg(m_open))
                     .toString(),
                 QString());
    }

    void fileIsCopiedAndQueued()
    {
        const QString source = writeFile(QStringLiteral("photo.png"), 4096);
        store::StoreError error;
        const store::QueuedReply r = queue().queueFile(m_open, source, &error);
        QVERIFY2(r.ok(), qPrintable(r.problem + error.message));
        const auto intent = store::OutboxRepository(m_f->db()).find(r.outboxId, &error);
        QCOMPARE(intent->kind, QStringLiteral("chat.send_file"));
        QCOMPARE(intent->target, QStringLiteral("chat:%1").arg(m_open));
        const QString copy = intent->payload.value(QStringLiteral("path")).toString();
        QVERIFY(copy.startsWith(store::ReplyQueue::outgoingFolder(m_f->path())));
        QVERIFY(copy != source);
        QCOMPARE(QFileInfo(copy).size(), 4096);
        QCOMPARE(intent->payload.value(QStringLiteral("name")).toString(),
                 QStringLiteral("photo.png"));
        QCOMPARE(intent->payload.value(QStringLiteral("size")).toInteger(), 4096);
        QCOMPARE(intent->payload.value(QStringLiteral("message_id")).toInteger(), r.messageId);
        // The bubble shows the file from the copy.
        QCOMPARE(m_f->value(QStringLiteral("SELECT local_path FROM attachments WHERE message_id"
                                           " = %1")
                                .arg(r.messageId))
                     .toString(),
                 copy);
        QCOMPARE(m_f->value(QStringLiteral("SELECT kind FROM attachments WHERE message_id = %1")
                                .arg(r.messageId))
                     .toString(),
                 QStringLiteral("image"));
        QCOMPARE(m_f->value(QStringLiteral("SELECT outbox_id FROM chat_messages WHERE id = %1")
                                .arg(r.messageId))
                     .toLongLong(),
                 r.outboxId);
    }

    void badFilesAreRefusedBeforeCopying_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("expected");
        QTest::addRow("over the limit") << QStringLiteral("big.png") << qint64(11 * 1024 * 1024)
                                        << QStringLiteral("the limit is");
        QTest::addRow("wrong type")
            << QStringLiteral("tool.exe") << qint64(100) << QStringLiteral("allowed are");
        QTest::addRow("empty") << QStringLiteral("empty.png") << qint64(0)
                               << QStringLiteral("is empty");
    }

    void badFilesAreRefusedBeforeCopying()
    {
        QFETCH(QString, name);
        QFETCH(qint64, size);
        QFETCH(QString, expected);
        const QString source = writeFile(name, size);
        const int before = messages();
        store::StoreError error;
        const store::QueuedReply r = queue().queueFile(m_open, source, &error);
        QVERIFY(!r.ok());
        QVERIFY2(r.problem.contains(expected), qPrintable(r.problem));
        QCOMPARE(messages(), before);
        QCOMPARE(intents(), 0);
        QCOMPARE(outgoingFiles(), 0);
    }

    void missingFileAndClosedWindowLeaveNoCopy()
    {
        store::StoreError error;
        QVERIFY(!queue().queueFile(m_open, m_f->dir() + QStringLiteral("/nope.png"), &error).ok());
        const QString source = writeFile(QStringLiteral("photo.png"), 100);
        const store::QueuedReply r = queue().queueFile(m_late, source, &error);
        QVERIFY(!r.ok());
        QVERIFY(r.problem.contains(QStringLiteral("48-hour")));
        QCOMPARE(outgoingFiles(), 0); // the copy made before the window check is gone again
        QCOMPARE(intents(), 0);
    }

    void markReadQueuesOnceUpToTheNewestMessage()
    {
        store::StoreError error;
        QVERIFY(queue().markRead(m_open, &error));
        QCOMPARE(
            m_f->count(QStringLiteral("SELECT unread_count FROM chats WHERE id = %1").arg(m_open)),
            0);
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM chat_messages WHERE chat_id = %1"
                                           " AND is_read = 0")
                                .arg(m_open)),
                 0);
        const auto intents = store::OutboxRepository(m_f->db()).forTarget(
            store::ReplyQueue::readTarget(m_open), &error);
        QCOMPARE(intents.size(), size_t(1));
        QCOMPARE(intents[0].kind, QStringLiteral("chat.mark_read"));
        QCOMPARE(intents[0].target, QStringLiteral("chat-read:%1").arg(m_open));
        // "10" is newer than "9": ids compare as numbers.
        QCOMPARE(intents[0].payload.value(QStringLiteral("up_to_message_id")).toString(),
                 QStringLiteral("10"));
        QCOMPARE(intents[0].payload.value(QStringLiteral("chat_id")).toInteger(), m_open);

        // Nothing unread any more: no second intent.
        QVERIFY(queue().markRead(m_open, &error));
        QCOMPARE(this->intents(), 1);
    }

    void retryRequeuesAFailedSend()
    {
        store::StoreError error;
        const store::QueuedReply r = queue().queueText(m_open, QStringLiteral("Привет"), &error);
        store::OutboxRepository outbox(m_f->db());
        QVERIFY(!queue().retry(r.outboxId, &error)); // not failed: nothing to retry
        QVERIFY(outbox.markSending(r.outboxId, &error));
        QVERIFY(outbox.markFailed(r.outboxId, QStringLiteral("Chat is closed"), &error));
        QVERIFY(queue().retry(r.outboxId, &error));
        QCOMPARE(outbox.find(r.outboxId, &error)->state, domain::OutboxIntent::State::Queued);
    }
};

QTEST_GUILESS_MAIN(TestReplyQueue)
#include "tst_replyqueue.moc"
