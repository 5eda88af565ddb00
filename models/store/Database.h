#pragma once

#include "models/store/StoreError.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace agentp::store {

// One SQLite connection to a workspace file, owned by the thread that opened it (QSqlDatabase
// connections must not cross threads). Opening checks the file before SQLite writes anything,
// applies WAL, foreign keys and a busy timeout, migrates to the newest schema and verifies it.
class Database final
{
public:
    struct Options
    {
        bool createIfMissing = true;
        bool migrate = true; // false: open as-is (tests of individual versions)
        int busyTimeoutMs = 5000;
    };

    static std::unique_ptr<Database> open(const QString &path, const Options &options,
                                          StoreError *error);
    static std::unique_ptr<Database> open(const QString &path, StoreError *error)
    {
        return open(path, Options{}, error);
    }
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    // The schema was taken as verified from the marker a previous open left (workspace_meta
    // "schema.verified": schema cookie + fingerprint of the migrations), not compared again.
    bool schemaCheckedByMarker() const { return m_schemaCheckedByMarker; }

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    bool m_schemaCheckedByMarker = false;
};

} // namespace agentp::store
