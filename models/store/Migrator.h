#pragma once

#include "models/store/StoreError.h"

#include <QSqlDatabase>

namespace agentp::store {

// Applies the ordered migrations to an open connection. Each step runs in one transaction that
// also bumps PRAGMA user_version; on the first failing statement the step is rolled back and the
// error names the step and the statement, so nothing half-migrated is ever committed.
class Migrator final
{
public:
    explicit Migrator(QSqlDatabase db);

    int currentVersion(StoreError *error) const;
    // Migrates up to targetVersion (default: the newest this program knows).
    bool migrate(StoreError *error, int targetVersion = -1);

private:
    QSqlDatabase m_db;
};

} // namespace agentp::store
