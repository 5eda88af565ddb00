#include "models/store/TenantRepository.h"

#include "models/domain/TenantSettings.h"
#include "models/store/OutboxRepository.h"
#include "models/store/SqlErrors.h"
#include "models/store/TimeFormat.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace agentp::store {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// BEGIN IMMEDIATE takes the write lock up front: these transactions read and then write, and
// the sync thread writes to the same file; a deferred BEGIN could fail half-way with SQLITE_BUSY.
class WriteTransaction final
{
public:
    WriteTransaction(QSqlDatabase db, StoreError *error)
        : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        m_open = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_open)
            *error = classifySqlError(q.lastError(), QObject::tr("Cannot save the settings"));
    }
    ~WriteTransaction()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isOpen() const { return m_open; }
    bool commit(StoreError *error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            *error = classifySqlError(q.lastError(), QObject::tr("Cannot save the settings"));
            return false;
        }
        m_open = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

QString TenantRepository::patchKind()
{
    return QStringLiteral("tenant.patch_metadata");
}

QString TenantRepository::colleagueEditKind()
{
    return QStringLiteral("demo.tenant_colleague_edit");
}

QString TenantRepository::target(const QString &tenantId)
{
    return QStringLiteral("tenant:") + tenantId;
}

TenantRepository::TenantRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::vector<std::pair<QString, QString>> TenantRepository::list(StoreError *error) const
{
    std::vector<std::pair<QString, QString>> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM tenants ORDER BY name, id"))) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot read the salons"));
        return out;
    }
    while (q.next())
        out.emplace_back(q.value(0).toString(), q.value(1).toString());
    return out;
}

std::optional<TenantRecord> TenantRepository::find(const QString &tenantId, StoreError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, metadata, metadata_version, updated_at"
                             " FROM tenants WHERE id = ?"));
    q.addBindValue(tenantId);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot read the salon"));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    TenantRecord t;
    t.id = q.value(0).toString();
    t.name = q.value(1).toString();
    t.metadata = parseObject(q.value(2).toString());
    t.metadataVersion = q.value(3).toLongLong();
    t.updatedAt = fromStoredTime(q.value(4).toString());
    return t;
}

std::vector<TenantRepository::PendingPatch> TenantRepository::unfinished(const QString &tenantId,
                                                                         StoreError *error) const
{
    std::vector<PendingPatch> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, state, last_error, payload FROM outbox"
                             " WHERE state IN ('queued','sending','failed') AND target = ?"
                             " AND kind = ? ORDER BY id"));
    q.addBindValue(target(tenantId));
    q.addBindValue(patchKind());
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot read the outbox"));
        return out;
    }
    while (q.next()) {
        PendingPatch p;
        p.id = q.value(0).toLongLong();
        p.state = q.value(1).toString();
        p.lastError = q.value(2).toString();
        const QJsonObject payload = parseObject(q.value(3).toString());
        p.patch = payload.value(QLatin1String("patch")).toObject();
        p.base = payload.value(QLatin1String("base")).toObject();
        p.expectedVersion = payload.value(QLatin1String("expected_version")).toInteger();
        out.push_back(std::move(p));
    }
    return out;
}

std::vector<TenantRepository::PendingPatch> TenantRepository::unresolved(const QString &tenantId,
                                                                         StoreError *error) const
{
    // The outbox carries out a target's intents in order and stops at a failed one, so the
    // failed patch and everything queued behind it wait for the user's decision together.
    std::vector<PendingPatch> all = unfinished(tenantId, error);
    const auto failed = std::find_if(all.begin(), all.end(), [](const PendingPatch &p) {
        return p.state == QLatin1String("failed");
    });
    return {failed, all.end()};
}

qint64 TenantRepository::queueLocked(const TenantRecord &tenant, const QJsonObject &patch,
                                     qint64 expectedVersion, StoreError *error)
{
    const QJsonObject merged = domain::applyPatch(tenant.metadata, patch);
    const QJsonValue name = patch.value(QLatin1String("name"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE tenants SET metadata = ?, name = ?, metadata_version = ?,"
                             " updated_at = ? WHERE id = ?"));
    q.addBindValue(compact(merged));
    q.addBindValue(name.isString() ? name.toString() : tenant.name);
    // The version the server will have once it accepts; a second edit made before then is
    // based on it, so consecutive saves chain instead of conflicting with each other.
    q.addBindValue(std::max(tenant.metadataVersion, expectedVersion + 1));
    q.addBindValue(toStoredTime(QDateTime::currentDateTimeUtc()));
    q.addBindValue(tenant.id);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot save the settings"));
        return 0;
    }
    const QJsonObject payload{
        {QStringLiteral("tenant_id"), tenant.id},
        {QStringLiteral("patch"), patch},
        {QStringLiteral("expected_version"), expectedVersion},
        {QStringLiteral("base"), domain::patchBase(tenant.metadata, patch)},
    };
    return OutboxRepository(m_db).enqueue(patchKind(), target(tenant.id), payload, {}, error);
}

qint64 TenantRepository::queuePatch(const QString &tenantId, const QJsonObject &patch,
                                    qint64 expectedVersion, StoreError *error)
{
    if (patch.isEmpty()) {
        *error = StoreError::make(StoreError::Kind::Query, QObject::tr("Nothing to save."));
        return 0;
    }
    WriteTransaction tx(m_db, error);
    if (!tx.isOpen())
        return 0;
    const std::vector<PendingPatch> waiting = unresolved(tenantId, error);
    if (error->isError())
        return 0;
    if (!waiting.empty()) {
        *error = StoreError::make(
            StoreError::Kind::Query,
            QObject::tr("An earlier change of this salon was not accepted. Re-apply it or keep "
                        "the server's version first."));
        return 0;
    }
    const std::optional<TenantRecord> tenant = find(tenantId, error);
    if (!tenant) {
        if (!error->isError())
            *error = StoreError::make(StoreError::Kind::NotFound,
                                      QObject::tr("The salon is no longer in this workspace."));
        return 0;
    }
    const qint64 id = queueLocked(*tenant, patch, expectedVersion, error);
    if (!id || !tx.commit(error))
        return 0;
    return id;
}

TenantPatchStatus TenantRepository::patchStatus(const QString &tenantId, StoreError *error) const
{
    TenantPatchStatus status;
    const std::optional<TenantRecord> tenant = find(tenantId, error);
    if (!tenant)
        return status;
    status.serverVersion = tenant->metadataVersion;

    const std::vector<PendingPatch> all = unfinished(tenantId, error);
    const std::vector<PendingPatch> open = unresolved(tenantId, error);
    if (!open.empty()) {
        const PendingPatch &first = open.front();
        status.expectedVersion = first.expectedVersion;
        status.message = first.lastError;
        // Handlers store the server's row before reporting a failure: a version other than the
        // one the patch expected means the server had moved on.
        status.state = tenant->metadataVersion != first.expectedVersion
                           ? TenantPatchStatus::State::Conflict
                           : TenantPatchStatus::State::Failed;
        QJsonObject mine = tenant->metadata;
        for (const PendingPatch &p : open) {
            mine = domain::applyPatch(mine, p.patch);
            for (auto it = p.patch.begin(); it != p.patch.end(); ++it) {
                if (!status.base.contains(it.key()))
                    status.base.insert(it.key(), p.base.value(it.key()));
                status.yours.insert(it.key(), QJsonValue(QJsonValue::Null));
            }
        }
        for (const QString &key : status.yours.keys()) {
            const QJsonValue now = tenant->metadata.value(key);
            const QJsonValue set = mine.value(key);
            status.theirs.insert(key, now.isUndefined() ? QJsonValue(QJsonValue::Null) : now);
            status.yours.insert(key, set.isUndefined() ? QJsonValue(QJsonValue::Null) : set);
        }
        return status;
    }
    if (!all.empty()) {
        status.state = TenantPatchStatus::State::Saving;
        return status;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT updated_at FROM outbox WHERE state IN ('sent','read')"
                             " AND target = ? AND kind = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(target(tenantId));
    q.addBindValue(patchKind());
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot read the outbox"));
        return status;
    }
    if (q.next()) {
        status.state = TenantPatchStatus::State::Saved;
        status.savedAt = fromStoredTime(q.value(0).toString());
    }
    return status;
}

bool TenantRepository::dropIntents(const std::vector<PendingPatch> &patches, StoreError *error)
{
    // OutboxRepository::withdraw() takes back queued intents only; a failed patch that the user
    // resolved is superseded too, and must go so the tenant's later intents can run.
    for (const PendingPatch &p : patches) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "DELETE FROM outbox WHERE id = ? AND kind = ? AND state IN ('queued','failed')"));
        q.addBindValue(p.id);
        q.addBindValue(patchKind());
        if (!q.exec()) {
            *error = classifySqlError(q.lastError(), QObject::tr("Cannot update the outbox"));
            return false;
        }
    }
    return true;
}

std::vector<qint64> TenantRepository::reapplyMine(const QString &tenantId, StoreError *error)
{
    std::vector<qint64> ids;
    WriteTransaction tx(m_db, error);
    if (!tx.isOpen())
        return ids;
    const std::vector<PendingPatch> open = unresolved(tenantId, error);
    if (error->isError() || open.empty() || !dropIntents(open, error))
        return ids;
    for (const PendingPatch &p : open) {
        // On top of the server's version; each queued patch advances the local version by one,
        // so the next one expects what the server will have after the previous.
        const std::optional<TenantRecord> tenant = find(tenantId, error);
        if (!tenant)
            return {};
        const qint64 id = queueLocked(*tenant, p.patch, tenant->metadataVersion, error);
        if (!id)
            return {};
        ids.push_back(id);
    }
    if (!tx.commit(error))
        return {};
    return ids;
}

bool TenantRepository::keepTheirs(const QString &tenantId, StoreError *error)
{
    WriteTransaction tx(m_db, error);
    if (!tx.isOpen())
        return false;
    const std::vector<PendingPatch> open = unresolved(tenantId, error);
    if (error->isError() || !dropIntents(open, error))
        return false;
    return tx.commit(error);
}

bool TenantRepository::storeServerCopy(const TenantRecord &server, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE tenants SET name = ?, metadata = ?, metadata_version = ?,"
                             " updated_at = ? WHERE id = ?"));
    q.addBindValue(server.name);
    q.addBindValue(compact(server.metadata));
    q.addBindValue(server.metadataVersion);
    q.addBindValue(toStoredTime(server.updatedAt.isValid() ? server.updatedAt
                                                           : QDateTime::currentDateTimeUtc()));
    q.addBindValue(server.id);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot store the salon"));
        return false;
    }
    return true;
}

bool TenantRepository::settleAccepted(const TenantRecord &server, qint64 currentIntent,
                                      StoreError *error)
{
    const auto intents = OutboxRepository(m_db).forTarget(target(server.id), error);
    if (error->isError())
        return false;
    const bool othersWaiting = std::any_of(intents.begin(), intents.end(), [&](const auto &i) {
        return i.id != currentIntent && i.kind == patchKind() &&
               (i.state == domain::OutboxIntent::State::Queued ||
                i.state == domain::OutboxIntent::State::Sending);
    });
    return othersWaiting ? confirmVersion(server.id, server.metadataVersion, error)
                         : storeServerCopy(server, error);
}

bool TenantRepository::confirmVersion(const QString &tenantId, qint64 serverVersion,
                                      StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE tenants SET metadata_version = MAX(metadata_version, ?)"
                             " WHERE id = ?"));
    q.addBindValue(serverVersion);
    q.addBindValue(tenantId);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot store the salon"));
        return false;
    }
    return true;
}

qint64 TenantRepository::queueSimulatedColleagueEdit(const QString &tenantId, StoreError *error)
{
    // Its own target: it must not wait behind (or block) the user's patches.
    return OutboxRepository(m_db).enqueue(colleagueEditKind(),
                                          QStringLiteral("demo:") + target(tenantId),
                                          {{QStringLiteral("tenant_id"), tenantId}}, {}, error);
}

} // namespace agentp::store
