#include "models/store/Migration.h"

namespace agentp::store {

// Version 9: the salon sync (docs/supabase.md). A pulled risk prediction carries only the
// booking id; its client, service and slot come from the dialog that made the booking, looked
// up by (tenant, booking id) for every pulled row.
Migration migration009SalonSync()
{
    return {9,
            "salon sync: dialogs by booking id",
            {
                QStringLiteral("CREATE INDEX bot_sessions_booking"
                               " ON bot_sessions(tenant_id, booking_id)"
                               " WHERE booking_id IS NOT NULL"),
            }};
}

} // namespace agentp::store
