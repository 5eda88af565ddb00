#pragma once

#include "app/CommandLine.h"
#include "net/sync/ChatSyncEngine.h"

#include <QTextStream>

namespace agentp::app {

// `agentp-console sync --workspace PATH --once [--account NAME]`: one full chat-sync pass of
// every enabled account (or the named one), one line per account (chats, new messages,
// errors). Exits non-zero with the reason on stderr when an account failed. Api-Keys come from
// AGENTP_API_KEY_<account id>, else the keychain.
int runSyncOnce(const CommandLine &command);

// The same with the connectors and keys given (tests).
int syncOnce(const CommandLine &command, net::ChatSyncEngine::ConnectorFactory factory,
             net::ChatSyncEngine::KeyProvider keys, QTextStream &out, QTextStream &err);

} // namespace agentp::app
