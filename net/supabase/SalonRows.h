#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace agentp::net::supabase {

// How the salon bot's rows (Supabase) translate into the local store's vocabulary. Shared by
// the salon pull (server → store) and the salon intent handler (store → server → store).

// PostgREST writes timestamptz as ISO 8601 with up to microseconds and an offset
// ("2026-11-21T10:00:00.123456+00:00"), dates as "2026-11-21". Answers an invalid QDateTime for
// anything else (null, empty, garbage).
QDateTime parseServerTime(const QJsonValue &value);
// The store's text form (store::toStoredTime) of a server timestamp; empty when invalid.
QString storedFromServer(const QJsonValue &value);

// dashboard.winback_requests.status → winback_requests.status (the console's words):
// pending → sent (the server has it, the bot will write), sent/replied → delivered,
// booked → returned, failed/cancelled → failed. Unknown values: empty.
QString localWinBackStatus(const QString &remoteStatus);

// recent_history_v2.role → bot_messages.role: user/human/client → user,
// assistant/ai/bot → assistant, anything else → system.
QString localMessageRole(const QString &remoteRole);

} // namespace agentp::net::supabase
