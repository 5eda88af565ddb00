#include "models/store/Migrator.h"

#include "models/LogCategories.h"

#include "models/store/Migration.h"
#include "models/store/SqlErrors.h"

#include <QSqlError>
#include <QSqlQuery>

namespace agentp::store {

Migrator::Migrator(QSqlDatabase db)
    : m_db(std::move(db))
{}

int Migrator::currentVersion(StoreError *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot read the schema version"));
        return -1;
    }
    return q.value(0).toInt();
}

bool Migrator::migrate(StoreError *error, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestSchemaVersion();
    const int from = currentVersion(error);
    if (from < 0)
        return false;

    for (const Migration &step : allMigrations()) {
        if (step.version <= from || step.version > targetVersion)
            continue;
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = classifySqlError(q.lastError(), QObject::tr("Cannot start a migration"));
            return false;
        }
        for (const QString &sql : step.statements) {
            if (!q.exec(sql)) {
                const StoreError cause = classifySqlError(q.lastError(), QString());
                QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
                *error = StoreError::make(
                    cause.kind == StoreError::Kind::Corrupt ? cause.kind
                                                            : StoreError::Kind::MigrationFailed,
                    QObject::tr("Upgrading the workspace to version %1 (%2) failed: %3")
                        .arg(step.version)
                        .arg(QString::fromUtf8(step.name), cause.message));
                return false;
            }
        }
        // PRAGMA cannot take bound parameters; the version is our own integer.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)) ||
            !q.exec(QStringLiteral("COMMIT"))) {
            const StoreError cause = classifySqlError(q.lastError(), QString());
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            *error = StoreError::make(StoreError::Kind::MigrationFailed,
                                      QObject::tr("Cannot commit schema version %1: %2")
                                          .arg(step.version)
                                          .arg(cause.message));
            return false;
        }
        qCInfo(lcStore) << "workspace schema migrated to version" << step.version << step.name;
    }
    return true;
}

} // namespace agentp::store
