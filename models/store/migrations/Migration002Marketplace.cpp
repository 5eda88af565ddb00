#include "models/store/Migration.h"

namespace agentp::store {

// Version 2: marketplace buyer chats. Remote ids stay TEXT: Ozon message ids exceed 2^53 and
// must survive exactly; messages of a chat order by created_at, length(remote_id), remote_id (v6).
Migration migration002Marketplace()
{
    return {2,
            "marketplace chats",
            {
                QStringLiteral("CREATE TABLE seller_accounts ("
                               " id INTEGER PRIMARY KEY,"
                               " marketplace TEXT NOT NULL CHECK (marketplace IN ('ozon',"
                               "'wildberries','yandex_market','demo')),"
                               " name TEXT NOT NULL,"
                               " external_id TEXT NOT NULL DEFAULT '',"
                               " base_url TEXT NOT NULL DEFAULT '',"
                               " enabled INTEGER NOT NULL DEFAULT 1,"
                               " created_at TEXT NOT NULL,"
                               " UNIQUE (marketplace, name))"),
                QStringLiteral("CREATE TABLE chats ("
                               " id INTEGER PRIMARY KEY,"
                               " account_id INTEGER NOT NULL REFERENCES seller_accounts(id)"
                               "   ON DELETE CASCADE,"
                               " remote_id TEXT NOT NULL,"
                               " chat_type TEXT NOT NULL DEFAULT 'BUYER_SELLER',"
                               " status TEXT NOT NULL DEFAULT 'OPENED',"
                               " title TEXT NOT NULL DEFAULT '',"
                               " order_number TEXT,"
                               " product TEXT,"
                               " created_at TEXT NOT NULL,"
                               " last_message_at TEXT,"
                               " last_message_preview TEXT NOT NULL DEFAULT '',"
                               " last_buyer_message_at TEXT,"
                               " last_seller_message_at TEXT,"
                               " unread_count INTEGER NOT NULL DEFAULT 0,"
                               " muted INTEGER NOT NULL DEFAULT 0,"
                               " UNIQUE (account_id, remote_id))"),
                QStringLiteral("CREATE INDEX chats_last_message ON chats(last_message_at DESC)"),
                QStringLiteral("CREATE INDEX chats_account_last"
                               " ON chats(account_id, last_message_at DESC)"),
                QStringLiteral("CREATE TABLE chat_messages ("
                               " id INTEGER PRIMARY KEY,"
                               " chat_id INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,"
                               " remote_id TEXT,"
                               " sender_type TEXT NOT NULL CHECK (sender_type IN ('buyer',"
                               "'seller','support','system')),"
                               " author TEXT,"
                               " body TEXT NOT NULL DEFAULT '',"
                               " created_at TEXT NOT NULL,"
                               " is_read INTEGER NOT NULL DEFAULT 0,"
                               " UNIQUE (chat_id, remote_id))"),
                QStringLiteral("CREATE INDEX chat_messages_chat_time"
                               " ON chat_messages(chat_id, created_at)"),
                QStringLiteral("CREATE TABLE attachments ("
                               " id INTEGER PRIMARY KEY,"
                               " message_id INTEGER NOT NULL REFERENCES chat_messages(id)"
                               "   ON DELETE CASCADE,"
                               " kind TEXT NOT NULL CHECK (kind IN ('image','file')),"
                               " name TEXT NOT NULL DEFAULT '',"
                               " url TEXT NOT NULL DEFAULT '',"
                               " mime_type TEXT,"
                               " size_bytes INTEGER,"
                               " local_path TEXT)"),
                QStringLiteral("CREATE INDEX attachments_message ON attachments(message_id)"),
            }};
}

} // namespace agentp::store
