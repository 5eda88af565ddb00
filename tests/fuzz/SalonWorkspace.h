#pragma once

#include "models/store/Database.h"
#include "net/sync/SalonMirror.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>

#include <map>
#include <memory>

namespace agentp::fuzz {

// The one real workspace the salon rows family writes into (tests/fuzz/SalonRowsTarget.cpp):
// opened once per process with models/store/Database in a temporary folder and filled through
// SalonMirror with two salons, their clients, dialogs, messages, a waitlist request, a
// prediction, win-back requests (one the console's own, not yet answered) and metrics, plus a
// cursor for every table; the seeds in corpus/salon refer to these rows. Opening a store per
// input would cost more than the rest of the check, so every input writes here and changes are
// undone afterwards from a copy of the starting rows kept in TEMP tables.
class SalonWorkspace final
{
public:
    // What a table holds: every row of its local table (as text, sorted) and its cursor.
    struct State
    {
        QStringList rows;
        net::SalonCursor cursor;
        bool operator==(const State &o) const
        {
            return rows == o.rows && cursor.at == o.cursor.at && cursor.key == o.cursor.key;
        }
    };

    // The cursor SalonPull::writeRows gives a non-empty page: its last row's watermark, as the
    // server wrote it, and key (empty: the row has none the pull could use).
    static net::SalonCursor pageCursor(const net::SalonTable &table, const QJsonArray &rows);

    // The process's workspace; null (with `why`) when it could not be made.
    static SalonWorkspace *instance(QString *why);

    net::SalonMirror &mirror() { return *m_mirror; }
    QSqlDatabase connection() const { return m_db->connection(); }

    // SQLite's total_changes(): rows inserted, updated or deleted by completed statements,
    // rolled back or not. Unchanged means the store is unchanged, the cheap common case.
    qint64 totalChanges();
    // The state as the store holds it now, read.
    State read(const net::SalonTable &table, QString *why);
    // The state as last seen (starting rows, or after the last stored page of this input).
    State &known(const net::SalonTable &table) { return m_known[table.name]; }
    // Remembers that `table` changed in this input, so that undo() puts it back.
    void touched(const net::SalonTable &table) { m_touched.insert(table.name); }
    // Puts the touched tables back as they started; empty when it did.
    QString undo();

    // Runs `sql` with `values` (prepared once); true when it answered a row.
    bool exists(const QString &sql, const QVariantList &values, QString *why);

private:
    SalonWorkspace() = default;
    QString open();

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<net::SalonMirror> m_mirror;
    std::map<QString, State> m_start;
    std::map<QString, State> m_known;
    QSet<QString> m_touched;
    std::map<QString, QSqlQuery> m_queries;
};

} // namespace agentp::fuzz
