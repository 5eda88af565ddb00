#include "models/store/Migration.h"

namespace agentp::store {

// Version 7: SLA clocks (docs/sla.md). chats.waiting_since is when the buyer's first message
// after our last reply arrived (NULL: nobody waits) — kept by whoever writes a chat's messages,
// so the chat list reads every clock without touching chat_messages. A workspace always has a
// default rule (all chats, around the clock), which can be edited but not removed.
Migration migration007Sla()
{
    return {
        7,
        "SLA: waiting-since per chat, default rule",
        {
            QStringLiteral("ALTER TABLE chats ADD COLUMN waiting_since TEXT"),
            QStringLiteral("UPDATE chats SET waiting_since = (SELECT MIN(m.created_at) FROM"
                           " chat_messages m WHERE m.chat_id = chats.id AND m.sender_type = 'buyer'"
                           " AND m.created_at > COALESCE(chats.last_seller_message_at, ''))"),
            QStringLiteral("CREATE INDEX chats_waiting ON chats(waiting_since)"
                           " WHERE waiting_since IS NOT NULL"),
            QStringLiteral("CREATE UNIQUE INDEX sla_rules_one_default ON sla_rules(is_default)"
                           " WHERE is_default = 1"),
            QStringLiteral(
                "INSERT INTO sla_rules(name, scope_kind, scope_value, first_response_minutes,"
                " next_response_minutes, warning_minutes, calendar, is_default, position)"
                " SELECT 'Default', 'all', '', 60, 60, 15, '{\"always\":true}', 1, 0"
                " WHERE NOT EXISTS (SELECT 1 FROM sla_rules WHERE is_default = 1)"),
        }};
}

} // namespace agentp::store
