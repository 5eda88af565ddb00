// ChatMessageModel under QAbstractItemModelTester: newest page at the bottom, older pages by
// fetchMore, then olderHistoryWanted once; message order by time and numeric remote id;
// delivery states of our replies from the outbox; attachments; new messages merged in place.
#include "models/items/ChatMessageModel.h"
#include "models/store/OutboxRepository.h"
#include "models/store/ReplyQueue.h"
#include "models/store/StoreNotifier.h"
#include "tests/chats/ChatFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace agentp;
using models::ChatMessageModel;
using testing::ChatFixture;

class TestChatMessageModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChatFixture> m_f;
    qint64 m_account = 0;
    qint64 m_long = 0;  // 120 messages, history not complete
    qint64 m_short = 0; // 3 messages, complete

    std::unique_ptr<ChatMessageModel> model()
    {
        auto m = std::make_unique<ChatMessageModel>(m_f->db(), &m_f->workspace().notifier());
        new QAbstractItemModelTester(
            m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m.get());
        return m;
    }
    void notify(const QStringList &tables) { m_f->workspace().notifier().notify(tables); }

private slots:
    void init()
    {
        m_f = std::make_unique<ChatFixture>();
        QVERIFY(m_f->open());
        m_account = m_f->addAccount(QStringLiteral("ozon"), QStringLiteral("Магазин"));
        ChatFixture::Chat c;
        c.title = QStringLiteral("Анна");
        c.lastMinutesAgo = 1;
        c.buyerMinutesAgo = 1;
        m_long = m_f->addChat(m_account, c);
        for (int i = 0; i < 120; ++i)
            m_f->addMessage(m_long, i % 2 ? QStringLiteral("seller") : QStringLiteral("buyer"),
                            QStringLiteral("message %1").arg(i), 1000 - i,
                            QString::number(1000 + i));
        c.historyComplete = true;
        m_short = m_f->addChat(m_account, c);
        // Same millisecond: "9" before "10" (numeric), a local reply (no id) first.
        m_f->addMessage(m_short, QStringLiteral("buyer"), QStringLiteral("ten"), 10,
                        QStringLiteral("10"));
        m_f->addMessage(m_short, QStringLiteral("buyer"), QStringLiteral("nine"), 10,
                        QStringLiteral("9"));
        m_f->addMessage(m_short, QStringLiteral("seller"), QStringLiteral("local"), 10);
    }

    void cleanup() { m_f.reset(); }

    void newestPageAtTheBottomOlderByFetchMore()
    {
        auto m = model();
        m->setPageSize(50);
        QSignalSpy older(m.get(), &ChatMessageModel::olderHistoryWanted);
        m->setChat(m_long);
        QCOMPARE(m->rowCount(), 50);
        QCOMPARE(m->index(49).data().toString(), QStringLiteral("message 119"));
        QCOMPARE(m->index(0).data().toString(), QStringLiteral("message 70"));
        QVERIFY(m->canFetchMore({}));
        m->fetchMore({});
        QCOMPARE(m->rowCount(), 100);
        QCOMPARE(m->index(0).data().toString(), QStringLiteral("message 20"));
        m->fetchMore({});
        QCOMPARE(m->rowCount(), 120);
        QCOMPARE(m->index(0).data().toString(), QStringLiteral("message 0"));
        QCOMPARE(older.count(), 0);
        // The store has no more; the chat's history is not complete: ask the sync side, once.
        QVERIFY(m->canFetchMore({}));
        m->fetchMore({});
        QCOMPARE(older.count(), 1);
        QCOMPARE(older.at(0).at(0).toLongLong(), m_long);
        QVERIFY(!m->canFetchMore({}));
        // The sync side stores older messages: they can be fetched.
        m_f->addMessage(m_long, QStringLiteral("buyer"), QStringLiteral("older"), 5000,
                        QStringLiteral("999"));
        notify({QStringLiteral("chat_messages")});
        QTRY_VERIFY(m->canFetchMore({}));
        m->fetchMore({});
        QCOMPARE(m->rowCount(), 121);
        QCOMPARE(m->index(0).data().toString(), QStringLiteral("older"));
    }

    void completeHistoryAsksNothing()
    {
        auto m = model();
        QSignalSpy older(m.get(), &ChatMessageModel::olderHistoryWanted);
        m->setChat(m_short);
        QVERIFY(!m->canFetchMore({}));
        m->fetchMore({});
        QCOMPARE(older.count(), 0);
        QCOMPARE(m->chat().title, QStringLiteral("Анна"));
        QCOMPARE(m->chat().marketplace, QStringLiteral("ozon"));
    }

    void orderIsTimeThenNumericRemoteId()
    {
        auto m = model();
        m->setChat(m_short);
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->index(0).data().toString(), QStringLiteral("local"));
        QCOMPARE(m->index(1).data().toString(), QStringLiteral("nine"));
        QCOMPARE(m->index(2).data().toString(), QStringLiteral("ten"));
        QCOMPARE(m->index(2).data(ChatMessageModel::SenderTypeRole).toString(),
                 QStringLiteral("buyer"));
        QCOMPARE(m->index(2).data(ChatMessageModel::RemoteIdRole).toString(), QStringLiteral("10"));
    }

    void ourReplyShowsItsDeliveryState()
    {
        auto m = model();
        m->setChat(m_short);
        QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
        store::ReplyQueue queue(m_f->db(), m_f->path(), &m_f->workspace().notifier());
        queue.setClock([] { return ChatFixture::now(); });
        store::StoreError error;
        const store::QueuedReply r = queue.queueText(m_short, QStringLiteral("Отправлено"), &error);
        QVERIFY(r.ok());
        QTRY_COMPARE(m->rowCount(), 4);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        const auto state = [&] {
            return m->index(3).data(ChatMessageModel::DeliveryStateRole).toString();
        };
        QCOMPARE(m->index(3).data().toString(), QStringLiteral("Отправлено"));
        QCOMPARE(state(), QStringLiteral("queued"));
        QCOMPARE(m->index(3).data(ChatMessageModel::IsOwnRole).toBool(), true);
        QCOMPARE(m->index(3).data(ChatMessageModel::OutboxIdRole).toLongLong(), r.outboxId);
        QCOMPARE(m->index(2).data(ChatMessageModel::IsOwnRole).toBool(), false);

        store::OutboxRepository outbox(m_f->db());
        QVERIFY(outbox.markSending(r.outboxId, &error));
        notify({QStringLiteral("outbox")});
        QTRY_COMPARE(state(), QStringLiteral("sending"));
        QVERIFY(outbox.markFailed(r.outboxId, QStringLiteral("Ozon: chat is closed"), &error));
        notify({QStringLiteral("outbox")});
        QTRY_COMPARE(state(), QStringLiteral("failed"));
        QCOMPARE(m->index(3).data(ChatMessageModel::LastErrorRole).toString(),
                 QStringLiteral("Ozon: chat is closed"));
        QVERIFY(queue.retry(r.outboxId, &error));
        QTRY_COMPARE(state(), QStringLiteral("queued"));
        QVERIFY(outbox.markDone(r.outboxId, domain::OutboxIntent::State::Sent, &error));
        notify({QStringLiteral("outbox")});
        QTRY_COMPARE(state(), QStringLiteral("sent"));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m->rowCount(), 4);
    }

    void attachmentsAreListed()
    {
        const qint64 message = m_f->addMessage(m_short, QStringLiteral("buyer"),
                                               QStringLiteral("photo"), 5, QStringLiteral("11"));
        const qint64 image =
            m_f->addAttachment(message, QStringLiteral("image"), QStringLiteral("box.png"));
        m_f->addAttachment(message, QStringLiteral("file"), QStringLiteral("act.pdf"),
                           QStringLiteral("/tmp/act.pdf"));
        auto m = model();
        m->setChat(m_short);
        const QVariantList list = m->index(3).data(ChatMessageModel::AttachmentsRole).toList();
        QCOMPARE(list.size(), 2);
        const QVariantMap first = list.at(0).toMap();
        QCOMPARE(first.value(QStringLiteral("id")).toLongLong(), image);
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("image"));
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("box.png"));
        QCOMPARE(first.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://example.test/box.png"));
        QCOMPARE(first.value(QStringLiteral("localPath")).toString(), QString());
        QCOMPARE(first.value(QStringLiteral("mimeType")).toString(), QStringLiteral("image/png"));
        QCOMPARE(first.value(QStringLiteral("size")).toLongLong(), 2048);
        QCOMPARE(list.at(1).toMap().value(QStringLiteral("localPath")).toString(),
                 QStringLiteral("/tmp/act.pdf"));

        // The download lands: the row changes in place.
        QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_f->exec(QStringLiteral("UPDATE attachments SET local_path = '/tmp/box.png'"
                                         " WHERE id = %1")
                              .arg(image)));
        notify({QStringLiteral("attachments")});
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
    }

    void switchingChatsResets()
    {
        auto m = model();
        m->setChat(m_short);
        QSignalSpy chat(m.get(), &ChatMessageModel::chatChanged);
        m->setChat(m_long);
        QCOMPARE(m->rowCount(), ChatMessageModel::kDefaultPageSize);
        QCOMPARE(chat.count(), 1);
        m->setChat(0);
        QCOMPARE(m->rowCount(), 0);
        QVERIFY(!m->canFetchMore({}));
    }
};

QTEST_GUILESS_MAIN(TestChatMessageModel)
#include "tst_chatmessagemodel.moc"
