#pragma once

#include "models/store/StoreError.h"

#include <QSqlDatabase>
#include <QStringList>

namespace agentp::store {

// A comparable description of a schema: every table with its columns (name, declared type,
// not-null, primary-key position) and every index. Verifying a migrated file compares its
// snapshot with one taken from a fresh in-memory database built by the same migrations, so the
// expectation can never drift from the migrations themselves.
struct SchemaSnapshot
{
    QStringList lines; // sorted, one line per table column or index

    static SchemaSnapshot of(const QSqlDatabase &db, StoreError *error);
    static const SchemaSnapshot &expected(); // built once from the migrations

    // Human-readable differences (missing/unexpected), empty when equal.
    QStringList differencesFrom(const SchemaSnapshot &expected) const;
};

} // namespace agentp::store
