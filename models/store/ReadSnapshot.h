#pragma once

#include <QSqlDatabase>
#include <QString>

namespace agentp::store {

// A read-only connection of its own to a workspace file, for work on another thread (the chat
// list's bulk load, the SLA report), inside one read transaction so everything read is of the
// same moment. WAL lets it read while the GUI and the sync thread write. Create and destroy it
// on the thread that uses it, and let every QSqlQuery on it go first.
class ReadSnapshot final
{
public:
    // `purpose` names the connection ("chat-list", "sla-report") for diagnostics.
    ReadSnapshot(const QString &databasePath, const QString &purpose);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QString openError() const { return m_openError; }
    const QSqlDatabase &database() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_openError;
};

} // namespace agentp::store
