#pragma once

#include <QString>

#include <optional>

namespace agentp::store {

// Reads the 100-byte SQLite header with plain file I/O, before SQLite touches the file. This lets
// us refuse a foreign or too-new file without opening it, so such a file stays byte-for-byte
// unchanged (opening in WAL mode would rewrite header bytes).
struct SqliteFileHeader
{
    enum class Status
    {
        Missing,
        Empty,
        NotSqlite,
        Unreadable,
        Ok
    };

    Status status = Status::Missing;
    int userVersion = 0;
    QString error;

    static SqliteFileHeader read(const QString &path);
};

} // namespace agentp::store
