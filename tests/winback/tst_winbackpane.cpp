// The Win-back pane on a generated demo workspace, offscreen: overdue clients with risk in
// colour and words; "Bring back" (button and Ctrl+B) queues exactly one request whose status
// then shows on the row; a second click queues nothing; the status follows the sync side
// without a reload; the CSV export writes every row of the list.
#include "models/demo/DemoGenerator.h"
#include "models/items/WinBackModel.h"
#include "models/store/StoreNotifier.h"
#include "models/store/WinBackRepository.h"
#include "models/store/Workspace.h"
#include "tests/support/TempWorkspace.h"
#include "views/common/CsvExport.h"
#include "views/shell/MainWindow.h"
#include "views/winback/WinBackPane.h"

#include <QAction>
#include <QColor>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace agentp;
using models::WinBackModel;

class TestWinBackPane : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Workspace> m_workspace;
    const QDate m_today = QDate(2026, 11, 20);

    int count(const QString &sql, const QString &clientId)
    {
        QSqlQuery q(m_workspace->database().connection());
        q.prepare(sql);
        q.addBindValue(clientId);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    int requests(const QString &clientId)
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM winback_requests WHERE client_id = ?"),
                     clientId);
    }
    int intents(const QString &clientId)
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'winback.request'"
                                    " AND target = 'winback:' || ?"),
                     clientId);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        demo::DemoOptions options;
        options.anchor = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
        store::StoreError error;
        QVERIFY2(demo::DemoGenerator::create(m_tmp.file(), options, nullptr, &error),
                 qPrintable(error.message));
        m_workspace = store::Workspace::open(m_tmp.file(), false, &error);
        QVERIFY2(m_workspace, qPrintable(error.message));
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void listsOverdueClientsWithRisk()
    {
        views::WinBackPane pane(*m_workspace);
        pane.setToday(m_today);
        WinBackModel *model = pane.model();
        QVERIFY(model->totalCount() > 20);
        QCOMPARE(model->rowCount(),
                 int(qMin<qint64>(model->totalCount(), WinBackModel::kPageSize)));
        double previous = 1.0;
        QSet<QString> bands;
        while (model->canFetchMore({}))
            model->fetchMore({});
        for (int r = 0; r < model->rowCount(); ++r) {
            const double risk = model->index(r, 0).data(WinBackModel::RiskRole).toDouble();
            QVERIFY(risk > 0.0);
            QVERIFY(risk <= previous); // riskiest first
            previous = risk;
            const QModelIndex cell = model->index(r, WinBackModel::RiskColumn);
            bands << cell.data().toString().section(QLatin1Char(' '), 0, 0);
            QVERIFY(cell.data(Qt::DecorationRole).value<QColor>().isValid()); // colour …
            QVERIFY(cell.data().toString().endsWith(QLatin1String(" %")));    // … and words
        }
        // The demo spreads clients over every band.
        QCOMPARE(bands, (QSet<QString>{QStringLiteral("High"), QStringLiteral("Medium"),
                                       QStringLiteral("Low")}));
        QCOMPARE(model->index(0, WinBackModel::RiskColumn).data().toString(),
                 QStringLiteral("High 90 %"));
        QVERIFY(model->index(0, WinBackModel::LastVisitColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("ago")));
        QVERIFY(model->index(0, WinBackModel::CycleColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("every ")));
        auto *asOf = pane.findChild<QLabel *>(QStringLiteral("dataAsOf"));
        QVERIFY(asOf && asOf->text().startsWith(QLatin1String("Data as of")));
    }

    void bringBackQueuesExactlyOneRequest()
    {
        views::MainWindow window(*m_workspace);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showPane(QStringLiteral("winback")));
        auto *pane = qobject_cast<views::WinBackPane *>(window.pane(QStringLiteral("winback")));
        QVERIFY(pane);
        pane->setToday(m_today);
        QTableView *table = pane->table();
        const int row = 1;
        const QString clientId =
            pane->model()->index(row, 0).data(WinBackModel::ClientIdRole).toString();
        QCOMPARE(requests(clientId), 0);
        QVERIFY(!pane->bringBackAction()->isEnabled()); // nothing selected yet
        table->setFocus();
        table->setCurrentIndex(pane->model()->index(row, 0));
        QVERIFY(pane->bringBackAction()->isEnabled());
        QVERIFY(pane->bringBackAction()->toolTip().contains(QLatin1String("Ctrl+B")));

        // Keyboard: Ctrl+B.
        QTest::keyClick(table, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(requests(clientId), 1);
        QCOMPARE(intents(clientId), 1);
        const QModelIndex status = pane->model()->index(row, WinBackModel::RequestColumn);
        QTRY_COMPARE(status.data().toString(), QStringLiteral("Queued"));
        QVERIFY(!pane->bringBackAction()->isEnabled());
        QVERIFY(pane->lastResult().contains(
            pane->model()->index(row, WinBackModel::ClientColumn).data().toString()));

        // A second click (the shortcut again, and the pane's method) queues nothing.
        QTest::keyClick(table, Qt::Key_B, Qt::ControlModifier);
        QVERIFY(!pane->bringBack(row));
        QVERIFY(pane->lastResult().contains(QLatin1String("already")));
        QCOMPARE(requests(clientId), 1);
        QCOMPARE(intents(clientId), 1);

        // The sync side moves it on; the row follows without a reload.
        QSignalSpy resets(pane->model(), &QAbstractItemModel::modelReset);
        QSqlQuery q(m_workspace->database().connection());
        q.prepare(QStringLiteral("SELECT id FROM winback_requests WHERE client_id = ?"));
        q.addBindValue(clientId);
        QVERIFY(q.exec() && q.next());
        store::StoreError error;
        QVERIFY(store::WinBackRepository(m_workspace->database().connection())
                    .advanceRequest(q.value(0).toLongLong(), QStringLiteral("queued"),
                                    QStringLiteral("sent"), QStringLiteral("r"), &error));
        m_workspace->notifier().notify({QStringLiteral("winback_requests")});
        QTRY_COMPARE(status.data().toString(), QStringLiteral("Sent"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(table->currentIndex().row(), row);
    }

    void exportsTheList()
    {
        views::WinBackPane pane(*m_workspace);
        pane.setToday(m_today);
        const QString path = m_tmp.file(QStringLiteral("winback.csv"));
        int rows = 0;
        QString error;
        QVERIFY2(pane.exportAction()->exportTo(path, &rows, &error), qPrintable(error));
        QCOMPARE(rows, int(pane.model()->totalCount()));
        const QStringList lines = QString::fromUtf8(testing::readAll(path).mid(3))
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), rows + 1);
        QCOMPARE(lines.front(), QStringLiteral("Client,Last visit,Cycle,Risk,Request"));
        QVERIFY(lines.at(1).contains(QLatin1String("High 90 %")));
    }
};

QTEST_MAIN(TestWinBackPane)
#include "tst_winbackpane.moc"
