// SalonIntentHandler's tenant settings: "tenant.patch_metadata" through the server's
// dashboard.patch_tenant_metadata, under the handler contract of TenantRepository.
#include "net/sync/SalonIntentHandler.h"

#include "models/LogCategories.h"
#include "models/domain/TenantSettings.h"
#include "models/store/OutboxRepository.h"
#include "models/store/SalonActionUndo.h"
#include "models/store/TenantRepository.h"
#include "net/supabase/PostgrestClient.h"

#include <QSqlQuery>

#include <algorithm>

namespace agentp::net {

namespace {

using store::StoreError;
using store::TenantRecord;

IntentOutcome busy(const QString &message)
{
    // The server has answered, but the workspace is locked or failing for a moment. The retry
    // is harmless: the patch then meets its own result, which counts as applied.
    return IntentOutcome::make(IntentOutcome::Kind::RetryLater,
                               message.isEmpty()
                                   ? SalonIntentHandler::tr("The workspace is busy; trying again.")
                                   : message);
}

struct Patch
{
    qint64 intentId = 0;
    QString tenantId;
    QJsonObject patch;
    qint64 expectedVersion = 0;
};

// The RPC's answer: {ok:true, version, metadata} or {ok:false, conflict:true, version, metadata}.
IntentOutcome settle(QSqlDatabase db, const Patch &p, const QJsonValue &answer)
{
    const QJsonObject o = answer.toObject();
    const bool accepted = o.value(QLatin1String("ok")).toBool();
    const bool conflict = o.value(QLatin1String("conflict")).toBool();
    const QJsonValue version = o.value(QLatin1String("version"));
    const QJsonValue metadata = o.value(QLatin1String("metadata"));
    if (!answer.isObject() || (!accepted && !conflict) || !version.isDouble() ||
        !metadata.isObject())
        return IntentOutcome::make(
            IntentOutcome::Kind::Failed,
            SalonIntentHandler::tr("The salon server's answer to the settings change "
                                   "could not be read; it may have been applied. "
                                   "Check the settings on the server."));

    StoreError txError; // the transaction's own; busy() answers it
    store::ImmediateWrite tx(db, &txError);
    if (!tx.isOpen())
        return busy({});
    StoreError error;
    store::TenantRepository local(db);
    const std::optional<TenantRecord> mine = local.find(p.tenantId, &error);
    if (error.isError())
        return busy(error.message);
    TenantRecord server;
    server.id = p.tenantId;
    server.metadata = metadata.toObject();
    server.metadataVersion = version.toInteger();
    // The RPC returns no row name: the column follows metadata.name, as in queuePatch().
    const QJsonValue name = server.metadata.value(QLatin1String("name"));
    server.name = name.isString() ? name.toString() : (mine ? mine->name : QString());
    const QStringList tenants{QStringLiteral("tenants")};

    // A conflict whose patch would change nothing is a success: the server already holds these
    // values (our earlier attempt whose answer was lost, or a colleague who did the same).
    if (accepted || domain::applyPatch(server.metadata, p.patch) == server.metadata) {
        if (!store::TenantRepository(db).settleAccepted(server, p.intentId, &error) ||
            !tx.commit(&txError))
            return busy(error.message);
        return IntentOutcome::make(IntentOutcome::Kind::Done, {}, tenants);
    }
    // The server kept its version; the console takes it and shows theirs and yours.
    if (!local.storeServerCopy(server, &error) || !tx.commit(&txError))
        return busy(error.message);
    qCInfo(lcNet) << "tenant patch conflict" << p.tenantId << "expected" << p.expectedVersion
                  << "server" << server.metadataVersion;
    return IntentOutcome::make(
        IntentOutcome::Kind::Conflict,
        SalonIntentHandler::tr(
            "Someone else changed the settings of “%1” meanwhile (the server has "
            "version %2, your change was based on version %3). Their version was "
            "kept; compare and re-apply yours if it still applies.")
            .arg(server.name)
            .arg(server.metadataVersion)
            .arg(p.expectedVersion),
        tenants);
}

} // namespace

void SalonIntentHandler::tenantPatch(QSqlDatabase db, const domain::OutboxIntent &intent, Done done)
{
    const QJsonObject &payload = intent.payload;
    const QJsonValue patchValue = payload.value(QLatin1String("patch"));
    const QJsonValue expectedValue = payload.value(QLatin1String("expected_version"));
    Patch p;
    p.intentId = intent.id;
    p.tenantId = payload.value(QLatin1String("tenant_id")).toString();
    if (p.tenantId.isEmpty() || !patchValue.isObject() || !expectedValue.isDouble()) {
        done(IntentOutcome::make(
            IntentOutcome::Kind::Failed,
            tr("The settings change could not be read and was not applied. Edit the "
               "settings and save again.")));
        return;
    }
    p.patch = patchValue.toObject();
    p.expectedVersion = expectedValue.toInteger();
    if (!signedIn(done))
        return;
    const QJsonObject args{{QStringLiteral("p_tenant"), p.tenantId},
                           {QStringLiteral("p_patch"), p.patch},
                           {QStringLiteral("p_expected_version"), p.expectedVersion}};
    // Not retried by the client: the worker's next attempt meets the result of this one, which
    // settle() recognises as applied.
    client()->rpc(QStringLiteral("dashboard"), QStringLiteral("patch_tenant_metadata"), args,
                  guarded([db, p, done](const supabase::PostgrestResult &r) {
                      // A refusal (42501, P0002 …) carries no server row, so the local copy stays
                      // as is.
                      done(r.ok() ? settle(db, p, r.body) : outcomeOf(r.error));
                  }),
                  false);
}

} // namespace agentp::net
