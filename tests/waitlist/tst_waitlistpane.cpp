// The Waitlist & risks pane in the main window, offscreen on the demo workspace: it is registered,
// Convert removes the item and Undo restores it, Match refuses an incompatible pair with the
// reason and pairs a compatible one, Contact copies the phone and offers links, Ignore is undone
// with Ctrl+Z, the threshold narrows the risk list, a new request arriving through another
// connection is announced, and after the undo window the demo backend completes the intent.
#include "models/demo/DemoGenerator.h"
#include "models/domain/CancellationRisk.h"
#include "models/domain/WaitlistMatch.h"
#include "models/items/RiskModel.h"
#include "models/items/WaitlistModel.h"
#include "models/store/Database.h"
#include "models/store/OutboxRepository.h"
#include "models/store/StoreNotifier.h"
#include "models/store/TimeFormat.h"
#include "models/store/WaitlistRepository.h"
#include "models/store/Workspace.h"
#include "net/demo/DemoBackend.h"
#include "net/sync/OutboxWorker.h"
#include "tests/support/TempWorkspace.h"
#include "views/shell/MainWindow.h"
#include "views/waitlist/UndoBar.h"
#include "views/waitlist/WaitlistRisksPane.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace agentp;
using views::WaitlistRisksPane;

namespace {

const QDateTime kAnchor(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

int outboxRows(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) && q.next() ? q.value(0).toInt()
                                                                             : -1;
}

void selectRow(QTableView *table, int row)
{
    table->setFocus();
    table->selectRow(row);
}

} // namespace

class TestWaitlistPane : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Workspace> m_workspace;
    std::unique_ptr<views::MainWindow> m_window;
    WaitlistRisksPane *m_pane = nullptr;

    QSqlDatabase db() const { return m_workspace->database().connection(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        demo::DemoOptions options;
        options.anchor = kAnchor;
        demo::DemoSummary summary;
        store::StoreError error;
        QVERIFY2(demo::DemoGenerator::create(m_tmp.file(), options, &summary, &error),
                 qPrintable(error.message));
        m_workspace = store::Workspace::open(m_tmp.file(), false, &error);
        QVERIFY2(m_workspace, qPrintable(error.message));
    }

    void init()
    {
        m_window = std::make_unique<views::MainWindow>(*m_workspace);
        m_pane = qobject_cast<WaitlistRisksPane *>(m_window->pane(QStringLiteral("waitlist")));
        QVERIFY(m_pane);
        m_pane->setClock([] { return kAnchor; }); // the demo's "now"
        m_window->showPane(QStringLiteral("waitlist"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_pane = nullptr;
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void registeredAfterSessions()
    {
        const QStringList ids = m_window->paneIds();
        QVERIFY(ids.contains(QStringLiteral("waitlist")));
        QVERIFY(ids.indexOf(QStringLiteral("waitlist")) > ids.indexOf(QStringLiteral("sessions")));
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(int(ids.indexOf(QStringLiteral("waitlist"))))->text(),
                 QStringLiteral("Waitlist & risks"));
        QVERIFY(m_pane->waitlistModel()->rowCount() > 10);
        QVERIFY(m_pane->riskModel()->rowCount() > 0);
        QVERIFY(m_pane->findChild<QLabel *>(QStringLiteral("dataAsOf"))
                    ->text()
                    .startsWith(QLatin1String("Data as of")));
        // The selected booking's reasons are spelled out in full under the table.
        selectRow(m_pane->riskTable(), 0);
        const domain::RiskyBooking *top = m_pane->riskModel()->bookingAt(0);
        const QString details = m_pane->findChild<QLabel *>(QStringLiteral("riskDetails"))->text();
        QVERIFY2(details.contains(domain::CancellationRisk::factorsInWords(top->factors)),
                 qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("%1 %").arg(std::lround(top->score * 100))));
        // Every action shows its shortcut in the tooltip.
        auto *convert = m_pane->findChild<QToolButton *>(QStringLiteral("convertButton"));
        QVERIFY(convert->toolTip().contains(QLatin1String("Ctrl+Return")));
    }

    void convertRemovesTheItemAndUndoRestoresIt()
    {
        QTableView *table = m_pane->waitlistTable();
        auto *model = m_pane->waitlistModel();
        const int before = model->rowCount();
        selectRow(table, 0);
        const qint64 id = model->index(0, 0).data(models::WaitlistModel::IdRole).toLongLong();
        const QString client =
            model->index(0, 0).data(models::WaitlistModel::ClientNameRole).toString();
        auto *convert = m_pane->findChild<QToolButton *>(QStringLiteral("convertButton"));
        QVERIFY(convert->isEnabled());
        QTest::mouseClick(convert, Qt::LeftButton);

        QCOMPARE(model->rowCount(), before - 1);
        QCOMPARE(model->rowOf(id), -1);
        views::UndoBar *bar = m_pane->undoBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().startsWith(QLatin1String("Converted ")), qPrintable(bar->text()));
        QVERIFY(bar->text().contains(client.section(QLatin1Char(' '), 0, 0)));
        QCOMPARE(bar->undoButton()->text(), QStringLiteral("Undo (5 s)"));
        QCOMPARE(outboxRows(db()), 1);

        QTest::mouseClick(bar->undoButton(), Qt::LeftButton);
        QCOMPARE(model->rowCount(), before);
        QVERIFY(model->rowOf(id) >= 0);
        QCOMPARE(outboxRows(db()), 0);
        store::StoreError e;
        QCOMPARE(store::WaitlistRepository(db()).find(id, &e)->status, QStringLiteral("pending"));
        QVERIFY(bar->text().startsWith(QLatin1String("Undone")));
    }

    void matchRefusesAnIncompatiblePairWithTheReason()
    {
        auto *waitlist = m_pane->waitlistModel();
        auto *risks = m_pane->riskModel();
        // Any pending item and a risky slot of a different service.
        const domain::WaitlistItem *item = waitlist->itemAt(0);
        int slotRow = -1;
        for (int r = 0; r < risks->rowCount() && slotRow < 0; ++r) {
            const auto *b = risks->bookingAt(r);
            if (b->tenantId == item->tenantId &&
                !domain::WaitlistMatch::sameName(b->service, item->service))
                slotRow = r;
        }
        QVERIFY(slotRow >= 0);
        const int items = waitlist->rowCount();
        const int slotCount = risks->rowCount();
        selectRow(m_pane->waitlistTable(), 0);
        selectRow(m_pane->riskTable(), slotRow);
        auto *match = m_pane->findChild<QToolButton *>(QStringLiteral("matchButton"));
        QVERIFY(match->isEnabled());
        QTest::mouseClick(match, Qt::LeftButton);
        QVERIFY2(m_pane->message().contains(QLatin1String("The slot is for")),
                 qPrintable(m_pane->message()));
        QVERIFY(m_pane->findChild<QLabel *>(QStringLiteral("matchReason"))->isVisible());
        QCOMPARE(outboxRows(db()), 0); // nothing queued
        QCOMPARE(waitlist->rowCount(), items);
        QCOMPARE(risks->rowCount(), slotCount);
        QVERIFY(!m_pane->undoBar()->isVisible());
    }

    void matchPairsACompatibleClient()
    {
        auto *risks = m_pane->riskModel();
        const domain::RiskyBooking slot = *risks->bookingAt(0);
        // A client waiting for exactly that service and day, any master, a window around it.
        const QDateTime local = slot.localSlot();
        QSqlQuery q(db());
        q.prepare(QStringLiteral(
            "INSERT INTO waitlist_items(id, tenant_id, service, wanted_date, window_from,"
            " window_to, status, created_at, updated_at) VALUES (9000, ?, ?, ?, ?, ?, 'pending',"
            " ?, ?)"));
        q.addBindValue(slot.tenantId);
        q.addBindValue(slot.service.toUpper()); // case does not matter
        q.addBindValue(local.date().toString(Qt::ISODate));
        q.addBindValue(local.time().addSecs(-3600).toString(QStringLiteral("HH:mm")));
        q.addBindValue(local.time().addSecs(3600).toString(QStringLiteral("HH:mm")));
        q.addBindValue(store::toStoredTime(kAnchor));
        q.addBindValue(store::toStoredTime(kAnchor));
        QVERIFY(q.exec());
        m_workspace->notifier().notify({QStringLiteral("waitlist_items")});
        auto *waitlist = m_pane->waitlistModel();
        QTRY_VERIFY(waitlist->rowOf(9000) >= 0);

        selectRow(m_pane->waitlistTable(), waitlist->rowOf(9000));
        selectRow(m_pane->riskTable(), 0);
        QVERIFY(m_pane->matchSelected());
        QCOMPARE(waitlist->rowOf(9000), -1);
        QCOMPARE(risks->rowOf(slot.id), -1);
        QVERIFY(m_pane->undoBar()->text().startsWith(QLatin1String("Matched")));
        QVERIFY(m_pane->undoLast());
        QVERIFY(waitlist->rowOf(9000) >= 0);
        QVERIFY(risks->rowOf(slot.id) >= 0);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM waitlist_items WHERE id = 9000")));
        m_workspace->notifier().notify({QStringLiteral("waitlist_items")});
        QTRY_COMPARE(waitlist->rowOf(9000), -1);
    }

    void contactCopiesThePhone()
    {
        auto *waitlist = m_pane->waitlistModel();
        int row = -1;
        for (int r = 0; r < waitlist->rowCount() && row < 0; ++r) {
            if (!waitlist->itemAt(r)->clientPhone.isEmpty())
                row = r;
        }
        QVERIFY(row >= 0);
        const QString phone = waitlist->itemAt(row)->clientPhone;
        const qint64 id = waitlist->itemAt(row)->id;
        selectRow(m_pane->waitlistTable(), row);
        QVERIFY(m_pane->contactSelected());
        QCOMPARE(QGuiApplication::clipboard()->text(), phone);
        QVERIFY2(m_pane->message().contains(QLatin1String("href=\"tel:+7")),
                 qPrintable(m_pane->message()));
        QVERIFY(m_pane->message().contains(phone.toHtmlEscaped()));
        // The client still waits; the row shows the contact in its undo window.
        QCOMPARE(waitlist->itemAt(waitlist->rowOf(id))->status, QStringLiteral("pending"));
        QCOMPARE(waitlist->index(waitlist->rowOf(id), models::WaitlistModel::StateColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Contacted — can be undone"));
        QVERIFY(m_pane->undoLast());
        QCOMPARE(outboxRows(db()), 0);
    }

    void ignoreIsUndoneWithCtrlZ()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *risks = m_pane->riskModel();
        const int before = risks->rowCount();
        const qint64 id = risks->bookingAt(0)->id;
        selectRow(m_pane->riskTable(), 0);
        QTest::keyClick(m_pane->riskTable(), Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(risks->rowCount(), before - 1);
        QCOMPARE(risks->rowOf(id), -1);
        QTest::keyClick(m_pane->riskTable(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(risks->rowCount(), before);
        QCOMPARE(risks->rowOf(id), 0);
        QCOMPARE(outboxRows(db()), 0);
    }

    void thresholdNarrowsTheRiskList()
    {
        auto *spin = m_pane->findChild<QSpinBox *>(QStringLiteral("thresholdSpin"));
        QCOMPARE(spin->value(), 50);
        const int atHalf = m_pane->riskModel()->rowCount();
        spin->setValue(80);
        QVERIFY(m_pane->riskModel()->rowCount() < atHalf);
        for (int r = 0; r < m_pane->riskModel()->rowCount(); ++r)
            QVERIFY(m_pane->riskModel()->bookingAt(r)->score >= 0.8);
        spin->setValue(20);
        QVERIFY(m_pane->riskModel()->rowCount() > atHalf);
    }

    void newRequestIsAnnounced()
    {
        QCOMPARE(m_pane->announcement(), QString());
        store::StoreError e;
        auto other = store::Database::open(m_tmp.file(), &e); // as the sync thread would
        QVERIFY(other);
        QSqlQuery q(other->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO waitlist_items(id, tenant_id, client_id, service, wanted_date, status,"
            " created_at, updated_at) SELECT 9001, tenant_id, id, 'Укладка', '2026-11-28',"
            " 'pending', ?, ? FROM clients ORDER BY id LIMIT 1"));
        q.addBindValue(store::toStoredTime(kAnchor));
        q.addBindValue(store::toStoredTime(kAnchor));
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
        QSignalSpy notices(m_pane, &WaitlistRisksPane::notice);
        m_workspace->notifier().notify({QStringLiteral("waitlist_items")});
        QTRY_VERIFY(!m_pane->announcement().isEmpty());
        QVERIFY2(m_pane->announcement().startsWith(QLatin1String("New waitlist request: ")),
                 qPrintable(m_pane->announcement()));
        QVERIFY(m_pane->announcement().contains(QStringLiteral("Укладка")));
        QCOMPARE(notices.count(), 1);
        QVERIFY(m_pane->findChild<QFrame *>(QStringLiteral("newRequestBanner"))->isVisible());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM waitlist_items WHERE id = 9001")));
        m_workspace->notifier().notify({QStringLiteral("waitlist_items")});
        QTRY_COMPARE(m_pane->waitlistModel()->rowOf(9001), -1);
    }

    // After the undo window the demo backend (a real OutboxWorker with the demo handlers)
    // completes the intent: the outbox row ends 'sent' and Undo is no longer offered.
    void demoBackendCompletesAfterTheUndoWindow()
    {
        net::OutboxWorker worker(m_tmp.file());
        net::demo::installDemoHandlers(worker);
        QObject::connect(&worker, &net::OutboxWorker::tablesChanged, &m_workspace->notifier(),
                         &store::StoreNotifier::notify);
        worker.start();
        m_pane->setUndoWindow(200);
        selectRow(m_pane->waitlistTable(), 0);
        const qint64 id = m_pane->waitlistModel()->itemAt(0)->id;
        QVERIFY(m_pane->cancelSelected());
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(id) FROM outbox")) && q.next());
        const qint64 intent = q.value(0).toLongLong();
        q.finish(); // an unfinished SELECT would pin this connection to an old snapshot
        store::StoreError e;
        store::OutboxRepository outbox(db());
        QTRY_COMPARE_WITH_TIMEOUT(outbox.find(intent, &e)->state, domain::OutboxIntent::State::Sent,
                                  10000);
        QCOMPARE(outbox.find(intent, &e)->kind, QStringLiteral("waitlist.cancel"));
        QCOMPARE(store::WaitlistRepository(db()).find(id, &e)->status, QStringLiteral("cancelled"));
        QTRY_VERIFY(!m_pane->undoBar()->isVisible());
        QVERIFY(!m_pane->undoLast());
        worker.stop();
        // Leave the shared demo as it was for the other tests.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM outbox")));
        q.prepare(QStringLiteral("UPDATE waitlist_items SET status = 'pending', processed_at ="
                                 " NULL WHERE id = ?"));
        q.addBindValue(id);
        QVERIFY(q.exec());
    }
};

QTEST_MAIN(TestWaitlistPane)
#include "tst_waitlistpane.moc"
