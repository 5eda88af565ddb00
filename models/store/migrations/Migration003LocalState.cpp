#include "models/store/Migration.h"

namespace agentp::store {

// Version 3: state that exists only on this machine — SLA rules, saved filters, the outbox of
// user intents waiting for the sync engine, and the sync cursors per remote source.
Migration migration003LocalState()
{
    return {3,
            "local state: SLA rules, saved filters, outbox, sync cursors",
            {
                QStringLiteral("CREATE TABLE sla_rules ("
                               " id INTEGER PRIMARY KEY,"
                               " name TEXT NOT NULL,"
                               " scope_kind TEXT NOT NULL CHECK (scope_kind IN ('all',"
                               "'marketplace','account','chat_type')),"
                               " scope_value TEXT NOT NULL DEFAULT '',"
                               " first_response_minutes INTEGER NOT NULL CHECK"
                               "   (first_response_minutes > 0),"
                               " next_response_minutes INTEGER NOT NULL CHECK"
                               "   (next_response_minutes > 0),"
                               " warning_minutes INTEGER NOT NULL DEFAULT 15,"
                               " calendar TEXT NOT NULL DEFAULT '{\"always\":true}',"
                               " is_default INTEGER NOT NULL DEFAULT 0,"
                               " position INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE TABLE saved_filters ("
                               " id INTEGER PRIMARY KEY,"
                               " name TEXT NOT NULL UNIQUE,"
                               " definition TEXT NOT NULL DEFAULT '{}',"
                               " position INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE TABLE outbox ("
                               " id INTEGER PRIMARY KEY,"
                               " kind TEXT NOT NULL,"
                               " target TEXT NOT NULL,"
                               " payload TEXT NOT NULL DEFAULT '{}',"
                               " state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued',"
                               "'sending','sent','read','failed')),"
                               " attempts INTEGER NOT NULL DEFAULT 0,"
                               " last_error TEXT,"
                               " next_attempt_at TEXT,"
                               " created_at TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX outbox_pending ON outbox(state, target, id)"),
                QStringLiteral("CREATE TABLE sync_cursors ("
                               " source TEXT NOT NULL,"
                               " scope TEXT NOT NULL DEFAULT '',"
                               " cursor TEXT NOT NULL DEFAULT '',"
                               " synced_at TEXT NOT NULL,"
                               " PRIMARY KEY (source, scope))"),
            }};
}

} // namespace agentp::store
