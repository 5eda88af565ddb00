#include "models/store/Migration.h"

namespace agentp::store {

// Version 1: the workspace itself and the local mirror of the salon bot's data (Supabase tables
// tenants_v2, clients_v2, conversation_sessions_v2, recent_history_v2, wishlist_v2, user_ltm_v2
// and dashboard.* keep their remote ids here, so a sync can upsert by id).
Migration migration001Salon()
{
    return {
        1,
        "workspace and salon data",
        {
            QStringLiteral("CREATE TABLE workspace_meta ("
                           " key TEXT PRIMARY KEY NOT NULL,"
                           " value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE tenants ("
                           " id TEXT PRIMARY KEY NOT NULL,"
                           " name TEXT NOT NULL,"
                           " timezone TEXT NOT NULL DEFAULT 'Europe/Moscow',"
                           " metadata TEXT NOT NULL DEFAULT '{}',"
                           " metadata_version INTEGER NOT NULL DEFAULT 0,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE users ("
                           " id TEXT PRIMARY KEY NOT NULL,"
                           " tenant_id TEXT REFERENCES tenants(id) ON DELETE SET NULL,"
                           " email TEXT NOT NULL,"
                           " first_name TEXT,"
                           " last_name TEXT,"
                           " role TEXT NOT NULL CHECK (role IN ('super_admin','admin',"
                           "'manager','agent','sales')),"
                           " active INTEGER NOT NULL DEFAULT 1,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE clients ("
                           " id TEXT PRIMARY KEY NOT NULL,"
                           " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
                           " full_name TEXT NOT NULL,"
                           " phone TEXT,"
                           " phone_digits TEXT,"
                           " favourite_master TEXT,"
                           " visit_count INTEGER NOT NULL DEFAULT 0,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX clients_tenant_name ON clients(tenant_id, full_name)"),
            QStringLiteral("CREATE INDEX clients_phone_digits ON clients(phone_digits)"),
            QStringLiteral("CREATE TABLE client_visits ("
                           " id INTEGER PRIMARY KEY,"
                           " client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,"
                           " visit_at TEXT NOT NULL,"
                           " service TEXT NOT NULL,"
                           " master TEXT,"
                           " price INTEGER,"
                           " status TEXT NOT NULL CHECK (status IN ('completed','cancelled',"
                           "'no_show')))"),
            QStringLiteral(
                "CREATE INDEX client_visits_client ON client_visits(client_id, visit_at)"),
            QStringLiteral("CREATE TABLE client_memory ("
                           " client_id TEXT PRIMARY KEY NOT NULL"
                           "   REFERENCES clients(id) ON DELETE CASCADE,"
                           " ltm_data TEXT NOT NULL DEFAULT '{}',"
                           " preferred_staff TEXT,"
                           " last_visit_date TEXT,"
                           " avg_visit_interval INTEGER,"
                           " churn_risk_score REAL NOT NULL DEFAULT 0,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE bot_sessions ("
                           " id TEXT PRIMARY KEY NOT NULL,"
                           " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
                           " client_id TEXT REFERENCES clients(id) ON DELETE SET NULL,"
                           " started_at TEXT NOT NULL,"
                           " ended_at TEXT,"
                           " status TEXT NOT NULL,"
                           " intent TEXT,"
                           " service TEXT,"
                           " slot_at TEXT,"
                           " booking_id TEXT,"
                           " channel TEXT,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX bot_sessions_tenant_started"
                           " ON bot_sessions(tenant_id, started_at DESC)"),
            QStringLiteral("CREATE INDEX bot_sessions_started ON bot_sessions(started_at DESC)"),
            QStringLiteral("CREATE INDEX bot_sessions_client ON bot_sessions(client_id)"),
            QStringLiteral("CREATE TABLE bot_messages ("
                           " id INTEGER PRIMARY KEY,"
                           " session_id TEXT NOT NULL REFERENCES bot_sessions(id)"
                           "   ON DELETE CASCADE,"
                           " role TEXT NOT NULL CHECK (role IN ('user','assistant','system')),"
                           " body TEXT NOT NULL,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX bot_messages_session ON bot_messages(session_id, created_at)"),
            QStringLiteral("CREATE TABLE waitlist_items ("
                           " id INTEGER PRIMARY KEY,"
                           " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
                           " client_id TEXT REFERENCES clients(id) ON DELETE SET NULL,"
                           " service TEXT NOT NULL,"
                           " master TEXT,"
                           " wanted_date TEXT NOT NULL,"
                           " window_from TEXT,"
                           " window_to TEXT,"
                           " status TEXT NOT NULL DEFAULT 'pending',"
                           " created_at TEXT NOT NULL,"
                           " processed_at TEXT,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX waitlist_tenant_status"
                           " ON waitlist_items(tenant_id, status, wanted_date)"),
            QStringLiteral("CREATE TABLE risk_predictions ("
                           " id INTEGER PRIMARY KEY,"
                           " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
                           " booking_id TEXT NOT NULL,"
                           " client_id TEXT REFERENCES clients(id) ON DELETE SET NULL,"
                           " service TEXT NOT NULL,"
                           " master TEXT,"
                           " slot_at TEXT NOT NULL,"
                           " risk_score REAL NOT NULL CHECK (risk_score BETWEEN 0 AND 1),"
                           " risk_factors TEXT NOT NULL DEFAULT '{}',"
                           " status TEXT NOT NULL DEFAULT 'open',"
                           " predicted_at TEXT NOT NULL,"
                           " UNIQUE (tenant_id, booking_id))"),
            QStringLiteral("CREATE INDEX risk_predictions_score"
                           " ON risk_predictions(tenant_id, risk_score DESC)"),
            QStringLiteral("CREATE TABLE daily_metrics ("
                           " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
                           " day TEXT NOT NULL,"
                           " dialogs_started INTEGER NOT NULL DEFAULT 0,"
                           " bookings INTEGER NOT NULL DEFAULT 0,"
                           " conversion REAL NOT NULL DEFAULT 0,"
                           " avg_response_ms INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (tenant_id, day))"),
        }};
}

} // namespace agentp::store
