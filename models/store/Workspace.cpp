#include "models/store/Workspace.h"

#include "models/store/SqlErrors.h"
#include "models/store/StoreNotifier.h"
#include "models/store/TimeFormat.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace agentp::store {

std::unique_ptr<Workspace> Workspace::open(const QString &path, bool createIfMissing,
                                           StoreError *error)
{
    Database::Options options;
    options.createIfMissing = createIfMissing;
    auto db = Database::open(path, options, error);
    if (!db)
        return nullptr;
    return std::unique_ptr<Workspace>(new Workspace(std::move(db)));
}

Workspace::Workspace(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_notifier(std::make_unique<StoreNotifier>())
{}

Workspace::~Workspace() = default;

bool Workspace::setMeta(const QString &key, const QString &value, StoreError *error)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO workspace_meta(key, value) VALUES (?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot save workspace settings"));
        return false;
    }
    return true;
}

domain::CurrentUser Workspace::currentUser() const
{
    QSqlQuery q(m_db->connection());
    const QString id = meta(QStringLiteral("current_user_id"));
    const QString columns = QStringLiteral(
        "SELECT id, email, TRIM(COALESCE(first_name, '') || ' ' || COALESCE(last_name, '')),"
        " role, COALESCE(tenant_id, '') FROM users");
    if (!id.isEmpty()) {
        q.prepare(columns + QStringLiteral(" WHERE id = ? AND active = 1"));
        q.addBindValue(id);
    } else if (isDemo()) {
        // The demo has no login: its user is the super admin, who sees every pane.
        q.prepare(columns + QStringLiteral(" WHERE role = 'super_admin' AND active = 1"
                                           " ORDER BY email LIMIT 1"));
    } else {
        return {};
    }
    if (!q.exec() || !q.next())
        return {};
    domain::CurrentUser user;
    user.id = q.value(0).toString();
    user.email = q.value(1).toString();
    user.displayName = q.value(2).toString();
    if (user.displayName.isEmpty())
        user.displayName = user.email;
    user.role = q.value(3).toString();
    user.tenantId = q.value(4).toString();
    return user;
}

bool Workspace::setCurrentUser(const QString &userId, StoreError *error)
{
    return setMeta(QStringLiteral("current_user_id"), userId, error);
}

QString Workspace::meta(const QString &key) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT value FROM workspace_meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QString Workspace::name() const
{
    const QString stored = meta(QStringLiteral("name"));
    return stored.isEmpty() ? QFileInfo(path()).completeBaseName() : stored;
}

bool Workspace::isDemo() const
{
    return meta(QStringLiteral("kind")) == QLatin1String("demo");
}

QDateTime Workspace::lastSyncAt() const
{
    QSqlQuery q(m_db->connection());
    if (q.exec(QStringLiteral("SELECT MAX(synced_at) FROM sync_cursors")) && q.next() &&
        !q.value(0).isNull())
        return fromStoredTime(q.value(0).toString());
    return {};
}

} // namespace agentp::store
