// CSV export: RFC 4180 quoting, UTF-8 with Cyrillic, the formula guard, what the table shows
// (visible columns in screen order, every row the filter matches — paged models are read to
// the end), and files written through a temporary name. Also the Sessions pane's Ctrl+E, which
// exports every dialog of the filter rather than the page shown.
#include "models/items/SessionTableModel.h"
#include "models/store/Database.h"
#include "tests/support/SalonFixture.h"
#include "tests/support/TempWorkspace.h"
#include "views/common/CsvExport.h"
#include "views/sessions/SessionsPane.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace agentp;
using views::CsvExport;

namespace {

QStandardItemModel *sample(QObject *parent)
{
    auto *model = new QStandardItemModel(0, 3, parent);
    model->setHorizontalHeaderLabels(
        {QStringLiteral("Имя"), QStringLiteral("Телефон"), QStringLiteral("Заметка")});
    model->appendRow({new QStandardItem(QStringLiteral("Мария Петрова")),
                      new QStandardItem(QStringLiteral("+7 (999) 123-45-67")),
                      new QStandardItem(QStringLiteral("любит \"кофе\", утро"))});
    model->appendRow({new QStandardItem(QStringLiteral("Ёлка")), new QStandardItem(QString()),
                      new QStandardItem(QStringLiteral("строка 1\nстрока 2"))});
    return model;
}

// Calls back while the writer reads a cell, to look at the target file mid-export.
class ProbeModel final : public QStandardItemModel
{
public:
    std::function<void()> probe;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (probe && index.row() == 1)
            std::exchange(const_cast<ProbeModel *>(this)->probe, {})();
        return QStandardItemModel::data(index, role);
    }
};

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;

private slots:
    void quoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addRow("plain") << QStringLiteral("Мария") << QStringLiteral("Мария");
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::addRow("quote") << QStringLiteral("say \"hi\"")
                               << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::addRow("LF") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::addRow("CR") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::addRow("CRLF") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::addRow("spaces kept") << QStringLiteral(" a ") << QStringLiteral(" a ");
        QTest::addRow("semicolon needs nothing") << QStringLiteral("a;b") << QStringLiteral("a;b");
        QTest::addRow("formula") << QStringLiteral("=HYPERLINK(\"x\")")
                                 << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::addRow("at sign") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::addRow("plus with a call") << QStringLiteral("+cmd|x") << QStringLiteral("'+cmd|x");
        QTest::addRow("minus with letters") << QStringLiteral("-Маша") << QStringLiteral("'-Маша");
        QTest::addRow("phone stays")
            << QStringLiteral("+7 (999) 123-45-67") << QStringLiteral("+7 (999) 123-45-67");
        QTest::addRow("negative number stays")
            << QStringLiteral("-12,5") << QStringLiteral("\"-12,5\"");
    }

    void quoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(CsvExport::field(text), field);
    }

    void writesUtf8WithHeader()
    {
        QStandardItemModel *model = sample(this);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        int rows = 0;
        QString error;
        QVERIFY(CsvExport::write(*model, {0, 1, 2}, buffer, &rows, &error));
        QCOMPARE(rows, 2);
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // BOM: Excel reads the Cyrillic right
        QCOMPARE(QString::fromUtf8(bytes.mid(3)),
                 QStringLiteral("Имя,Телефон,Заметка\r\n"
                                "Мария Петрова,+7 (999) 123-45-67,\"любит \"\"кофе\"\", утро\"\r\n"
                                "Ёлка,,\"строка 1\nстрока 2\"\r\n"));
        delete model;
    }

    void exportsWhatTheTableShows()
    {
        QTableView view;
        QStandardItemModel *model = sample(&view);
        view.setModel(model);
        view.horizontalHeader()->moveSection(2, 0); // Заметка first on screen
        view.setColumnHidden(1, true);              // Телефон hidden
        QCOMPARE(CsvExport::visibleColumns(*view.horizontalHeader()), (QList<int>{2, 0}));
        CsvExport action(&view, QStringLiteral("x"), {}, &view);
        const QString path = m_tmp.file(QStringLiteral("view.csv"));
        int rows = 0;
        QString error;
        QVERIFY2(action.exportTo(path, &rows, &error), qPrintable(error));
        QCOMPARE(rows, 2);
        const QString text = QString::fromUtf8(testing::readAll(path).mid(3));
        QVERIFY(text.startsWith(QStringLiteral("Заметка,Имя\r\n")));
        QVERIFY(!text.contains(QStringLiteral("+7")));
        QCOMPARE(action.shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
        QVERIFY(action.toolTip().contains(QLatin1String("Ctrl+E")));
    }

    void writesThroughATemporaryFile()
    {
        const QString path = m_tmp.file(QStringLiteral("atomic.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old content");
        }
        ProbeModel model;
        model.setColumnCount(1);
        for (int i = 0; i < 3; ++i)
            model.appendRow(new QStandardItem(QStringLiteral("row %1").arg(i)));
        QByteArray midway;
        model.probe = [&] {
            midway = testing::readAll(path);
        };
        int rows = 0;
        QString error;
        QVERIFY2(CsvExport::writeFile(model, {0}, path, &rows, &error), qPrintable(error));
        QCOMPARE(midway, QByteArray("old content")); // the target is replaced only at the end
        QVERIFY(testing::readAll(path).contains("row 2"));
        QCOMPARE(QDir(m_tmp.dir()).entryList({QStringLiteral("atomic.csv*")}, QDir::Files),
                 QStringList{QStringLiteral("atomic.csv")});
    }

    void failedExportLeavesNoFile()
    {
        QStandardItemModel *model = sample(this);
        const QString path = m_tmp.dir() + QStringLiteral("/missing-folder/out.csv");
        int rows = -1;
        QString error;
        QVERIFY(!CsvExport::writeFile(*model, {0}, path, &rows, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QDir(m_tmp.dir() + QStringLiteral("/missing-folder")).exists());

        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        error.clear();
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        QVERIFY(!CsvExport::write(*model, {0}, readOnly, &rows, &error));
        QVERIFY(!error.isEmpty());
        delete model;
    }

    void sessionsPaneExportsEveryRowOfTheFilter()
    {
        testing::TempWorkspace tmp;
        store::StoreError storeError;
        auto db = store::Database::open(tmp.file(), &storeError);
        QVERIFY2(db, qPrintable(storeError.message));
        testing::SalonFixture fixture;
        QVERIFY(fixture.populate(db->connection()));

        views::SessionsPane pane(db->connection());
        auto *salon = pane.findChild<QComboBox *>(QStringLiteral("salonFilter"));
        salon->setCurrentIndex(
            salon->findData(QString::fromLatin1(testing::SalonFixture::kTenantA)));
        QCOMPARE(pane.model()->totalCount(), qint64(fixture.sessionsA));
        QCOMPARE(pane.model()->rowCount(), models::SessionTableModel::kPageSize);

        auto *action = pane.findChild<CsvExport *>();
        QVERIFY(action);
        const QString path = tmp.file(QStringLiteral("sessions.csv"));
        int rows = 0;
        QString error;
        QVERIFY2(action->exportTo(path, &rows, &error), qPrintable(error));
        QCOMPARE(rows, fixture.sessionsA);
        const QStringList lines = QString::fromUtf8(testing::readAll(path).mid(3))
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), fixture.sessionsA + 1);
        QVERIFY(lines.front().startsWith(QStringLiteral("ID,Date,Client")));
        QVERIFY(!lines.join(QLatin1Char('\n')).contains(QStringLiteral("Салон Б")));
        // The view's own model was not paged to the end by the export.
        QCOMPARE(pane.model()->rowCount(), models::SessionTableModel::kPageSize);
    }
};

QTEST_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
