#include "models/store/Migration.h"

namespace agentp::store {

// Version 8: reply drafts (docs/drafts.md).
// - canned_replies: the agent's snippets, inserted with "/shortcut" in the composer; shortcuts
//   are unique regardless of case (compared with the NOCASE collation for ASCII and lower-cased
//   by the repository for Cyrillic before they are stored).
// - ai_prompts: every saved version of a system prompt, never updated in place, so a draft can
//   name the exact text that produced it. account_id NULL is the workspace default.
// - ai_drafts: one requested AI draft and its streamed text. context_hash identifies the
//   conversation state plus prompt and model, so the same state is not sent twice.
Migration migration008Drafts()
{
    return {
        8,
        "Reply drafts: canned replies, AI prompts and drafts",
        {
            QStringLiteral("CREATE TABLE canned_replies ("
                           " id INTEGER PRIMARY KEY,"
                           " shortcut TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " title TEXT NOT NULL DEFAULT '',"
                           " body TEXT NOT NULL,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE ai_prompts ("
                           " id INTEGER PRIMARY KEY,"
                           " account_id INTEGER REFERENCES seller_accounts(id) ON DELETE CASCADE,"
                           " body TEXT NOT NULL,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX ai_prompts_account ON ai_prompts(account_id, id)"),
            QStringLiteral("CREATE TABLE ai_drafts ("
                           " id INTEGER PRIMARY KEY,"
                           " chat_id INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,"
                           " context_hash TEXT NOT NULL,"
                           " prompt_id INTEGER REFERENCES ai_prompts(id),"
                           " model TEXT NOT NULL DEFAULT '',"
                           " request TEXT NOT NULL DEFAULT '',"
                           " state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued',"
                           "'streaming','done','failed','cancelled')),"
                           " text TEXT NOT NULL DEFAULT '',"
                           " error TEXT NOT NULL DEFAULT '',"
                           " requested_by TEXT NOT NULL DEFAULT '',"
                           " requested_at TEXT NOT NULL,"
                           " finished_at TEXT,"
                           " inserted_at TEXT,"
                           " sent_message_id INTEGER,"
                           " sent_edited INTEGER)"),
            QStringLiteral("CREATE INDEX ai_drafts_chat ON ai_drafts(chat_id, id)"),
            QStringLiteral("CREATE INDEX ai_drafts_requested ON ai_drafts(requested_at)"),
        }};
}

} // namespace agentp::store
