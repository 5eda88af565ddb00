// The Sessions table model and the history model over a hand-made fixture with known answers.
#include "models/items/SessionHistoryModel.h"
#include "models/items/SessionLabels.h"
#include "models/items/SessionTableModel.h"
#include "models/store/Database.h"
#include "models/store/SessionRepository.h"
#include "tests/support/SalonFixture.h"
#include "tests/support/TempWorkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace agentp;
using models::SessionTableModel;
using testing::SalonFixture;

class TestSessionModels : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Database> m_db;
    SalonFixture m_fixture;

private slots:
    void initTestCase()
    {
        store::StoreError error;
        m_db = store::Database::open(m_tmp.file(), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QVERIFY(m_fixture.populate(m_db->connection()));
    }

    void cleanupTestCase() { m_db.reset(); }

    void pagesInWithFetchMore()
    {
        SessionTableModel model(m_db->connection());
        // The tester itself calls fetchMore(); attach it after the paging checks.
        const int total = m_fixture.sessionsA + 3;
        QCOMPARE(model.totalCount(), total);
        QCOMPARE(model.rowCount(), SessionTableModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * SessionTableModel::kPageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), total);
        // Newest first; tenant A's newest and tenant B's newest share the same minute.
        const QDateTime first =
            model.index(0, 0).data(SessionTableModel::StartedAtRole).toDateTime();
        const QDateTime last =
            model.index(total - 1, 0).data(SessionTableModel::StartedAtRole).toDateTime();
        QVERIFY(first >= last);
        QCOMPARE(model.index(total - 1, 0).data(SessionTableModel::SessionIdRole).toString(),
                 SalonFixture::sessionIdA(m_fixture.sessionsA - 1));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.totalCount(), total);
    }

    void filtersByStatus()
    {
        SessionTableModel model(m_db->connection());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy totals(&model, &SessionTableModel::totalCountChanged);
        domain::SessionFilter f;
        f.status = QStringLiteral("abandoned");
        model.setFilter(f);
        QCOMPARE(totals.count(), 1);
        QCOMPARE(model.totalCount(), 150); // every third of 450
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, 0).data(SessionTableModel::StatusRole).toString(),
                     QStringLiteral("abandoned"));
        // Setting the same filter again does not reload.
        model.setFilter(f);
        QCOMPARE(totals.count(), 1);
    }

    void filtersByTenantAndDate()
    {
        SessionTableModel model(m_db->connection());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        domain::SessionFilter f;
        f.tenantId = QString::fromLatin1(SalonFixture::kTenantB);
        model.setFilter(f);
        QCOMPARE(model.totalCount(), 3);
        QCOMPARE(model.rowCount(), 3);

        // Tenant A has one dialog an hour; a whole local day holds 24 of them (the fixture's
        // newest dialog is 12:00 UTC, so pick a day fully inside the history).
        f.tenantId = QString::fromLatin1(SalonFixture::kTenantA);
        const QDate day = m_fixture.newest.toLocalTime().date().addDays(-3);
        f.from = day;
        f.to = day;
        model.setFilter(f);
        QCOMPARE(model.totalCount(), 24);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QDateTime t =
                model.index(r, 0).data(SessionTableModel::StartedAtRole).toDateTime();
            QCOMPARE(t.toLocalTime().date(), day);
        }
    }

    void searchTreatsWildcardsLiterally()
    {
        SessionTableModel model(m_db->connection());
        domain::SessionFilter f;
        f.search = QStringLiteral("100%");
        model.setFilter(f);
        QCOMPARE(model.totalCount(), 150); // only "100% Иванова", not every name
        f.search = QStringLiteral("_П");
        model.setFilter(f);
        QCOMPARE(model.totalCount(), 150);     // "Ольга_П" only; '_' is not "any character"
        f.search = QStringLiteral("смирнова"); // SQLite LIKE folds ASCII only: no match
        model.setFilter(f);
        QCOMPARE(model.totalCount(), 0);
        f.search = QStringLiteral("Смирнова");
        model.setFilter(f);
        QCOMPARE(model.totalCount(), 150);
    }

    void displaysReadableValues()
    {
        SessionTableModel model(m_db->connection());
        const QModelIndex status = model.index(0, SessionTableModel::StatusColumn);
        QVERIFY(!status.data().toString().isEmpty());
        QVERIFY(model.headerData(SessionTableModel::ClientColumn, Qt::Horizontal).isValid());
        domain::SessionFilter f;
        f.tenantId = QString::fromLatin1(SalonFixture::kTenantB);
        model.setFilter(f);
        // Tenant B's dialogs have no client: the table says so instead of a blank cell.
        QCOMPARE(model.index(0, SessionTableModel::ClientColumn).data().toString(),
                 models::SessionLabels::unknownClient());
    }

    void historyInTimeOrder()
    {
        models::SessionHistoryModel history(m_db->connection());
        QAbstractItemModelTester tester(&history,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(history.load(SalonFixture::sessionIdA(7)));
        QCOMPARE(history.rowCount(), (7 % 4) + 2);
        for (int k = 0; k < history.rowCount(); ++k) {
            QCOMPARE(history.index(k).data().toString(),
                     QStringLiteral("Сообщение %1 диалога 7").arg(k));
            QCOMPARE(history.index(k).data(models::SessionHistoryModel::SenderRole).toInt(),
                     int(k % 2 == 0 ? domain::BotMessage::Role::User
                                    : domain::BotMessage::Role::Assistant));
        }
        QVERIFY(history.load(QStringLiteral("no-such-session")));
        QCOMPARE(history.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSessionModels)
#include "tst_sessionmodels.moc"
