#include "models/demo/BulkInserter.h"

#include "models/demo/DemoProgress.h"
#include "models/store/SqlErrors.h"

#include <QObject>
#include <QSqlError>

namespace agentp::demo {

BulkInserter::BulkInserter(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                           DemoProgress *progress)
    : m_db(db)
    , m_batch(db)
    , m_table(table)
    , m_columnNames(columns)
    , m_columns(int(columns.size()))
    , m_progress(progress)
{
    for (int i = 0; i < kRowsPerStatement * m_columns; ++i)
        m_placeholders.append(QStringLiteral(":v%1").arg(i));
    prepare(m_batch, kRowsPerStatement);
}

bool BulkInserter::prepare(QSqlQuery &query, int rows)
{
    QStringList tuples;
    for (int r = 0; r < rows; ++r) {
        const QStringList names = m_placeholders.mid(r * m_columns, m_columns);
        tuples.append(QLatin1Char('(') + names.join(QLatin1Char(',')) + QLatin1Char(')'));
    }
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(m_table, m_columnNames.join(QLatin1Char(',')), tuples.join(QLatin1Char(',')));
    // Forward-only: no result caching for statements that never return rows.
    query.setForwardOnly(true);
    if (query.prepare(sql))
        return true;
    m_failed = true;
    m_error = store::classifySqlError(
        query.lastError(), QObject::tr("Cannot prepare the demo rows for table %1").arg(m_table));
    return false;
}

void BulkInserter::exec(QSqlQuery &query, int rows)
{
    if (!query.exec()) {
        m_failed = true;
        m_error = store::classifySqlError(query.lastError(),
                                          QObject::tr("Cannot write demo rows %1–%2 of table %3")
                                              .arg(m_rows + 1)
                                              .arg(m_rows + rows)
                                              .arg(m_table));
        return;
    }
    m_rows += rows;
    if (m_progress)
        m_progress->advance(rows);
}

void BulkInserter::flushBatch()
{
    exec(m_batch, kRowsPerStatement);
    m_buffered = 0;
}

bool BulkInserter::done(store::StoreError *error)
{
    if (m_buffered > 0 && !m_failed) {
        // The rows of an incomplete batch move to a statement of their size.
        QSqlQuery rest(m_db);
        if (prepare(rest, m_buffered)) {
            for (int i = 0; i < m_buffered * m_columns; ++i) {
                const QString &name = m_placeholders.at(i);
                rest.bindValue(name, m_batch.boundValue(name));
            }
            exec(rest, m_buffered);
        }
    }
    m_buffered = 0;
    if (m_failed)
        *error = m_error;
    return !m_failed;
}

} // namespace agentp::demo
