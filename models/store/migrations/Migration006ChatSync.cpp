#include "models/store/Migration.h"

namespace agentp::store {

// Version 6: what syncing buyer chats needs beyond the v2 tables.
// - seller_accounts: the chat types the account syncs (Ozon's UNSPECIFIED is disputed, so it is
//   a setting) and the outcome of the last pass, shown in the account switcher.
// - chats: the newest stored remote message id (forward cursor of the incremental history pull),
//   whether the oldest history page has been reached, and what was last marked read remotely.
// - chat_messages: a reply typed here exists as a row before the marketplace knows it; outbox_id
//   links it to its send intent (the state shown on the bubble), remote_id stays NULL until the
//   history pull brings the same message back and the row adopts its id. Messages of one chat
//   order by created_at, then length(remote_id), remote_id: ids are decimal text because they
//   exceed 2^53 (Ozon's official example even exceeds 2^64), and for decimal text without
//   leading zeros "shorter, then lexically" is numeric order.
Migration migration006ChatSync()
{
    return {6,
            "chat sync: account sync state, history cursors, local replies",
            {
                QStringLiteral("ALTER TABLE seller_accounts ADD COLUMN chat_types TEXT NOT NULL"
                               " DEFAULT 'BUYER_SELLER,BUYER_SELLER_SELECT'"),
                QStringLiteral("ALTER TABLE seller_accounts ADD COLUMN last_sync_at TEXT"),
                QStringLiteral("ALTER TABLE seller_accounts ADD COLUMN last_error TEXT"),
                QStringLiteral("ALTER TABLE chats ADD COLUMN newest_message_id TEXT"),
                QStringLiteral("ALTER TABLE chats ADD COLUMN history_complete INTEGER NOT NULL"
                               " DEFAULT 0"),
                QStringLiteral("ALTER TABLE chats ADD COLUMN read_up_to_message_id TEXT"),
                QStringLiteral("ALTER TABLE chat_messages ADD COLUMN outbox_id INTEGER"
                               " REFERENCES outbox(id) ON DELETE SET NULL"),
                QStringLiteral("CREATE INDEX chat_messages_outbox ON chat_messages(outbox_id)"
                               " WHERE outbox_id IS NOT NULL"),
                QStringLiteral("CREATE INDEX chats_unread ON chats(unread_count)"
                               " WHERE unread_count > 0"),
                // Replies not yet confirmed by the marketplace: every pulled seller message looks
                // for one to adopt, and without this a chat's whole history was scanned each time.
                QStringLiteral("CREATE INDEX chat_messages_unsent ON chat_messages(chat_id,"
                               " created_at) WHERE remote_id IS NULL"),
            }};
}

} // namespace agentp::store
