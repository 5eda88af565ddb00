// The main window on a generated demo workspace, offscreen: it opens, Sessions shows rows, and a
// double-click opens the dialog history with that dialog's messages.
#include "models/demo/DemoGenerator.h"
#include "models/items/SessionHistoryModel.h"
#include "models/items/SessionTableModel.h"
#include "models/store/SessionRepository.h"
#include "models/store/Workspace.h"
#include "tests/support/TempWorkspace.h"
#include "views/sessions/SessionHistoryDialog.h"
#include "views/sessions/SessionsPane.h"
#include "views/shell/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace agentp;

class TestMainWindow : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Workspace> m_workspace;

    static views::SessionHistoryDialog *openDialog()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<views::SessionHistoryDialog *>(w); d && d->isVisible())
                return d;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        demo::DemoOptions options;
        options.anchor = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
        demo::DemoSummary summary;
        store::StoreError error;
        QVERIFY2(demo::DemoGenerator::create(m_tmp.file(), options, &summary, &error),
                 qPrintable(error.message));
        m_workspace = store::Workspace::open(m_tmp.file(), false, &error);
        QVERIFY2(m_workspace, qPrintable(error.message));
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void salonPanesAreMadeWhenFirstShown()
    {
        // Each salon pane reads its data when made: none may delay the window's first paint.
        views::MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<views::SessionsPane *>() == nullptr);
        QCOMPARE(window.currentPaneId(), QStringLiteral("chats"));
        // Through the sidebar (as a click does): made, shown, and the sidebar's row stays.
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        navigation->setCurrentRow(int(window.paneIds().indexOf(QStringLiteral("sessions"))));
        auto *sessions = window.findChild<views::SessionsPane *>();
        QVERIFY(sessions);
        QVERIFY(sessions->isVisible());
        QCOMPARE(window.currentPaneId(), QStringLiteral("sessions"));
        QCOMPARE(window.pane(QStringLiteral("sessions")), sessions); // made once
        // Asked for by id while hidden: made, the shown pane stays.
        QVERIFY(window.pane(QStringLiteral("overview")));
        QCOMPARE(window.currentPaneId(), QStringLiteral("sessions"));
        QVERIFY(sessions->isVisible());
    }

    void opensOnSessionsWithRows()
    {
        views::MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.paneIds().contains(QStringLiteral("sessions")));
        QCOMPARE(window.currentPaneId(), window.paneIds().first());
        QVERIFY(window.showPane(QStringLiteral("sessions")));
        QCOMPARE(window.currentPaneId(), QStringLiteral("sessions"));
        auto *pane = qobject_cast<views::SessionsPane *>(window.pane(QStringLiteral("sessions")));
        QVERIFY(pane);
        QVERIFY(pane->isVisible());
        QVERIFY(pane->table()->model()->rowCount() > 0);
        auto *workspaceLabel = window.findChild<QLabel *>(QStringLiteral("workspaceStatus"));
        QVERIFY(workspaceLabel && !workspaceLabel->text().isEmpty());
        auto *syncLabel = window.findChild<QLabel *>(QStringLiteral("syncStatus"));
        QVERIFY(syncLabel && !syncLabel->text().isEmpty());
        window.setNetworkState(views::MainWindow::NetworkState::Offline);
        auto *network = window.findChild<QLabel *>(QStringLiteral("networkStatus"));
        QVERIFY(network->text().contains(QLatin1String("Offline")));
    }

    void statusBarShowsTheRunningSyncAndF9SyncsNow()
    {
        views::MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *syncLabel = window.findChild<QLabel *>(QStringLiteral("syncStatus"));
        QVERIFY(syncLabel);
        window.setSyncProgress(QStringLiteral("Syncing chats: Shop…"));
        QCOMPARE(syncLabel->text(), QStringLiteral("Syncing chats: Shop…"));
        // A pass of another account ends meanwhile: the running one stays on show.
        const QDateTime at(QDate(2026, 11, 20), QTime(9, 15), Qt::UTC);
        window.setLastSync(at);
        QCOMPARE(syncLabel->text(), QStringLiteral("Syncing chats: Shop…"));
        window.setSyncProgress(QString());
        QVERIFY2(syncLabel->text().startsWith(QLatin1String("Last sync:")),
                 qPrintable(syncLabel->text()));

        QSignalSpy syncNow(&window, &views::MainWindow::syncNowRequested);
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F9);
        QCOMPARE(syncNow.size(), 1);
    }

    void doubleClickOpensHistoryWithTheRightMessages()
    {
        views::MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPane(QStringLiteral("sessions")));
        auto *pane = qobject_cast<views::SessionsPane *>(window.pane(QStringLiteral("sessions")));
        QTableView *table = pane->table();
        const int row = 2;
        const QModelIndex index =
            table->model()->index(row, models::SessionTableModel::ClientColumn);
        const QString sessionId = index.data(models::SessionTableModel::SessionIdRole).toString();
        QVERIFY(!sessionId.isEmpty());
        const QRect rect = table->visualRect(index);
        QVERIFY(rect.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY(openDialog() != nullptr);
        views::SessionHistoryDialog *dialog = openDialog();
        QCOMPARE(dialog->sessionId(), sessionId);

        store::StoreError error;
        const auto expected = store::SessionRepository(m_workspace->database().connection())
                                  .messages(sessionId, &error);
        QVERIFY(!expected.empty());
        auto *view = dialog->findChild<QListView *>(QStringLiteral("historyView"));
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), int(expected.size()));
        for (int i = 0; i < int(expected.size()); ++i)
            QCOMPARE(view->model()->index(i, 0).data().toString(), expected[size_t(i)].body);
        dialog->close();
    }

    void statusFilterNarrowsTheTable()
    {
        views::MainWindow window(*m_workspace);
        auto *pane = qobject_cast<views::SessionsPane *>(window.pane(QStringLiteral("sessions")));
        auto *status = pane->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        QVERIFY(status && status->count() > 2);
        const qint64 all = pane->model()->totalCount();
        status->setCurrentIndex(1);
        const QString chosen = status->currentData().toString();
        QVERIFY(pane->model()->totalCount() < all);
        for (int r = 0; r < pane->model()->rowCount(); ++r)
            QCOMPARE(
                pane->model()->index(r, 0).data(models::SessionTableModel::StatusRole).toString(),
                chosen);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
