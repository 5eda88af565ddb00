#include "views/common/CsvExport.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>

namespace agentp::views {

namespace {

// A field a spreadsheet would evaluate. "+7 (999) 123-45-67" or "-5" stays: without letters or
// parentheses after a name there is no function to call.
bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first == u'=' || first == u'@' || first == u'\t' || first == u'\r')
        return true;
    if (first == u'+' || first == u'-') {
        static const QRegularExpression numberLike(QStringLiteral("^[+-][0-9 ()\\-.,]*$"));
        return !numberLike.match(text).hasMatch();
    }
    return false;
}

QByteArray line(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << CsvExport::field(f);
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace

CsvExport::CsvExport(QTableView *table, QString baseName, ModelFactory allRows, QWidget *pane)
    : QAction(tr("Export CSV…"), pane)
    , m_table(table)
    , m_baseName(std::move(baseName))
    , m_allRows(std::move(allRows))
{
    setObjectName(QStringLiteral("exportCsvAction"));
    setShortcut(QKeySequence(tr("Ctrl+E")));
    // A window shortcut on a pane: only the visible pane's action answers, so each pane can
    // use Ctrl+E for its own table.
    setShortcutContext(Qt::WindowShortcut);
    setToolTip(tr("Save the rows the filter shows as a CSV file (%1)")
                   .arg(shortcut().toString(QKeySequence::NativeText)));
    pane->addAction(this);
    connect(this, &QAction::triggered, this, &CsvExport::chooseAndExport);
}

QString CsvExport::field(const QString &text)
{
    QString value = looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QList<int> CsvExport::visibleColumns(const QHeaderView &header)
{
    QList<int> columns;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (logical >= 0 && !header.isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

bool CsvExport::write(QAbstractItemModel &model, const QList<int> &columns, QIODevice &device,
                      int *rows, QString *error)
{
    // Page a lazily loading model to the end; stop if a fetch brings nothing (a model whose
    // canFetchMore() stays true would otherwise loop forever).
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        if (model.rowCount() == before)
            break;
    }
    auto put = [&device, error](const QByteArray &bytes) {
        if (device.write(bytes) == bytes.size())
            return true;
        *error = device.errorString();
        return false;
    };
    if (!put(QByteArrayLiteral("\xEF\xBB\xBF")))
        return false;
    QStringList header;
    for (int column : columns)
        header << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    if (!put(line(header)))
        return false;
    const int count = model.rowCount();
    for (int row = 0; row < count; ++row) {
        QStringList fields;
        fields.reserve(columns.size());
        for (int column : columns)
            fields << model.index(row, column).data(Qt::DisplayRole).toString();
        if (!put(line(fields)))
            return false;
    }
    if (rows)
        *rows = count;
    return true;
}

bool CsvExport::writeFile(QAbstractItemModel &model, const QList<int> &columns, const QString &path,
                          int *rows, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!write(model, columns, file, rows, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool CsvExport::exportTo(const QString &path, int *rows, QString *error)
{
    const QList<int> columns = visibleColumns(*m_table->horizontalHeader());
    std::unique_ptr<QAbstractItemModel> own = m_allRows ? m_allRows() : nullptr;
    QAbstractItemModel *model = own ? own.get() : m_table->model();
    if (!model) {
        *error = tr("The table has nothing to export.");
        return false;
    }
    int written = 0;
    if (!writeFile(*model, columns, path, &written, error))
        return false;
    if (rows)
        *rows = written;
    emit exported(path, written);
    return true;
}

void CsvExport::chooseAndExport()
{
    QWidget *pane = m_table->window();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        m_baseName + u'-' + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(pane, tr("Export CSV"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor); // a long history takes a moment
    const bool ok = exportTo(path, nullptr, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(pane, tr("Export CSV"),
                             tr("The file %1 was not written: %2\nNothing was changed; choose "
                                "another folder or free some disk space and try again.")
                                 .arg(QDir::toNativeSeparators(path), error));
}

} // namespace agentp::views
