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
{}

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
