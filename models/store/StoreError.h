#pragma once

#include <QString>

namespace agentp::store {

// What went wrong while opening or using a workspace store. The message is meant for a person:
// it says what happened and, where there is one, what to do about it.
struct StoreError
{
    enum class Kind
    {
        None,
        NotFound,  // the file does not exist and creating it was not asked for
        NotSqlite, // the file exists but is not an SQLite database at all
        Corrupt,   // SQLite reports a malformed database
        TooNew,    // written by a newer program; refused and left untouched
        MigrationFailed,
        SchemaMismatch, // migrated, but the tables do not match what this program expects
        Io,             // cannot read, write or create the file
        Query,          // a statement failed during normal use
    };

    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
    static StoreError make(Kind kind, QString message) { return {kind, std::move(message)}; }
};

} // namespace agentp::store
