#include "models/store/SqlErrors.h"

#include <QObject>

namespace agentp::store {

StoreError classifySqlError(const QSqlError &error, const QString &context)
{
    const QString text = error.text().trimmed();
    const QString detail = context.isEmpty() ? text : context + QStringLiteral(": ") + text;
    const QString native = error.nativeErrorCode();
    // SQLITE_CORRUPT = 11, SQLITE_NOTADB = 26 (primary result codes).
    if (native == QLatin1String("11") || native == QLatin1String("26") ||
        text.contains(QLatin1String("malformed")) ||
        text.contains(QLatin1String("not a database"))) {
        return StoreError::make(StoreError::Kind::Corrupt,
                                QObject::tr("The workspace file is damaged (%1). Restore it from a "
                                            "backup or create a new workspace.")
                                    .arg(text));
    }
    // SQLITE_FULL = 13: the disk (or the file's size limit) is full. SQLite's own text,
    // "database or disk is full", reads like damage and gives no next step; the person is told
    // what happened, that nothing earlier is lost (the change was rolled back whole) and what to
    // do. The driver's text stays in brackets for support.
    if (native == QLatin1String("13")) {
        return StoreError::make(StoreError::Kind::Io,
                                QObject::tr("The disk that holds the workspace is full, so the "
                                            "change was not saved; everything saved before is "
                                            "intact. Free some disk space and try again. (%1)")
                                    .arg(detail));
    }
    // SQLITE_CANTOPEN = 14, SQLITE_IOERR = 10, SQLITE_READONLY = 8.
    if (native == QLatin1String("14") || native == QLatin1String("10") ||
        native == QLatin1String("8")) {
        return StoreError::make(StoreError::Kind::Io, detail);
    }
    return StoreError::make(StoreError::Kind::Query, detail);
}

bool execQuery(QSqlQuery &query, StoreError *error, const QString &context)
{
    if (query.exec())
        return true;
    *error = classifySqlError(query.lastError(), context);
    return false;
}

} // namespace agentp::store
