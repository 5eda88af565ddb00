#pragma once

#include <QAction>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QAbstractItemModel;
class QHeaderView;
class QIODevice;
class QTableView;

namespace agentp::views {

// "Export CSV…" (Ctrl+E) for a pane's table, and the writer behind it.
//
// What is exported is what the table shows: its visible columns in their on-screen order, and
// every row the current filter matches — not only the rows paged in so far. For a paged model
// the pane passes a factory that builds a second model with the same filter; the writer pages
// that one to the end (canFetchMore/fetchMore), so the view's own model is left alone.
//
// Format: UTF-8 with a byte-order mark (so Excel, the tool salon managers use, reads Cyrillic
// correctly; other CSV readers skip it), a header row, CRLF line ends, and RFC 4180 quoting:
// a field with a comma, quote, CR or LF is put in double quotes with inner quotes doubled. The
// Display text of each cell is written. A cell that a spreadsheet would run as a formula
// (starting with =, @, tab, CR, or + / - followed by more than a number) gets a leading
// apostrophe: client names come from strangers writing to the bot. Phone numbers ("+7 999 …")
// and negative numbers stay as they are.
//
// The file is written through QSaveFile (a temporary file renamed over the target at the end),
// so a failed or cancelled export never leaves a half-written file.
class CsvExport final : public QAction
{
    Q_OBJECT
public:
    using ModelFactory = std::function<std::unique_ptr<QAbstractItemModel>()>;

    // `baseName` suggests the file name ("clients" → clients-2026-11-20.csv). Without a factory
    // the table's own model is exported (fetched to the end first).
    CsvExport(QTableView *table, QString baseName, ModelFactory allRows, QWidget *pane);

    // Exports to `path`; used by the action after the file dialog, and by tests.
    bool exportTo(const QString &path, int *rows, QString *error);

    static QString field(const QString &text);
    static QList<int> visibleColumns(const QHeaderView &header);
    static bool write(QAbstractItemModel &model, const QList<int> &columns, QIODevice &device,
                      int *rows, QString *error);
    static bool writeFile(QAbstractItemModel &model, const QList<int> &columns, const QString &path,
                          int *rows, QString *error);

signals:
    void exported(const QString &path, int rows);

private:
    void chooseAndExport();

    QTableView *m_table;
    QString m_baseName;
    ModelFactory m_allRows;
};

} // namespace agentp::views
