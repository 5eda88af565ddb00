// Saved chat views: the filter's JSON (round trip, damaged input), the repository (names unique
// regardless of case, order, rename, update, delete), counts equal to what the list shows for
// the same filter, and live counts under QAbstractItemModelTester as chats, the clock and the
// views change.
#include "models/domain/ChatViewFilter.h"
#include "models/items/ChatListModel.h"
#include "models/items/SavedViewModel.h"
#include "models/store/SavedViewRepository.h"
#include "models/store/StoreNotifier.h"
#include "tests/chats/ChatFixture.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTest>

using namespace agentp;
using domain::ChatSort;
using domain::ChatViewFilter;
using models::ChatListModel;
using models::SavedViewModel;
using store::SavedViewRepository;
using testing::ChatFixture;

Q_DECLARE_METATYPE(ChatViewFilter)

class TestSavedViews : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChatFixture> m_f;
    qint64 m_ozon = 0, m_wb = 0;

    std::unique_ptr<ChatListModel> chatModel()
    {
        auto m = std::make_unique<ChatListModel>(m_f->db(), &m_f->workspace().notifier(),
                                                 ChatListModel::TextIndex::Immediate);
        new QAbstractItemModelTester(
            m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m.get());
        return m;
    }
    static ChatViewFilter filter(const QString &json)
    {
        return ChatViewFilter::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    }

private slots:
    void init()
    {
        m_f = std::make_unique<ChatFixture>();
        QVERIFY(m_f->open());
        m_ozon = m_f->addAccount(QStringLiteral("ozon"), QStringLiteral("Магазин Ozon"));
        m_wb = m_f->addAccount(QStringLiteral("wildberries"), QStringLiteral("Дом WB"));
        ChatFixture::Chat c;
        c.title = QStringLiteral("Анна"); // ozon, waits 5 min, 2 unread
        c.lastMinutesAgo = 5;
        c.buyerMinutesAgo = 5;
        c.sellerMinutesAgo = 60;
        c.unread = 2;
        m_f->addChat(m_ozon, c);
        c = {};
        c.title = QStringLiteral("Борис"); // ozon, answered
        c.lastMinutesAgo = 30;
        c.buyerMinutesAgo = 90;
        c.sellerMinutesAgo = 30;
        const qint64 boris = m_f->addChat(m_ozon, c);
        m_f->addMessage(boris, QStringLiteral("buyer"), QStringLiteral("Коробка помята"), 90,
                        QStringLiteral("1"));
        c = {};
        c.title = QStringLiteral("Вера"); // wb, waits 600 min: breached, 5 unread
        c.lastMinutesAgo = 600;
        c.buyerMinutesAgo = 600;
        c.unread = 5;
        m_f->addChat(m_wb, c);
        c = {};
        c.title = QStringLiteral("Глеб"); // wb, answered
        c.lastMinutesAgo = 120;
        c.buyerMinutesAgo = 200;
        c.sellerMinutesAgo = 120;
        m_f->addChat(m_wb, c);
    }

    void cleanup() { m_f.reset(); }

    void filterJsonRoundTrips()
    {
        ChatViewFilter f;
        f.search = QStringLiteral("  помята ");
        f.accountId = 9007199254740993; // above 2^53: kept exactly (stored as text)
        f.marketplace = QStringLiteral("ozon");
        f.unreadOnly = true;
        f.urgentOnly = true;
        f.sort = ChatSort::Urgency;
        const ChatViewFilter back = ChatViewFilter::fromJson(f.toJson());
        QVERIFY(back == f);
        QCOMPARE(back.accountId, f.accountId);
        QCOMPARE(back.search, QStringLiteral("помята"));
        QVERIFY(!back.unansweredOnly);
    }

    void damagedJsonFallsBackToAll()
    {
        const ChatViewFilter all;
        QVERIFY(filter(QStringLiteral("not json")) == all);
        QVERIFY(filter(QStringLiteral("{\"account\":\"x\",\"sort\":\"sideways\",\"unread\":"
                                      "\"yes\",\"future\":[1]}")) == all);
        QCOMPARE(filter(QStringLiteral("{\"account\":-4}")).accountId, 0);
        QCOMPARE(filter(QStringLiteral("{\"account\":7}")).accountId, 7); // hand-edited number
        QCOMPARE(filter(QStringLiteral("{\"sort\":\"unread\"}")).sort, ChatSort::Unread);
    }

    void repositoryKeepsNamesUniqueAndOrdered()
    {
        SavedViewRepository repo(m_f->db());
        store::StoreError error;
        QString problem;
        ChatViewFilter urgent;
        urgent.urgentOnly = true;
        const qint64 a = repo.add(QStringLiteral(" Срочные Ozon "), urgent, &problem, &error);
        QVERIFY2(a > 0, qPrintable(problem + error.message));
        const qint64 b = repo.add(QStringLiteral("Без ответа WB"), {}, &problem, &error);
        QVERIFY(b > 0);
        // Names differ in case only: the same name (Cyrillic too), refused with a reason.
        QCOMPARE(repo.add(QStringLiteral("срочные OZON"), {}, &problem, &error), 0);
        QVERIFY(problem.contains(QStringLiteral("срочные OZON")));
        QCOMPARE(repo.add(QStringLiteral("   "), {}, &problem, &error), 0);
        QVERIFY(!problem.isEmpty());
        QCOMPARE(repo.add(QString(61, QLatin1Char('x')), {}, &problem, &error), 0);
        QVERIFY(!problem.isEmpty());
        QVERIFY(!error.isError());
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM saved_filters")), 2);

        QList<SavedViewRepository::View> views = repo.views(&error);
        QCOMPARE(views.size(), 2);
        QCOMPARE(views.at(0).name, QStringLiteral("Срочные Ozon")); // trimmed
        QVERIFY(views.at(0).filter == urgent);

        QVERIFY(repo.move(b, 0, &error));
        views = repo.views(&error);
        QCOMPARE(views.at(0).id, b);
        QCOMPARE(views.at(1).id, a);

        QVERIFY(!repo.rename(a, QStringLiteral("без ответа wb"), &problem, &error));
        QVERIFY(!problem.isEmpty());
        QVERIFY(repo.rename(a, QStringLiteral("Срочные"), &problem, &error));
        QVERIFY(repo.rename(a, QStringLiteral("СРОЧНЫЕ"), &problem, &error)); // itself: fine
        ChatViewFilter unread;
        unread.unreadOnly = true;
        QVERIFY(repo.update(a, unread, &error));
        views = repo.views(&error);
        QCOMPARE(views.at(1).name, QStringLiteral("СРОЧНЫЕ"));
        QVERIFY(views.at(1).filter == unread);

        QVERIFY(repo.remove(a, &error));
        QCOMPARE(repo.views(&error).size(), 1);
        QVERIFY(!repo.update(a, unread, &error));
        QCOMPARE(error.kind, store::StoreError::Kind::NotFound);
        error = {};
        QVERIFY(!repo.move(a, 0, &error));
    }

    void countMatchesWhatTheListShows_data()
    {
        QTest::addColumn<ChatViewFilter>("f");
        QTest::addColumn<int>("expected");
        QTest::addRow("all") << filter(QStringLiteral("{}")) << 4;
        QTest::addRow("ozon") << filter(QStringLiteral("{\"marketplace\":\"ozon\"}")) << 2;
        QTest::addRow("unread") << filter(QStringLiteral("{\"unread\":true}")) << 2;
        QTest::addRow("unanswered wb")
            << filter(QStringLiteral("{\"unanswered\":true,\"marketplace\":\"wildberries\"}")) << 1;
        QTest::addRow("urgent, by urgency")
            << filter(QStringLiteral("{\"urgent\":true,\"sort\":\"urgency\"}")) << 1;
        QTest::addRow("message text") << filter(QStringLiteral("{\"search\":\"помята\"}")) << 1;
        QTest::addRow("title and account")
            << filter(QStringLiteral("{\"search\":\"ГЛЕБ\",\"marketplace\":\"wildberries\"}")) << 1;
        QTest::addRow("nothing") << filter(QStringLiteral("{\"search\":\"zzz\"}")) << 0;
    }

    void countMatchesWhatTheListShows()
    {
        QFETCH(ChatViewFilter, f);
        QFETCH(int, expected);
        auto m = chatModel();
        const QDateTime now = ChatFixture::now();
        m->setClock([now] { return now; });
        QCOMPARE(m->countMatching(f), expected);
        m->applyFilter(f);
        QVERIFY(m->filter() == f);
        QCOMPARE(m->rowCount(), expected);
    }

    void countsFollowTheClockTheChatsAndTheViews()
    {
        auto chats = chatModel();
        QDateTime now = ChatFixture::now();
        chats->setClock([&now] { return now; });
        SavedViewRepository repo(m_f->db());
        store::StoreError error;
        QString problem;
        ChatViewFilter urgent;
        urgent.urgentOnly = true;
        QVERIFY(repo.add(QStringLiteral("Urgent"), urgent, &problem, &error) > 0);
        ChatViewFilter ozon;
        ozon.marketplace = QStringLiteral("ozon");
        const qint64 ozonView = repo.add(QStringLiteral("Ozon"), ozon, &problem, &error);

        SavedViewModel views(m_f->db(), &m_f->workspace().notifier(), chats.get());
        QAbstractItemModelTester tester(&views,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        views.setRecountDelay(0);
        QCOMPARE(views.rowCount(), 2);
        QCOMPARE(views.index(0).data().toString(), QStringLiteral("Urgent"));
        QCOMPARE(views.index(0).data(SavedViewModel::CountRole).toInt(), 1); // Вера
        QCOMPARE(views.index(1).data(SavedViewModel::CountRole).toInt(), 2);

        // 45 minutes on, Анна (due 55 minutes from the start, warning at 15) is in warning.
        now = now.addSecs(45 * 60);
        chats->setClock([&now] { return now; });
        QTRY_COMPARE(views.index(0).data(SavedViewModel::CountRole).toInt(), 2);

        // A new Ozon chat arrives from the sync side.
        ChatFixture::Chat c;
        c.title = QStringLiteral("Дарья");
        c.lastMinutesAgo = 1;
        m_f->addChat(m_ozon, c);
        m_f->workspace().notifier().notify({QStringLiteral("chats")});
        QTRY_COMPARE(views.index(1).data(SavedViewModel::CountRole).toInt(), 3);

        // Renamed and moved elsewhere (another window): the sidebar follows the store.
        QVERIFY(repo.rename(ozonView, QStringLiteral("Все Ozon"), &problem, &error));
        QVERIFY(repo.move(ozonView, 0, &error));
        m_f->workspace().notifier().notify({QStringLiteral("saved_filters")});
        QTRY_COMPARE(views.index(0).data().toString(), QStringLiteral("Все Ozon"));
        QCOMPARE(views.rowOfFilter(ozon), 0);
        QCOMPARE(views.rowOfFilter(ChatViewFilter{}), -1);
    }

    void countsFollowChatsTheListDoesNotShow()
    {
        auto chats = chatModel();
        ChatViewFilter ozon;
        ozon.marketplace = QStringLiteral("ozon");
        chats->applyFilter(ozon); // the list shows Ozon only
        SavedViewRepository repo(m_f->db());
        store::StoreError error;
        QString problem;
        ChatViewFilter wb;
        wb.marketplace = QStringLiteral("wildberries");
        QVERIFY(repo.add(QStringLiteral("WB"), wb, &problem, &error) > 0);
        SavedViewModel views(m_f->db(), &m_f->workspace().notifier(), chats.get());
        views.setRecountDelay(0);
        QCOMPARE(views.countAt(0), 2);
        const int shown = chats->rowCount();
        ChatFixture::Chat c;
        c.title = QStringLiteral("Ефим");
        c.lastMinutesAgo = 1;
        m_f->addChat(m_wb, c); // a chat the list does not show arrives
        m_f->workspace().notifier().notify({QStringLiteral("chats")});
        QTRY_COMPARE(views.countAt(0), 3);
        QCOMPARE(chats->rowCount(), shown);
    }

    void aViewOfARemovedAccountMeansAllAccounts()
    {
        auto chats = chatModel();
        ChatViewFilter gone;
        gone.accountId = 999;
        gone.unreadOnly = true;
        SavedViewRepository repo(m_f->db());
        store::StoreError error;
        QString problem;
        QVERIFY(repo.add(QStringLiteral("Old shop"), gone, &problem, &error) > 0);
        SavedViewModel views(m_f->db(), &m_f->workspace().notifier(), chats.get());
        QCOMPARE(views.countAt(0), 2); // unread in every account, as the list would show it
        ChatViewFilter shown = gone;
        shown.accountId = 0; // what the pane applies
        chats->applyFilter(shown);
        QCOMPARE(chats->rowCount(), 2);
        QCOMPARE(views.rowOfFilter(chats->filter()), 0); // and the view is marked active
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
