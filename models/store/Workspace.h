#pragma once

#include "models/domain/CurrentUser.h"
#include "models/store/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace agentp::store {

class StoreNotifier;

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
    bool setMeta(const QString &key, const QString &value, StoreError *error);

    // The user recorded in workspace_meta "current_user_id"; in the demo, when none is recorded,
    // its first super_admin. Invalid when nobody is known (not logged in yet).
    domain::CurrentUser currentUser() const;
    bool setCurrentUser(const QString &userId, StoreError *error);
    // After a salon sign-in: the user as dashboard.login describes them ({id, email, role,
    // tenant_id, first_name, last_name}) becomes a `users` row and the current user. A salon not
    // pulled yet gets a placeholder row that the pull fills in.
    bool rememberUser(const QJsonObject &user, StoreError *error);

    // Announces table changes to the item models of this workspace (GUI thread).
    StoreNotifier &notifier() { return *m_notifier; }

private:
    explicit Workspace(std::unique_ptr<Database> db);

public:
    ~Workspace();

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StoreNotifier> m_notifier;
};

} // namespace agentp::store
