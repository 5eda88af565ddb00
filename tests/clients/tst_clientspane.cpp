// The Clients pane on a generated demo workspace, offscreen: registered in the window, search by
// a lower-case part of a Cyrillic name and by a phone typed another way than stored, the LTM
// panel as readable fields, the detail dialog's tabs, and the CSV export of the filtered rows.
#include "models/demo/DemoGenerator.h"
#include "models/items/ClientListModel.h"
#include "models/store/Workspace.h"
#include "tests/support/TempWorkspace.h"
#include "views/clients/ClientDetailDialog.h"
#include "views/clients/ClientMemoryPanel.h"
#include "views/clients/ClientsPane.h"
#include "views/common/CsvExport.h"
#include "views/shell/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace agentp;
using models::ClientListModel;

class TestClientsPane : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Workspace> m_workspace;

    // A demo client with a phone, a two-word name, visits and a memory with preferred services.
    struct Sample
    {
        QString id, name, digits;
    };
    Sample sample()
    {
        QSqlQuery q(m_workspace->database().connection());
        q.exec(QStringLiteral("SELECT c.id, c.full_name, c.phone_digits FROM clients c"
                              " JOIN client_memory m ON m.client_id = c.id"
                              " WHERE length(c.phone_digits) = 11 AND c.full_name LIKE '% %'"
                              " AND m.ltm_data LIKE '%preferred_services%'"
                              " AND EXISTS (SELECT 1 FROM client_visits v WHERE v.client_id = c.id)"
                              " ORDER BY c.id LIMIT 1"));
        if (!q.next())
            return {};
        return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    }

    static QStringList shownIds(QAbstractItemModel *model)
    {
        QStringList ids;
        for (int r = 0; r < model->rowCount(); ++r)
            ids << model->index(r, 0).data(ClientListModel::ClientIdRole).toString();
        return ids;
    }

    static views::ClientDetailDialog *openDialog()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<views::ClientDetailDialog *>(w); d && d->isVisible())
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
        store::StoreError error;
        QVERIFY2(demo::DemoGenerator::create(m_tmp.file(), options, nullptr, &error),
                 qPrintable(error.message));
        m_workspace = store::Workspace::open(m_tmp.file(), false, &error);
        QVERIFY2(m_workspace, qPrintable(error.message));
        QVERIFY(!sample().id.isEmpty());
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void registeredInTheWindow()
    {
        views::MainWindow window(*m_workspace);
        const QStringList ids = window.paneIds();
        QVERIFY(ids.contains(QStringLiteral("clients")));
        QVERIFY(ids.contains(QStringLiteral("winback")));
        QVERIFY(ids.indexOf(QStringLiteral("sessions")) < ids.indexOf(QStringLiteral("winback")));
        QVERIFY(ids.indexOf(QStringLiteral("winback")) < ids.indexOf(QStringLiteral("clients")));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(int(ids.indexOf(QStringLiteral("clients"))))->text(),
                 QStringLiteral("Clients"));
        QCOMPARE(navigation->item(int(ids.indexOf(QStringLiteral("winback"))))->text(),
                 QStringLiteral("Win-back"));
        QVERIFY(window.showPane(QStringLiteral("clients")));
        auto *pane = qobject_cast<views::ClientsPane *>(window.pane(QStringLiteral("clients")));
        QVERIFY(pane);
        QVERIFY(pane->model()->rowCount() > 0);
        auto *asOf = pane->findChild<QLabel *>(QStringLiteral("dataAsOf"));
        QVERIFY(asOf && asOf->text().startsWith(QLatin1String("Data as of")));
    }

    void searchesLowerCaseCyrillicName()
    {
        views::ClientsPane pane(*m_workspace);
        const Sample s = sample();
        // A lower-case piece from the middle of the surname, typed character by character: one
        // query after the pause, not one per character.
        const QString surname = s.name.section(QLatin1Char(' '), 1, 1);
        const QString part = surname.mid(1, 4).toLower();
        QVERIFY(part.size() >= 3);
        QSignalSpy queries(pane.model(), &ClientListModel::totalCountChanged);
        // (QTest::keyClicks knows ASCII keys only; insert() edits like typing does.)
        for (const QChar c : part)
            pane.searchField()->insert(QString(c));
        QCOMPARE(queries.count(), 0);
        QTRY_COMPARE(pane.model()->filter().search, part);
        QCOMPARE(queries.count(), 1);
        QVERIFY(pane.model()->totalCount() > 0);
        while (pane.model()->canFetchMore({}))
            pane.model()->fetchMore({});
        QVERIFY(shownIds(pane.model()).contains(s.id));
        for (int r = 0; r < pane.model()->rowCount(); ++r) {
            const QString name =
                pane.model()->index(r, ClientListModel::NameColumn).data().toString();
            QVERIFY2(name.contains(part, Qt::CaseInsensitive), qPrintable(name));
        }
    }

    void searchesPhoneInAnotherFormat()
    {
        views::ClientsPane pane(*m_workspace);
        const Sample s = sample();
        // Stored "7XXXXXXXXXX"; typed as "8 (XXX) XXX-XX-XX".
        const QString d = s.digits;
        const QString typed = QStringLiteral("8 (%1) %2-%3-%4")
                                  .arg(d.mid(1, 3), d.mid(4, 3), d.mid(7, 2), d.mid(9, 2));
        pane.searchField()->setText(typed);
        QTRY_COMPARE(pane.model()->filter().search, typed);
        QVERIFY(shownIds(pane.model()).contains(s.id));
        // A part of the number, as the middle digits.
        pane.searchField()->setText(d.mid(4, 5));
        QTRY_COMPARE(pane.model()->filter().search, d.mid(4, 5));
        while (pane.model()->canFetchMore({}))
            pane.model()->fetchMore({});
        QVERIFY(shownIds(pane.model()).contains(s.id));
        for (int r = 0; r < pane.model()->rowCount(); ++r)
            QVERIFY(pane.model()
                        ->index(r, 0)
                        .data(ClientListModel::PhoneDigitsRole)
                        .toString()
                        .contains(d.mid(4, 5)));
    }

    void memoryPanelShowsReadableFields()
    {
        views::ClientsPane pane(*m_workspace);
        const Sample s = sample();
        pane.searchField()->setText(s.digits);
        QTRY_COMPARE(pane.model()->rowCount(), 1);
        pane.table()->setCurrentIndex(pane.model()->index(0, 0));
        QCOMPARE(pane.memoryPanel()->clientId(), s.id);
        auto *label = pane.memoryPanel()->findChild<QLabel *>(
            QStringLiteral("memoryLabel_preferred_services"));
        auto *value = pane.memoryPanel()->findChild<QLabel *>(
            QStringLiteral("memoryValue_preferred_services"));
        QVERIFY(label && value);
        QCOMPARE(label->text(), QStringLiteral("Preferred services:"));
        QVERIFY(!value->text().isEmpty());
        const QList<QLabel *> values = pane.memoryPanel()->findChildren<QLabel *>();
        int shown = 0;
        for (QLabel *l : values) {
            if (!l->objectName().startsWith(QLatin1String("memoryValue_")))
                continue;
            ++shown;
            QVERIFY2(!l->text().contains(QLatin1Char('{')) &&
                         !l->text().contains(QLatin1Char('[')) &&
                         !l->text().contains(QLatin1Char('"')),
                     qPrintable(l->text()));
        }
        QVERIFY(shown >= 3);
        // Nothing selected: the panel says so instead of showing the previous client.
        pane.searchField()->setText(QStringLiteral("жжжжжж"));
        QTRY_COMPARE(pane.model()->rowCount(), 0);
        QVERIFY(pane.memoryPanel()->clientId().isEmpty());
    }

    void enterOpensTheDetailDialog()
    {
        views::ClientsPane pane(*m_workspace);
        pane.show();
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        const Sample s = sample();
        pane.searchField()->setText(s.digits);
        QTRY_COMPARE(pane.model()->rowCount(), 1);
        pane.table()->setFocus();
        pane.table()->setCurrentIndex(pane.model()->index(0, 0));
        QTest::keyClick(pane.table(), Qt::Key_Return);
        QTRY_VERIFY(openDialog() != nullptr);
        views::ClientDetailDialog *dialog = openDialog();
        QCOMPARE(dialog->clientId(), s.id);
        QCOMPARE(dialog->tabs()->count(), 4);
        for (const char *name : {"visits", "sessions", "waitlist", "predictions"})
            QVERIFY2(dialog->table(QString::fromLatin1(name)), name);
        QSqlQuery q(m_workspace->database().connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM client_visits WHERE client_id = ?"));
        q.addBindValue(s.id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(dialog->table(QStringLiteral("visits"))->model()->rowCount(), q.value(0).toInt());
        QVERIFY(q.value(0).toInt() > 0);
        dialog->close();
    }

    void exportsTheFilteredRows()
    {
        views::ClientsPane pane(*m_workspace);
        // A common letter pair gives more rows than one page.
        pane.searchField()->setText(QStringLiteral("ова"));
        QTRY_COMPARE(pane.model()->filter().search, QStringLiteral("ова"));
        const qint64 total = pane.model()->totalCount();
        QVERIFY(total > 0);
        QVERIFY(total < 600); // filtered: not every client of the demo

        const QString path = m_tmp.file(QStringLiteral("clients.csv"));
        int rows = 0;
        QString error;
        QVERIFY2(pane.exportAction()->exportTo(path, &rows, &error), qPrintable(error));
        QCOMPARE(rows, int(total));
        const QStringList lines = QString::fromUtf8(testing::readAll(path).mid(3))
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), int(total) + 1);
        QCOMPARE(lines.front(), QStringLiteral("Name,Phone,Favourite master,Visits"));
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY2(lines.at(i)
                         .section(QLatin1Char(','), 0, 0)
                         .contains(QStringLiteral("ова"), Qt::CaseInsensitive),
                     qPrintable(lines.at(i)));
    }
};

QTEST_MAIN(TestClientsPane)
#include "tst_clientspane.moc"
