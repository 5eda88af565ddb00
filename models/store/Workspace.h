#pragma once

#include "models/store/Database.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace agentp::store {

// An opened workspace: the GUI thread's connection to its store plus what the window shows
// about it (name, whether it is the demo, when it last synced).
class Workspace final
{
public:
    static std::unique_ptr<Workspace> open(const QString &path, bool createIfMissing,
                                           StoreError *error);

    Database &database() { return *m_db; }
    QString path() const { return m_db->path(); }
    QString name() const;
    bool isDemo() const;
    QString meta(const QString &key) const;
    QDateTime lastSyncAt() const; // invalid when never synced

private:
    explicit Workspace(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
};

} // namespace agentp::store
