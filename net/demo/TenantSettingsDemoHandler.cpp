#include "net/demo/TenantSettingsDemoHandler.h"

#include "models/LogCategories.h"
#include "models/domain/TenantSettings.h"
#include "models/store/OutboxRepository.h"
#include "models/store/SalonActionUndo.h"
#include "models/store/SqlErrors.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTime>

#include <algorithm>

namespace agentp::net::demo {

namespace {

using store::StoreError;
using store::TenantRecord;

QString serverKey(const QString &tenantId)
{
    return QStringLiteral("demo_server.tenant.") + tenantId;
}

std::optional<TenantRecord> readServer(QSqlDatabase db, const QString &tenantId, StoreError *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM workspace_meta WHERE key = ?"));
    q.addBindValue(serverKey(tenantId));
    if (!q.exec()) {
        *error = store::classifySqlError(q.lastError(), QStringLiteral("demo server read"));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    TenantRecord t;
    t.id = tenantId;
    t.name = o.value(QLatin1String("name")).toString();
    t.metadata = o.value(QLatin1String("metadata")).toObject();
    t.metadataVersion = o.value(QLatin1String("metadata_version")).toInteger();
    return t;
}

bool writeServer(QSqlDatabase db, const TenantRecord &t, StoreError *error)
{
    const QJsonObject o{{QStringLiteral("name"), t.name},
                        {QStringLiteral("metadata"), t.metadata},
                        {QStringLiteral("metadata_version"), t.metadataVersion}};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO workspace_meta(key, value) VALUES (?, ?)"));
    q.addBindValue(serverKey(t.id));
    q.addBindValue(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = store::classifySqlError(q.lastError(), QStringLiteral("demo server write"));
        return false;
    }
    return true;
}

// The server's version before the console's pending patches: the local row with each pending
// patch's pre-edit values put back, newest first, at the version the oldest one expected.
std::optional<TenantRecord> seedFromLocal(QSqlDatabase db, const QString &tenantId,
                                          StoreError *error)
{
    std::optional<TenantRecord> t = store::TenantRepository(db).find(tenantId, error);
    if (!t)
        return std::nullopt;
    const auto intents =
        store::OutboxRepository(db).forTarget(store::TenantRepository::target(tenantId), error);
    for (auto it = intents.rbegin(); it != intents.rend(); ++it) {
        if (it->kind != store::TenantRepository::patchKind() ||
            (it->state != domain::OutboxIntent::State::Queued &&
             it->state != domain::OutboxIntent::State::Sending))
            continue;
        const QJsonObject base = it->payload.value(QLatin1String("base")).toObject();
        t->metadata = domain::applyPatch(t->metadata, base);
        if (base.value(QLatin1String("name")).isString())
            t->name = base.value(QLatin1String("name")).toString();
        t->metadataVersion = it->payload.value(QLatin1String("expected_version")).toInteger();
    }
    return t;
}

IntentOutcome outcome(IntentOutcome::Kind kind, const QString &message,
                      const QStringList &tables = {})
{
    IntentOutcome o;
    o.kind = kind;
    o.message = message;
    o.changedTables = tables;
    return o;
}

IntentOutcome busy()
{
    // The store is locked or failing for a moment: like a 5xx, try again later.
    return outcome(IntentOutcome::Kind::RetryLater,
                   QCoreApplication::translate("TenantSettingsDemoHandler",
                                               "The demo server is busy; trying again."));
}

} // namespace

bool TenantSettingsDemoHandler::handles(const QString &kind) const
{
    return kind == store::TenantRepository::patchKind() ||
           kind == store::TenantRepository::colleagueEditKind();
}

void TenantSettingsDemoHandler::handle(QSqlDatabase db, const domain::OutboxIntent &intent,
                                       Done done)
{
    done(intent.kind == store::TenantRepository::patchKind() ? patchMetadata(db, intent)
                                                             : colleagueEdit(db, intent));
}

std::optional<TenantRecord>
TenantSettingsDemoHandler::serverCopy(QSqlDatabase db, const QString &tenantId, StoreError *error)
{
    if (std::optional<TenantRecord> t = readServer(db, tenantId, error); t || error->isError())
        return t;
    std::optional<TenantRecord> seeded = seedFromLocal(db, tenantId, error);
    if (seeded && !writeServer(db, *seeded, error))
        return std::nullopt;
    return seeded;
}

bool TenantSettingsDemoHandler::simulateColleagueEdit(QSqlDatabase db, const QString &tenantId,
                                                      const QJsonObject &patch, StoreError *error)
{
    StoreError txError; // the transaction's own; busy() answers it
    store::ImmediateWrite tx(db, &txError);
    if (!tx.isOpen()) {
        *error = StoreError::make(StoreError::Kind::Query, tr("The demo server is busy."));
        return false;
    }
    std::optional<TenantRecord> server = serverCopy(db, tenantId, error);
    if (!server) {
        if (!error->isError())
            *error = StoreError::make(StoreError::Kind::NotFound, tr("No such salon."));
        return false;
    }
    server->metadata = domain::applyPatch(server->metadata, patch);
    if (patch.value(QLatin1String("name")).isString())
        server->name = patch.value(QLatin1String("name")).toString();
    ++server->metadataVersion;
    if (!writeServer(db, *server, error))
        return false;
    if (!tx.commit(&txError)) {
        *error = StoreError::make(StoreError::Kind::Query, tr("The demo server is busy."));
        return false;
    }
    return true;
}

QJsonObject TenantSettingsDemoHandler::colleaguePatch(const QJsonObject &serverMetadata)
{
    QTime closing = QTime::fromString(
        serverMetadata.value(QLatin1String("closing_time")).toString(), QStringLiteral("HH:mm"));
    if (!closing.isValid())
        closing = QTime(21, 0);
    return {
        {QStringLiteral("closing_time"), closing.addSecs(-3600).toString(QStringLiteral("HH:mm"))}};
}

IntentOutcome TenantSettingsDemoHandler::colleagueEdit(QSqlDatabase db,
                                                       const domain::OutboxIntent &intent)
{
    const QString tenantId = intent.payload.value(QLatin1String("tenant_id")).toString();
    StoreError error;
    const std::optional<TenantRecord> server = serverCopy(db, tenantId, &error);
    if (!server)
        return error.isError() ? busy()
                               : outcome(IntentOutcome::Kind::Failed, tr("No such salon."));
    if (!simulateColleagueEdit(db, tenantId, colleaguePatch(server->metadata), &error))
        return busy();
    // Only the server changed: the console finds out on its next save.
    return outcome(IntentOutcome::Kind::Done, {});
}

IntentOutcome TenantSettingsDemoHandler::patchMetadata(QSqlDatabase db,
                                                       const domain::OutboxIntent &intent)
{
    const QJsonObject &payload = intent.payload;
    const QString tenantId = payload.value(QLatin1String("tenant_id")).toString();
    const QJsonValue patchValue = payload.value(QLatin1String("patch"));
    const QJsonValue expectedValue = payload.value(QLatin1String("expected_version"));
    if (tenantId.isEmpty() || !patchValue.isObject() || !expectedValue.isDouble())
        return outcome(IntentOutcome::Kind::Failed,
                       tr("The settings change could not be read and was not applied. Edit the "
                          "settings and save again."));
    const QJsonObject patch = patchValue.toObject();
    const qint64 expected = expectedValue.toInteger();

    StoreError txError; // the transaction's own; busy() answers it
    store::ImmediateWrite tx(db, &txError);
    if (!tx.isOpen())
        return busy();
    StoreError error;
    std::optional<TenantRecord> server = serverCopy(db, tenantId, &error);
    if (!server)
        return error.isError() ? busy()
                               : outcome(IntentOutcome::Kind::Failed,
                                         tr("This salon no longer exists on the server."));
    store::TenantRepository local(db);
    const QStringList tenants{QStringLiteral("tenants")};

    if (server->metadataVersion != expected &&
        domain::applyPatch(server->metadata, patch) == server->metadata) {
        // The server already holds these values (a retry after a crash between the server's
        // answer and the outbox update, or a colleague who did the same): nothing can be
        // overwritten, so it is no conflict; the console just takes the server's row.
        if (!local.settleAccepted(*server, intent.id, &error) || !tx.commit(&txError))
            return busy();
        return outcome(IntentOutcome::Kind::Done, {}, tenants);
    }
    if (server->metadataVersion != expected) {
        // No merge: the server keeps its version and the console gets it, with the reason.
        if (!local.storeServerCopy(*server, &error) || !tx.commit(&txError))
            return busy();
        qCInfo(lcNet) << "demo tenant patch conflict" << tenantId << "expected" << expected
                      << "server" << server->metadataVersion;
        return outcome(IntentOutcome::Kind::Conflict,
                       tr("Someone else changed the settings of “%1” meanwhile (the server has "
                          "version %2, your change was based on version %3). Their version was "
                          "kept; compare and re-apply yours if it still applies.")
                           .arg(server->name)
                           .arg(server->metadataVersion)
                           .arg(expected),
                       tenants);
    }

    const QJsonObject merged = domain::applyPatch(server->metadata, patch);
    const QMap<domain::TenantSettings::Field, QString> problems =
        domain::TenantSettings::fromMetadata(merged, server->name).validate();
    if (!problems.isEmpty()) {
        if (!local.storeServerCopy(*server, &error) || !tx.commit(&txError))
            return busy();
        return outcome(
            IntentOutcome::Kind::Failed,
            tr("The server refused the settings: %1 %2")
                .arg(domain::TenantSettings::label(problems.firstKey()), problems.first()),
            tenants);
    }

    server->metadata = merged;
    if (patch.value(QLatin1String("name")).isString())
        server->name = patch.value(QLatin1String("name")).toString();
    ++server->metadataVersion;
    if (!writeServer(db, *server, &error) || !local.settleAccepted(*server, intent.id, &error) ||
        !tx.commit(&txError))
        return busy();
    return outcome(IntentOutcome::Kind::Done, {}, tenants);
}

} // namespace agentp::net::demo
