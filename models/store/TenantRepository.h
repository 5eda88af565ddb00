#pragma once

#include "models/store/StoreError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace agentp::store {

// One row of `tenants`: the local mirror of tenants_v2 (metadata as JSON, with the server's
// version counter that guards edits against lost updates).
struct TenantRecord
{
    QString id;
    QString name;
    QJsonObject metadata;
    qint64 metadataVersion = 0;
    QDateTime updatedAt;
};

// Where a tenant's settings edits stand, read from the outbox.
struct TenantPatchStatus
{
    enum class State
    {
        Idle,     // nothing ever saved from this console
        Saving,   // patches queued or on their way
        Saved,    // the last patch was accepted
        Conflict, // the server had moved on: its version was kept, the user decides
        Failed    // refused for another reason: its version was kept, the user decides
    };
    State state = State::Idle;
    QString message;            // the server's reason (Conflict, Failed)
    QDateTime savedAt;          // Saved: when the last patch was accepted
    qint64 expectedVersion = 0; // what the first unresolved patch was based on
    qint64 serverVersion = 0;   // the local copy's version, which is the server's after a failure
    // For every key the unresolved patches touch: the value now (theirs), the value those
    // patches set (yours; null = removed) and the value before the user's edit (base).
    QJsonObject theirs;
    QJsonObject yours;
    QJsonObject base;

    bool needsResolution() const { return state == State::Conflict || state == State::Failed; }
};

// The tenant aggregate: reads of `tenants` and the settings edits, which go out as JSON merge
// patches with the version they were based on ("tenant.patch_metadata" intents, target
// "tenant:<id>"). The server merges a patch only when its version still equals the expected one
// (no read-modify-write, so a colleague's edit is never silently overwritten); otherwise it keeps
// its own version and the console shows theirs and yours.
//
// Contract for the handlers of "tenant.patch_metadata" (demo and real): on success call
// storeServerCopy() with the server's row (or only confirmVersion() while more of the user's
// patches wait, so their optimistic values stay); on a conflict or any permanent failure call
// storeServerCopy() before reporting, so that after a failure the local copy is the server's and
// patchStatus() can tell a conflict (version moved) from another refusal. A patch that changes
// nothing on the server is a success whatever the version (a retried intent, or a colleague who
// set the same values): nothing can be overwritten.
class TenantRepository final
{
public:
    static QString patchKind();
    // Demo only: asks the simulated server to play a colleague who edits the tenant meanwhile.
    static QString colleagueEditKind();
    static QString target(const QString &tenantId);

    explicit TenantRepository(QSqlDatabase db);

    // (id, name) of every tenant, ordered by name.
    std::vector<std::pair<QString, QString>> list(StoreError *error) const;
    std::optional<TenantRecord> find(const QString &tenantId, StoreError *error) const;

    // One transaction: merges `patch` into the local copy optimistically (its version becomes
    // expectedVersion + 1, what the server will have once it accepts) and queues the intent with
    // {tenant_id, patch, expected_version, base}. Refused (returns 0) while an earlier patch of
    // this tenant awaits resolution, or for an empty patch.
    qint64 queuePatch(const QString &tenantId, const QJsonObject &patch, qint64 expectedVersion,
                      StoreError *error);
    TenantPatchStatus patchStatus(const QString &tenantId, StoreError *error) const;

    // Conflict resolution, each one transaction. Re-apply: the unresolved patches are queued
    // again, in order, on top of the server's version (their ids are returned). Keep theirs: they
    // are dropped; the local copy already is the server's.
    std::vector<qint64> reapplyMine(const QString &tenantId, StoreError *error);
    bool keepTheirs(const QString &tenantId, StoreError *error);

    // For the sync side (see the contract above).
    bool storeServerCopy(const TenantRecord &server, StoreError *error);
    bool confirmVersion(const QString &tenantId, qint64 serverVersion, StoreError *error);
    // The handlers' success path: the local copy converges on the server's row — unless more
    // of the user's patches (other than `currentIntent`) still wait, whose optimistic values
    // stay; then only the new version is learnt.
    bool settleAccepted(const TenantRecord &server, qint64 currentIntent, StoreError *error);

    qint64 queueSimulatedColleagueEdit(const QString &tenantId, StoreError *error);

private:
    struct PendingPatch
    {
        qint64 id = 0;
        QString state;
        QString lastError;
        QJsonObject patch;
        QJsonObject base;
        qint64 expectedVersion = 0;
    };
    std::vector<PendingPatch> unfinished(const QString &tenantId, StoreError *error) const;
    std::vector<PendingPatch> unresolved(const QString &tenantId, StoreError *error) const;
    qint64 queueLocked(const TenantRecord &tenant, const QJsonObject &patch, qint64 expectedVersion,
                       StoreError *error);
    bool dropIntents(const std::vector<PendingPatch> &patches, StoreError *error);

    QSqlDatabase m_db;
};

} // namespace agentp::store
