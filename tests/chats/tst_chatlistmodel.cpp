// ChatListModel under QAbstractItemModelTester: roles, search (titles, orders, message text,
// case and ё folding, narrowing and widening), each quick filter, both sorts, refresh from the
// store keeping the selection on its chat, the pinned chat, the background text index.
#include "models/items/ChatListModel.h"
#include "models/items/ChatSearchQuery.h"
#include "models/store/StoreNotifier.h"
#include "models/store/TimeFormat.h"
#include "tests/chats/ChatFixture.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace agentp;
using models::ChatListModel;
using testing::ChatFixture;

class TestChatListModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChatFixture> m_f;
    qint64 m_ozon = 0, m_wb = 0;
    qint64 m_anna = 0;  // ozon, newest, 2 unread, buyer waits
    qint64 m_boris = 0; // ozon, answered, message text "коробка помята"
    qint64 m_vera = 0;  // wb, 5 unread, oldest, order 12345-0001
    qint64 m_gleb = 0;  // wb, answered, "Ёлка" in title

    std::unique_ptr<ChatListModel>
    model(ChatListModel::TextIndex text = ChatListModel::TextIndex::Immediate)
    {
        auto m = std::make_unique<ChatListModel>(m_f->db(), &m_f->workspace().notifier(), text);
        new QAbstractItemModelTester(
            m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m.get());
        return m;
    }
    static QList<qint64> ids(const ChatListModel &m)
    {
        QList<qint64> out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r).data(ChatListModel::ChatIdRole).toLongLong();
        return out;
    }

private slots:
    void init()
    {
        m_f = std::make_unique<ChatFixture>();
        QVERIFY(m_f->open());
        m_ozon = m_f->addAccount(QStringLiteral("ozon"), QStringLiteral("Магазин Ozon"));
        m_wb = m_f->addAccount(QStringLiteral("wildberries"), QStringLiteral("Дом WB"));
        ChatFixture::Chat c;
        c.title = QStringLiteral("Анна Смирнова");
        c.lastMinutesAgo = 5;
        c.buyerMinutesAgo = 5;
        c.sellerMinutesAgo = 60;
        c.unread = 2;
        c.preview = QStringLiteral("Где мой заказ?");
        m_anna = m_f->addChat(m_ozon, c);
        m_f->addMessage(m_anna, QStringLiteral("buyer"), QStringLiteral("Где мой заказ?"), 5,
                        QStringLiteral("5"));
        c = {};
        c.title = QStringLiteral("Борис");
        c.lastMinutesAgo = 30;
        c.buyerMinutesAgo = 90;
        c.sellerMinutesAgo = 30;
        c.preview = QStringLiteral("Спасибо!");
        m_boris = m_f->addChat(m_ozon, c);
        m_f->addMessage(m_boris, QStringLiteral("buyer"),
                        QStringLiteral("Коробка помята, товар цел"), 90, QStringLiteral("1"));
        m_f->addMessage(m_boris, QStringLiteral("seller"), QStringLiteral("Спасибо!"), 30,
                        QStringLiteral("2"));
        c = {};
        c.title = QStringLiteral("Вера");
        c.lastMinutesAgo = 600;
        c.buyerMinutesAgo = 600;
        c.unread = 5;
        c.orderNumber = QStringLiteral("12345-0001");
        m_vera = m_f->addChat(m_wb, c);
        c = {};
        c.title = QStringLiteral("Ёлка Глеб");
        c.lastMinutesAgo = 120;
        c.buyerMinutesAgo = 200;
        c.sellerMinutesAgo = 120;
        m_gleb = m_f->addChat(m_wb, c);
    }

    void cleanup() { m_f.reset(); }

    void listsAllChatsByActivityWithRoles()
    {
        auto m = model();
        QCOMPARE(m->totalCount(), 4);
        QCOMPARE(ids(*m), (QList<qint64>{m_anna, m_boris, m_gleb, m_vera}));
        const QModelIndex anna = m->index(0);
        QCOMPARE(anna.data().toString(), QStringLiteral("Анна Смирнова"));
        QCOMPARE(anna.data(ChatListModel::MarketplaceRole).toString(), QStringLiteral("ozon"));
        QCOMPARE(anna.data(ChatListModel::AccountNameRole).toString(),
                 QStringLiteral("Магазин Ozon"));
        QCOMPARE(anna.data(ChatListModel::PreviewRole).toString(),
                 QStringLiteral("Где мой заказ?"));
        QCOMPARE(anna.data(ChatListModel::UnreadCountRole).toInt(), 2);
        QCOMPARE(anna.data(ChatListModel::UnansweredRole).toBool(), true);
        QCOMPARE(anna.data(ChatListModel::LastMessageAtRole).toDateTime(),
                 ChatFixture::minutesAgo(5));
        QCOMPARE(anna.data(ChatListModel::LastSellerMessageAtRole).toDateTime(),
                 ChatFixture::minutesAgo(60));
        QCOMPARE(anna.data(ChatListModel::ChatTypeRole).toString(), QStringLiteral("BUYER_SELLER"));
        QCOMPARE(anna.data(ChatListModel::StatusRole).toString(), QStringLiteral("OPENED"));
        // Anna waits since her message 5 minutes ago; the default rule gives 60 minutes.
        QCOMPARE(anna.data(ChatListModel::SlaDeadlineRole).toDateTime(),
                 ChatFixture::minutesAgo(5).addSecs(3600));
        QCOMPARE(m->index(1).data(ChatListModel::UnansweredRole).toBool(), false);
        QCOMPARE(m->accounts().size(), size_t(2));
    }

    void searchCoversTitlesOrdersAndMessageText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("expected"); // indexes into anna, boris, vera, gleb
        QTest::addRow("title, other case") << QStringLiteral("АННА") << QList<int>{0};
        QTest::addRow("message text only") << QStringLiteral("помята") << QList<int>{1};
        QTest::addRow("last message") << QStringLiteral("заказ?") << QList<int>{0};
        QTest::addRow("order number") << QStringLiteral("345-00") << QList<int>{2};
        QTest::addRow("е finds ё") << QStringLiteral("елка") << QList<int>{3};
        QTest::addRow("two words, both needed") << QStringLiteral("коробка цел") << QList<int>{1};
        QTest::addRow("two words, one missing") << QStringLiteral("коробка анна") << QList<int>{};
        QTest::addRow("nothing") << QStringLiteral("zzz") << QList<int>{};
        QTest::addRow("blank is everything") << QStringLiteral("   ") << QList<int>{0, 1, 3, 2};
    }

    void searchCoversTitlesOrdersAndMessageText()
    {
        QFETCH(QString, query);
        QFETCH(QList<int>, expected);
        const qint64 all[] = {m_anna, m_boris, m_vera, m_gleb};
        QList<qint64> want;
        for (int i : expected)
            want << all[i];
        auto m = model();
        m->setSearch(query);
        QCOMPARE(ids(*m), want);
    }

    void typingNarrowsAndBackspaceWidens()
    {
        auto m = model();
        QSignalSpy layout(m.get(), &QAbstractItemModel::layoutChanged);
        m->setSearch(QStringLiteral("б"));
        QCOMPARE(ids(*m), (QList<qint64>{m_boris, m_gleb})); // Борис, Глеб
        m->setSearch(QStringLiteral("бо"));
        QCOMPARE(ids(*m), (QList<qint64>{m_boris}));
        m->setSearch(QStringLiteral("б"));
        QCOMPARE(ids(*m), (QList<qint64>{m_boris, m_gleb}));
        m->setSearch(QString());
        QCOMPARE(m->rowCount(), 4);
        QCOMPARE(layout.count(), 4);
        QVERIFY(models::ChatSearchQuery(QStringLiteral("бор"))
                    .narrows(models::ChatSearchQuery(QStringLiteral("бо"))));
        QVERIFY(!models::ChatSearchQuery(QStringLiteral("бо"))
                     .narrows(models::ChatSearchQuery(QStringLiteral("бор"))));
    }

    void quickFiltersAndAccounts()
    {
        auto m = model();
        m->setUnreadOnly(true);
        QCOMPARE(ids(*m), (QList<qint64>{m_anna, m_vera}));
        m->setUnreadOnly(false);
        m->setUnansweredOnly(true);
        QCOMPARE(ids(*m), (QList<qint64>{m_anna, m_vera}));
        m->setUnansweredOnly(false);
        m->setMarketplace(QStringLiteral("wildberries"));
        QCOMPARE(ids(*m), (QList<qint64>{m_gleb, m_vera}));
        m->setMarketplace(QString());
        m->setAccount(m_ozon);
        QCOMPARE(ids(*m), (QList<qint64>{m_anna, m_boris}));
        m->setUnreadOnly(true);
        QCOMPARE(ids(*m), (QList<qint64>{m_anna}));
        m->setAccount(0);
        m->setUnreadOnly(false);
        QCOMPARE(m->rowCount(), 4);
    }

    void sortByUnread()
    {
        auto m = model();
        m->setSort(ChatListModel::Sort::Unread);
        QCOMPARE(ids(*m), (QList<qint64>{m_vera, m_anna, m_boris, m_gleb}));
        m->setSort(ChatListModel::Sort::LastActivity);
        QCOMPARE(ids(*m), (QList<qint64>{m_anna, m_boris, m_gleb, m_vera}));
    }

    void slaClocksUrgencyOrderAndUrgentFilter()
    {
        // The default rule (schema v7): 60 minutes for first and next response, warning 15
        // minutes before, around the clock. Дарья waits 50 minutes for a first answer (warning),
        // Вера 600 (breached), Анна 5 for a next answer (ok); Борис and Глеб were answered.
        ChatFixture::Chat c;
        c.title = QStringLiteral("Дарья");
        c.lastMinutesAgo = 50;
        c.buyerMinutesAgo = 50;
        const qint64 darya = m_f->addChat(m_wb, c);
        auto m = model();
        QDateTime now = ChatFixture::now();
        m->setClock([&now] { return now; });
        const auto stage = [&m](qint64 chat) {
            return domain::SlaStage(
                m->index(m->rowOf(chat)).data(ChatListModel::SlaStateRole).toInt());
        };
        QCOMPARE(stage(m_vera), domain::SlaStage::Breached);
        QCOMPARE(stage(darya), domain::SlaStage::Warning);
        QCOMPARE(stage(m_anna), domain::SlaStage::Ok);
        QCOMPARE(stage(m_boris), domain::SlaStage::NotWaiting);
        QCOMPARE(m->index(m->rowOf(m_anna)).data(ChatListModel::SlaDeadlineRole).toDateTime(),
                 ChatFixture::minutesAgo(5).addSecs(3600));
        QVERIFY(!m->index(m->rowOf(m_anna)).data(ChatListModel::SlaFirstResponseRole).toBool());
        QVERIFY(m->index(m->rowOf(darya)).data(ChatListModel::SlaFirstResponseRole).toBool());
        QVERIFY(!m->index(m->rowOf(m_gleb)).data(ChatListModel::SlaDeadlineRole).isValid());

        m->setSort(ChatListModel::Sort::Urgency);
        QCOMPARE(ids(*m), (QList<qint64>{m_vera, darya, m_anna, m_boris, m_gleb}));
        QCOMPARE(m->urgentCount(domain::SlaStage::Breached), 1);
        QCOMPARE(m->urgentCount(domain::SlaStage::Warning), 1);
        m->setUrgentOnly(true);
        QCOMPARE(ids(*m), (QList<qint64>{m_vera, darya}));
        // Turning Urgent on while a search is typed keeps both.
        m->setUrgentOnly(false);
        m->setSearch(QStringLiteral("а"));
        QVERIFY(ids(*m).contains(m_anna));
        m->setUrgentOnly(true);
        QCOMPARE(ids(*m), (QList<qint64>{m_vera, darya}));
        m->setSearch(QString());

        // 45 minutes later: Дарья is overdue too (less than Вера), Анна enters the warning.
        now = now.addSecs(45 * 60);
        m->setClock([&now] { return now; });
        QCOMPARE(ids(*m), (QList<qint64>{m_vera, darya, m_anna}));
        QCOMPARE(stage(darya), domain::SlaStage::Breached);
        QCOMPARE(stage(m_anna), domain::SlaStage::Warning);

        // A longer target for first responses, saved in the rules: the clocks follow.
        QVERIFY(m_f->exec(QStringLiteral("UPDATE sla_rules SET first_response_minutes = 1000")));
        m_f->workspace().notifier().notify({QStringLiteral("sla_rules")});
        QTRY_COMPARE(ids(*m), (QList<qint64>{m_anna}));
        QCOMPARE(stage(m_anna), domain::SlaStage::Warning);
    }

    void storeChangesMergeAndKeepTheSelection()
    {
        auto m = model();
        QItemSelectionModel selection(m.get());
        selection.setCurrentIndex(m->index(m->rowOf(m_gleb)), QItemSelectionModel::ClearAndSelect);
        QCOMPARE(selection.currentIndex().row(), 2);
        QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);

        // Vera writes again: her chat moves to the top; a new chat arrives; Boris is deleted.
        const QString now = store::toStoredTime(ChatFixture::minutesAgo(1));
        QVERIFY(m_f->exec(QStringLiteral("UPDATE chats SET last_message_at = '%1',"
                                         " last_buyer_message_at = '%1', unread_count = 6,"
                                         " last_message_preview = 'Алло?' WHERE id = %2")
                              .arg(now)
                              .arg(m_vera)));
        m_f->addMessage(m_vera, QStringLiteral("buyer"), QStringLiteral("Алло? Бандероль"), 1,
                        QStringLiteral("77"));
        ChatFixture::Chat c;
        c.title = QStringLiteral("Дарья");
        c.lastMinutesAgo = 15;
        const qint64 darya = m_f->addChat(m_ozon, c);
        QVERIFY(m_f->exec(QStringLiteral("DELETE FROM chats WHERE id = %1").arg(m_boris)));
        m_f->workspace().notifier().notify(
            {QStringLiteral("chats"), QStringLiteral("chat_messages")});

        QTRY_COMPARE(ids(*m), (QList<qint64>{m_vera, m_anna, darya, m_gleb}));
        QCOMPARE(reset.count(), 0);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(selection.currentIndex().data(ChatListModel::ChatIdRole).toLongLong(), m_gleb);
        QVERIFY(selection.isSelected(m->index(3)));
        QCOMPARE(m->index(0).data(ChatListModel::UnreadCountRole).toInt(), 6);
        // The new message's text is searchable at once.
        m->setSearch(QStringLiteral("бандероль"));
        QCOMPARE(ids(*m), (QList<qint64>{m_vera}));
    }

    void unchangedRefreshSignalsNothing()
    {
        auto m = model();
        QSignalSpy layout(m.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
        m_f->workspace().notifier().notify({QStringLiteral("chats")});
        QTest::qWait(0);
        QCoreApplication::processEvents();
        m->reload();
        QCOMPARE(layout.count(), 0);
        QCOMPARE(changed.count(), 0);
    }

    void theOpenChatStaysWhileFiltersWouldDropIt()
    {
        auto m = model();
        m->setUnreadOnly(true);
        m->setPinnedChat(m_anna);
        QVERIFY(m_f->exec(
            QStringLiteral("UPDATE chats SET unread_count = 0 WHERE id = %1").arg(m_anna)));
        m->reload();
        QCOMPARE(ids(*m), (QList<qint64>{m_anna, m_vera}));
        m->setPinnedChat(0);
        QCOMPARE(ids(*m), (QList<qint64>{m_vera}));
    }

    void nextUnreadWraps()
    {
        auto m = model();
        QCOMPARE(m->nextUnread(m_anna), m_vera);
        QCOMPARE(m->nextUnread(m_vera), m_anna);
        QCOMPARE(m->nextUnread(0), m_anna);
    }

    void largeListSearchesMessageTextOnThePool()
    {
        auto m = model();
        m->setLargeListThreshold(0, 0); // every list is "large", every scan goes to the pool
        QSignalSpy finished(m.get(), &ChatListModel::textSearchFinished);
        m->setSearch(QStringLiteral("цел")); // only in Boris's message text
        QVERIFY(m->textSearchPending());
        QCOMPARE(m->rowCount(), 0); // the keys answer at once: no title matches
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!m->textSearchPending());
        QCOMPARE(ids(*m), (QList<qint64>{m_boris}));
        // A superseded scan never lands.
        m->setSearch(QStringLiteral("помята"));
        m->setSearch(QStringLiteral("zzz"));
        QTRY_COMPARE(finished.count(), 2);
        QTest::qWait(50);
        QCOMPARE(finished.count(), 2);
        QCOMPARE(m->rowCount(), 0);
    }

    void largeListOpensWithTheLatestChatsFirst()
    {
        // Over the large-list threshold the constructor must not wait for every row: the most
        // recent chats are there at once, the rest and the message index arrive from threads.
        const int bulk = ChatListModel::kDefaultLargeList + 100;
        QSqlQuery q(m_f->db());
        QVERIFY(
            q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1"
                                  " FROM n WHERE i < %1)"
                                  " INSERT INTO chats(account_id, remote_id, title, created_at,"
                                  " last_message_at) SELECT %2, 'bulk-' || i, 'Bulk ' || i,"
                                  " '2020-01-01T00:00:00.000Z',"
                                  " strftime('%Y-%m-%dT%H:%M:%fZ', '2021-01-01', i || ' minutes')"
                                  " FROM n")
                       .arg(bulk)
                       .arg(m_wb)));
        auto m = model(ChatListModel::TextIndex::Background);
        QCOMPARE(m->rowCount(), ChatListModel::kFirstScreenChats);
        QVERIFY(!m->allRowsLoaded());
        QVERIFY(!m->messageTextReady());
        // The four fixture chats are the newest; then the bulk chats from the latest down.
        const QList<qint64> first = ids(*m);
        QCOMPARE(first.mid(0, 4), (QList<qint64>{m_anna, m_boris, m_gleb, m_vera}));
        QCOMPARE(m->index(4).data().toString(), QStringLiteral("Bulk %1").arg(bulk));
        QCOMPARE(m->index(ChatListModel::kFirstScreenChats - 1).data().toString(),
                 QStringLiteral("Bulk %1").arg(bulk - ChatListModel::kFirstScreenChats + 5));
        // A store change meanwhile (the sync thread writing) is no reason to read every row on
        // the GUI thread: only the recent ones are looked at; the rest is the load job's.
        emit m_f->workspace().notifier().changed({QStringLiteral("chats")});
        QCOMPARE(m->totalCount(), ChatListModel::kFirstScreenChats);
        QSignalSpy loaded(m.get(), &ChatListModel::loaded);
        QTRY_VERIFY_WITH_TIMEOUT(m->allRowsLoaded(), 30000);
        QCOMPARE(m->totalCount(), bulk + 4);
        QCOMPARE(ids(*m).mid(0, ChatListModel::kFirstScreenChats), first); // no jump on screen
        QTRY_VERIFY_WITH_TIMEOUT(m->messageTextReady(), 30000);
        QCOMPARE(loaded.size(), 2);              // rows, then the message index
        m->setSearch(QStringLiteral("коробка")); // Boris's message text
        QTRY_COMPARE(ids(*m), QList<qint64>{m_boris});
    }

    void largeListRefreshesByIndexThenReconciles()
    {
        auto m = model();
        m->setLargeListThreshold(0);
        QItemSelectionModel selection(m.get());
        selection.setCurrentIndex(m->index(m->rowOf(m_gleb)), QItemSelectionModel::ClearAndSelect);
        // Recent activity, a changed unread count and a new chat are seen at once.
        const QString now = store::toStoredTime(ChatFixture::minutesAgo(1));
        QVERIFY(m_f->exec(QStringLiteral("UPDATE chats SET last_message_at = '%1' WHERE id = %2")
                              .arg(now)
                              .arg(m_vera)));
        QVERIFY(m_f->exec(
            QStringLiteral("UPDATE chats SET unread_count = 0 WHERE id = %1").arg(m_anna)));
        ChatFixture::Chat c;
        c.title = QStringLiteral("Дарья");
        c.lastMinutesAgo = 15;
        const qint64 darya = m_f->addChat(m_ozon, c);
        // An old chat closed without a new message: only the reconciliation sees it.
        QVERIFY(m_f->exec(
            QStringLiteral("UPDATE chats SET status = 'CLOSED' WHERE id = %1").arg(m_gleb)));
        m_f->workspace().notifier().notify({QStringLiteral("chats")});
        QTRY_COMPARE(ids(*m), (QList<qint64>{m_vera, m_anna, darya, m_boris, m_gleb}));
        QCOMPARE(m->index(1).data(ChatListModel::UnreadCountRole).toInt(), 0);
        QCOMPARE(m->index(4).data(ChatListModel::StatusRole).toString(), QStringLiteral("OPENED"));
        QCOMPARE(selection.currentIndex().data(ChatListModel::ChatIdRole).toLongLong(), m_gleb);
        QSignalSpy loaded(m.get(), &ChatListModel::loaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QCOMPARE(m->index(m->rowOf(m_gleb)).data(ChatListModel::StatusRole).toString(),
                 QStringLiteral("CLOSED"));
        QCOMPARE(selection.currentIndex().data(ChatListModel::ChatIdRole).toLongLong(), m_gleb);
    }

    void messageTextIndexBuildsInTheBackground()
    {
        auto m = model(ChatListModel::TextIndex::Background);
        QSignalSpy ready(m.get(), &ChatListModel::messageTextReadyChanged);
        m->setSearch(QStringLiteral("помята"));
        QTRY_VERIFY(m->messageTextReady());
        QCOMPARE(ready.count(), 1);
        // The search typed before the index was there is answered once it is.
        QCOMPARE(ids(*m), (QList<qint64>{m_boris}));
    }
};

QTEST_GUILESS_MAIN(TestChatListModel)
#include "tst_chatlistmodel.moc"
