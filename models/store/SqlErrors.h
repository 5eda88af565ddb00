#pragma once

#include "models/store/StoreError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace agentp::store {

// Maps a driver error to our kinds; SQLite's "malformed" and "not a database" become Corrupt so
// the user is told the file is damaged rather than shown a raw driver string.
StoreError classifySqlError(const QSqlError &error, const QString &context);

// Runs a prepared query; on failure fills `error` (classified, with `context` in front).
bool execQuery(QSqlQuery &query, StoreError *error, const QString &context);

} // namespace agentp::store
