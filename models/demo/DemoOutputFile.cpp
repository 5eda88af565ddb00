#include "models/demo/DemoOutputFile.h"

#include "models/store/SqlErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace agentp::demo {

using store::StoreError;

DemoOutputFile::DemoOutputFile(QString target)
    : m_target(std::move(target))
{}

DemoOutputFile::~DemoOutputFile()
{
    if (!m_published)
        removeTemporary();
}

void DemoOutputFile::removeTemporary()
{
    m_database.reset(); // closes the connection before its files are deleted
    if (m_temporary.isEmpty())
        return;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(m_temporary + QLatin1String(suffix));
}

bool DemoOutputFile::open(StoreError *error)
{
    const QString shown = QDir::toNativeSeparators(m_target);
    if (m_target.isEmpty()) {
        *error = StoreError::make(StoreError::Kind::Io,
                                  QObject::tr("No file name was given for the demo workspace."));
        return false;
    }
    if (QFileInfo::exists(m_target)) {
        *error = StoreError::make(
            StoreError::Kind::Io,
            QObject::tr("%1 already exists; the demo workspace was not created and the file was "
                        "left unchanged. Choose another name or remove the file first.")
                .arg(shown));
        return false;
    }
    if (!QDir().mkpath(QFileInfo(m_target).absolutePath())) {
        *error = StoreError::make(StoreError::Kind::Io,
                                  QObject::tr("Cannot create the folder for %1.").arg(shown));
        return false;
    }
    // Random (not from the demo seed): two runs may work side by side.
    m_temporary = m_target + QStringLiteral(".partial-") +
                  QString::number(QRandomGenerator::system()->generate64(), 36);
    m_database = store::Database::open(m_temporary, error);
    return m_database != nullptr;
}

bool DemoOutputFile::exec(const QString &sql, StoreError *error)
{
    QSqlQuery query(m_database->connection());
    if (query.exec(sql))
        return true;
    *error = store::classifySqlError(
        query.lastError(),
        QObject::tr("Cannot write the demo workspace %1").arg(QDir::toNativeSeparators(m_target)));
    return false;
}

bool DemoOutputFile::beginBulkLoad(int cacheMiB, StoreError *error)
{
    // A failed run deletes the file, so durability during the load buys nothing: no rollback
    // journal, no fsync. Foreign keys are not checked row by row either; the generator writes
    // consistent ids and the tests run PRAGMA foreign_key_check on the result.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = OFF"),
        QStringLiteral("PRAGMA journal_mode = OFF"),
        QStringLiteral("PRAGMA synchronous = OFF"),
        QStringLiteral("PRAGMA cache_size = -%1").arg(cacheMiB * 1024),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    };
    for (const QString &pragma : pragmas) {
        if (!exec(pragma, error))
            return false;
    }
    // Building an index once from all rows (a sort) is cheaper than updating it for every row:
    // measured 13.4 s against 16.2 s for the whole scale-100 demo.
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master "
                                   "WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"))) {
        *error = store::classifySqlError(query.lastError(), QObject::tr("Cannot read the schema"));
        return false;
    }
    QStringList names;
    while (query.next()) {
        names.append(query.value(0).toString());
        m_droppedIndexes.append(query.value(1).toString());
    }
    query.finish();
    for (const QString &name : std::as_const(names)) {
        if (!exec(QStringLiteral("DROP INDEX \"%1\"").arg(name), error))
            return false;
    }
    return true;
}

bool DemoOutputFile::beginTransaction(StoreError *error)
{
    return exec(QStringLiteral("BEGIN"), error);
}

bool DemoOutputFile::commit(StoreError *error)
{
    return exec(QStringLiteral("COMMIT"), error);
}

bool DemoOutputFile::finishBulkLoad(StoreError *error)
{
    for (const QString &sql : std::as_const(m_droppedIndexes)) {
        if (!exec(sql, error))
            return false;
    }
    m_droppedIndexes.clear();
    return exec(QStringLiteral("PRAGMA journal_mode = WAL"), error) &&
           exec(QStringLiteral("PRAGMA synchronous = NORMAL"), error) &&
           exec(QStringLiteral("PRAGMA foreign_keys = ON"), error);
}

bool DemoOutputFile::publish(StoreError *error)
{
    const QString shown = QDir::toNativeSeparators(m_target);
    if (!exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), error))
        return false;
    m_database.reset();
    // A clean close removes the WAL and shared-memory files; make sure nothing of the temporary
    // name stays behind even if SQLite kept them.
    QFile::remove(m_temporary + QStringLiteral("-wal"));
    QFile::remove(m_temporary + QStringLiteral("-shm"));
    // QFile::rename never replaces an existing file: if the target appeared meanwhile, the demo
    // is refused rather than overwriting someone else's workspace.
    if (QFileInfo::exists(m_target) || !QFile::rename(m_temporary, m_target)) {
        *error = StoreError::make(
            StoreError::Kind::Io,
            QObject::tr("Cannot move the finished demo workspace to %1 (it may have been created "
                        "meanwhile, or the folder is not writable). Nothing was changed.")
                .arg(shown));
        return false;
    }
    m_published = true;
    return true;
}

} // namespace agentp::demo
