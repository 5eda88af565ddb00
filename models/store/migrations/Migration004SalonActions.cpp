#include "models/store/Migration.h"

namespace agentp::store {

// Version 4: what the salon actions record locally — win-back requests sent to the bot, and the
// pairing of a waiting client with a risky booking (so both rows show the match).
Migration migration004SalonActions()
{
    return {4,
            "salon actions: win-back requests, waitlist matches",
            {
                QStringLiteral("CREATE TABLE winback_requests ("
                               " id INTEGER PRIMARY KEY,"
                               " remote_id TEXT,"
                               " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
                               " client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,"
                               " status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued',"
                               "'sent','delivered','returned','failed')),"
                               " message TEXT,"
                               " requested_by TEXT,"
                               " requested_at TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX winback_requests_client"
                               " ON winback_requests(client_id, requested_at DESC)"),
                QStringLiteral("ALTER TABLE waitlist_items ADD COLUMN matched_booking_id TEXT"),
                QStringLiteral("ALTER TABLE risk_predictions ADD COLUMN matched_waitlist_id INTEGER"
                               " REFERENCES waitlist_items(id) ON DELETE SET NULL"),
            }};
}

} // namespace agentp::store
