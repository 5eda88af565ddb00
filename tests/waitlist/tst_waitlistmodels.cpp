// The Waitlist & risks item models under QAbstractItemModelTester: what they show, refreshing on
// store notices by merging (no reset), intent states, the undo-window refresh, filters, and the
// announcement of new waiting clients (but not of one that comes back after Undo).
#include "WaitlistFixture.h"
#include "models/items/RiskModel.h"
#include "models/items/WaitlistModel.h"
#include "models/store/Database.h"
#include "models/store/OutboxRepository.h"
#include "models/store/RiskRepository.h"
#include "models/store/StoreNotifier.h"
#include "models/store/WaitlistRepository.h"
#include "tests/support/TempWorkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace agentp;
using models::RiskModel;
using models::WaitlistModel;
using testing::WaitlistFixture;

namespace {

store::ActionContext context(int undoMs = 5000)
{
    return {WaitlistFixture::now(), QDateTime::currentDateTimeUtc().addMSecs(undoMs),
            QStringLiteral("user-1")};
}

QString cell(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role).toString();
}

} // namespace

class TestWaitlistModels : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::StoreNotifier> m_notifier;

    QSqlDatabase db() const { return m_db->connection(); }

    std::unique_ptr<WaitlistModel> waitlistModel()
    {
        auto model = std::make_unique<WaitlistModel>(db(), m_notifier.get());
        model->setClock([] { return WaitlistFixture::now(); });
        new QAbstractItemModelTester(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
        return model;
    }

    std::unique_ptr<RiskModel> riskModel()
    {
        auto model = std::make_unique<RiskModel>(db(), m_notifier.get());
        model->setClock([] { return WaitlistFixture::now(); });
        new QAbstractItemModelTester(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
        return model;
    }

private slots:
    void init()
    {
        m_db.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_tmp.file() + suffix);
        store::StoreError error;
        m_db = store::Database::open(m_tmp.file(), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QVERIFY(WaitlistFixture::populate(db()));
        m_notifier = std::make_unique<store::StoreNotifier>();
    }

    void cleanup()
    {
        m_notifier.reset();
        m_db.reset();
    }

    void waitlistShowsPendingItems()
    {
        auto model = waitlistModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->columnCount(), int(WaitlistModel::ColumnCount));
        QCOMPARE(cell(*model, 0, WaitlistModel::ClientColumn), QStringLiteral("Мария Петрова"));
        QCOMPARE(cell(*model, 0, WaitlistModel::ServiceColumn), QStringLiteral("Маникюр"));
        QVERIFY(
            cell(*model, 0, WaitlistModel::WantedColumn).endsWith(QStringLiteral("10:00–13:00")));
        QCOMPARE(cell(*model, 0, WaitlistModel::WaitingColumn), QStringLiteral("2 day(s)"));
        QCOMPARE(cell(*model, 0, WaitlistModel::ClientColumn, Qt::ToolTipRole),
                 QStringLiteral("+7 999 123-45-67"));
        QCOMPARE(model->index(0, 0).data(WaitlistModel::IdRole).toLongLong(), 1);
        QCOMPARE(cell(*model, 2, WaitlistModel::ServiceColumn), QStringLiteral("Стрижка · Ирина"));
        QVERIFY(cell(*model, 2, WaitlistModel::WantedColumn).endsWith(QLatin1String("any time")));
        QCOMPARE(cell(*model, 2, WaitlistModel::ClientColumn, Qt::ToolTipRole),
                 QStringLiteral("No phone number"));
        QCOMPARE(cell(*model, 1, WaitlistModel::SalonColumn), QStringLiteral("Борода"));
        QCOMPARE(model->headerData(WaitlistModel::WantedColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Wanted"));

        model->setTenant(QString::fromLatin1(WaitlistFixture::kTenantB));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(cell(*model, 0, WaitlistModel::ClientColumn), QStringLiteral("Пётр Орлов"));
    }

    void refreshMergesOnStoreNotices()
    {
        auto model = waitlistModel();
        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy arrived(model.get(), &WaitlistModel::newItemsArrived);
        store::StoreError e;
        store::WaitlistRepository repo(db());
        const auto converted = repo.convert(4, context(), &e);
        QVERIFY(converted.ok());
        QCOMPARE(model->rowCount(), 3); // nothing until the store says so
        m_notifier->notify({QStringLiteral("waitlist_items"), QStringLiteral("outbox")});
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1); // the Борода row
        QCOMPARE(reset.count(), 0);

        // Unrelated tables do not cause a read.
        m_notifier->notify({QStringLiteral("chats")});
        QTest::qWait(0);
        QCOMPARE(changed.count(), 0);

        // Undo puts the row back where it was, without announcing it as new.
        QCOMPARE(repo.undo(converted.ticket, &e), store::UndoResult::Undone);
        m_notifier->notify({QStringLiteral("waitlist_items"), QStringLiteral("outbox")});
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(arrived.count(), 0);
    }

    void newItemFromAnotherConnectionIsAnnounced()
    {
        auto model = waitlistModel();
        QSignalSpy arrived(model.get(), &WaitlistModel::newItemsArrived);
        // The sync thread writes through its own connection, then announces the table.
        store::StoreError e;
        auto other = store::Database::open(m_tmp.file(), &e);
        QVERIFY(other);
        QSqlQuery q(other->connection());
        QVERIFY(q.exec(
            QStringLiteral(
                "INSERT INTO waitlist_items(id, tenant_id, client_id, service, wanted_date, status,"
                " created_at, updated_at) VALUES (50, '") +
            QString::fromLatin1(WaitlistFixture::kTenantA) +
            QStringLiteral("', 'c-ivan', 'Педикюр', '2026-11-30', 'pending',"
                           " '2026-11-20T11:00:00.000Z', '2026-11-20T11:00:00.000Z')")));
        m_notifier->notify({QStringLiteral("waitlist_items")});
        QTRY_COMPARE(arrived.count(), 1);
        QCOMPARE(arrived.first().first().value<QList<qint64>>(), QList<qint64>{50});
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(cell(*model, 0, WaitlistModel::ClientColumn), QStringLiteral("Иван Сидоров"));

        // A filter change shows other rows, which are not "new".
        model->setTenant(QString::fromLatin1(WaitlistFixture::kTenantB));
        model->setTenant(QString());
        QCOMPARE(arrived.count(), 1);
        // A converted item arriving through sync is not a request to announce.
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO waitlist_items(id, tenant_id, service, wanted_date, "
                           "status, created_at,"
                           " updated_at) VALUES (51, '") +
            QString::fromLatin1(WaitlistFixture::kTenantA) +
            QStringLiteral("', 'Педикюр', '2026-11-30', 'converted', '2026-11-20T11:00:00.000Z',"
                           " '2026-11-20T11:00:00.000Z')")));
        m_notifier->notify({QStringLiteral("waitlist_items")});
        QTest::qWait(10);
        QCOMPARE(arrived.count(), 1);
    }

    void intentStatesShowOnTheRow()
    {
        auto model = waitlistModel();
        store::StoreError e;
        const auto contacted = store::WaitlistRepository(db()).contact(1, context(300), &e);
        QVERIFY(contacted.ok());
        m_notifier->notify({QStringLiteral("outbox")});
        QTRY_COMPARE(cell(*model, 0, WaitlistModel::StateColumn),
                     QStringLiteral("Contacted — can be undone"));
        QCOMPARE(cell(*model, 0, 0, WaitlistModel::IntentStateRole), QStringLiteral("queued"));
        // When the window closes the row says so by itself: nothing in the store changed.
        QTRY_COMPARE(cell(*model, 0, WaitlistModel::StateColumn),
                     QStringLiteral("Contacted — queued"));
        store::OutboxRepository outbox(db());
        QVERIFY(outbox.markSending(contacted.ticket.intentId, &e));
        m_notifier->notify({QStringLiteral("outbox")});
        QTRY_COMPARE(cell(*model, 0, WaitlistModel::StateColumn),
                     QStringLiteral("Contacted — sending…"));
        QVERIFY(outbox.markFailed(contacted.ticket.intentId, QStringLiteral("Нет сети"), &e));
        m_notifier->notify({QStringLiteral("outbox")});
        QTRY_COMPARE(cell(*model, 0, WaitlistModel::StateColumn),
                     QStringLiteral("Contacted — failed: Нет сети"));
        QVERIFY(outbox.markDone(contacted.ticket.intentId, domain::OutboxIntent::State::Sent, &e));
        m_notifier->notify({QStringLiteral("outbox")});
        QTRY_COMPARE(cell(*model, 0, WaitlistModel::StateColumn), QString());
    }

    void riskModelShowsRiskyBookings()
    {
        auto model = riskModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(cell(*model, 0, RiskModel::ClientColumn), QStringLiteral("Иван Сидоров"));
        QCOMPARE(cell(*model, 0, RiskModel::ServiceColumn), QStringLiteral("Маникюр · Анна"));
        QCOMPARE(cell(*model, 0, RiskModel::RiskColumn), QStringLiteral("72 %"));
        QCOMPARE(model->index(0, RiskModel::RiskColumn).data(RiskModel::ScoreRole).toDouble(),
                 0.72);
        QCOMPARE(cell(*model, 0, RiskModel::FactorsColumn),
                 QStringLiteral("45 day(s) since last visit; cancels 30 % of bookings; booked "
                                "14 day(s) ahead"));
        QVERIFY(cell(*model, 0, RiskModel::SlotColumn).contains(QLatin1String("11:30")));
        QCOMPARE(cell(*model, 1, RiskModel::StateColumn), QStringLiteral("Client notified"));

        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        model->setThreshold(0.3);
        QCOMPARE(model->rowCount(), 4);
        model->setThreshold(0.7);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(reset.count(), 0);
        model->setThreshold(0.5);

        store::StoreError e;
        QVERIFY(store::RiskRepository(db()).ignore(11, context(), &e).ok());
        m_notifier->notify({QStringLiteral("risk_predictions"), QStringLiteral("outbox")});
        QTRY_COMPARE(model->rowCount(), 2);
        QVERIFY(store::RiskRepository(db()).notify(10, context(), &e).ok());
        m_notifier->notify({QStringLiteral("risk_predictions"), QStringLiteral("outbox")});
        QTRY_COMPARE(cell(*model, 0, RiskModel::StateColumn),
                     QStringLiteral("Notified — can be undone"));

        // Slots that passed leave the list: the clock decides.
        model->setClock([] { return QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC); });
        QCOMPARE(model->rowCount(), 0);
        model->setClock([] { return WaitlistFixture::now(); });
        model->setTenant(QString::fromLatin1(WaitlistFixture::kTenantB));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(cell(*model, 0, RiskModel::SlotColumn).contains(QLatin1String("14:00")), true);
    }
};

QTEST_GUILESS_MAIN(TestWaitlistModels)
#include "tst_waitlistmodels.moc"
