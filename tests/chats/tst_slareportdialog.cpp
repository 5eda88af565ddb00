// The SLA compliance report window on a generated demo workspace: the period, the figures per
// account and per agent adding up to the total, the chart, a click on a figure listing exactly
// the chats behind it, opening a chat from there, and the CSV with one row per chat.
#include "models/items/ChatListModel.h"
#include "models/items/SlaChatTableModel.h"
#include "models/items/SlaFigureModel.h"
#include "models/store/Workspace.h"
#include "tests/support/DemoWorkspace.h"
#include "views/chats/ChatsPane.h"
#include "views/chats/SlaReportDialog.h"
#include "views/common/CsvExport.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QHeaderView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <set>

using namespace agentp;
using models::SlaChatTableModel;
using models::SlaFigureModel;
using models::SlaReport;

namespace {

const QDateTime kAnchor(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

} // namespace

class TestSlaReportDialog : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Workspace> m_workspace;
    std::unique_ptr<views::ChatsPane> m_pane;
    views::SlaReportDialog *m_dialog = nullptr;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_workspace = testing::openDemoWorkspace(m_tmp, kAnchor, &error);
        QVERIFY2(m_workspace, qPrintable(error));
        m_pane = std::make_unique<views::ChatsPane>(*m_workspace);
        m_pane->setClock([] { return kAnchor; });
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QTest::keyClick(m_pane.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        m_dialog = m_pane->findChild<views::SlaReportDialog *>();
        QVERIFY(m_dialog);
        QVERIFY(m_dialog->isVisible());
        m_dialog->setPeriod(kAnchor.date().addDays(-6), kAnchor.date());
        QVERIFY(m_dialog->isBusy()); // counted on a thread; the window stays responsive
        QTRY_VERIFY(!m_dialog->isBusy());
        QVERIFY(m_dialog->report());
    }

    void cleanupTestCase()
    {
        m_pane.reset();
        m_workspace.reset();
    }

    void figuresAddUpToTheTotal_data()
    {
        QTest::addColumn<int>("by");
        QTest::addRow("accounts") << int(SlaReport::GroupBy::Account);
        QTest::addRow("agents") << int(SlaReport::GroupBy::Agent);
    }

    void figuresAddUpToTheTotal()
    {
        QFETCH(int, by);
        SlaFigureModel *model = m_dialog->figures(SlaReport::GroupBy(by));
        const domain::SlaFigures total = m_dialog->report()->total();
        QVERIFY2(total.judged() > 10, "the demo has answered and missed waits in its last week");
        QVERIFY(model->rowCount() >= 3); // at least two groups and "All"
        int within = 0, late = 0, missed = 0;
        for (int r = 0; r + 1 < model->rowCount(); ++r) {
            within += model->index(r, SlaFigureModel::WithinColumn).data().toInt();
            late += model->index(r, SlaFigureModel::LateColumn).data().toInt();
            missed += model->index(r, SlaFigureModel::MissedColumn).data().toInt();
        }
        QCOMPARE(within, total.within);
        QCOMPARE(late, total.late);
        QCOMPARE(missed, total.missed);
        const int all = model->rowCount() - 1;
        QCOMPARE(model->index(all, SlaFigureModel::WithinColumn).data().toInt(), total.within);
        QVERIFY(m_dialog->summary().contains(QStringLiteral("%")));
    }

    void theChartShowsEveryGroup()
    {
        QChart *chart = m_dialog->chart()->chart();
        QCOMPARE(chart->series().size(), 1);
        auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().first());
        QVERIFY(series);
        QCOMPARE(series->barSets().first()->count(),
                 m_dialog->figures(SlaReport::GroupBy::Account)->rowCount());
    }

    void aClickedFigureListsItsChatsAndOpensOne()
    {
        SlaFigureModel *model = m_dialog->figures(SlaReport::GroupBy::Agent);
        const QModelIndex late = model->index(0, SlaFigureModel::LateColumn);
        QVERIFY(late.data().toInt() > 0);
        m_dialog->drillInto(late);
        QSet<qint64> expected;
        for (const domain::SlaWait *w : m_dialog->report()->select(model->selectionAt(late))) {
            QCOMPARE(w->outcome, domain::SlaWait::Outcome::Late);
            expected.insert(w->chatId);
        }
        SlaChatTableModel *chats = m_dialog->drillDown();
        QCOMPARE(chats->rowCount(), expected.size());
        for (int r = 0; r < chats->rowCount(); ++r)
            QVERIFY(expected.contains(chats->chatIdAt(r)));
        QVERIFY(m_dialog->drillTitle().contains(model->index(0, 0).data().toString()));

        QSignalSpy open(m_dialog, &views::SlaReportDialog::openChatRequested);
        const qint64 chat = chats->chatIdAt(0);
        emit m_dialog->chatTable()->activated(chats->index(0, 0));
        QCOMPARE(open.count(), 1);
        QTRY_COMPARE(m_pane->currentChatId(), chat);
    }

    void csvHasOneRowPerChat()
    {
        std::set<qint64> chats;
        for (const domain::SlaWait *w : m_dialog->report()->select({}))
            chats.insert(w->chatId);
        const QString path = m_tmp.dir() + QStringLiteral("/report.csv");
        int rows = 0;
        QString error;
        QVERIFY2(m_dialog->csvExport()->exportTo(path, &rows, &error), qPrintable(error));
        QCOMPARE(rows, int(chats.size()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.first().contains("Chat"));
        QCOMPARE(lines.size(), rows + 2); // header, rows, the empty piece after the last CRLF
    }

    void aReversedPeriodIsReadForwards()
    {
        m_dialog->setPeriod(kAnchor.date().addDays(-1), kAnchor.date()); // replaced at once:
        m_dialog->setPeriod(kAnchor.date(), kAnchor.date().addDays(-6)); // only this one shows
        QTRY_VERIFY(!m_dialog->isBusy());
        QCOMPARE(m_dialog->report()->from(), kAnchor.date().addDays(-6).startOfDay().toUTC());
    }
};

QTEST_MAIN(TestSlaReportDialog)
#include "tst_slareportdialog.moc"
