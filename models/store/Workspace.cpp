#include "models/store/Workspace.h"

#include "models/store/SalonActionUndo.h"
#include "models/store/SqlErrors.h"
#include "models/store/SqlValues.h"
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

bool Workspace::rememberUser(const QJsonObject &user, StoreError *error)
{
    const QJsonValue idValue = user.value(QLatin1String("id"));
    const QString id =
        idValue.isDouble() ? QString::number(idValue.toInteger()) : idValue.toString();
    const QString email = user.value(QLatin1String("email")).toString();
    if (id.isEmpty() || email.isEmpty()) {
        *error = StoreError::make(StoreError::Kind::Query,
                                  QObject::tr("The server did not say who signed in."));
        return false;
    }
    static const QStringList roles{QStringLiteral("super_admin"), QStringLiteral("admin"),
                                   QStringLiteral("manager"), QStringLiteral("agent"),
                                   QStringLiteral("sales")};
    QString role = user.value(QLatin1String("role")).toString();
    if (!roles.contains(role))
        role = QStringLiteral("manager"); // an unknown role gets the narrowest salon view
    const QString tenant = user.value(QLatin1String("tenant_id")).toString();
    const QString now = toStoredTime(QDateTime::currentDateTimeUtc());
    ImmediateWrite transaction(m_db->connection(), error);
    if (!transaction.isOpen())
        return false;
    QSqlQuery q(m_db->connection());
    if (!tenant.isEmpty()) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO tenants(id, name, updated_at)"
                                 " VALUES (?, '', '1970-01-01T00:00:00.000Z')"));
        q.addBindValue(tenant);
        if (!execQuery(q, error, QStringLiteral("sign-in")))
            return false;
    }
    q.prepare(QStringLiteral(
        "INSERT INTO users(id, tenant_id, email, first_name, last_name, role, active, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT(id) DO UPDATE SET"
        " tenant_id = excluded.tenant_id, email = excluded.email,"
        " first_name = excluded.first_name, last_name = excluded.last_name,"
        " role = excluded.role, active = 1, updated_at = excluded.updated_at"));
    for (const QVariant &v : {QVariant(id), textOrNull(tenant), QVariant(email),
                              textOrNull(user.value(QLatin1String("first_name")).toString()),
                              textOrNull(user.value(QLatin1String("last_name")).toString()),
                              QVariant(role), QVariant(now)})
        q.addBindValue(v);
    if (!execQuery(q, error, QStringLiteral("sign-in")) || !setCurrentUser(id, error))
        return false;
    return transaction.commit(error);
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
