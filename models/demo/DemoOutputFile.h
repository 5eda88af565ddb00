#pragma once

#include "models/store/Database.h"
#include "models/store/StoreError.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace agentp::demo {

// The file a demo is written to: created under a temporary name next to the target with the
// real migrations, tuned for one bulk load, then made durable (WAL, checkpoint) and renamed into
// place. Anything left over from a failed run is removed by the destructor.
class DemoOutputFile final
{
public:
    explicit DemoOutputFile(QString target);
    ~DemoOutputFile();

    DemoOutputFile(const DemoOutputFile &) = delete;
    DemoOutputFile &operator=(const DemoOutputFile &) = delete;

    // Refuses an existing target; creates and migrates the temporary file.
    bool open(store::StoreError *error);
    QSqlDatabase connection() const { return m_database->connection(); }

    // Bulk-load settings: no journal, no fsync, a big cache, secondary indexes dropped (rebuilt
    // later from their original SQL, so the schema stays exactly the same).
    bool beginBulkLoad(int cacheMiB, store::StoreError *error);
    bool beginTransaction(store::StoreError *error);
    bool commit(store::StoreError *error);

    // Rebuilds the dropped indexes and restores WAL and foreign keys.
    bool finishBulkLoad(store::StoreError *error);
    // Checkpoints, closes and renames into place.
    bool publish(store::StoreError *error);

private:
    bool exec(const QString &sql, store::StoreError *error);
    void removeTemporary();

    QString m_target;
    QString m_temporary; // the file being written
    std::unique_ptr<store::Database> m_database;
    QStringList m_droppedIndexes; // CREATE INDEX statements to replay
    bool m_published = false;
};

} // namespace agentp::demo
