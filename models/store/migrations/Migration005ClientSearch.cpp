#include "models/store/Migration.h"

namespace agentp::store {

// Version 5: finding a client fast among 100,000 and reading a client's detail.
//
// clients_search is an FTS5 index of the names and phone digits with the trigram tokenizer: any
// part of three or more characters is found through the index (not a scan), and the tokenizer
// folds case by Unicode, so "мар" finds "МАРИЯ" — SQLite's own LIKE folds ASCII only. It is an
// external-content table over clients (it stores no second copy of the names), kept current by
// the triggers below, so every writer — the demo generator, a sync, a test fixture — keeps it
// filled without knowing about it. Writers must change clients with INSERT, UPDATE or UPSERT
// (ON CONFLICT DO UPDATE); INSERT OR REPLACE deletes without firing the delete trigger.
// The rows map by rowid, which SQLite keeps across VACUUM (tests/clients checks it).
Migration migration005ClientSearch()
{
    return {
        5,
        "client search index and client detail indexes",
        {
            // The Clients table across all salons is ordered by name (a salon uses
            // clients_tenant_name); ties follow the rowid, which the index carries.
            QStringLiteral("CREATE INDEX clients_name ON clients(full_name)"),
            QStringLiteral("CREATE VIRTUAL TABLE clients_search USING fts5("
                           "full_name, phone_digits, content='clients', tokenize='trigram')"),
            QStringLiteral("CREATE TRIGGER clients_search_insert AFTER INSERT ON clients BEGIN"
                           " INSERT INTO clients_search(rowid, full_name, phone_digits)"
                           " VALUES (new.rowid, new.full_name, new.phone_digits);"
                           " END"),
            QStringLiteral("CREATE TRIGGER clients_search_delete AFTER DELETE ON clients BEGIN"
                           " INSERT INTO clients_search(clients_search, rowid, full_name,"
                           " phone_digits) VALUES ('delete', old.rowid, old.full_name,"
                           " old.phone_digits);"
                           " END"),
            QStringLiteral("CREATE TRIGGER clients_search_update"
                           " AFTER UPDATE OF full_name, phone_digits ON clients BEGIN"
                           " INSERT INTO clients_search(clients_search, rowid, full_name,"
                           " phone_digits) VALUES ('delete', old.rowid, old.full_name,"
                           " old.phone_digits);"
                           " INSERT INTO clients_search(rowid, full_name, phone_digits)"
                           " VALUES (new.rowid, new.full_name, new.phone_digits);"
                           " END"),
            // Clients that existed before this version.
            QStringLiteral("INSERT INTO clients_search(clients_search) VALUES ('rebuild')"),
            // The client detail dialog lists a client's waitlist entries and predictions.
            QStringLiteral("CREATE INDEX waitlist_items_client ON waitlist_items(client_id)"),
            QStringLiteral("CREATE INDEX risk_predictions_client ON risk_predictions(client_id)"),
        }};
}

} // namespace agentp::store
