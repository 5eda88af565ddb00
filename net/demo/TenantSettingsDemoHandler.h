#pragma once

#include "models/store/StoreError.h"
#include "models/store/TenantRepository.h"
#include "net/sync/IntentHandler.h"

#include <QCoreApplication>

#include <optional>

namespace agentp::net::demo {

// The simulated server for tenant settings. It behaves like the Supabase RPC it stands in for:
// a "tenant.patch_metadata" intent is merged (RFC 7396) into the server's copy only when the
// server's metadata_version equals the patch's expected_version, and then the version goes up
// by one; otherwise nothing changes on the server, the local copy is replaced by the server's
// row and the intent ends as a Conflict — unless the patch would change nothing on the server,
// which is then a success whatever the version (a retry must not report a false conflict). The
// server also re-validates the merged settings, as the real one must (the console's checks are
// a convenience).
//
// The server's copy has to differ from the console's optimistic local copy, or no conflict could
// ever happen. It lives in the workspace's key/value table, workspace_meta, under
// "demo_server.tenant.<id>" as {"name", "metadata", "metadata_version"} — not in a table of its
// own, because opening a workspace verifies its schema and refuses unexpected tables. It is
// seeded on first use from the local row with the pending patches taken back out (their "base").
//
// "A colleague edited it meanwhile": simulateColleagueEdit() (tests) or the demo intent
// "demo.tenant_colleague_edit" (the pane's demo button) change the server's copy only. The demo
// has no pull sync for tenants, so the console learns about it when its next patch conflicts —
// exactly what happens between two syncs against a real server.
class TenantSettingsDemoHandler final : public IntentHandler
{
    Q_DECLARE_TR_FUNCTIONS(TenantSettingsDemoHandler)

public:
    bool handles(const QString &kind) const override;
    void handle(QSqlDatabase db, const domain::OutboxIntent &intent, Done done) override;

    static std::optional<store::TenantRecord> serverCopy(QSqlDatabase db, const QString &tenantId,
                                                         store::StoreError *error);
    static bool simulateColleagueEdit(QSqlDatabase db, const QString &tenantId,
                                      const QJsonObject &patch, store::StoreError *error);
    // What the demo colleague changes: the closing time, one hour earlier.
    static QJsonObject colleaguePatch(const QJsonObject &serverMetadata);

private:
    static IntentOutcome patchMetadata(QSqlDatabase db, const domain::OutboxIntent &intent);
    static IntentOutcome colleagueEdit(QSqlDatabase db, const domain::OutboxIntent &intent);
};

} // namespace agentp::net::demo
