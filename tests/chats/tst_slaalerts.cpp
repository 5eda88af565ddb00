// SLA notifications, decided by SlaAlertTracker on an injected clock (no real waiting): one
// alert per chat per stage and wait, none for muted chats or while "do not disturb" is on (and
// nothing stale afterwards), a new wait after a reply alerts again, the stages reached before
// the console started are a baseline, and the tray counts.
#include "models/items/ChatListModel.h"
#include "models/items/SlaAlertTracker.h"
#include "models/store/ChatRepository.h"
#include "models/store/StoreNotifier.h"
#include "models/store/TimeFormat.h"
#include "tests/chats/ChatFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace agentp;
using domain::SlaStage;
using models::ChatListModel;
using models::SlaAlertTracker;
using testing::ChatFixture;

class TestSlaAlerts : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChatFixture> m_f;
    std::unique_ptr<ChatListModel> m_chats;
    std::unique_ptr<SlaAlertTracker> m_tracker;
    std::unique_ptr<QSignalSpy> m_alerts;
    QDateTime m_now;
    qint64 m_anna = 0, m_vera = 0, m_gleb = 0;

    void advanceMinutes(int minutes)
    {
        m_now = m_now.addSecs(minutes * 60);
        m_chats->setClock([this] { return m_now; }); // re-evaluates the stages now
    }
    // The alerts of the last `alerted` signal as (chat, stage) pairs.
    QList<QPair<qint64, SlaStage>> lastAlerts() const
    {
        QList<QPair<qint64, SlaStage>> out;
        for (const auto &a : m_alerts->last().at(0).value<QList<SlaAlertTracker::Alert>>())
            out << qMakePair(a.chatId, a.stage);
        return out;
    }
    void changeStore(const QString &sql)
    {
        QVERIFY(m_f->exec(sql));
        m_f->workspace().notifier().notify({QStringLiteral("chats")});
    }

private slots:
    void init()
    {
        m_f = std::make_unique<ChatFixture>();
        QVERIFY(m_f->open());
        const qint64 ozon = m_f->addAccount(QStringLiteral("ozon"), QStringLiteral("Магазин"));
        ChatFixture::Chat c;
        c.title = QStringLiteral("Анна"); // waits 5 min: warning in 40, breach in 55 (60/15)
        c.lastMinutesAgo = c.buyerMinutesAgo = 5;
        c.sellerMinutesAgo = 60;
        c.unread = 2;
        m_anna = m_f->addChat(ozon, c);
        c = {};
        c.title = QStringLiteral("Вера"); // waits 600 min: breached before we start
        c.lastMinutesAgo = c.buyerMinutesAgo = 600;
        c.unread = 1;
        m_vera = m_f->addChat(ozon, c);
        c = {};
        c.title = QStringLiteral("Глеб"); // waits 10 min, muted
        c.lastMinutesAgo = c.buyerMinutesAgo = 10;
        c.unread = 4;
        m_gleb = m_f->addChat(ozon, c);
        store::StoreError error;
        QVERIFY(store::ChatRepository(m_f->db()).setMuted(m_gleb, true, &error));

        m_now = ChatFixture::now();
        m_chats = std::make_unique<ChatListModel>(m_f->db(), &m_f->workspace().notifier(),
                                                  ChatListModel::TextIndex::None);
        m_chats->setClock([this] { return m_now; });
        m_tracker = std::make_unique<SlaAlertTracker>(m_chats.get());
        m_tracker->setCheckDelay(0);
        m_alerts = std::make_unique<QSignalSpy>(m_tracker.get(), &SlaAlertTracker::alerted);
    }

    void cleanup()
    {
        m_alerts.reset();
        m_tracker.reset();
        m_chats.reset();
        m_f.reset();
    }

    void startIsABaselineThenEachStageAlertsOnce()
    {
        QSignalSpy baseline(m_tracker.get(), &SlaAlertTracker::baseline);
        QSignalSpy counts(m_tracker.get(), &SlaAlertTracker::countsChanged);
        m_tracker->check();
        QCOMPARE(m_alerts->count(), 0); // Вера was late before the console started
        QCOMPARE(baseline.count(), 1);
        QCOMPARE(baseline.at(0), (QList<QVariant>{0, 1}));
        // Unread and stages count the chats that are not muted.
        QCOMPARE(counts.last(), (QList<QVariant>{3, 0, 1}));

        advanceMinutes(39); // Анна's warning starts at +40
        m_tracker->check();
        QCOMPARE(m_alerts->count(), 0);
        advanceMinutes(1);
        QTRY_COMPARE(m_alerts->count(), 1);
        QCOMPARE(lastAlerts(), (QList<QPair<qint64, SlaStage>>{{m_anna, SlaStage::Warning}}));
        const auto alert = m_alerts->last().at(0).value<QList<SlaAlertTracker::Alert>>().at(0);
        QCOMPARE(alert.title, QStringLiteral("Анна"));
        QCOMPARE(alert.accountName, QStringLiteral("Магазин"));
        QCOMPARE(alert.due, ChatFixture::now().addSecs(55 * 60));
        QCOMPARE(m_tracker->warningCount(), 1);

        for (int i = 0; i < 3; ++i) // checks in the same stage say nothing new
            m_tracker->check();
        advanceMinutes(10);
        QCOMPARE(m_alerts->count(), 1);

        advanceMinutes(5); // +55: breached
        QTRY_COMPARE(m_alerts->count(), 2);
        QCOMPARE(lastAlerts(), (QList<QPair<qint64, SlaStage>>{{m_anna, SlaStage::Breached}}));
        advanceMinutes(120);
        m_tracker->check();
        QCOMPARE(m_alerts->count(), 2);
        QCOMPARE(m_tracker->breachedCount(), 2);
        QCOMPARE(m_tracker->warningCount(), 0);
    }

    void aMutedChatNeverAlerts()
    {
        m_tracker->check();
        advanceMinutes(60); // Глеб (waits 10) breaches at +50, Анна at +55
        m_tracker->check();
        for (const auto &[chat, stage] : lastAlerts())
            QVERIFY(chat != m_gleb);
        QCOMPARE(m_tracker->breachedCount(), 2); // Анна and Вера; Глеб is not counted
        // Unmuted later: what was muted is not announced after the fact.
        store::StoreError error;
        QVERIFY(store::ChatRepository(m_f->db()).setMuted(m_gleb, false, &error));
        const int before = m_alerts->count();
        changeStore(QStringLiteral("SELECT 1"));
        m_chats->reload();
        m_tracker->check();
        QCOMPARE(m_alerts->count(), before);
        QCOMPARE(m_tracker->breachedCount(), 3);
    }

    void doNotDisturbSilencesWithoutAStaleBacklog()
    {
        m_tracker->check();
        m_tracker->setDoNotDisturb(true);
        advanceMinutes(45);
        m_tracker->check();
        QCOMPARE(m_alerts->count(), 0);
        m_tracker->setDoNotDisturb(false);
        m_tracker->check();
        QCOMPARE(m_alerts->count(), 0); // the warning passed during "do not disturb"
        advanceMinutes(10);             // the breach comes after it ended: told
        QTRY_COMPARE(m_alerts->count(), 1);
        QCOMPARE(lastAlerts(), (QList<QPair<qint64, SlaStage>>{{m_anna, SlaStage::Breached}}));
    }

    void doNotDisturbAlsoSilencesTheStartSummary()
    {
        QSignalSpy baseline(m_tracker.get(), &SlaAlertTracker::baseline);
        m_tracker->setDoNotDisturb(true);
        m_tracker->check();
        QCOMPARE(baseline.count(), 0);
        QCOMPARE(m_tracker->breachedCount(), 1); // the counts are kept all the same
    }

    void countsFollowChatsAFilteredListHides()
    {
        m_tracker->check();
        domain::ChatViewFilter none;
        none.search = QStringLiteral("zzz"); // the list shows nothing
        m_chats->applyFilter(none);
        QCOMPARE(m_chats->rowCount(), 0);
        QSignalSpy counts(m_tracker.get(), &SlaAlertTracker::countsChanged);
        const qint64 account =
            m_f->value(QStringLiteral("SELECT id FROM seller_accounts")).toLongLong();
        ChatFixture::Chat c;
        c.title = QStringLiteral("Дина");
        c.lastMinutesAgo = c.buyerMinutesAgo = 1;
        c.unread = 7;
        m_f->addChat(account, c);
        m_f->workspace().notifier().notify({QStringLiteral("chats")});
        QTRY_COMPARE(m_tracker->unreadCount(), 10);
        QVERIFY(!counts.isEmpty());
    }

    void aNewWaitAlertsAgain()
    {
        m_tracker->check();
        advanceMinutes(56);
        m_tracker->check();
        QCOMPARE(lastAlerts(), (QList<QPair<qint64, SlaStage>>{{m_anna, SlaStage::Breached}}));
        const int before = m_alerts->count();
        // We answered, then the buyer wrote again now: a new wait with its own alerts.
        changeStore(QStringLiteral("UPDATE chats SET last_seller_message_at = '%1',"
                                   " last_buyer_message_at = '%2', waiting_since = '%2'"
                                   " WHERE id = %3")
                        .arg(store::toStoredTime(m_now.addSecs(-60)), store::toStoredTime(m_now))
                        .arg(m_anna));
        m_chats->reload();
        m_tracker->check();
        QCOMPARE(m_alerts->count(), before);
        advanceMinutes(45); // the next-response target is 60 too: warning at +45
        m_tracker->check();
        QCOMPARE(m_alerts->count(), before + 1);
        QCOMPARE(lastAlerts(), (QList<QPair<qint64, SlaStage>>{{m_anna, SlaStage::Warning}}));
    }

    void editingARuleDoesNotRepeatAlerts()
    {
        m_tracker->check();
        advanceMinutes(56);
        m_tracker->check();
        const int before = m_alerts->count();
        QVERIFY(m_f->exec(QStringLiteral("UPDATE sla_rules SET first_response_minutes = 30,"
                                         " next_response_minutes = 30")));
        m_f->workspace().notifier().notify({QStringLiteral("sla_rules")});
        QTRY_VERIFY(m_chats->slaClocks().rules().value(0).firstResponseMinutes == 30);
        m_tracker->check();
        QCOMPARE(m_alerts->count(), before);
    }
};

QTEST_GUILESS_MAIN(TestSlaAlerts)
#include "tst_slaalerts.moc"
