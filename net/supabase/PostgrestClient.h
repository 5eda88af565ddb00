#pragma once

#include "net/supabase/PostgrestQuery.h"
#include "net/supabase/PostgrestTypes.h"
#include "net/supabase/SupabaseConfig.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace agentp::net {
class ApiClient;
}

namespace agentp::net::supabase {

// Supabase's Data API (PostgREST, spec §2) over one ApiClient: every call waits for the
// project's request budget and sends `apikey`, `Authorization: Bearer <user token or the API
// key>`, `Accept: application/json` and, outside `public`, Accept-Profile (GET) or
// Content-Profile (POST/PATCH). Transient failures are retried only for idempotent calls
// (selects, RPCs marked idempotent): a write whose answer was lost may have happened, so it
// is reported, never repeated blindly. 429 is retried when Retry-After allows (nothing ran).
//
// There is no refresh token (tokens come from dashboard.login), so a 401 "JWT expired" fails
// the call with JwtExpired and emits sessionExpired() once per token; the caller signs in again
// and calls setAccessToken(). Lives in one thread; Done runs exactly once, from the event loop.
class PostgrestClient final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const PostgrestResult &)>;

    explicit PostgrestClient(const SupabaseConfig &config, QObject *parent = nullptr);
    ~PostgrestClient() override; // drops pending calls silently (no callbacks)

    const SupabaseConfig &config() const { return m_config; }
    // The signed-in user's JWT; empty sends the API key as the Bearer token (the anon role), as
    // supabase-js does.
    void setAccessToken(const QByteArray &jwt);
    QByteArray accessToken() const { return m_accessToken; }

    // GET /rest/v1/<table>?<query>; Prefer: count=exact when asked. The body is an array (an
    // object for `single`), the counts come from Content-Range.
    quint64 select(const PostgrestQuery &query, Done done);
    // POST /rest/v1/<table>. Rows with differing keys are sent with `columns=` (missing keys
    // become null or the column default, as with postgrest-js). Upserts use `on_conflict=`.
    quint64 insert(const QString &schema, const QString &table, const QJsonArray &rows,
                   const InsertOptions &options, Done done);
    // PATCH /rest/v1/<table>?<filters> with Prefer: return=representation; the query's select
    // picks the returned columns, order/limit/offset are not used. Without any filter it is
    // refused (BadRequest) before anything is sent: never a whole table by accident.
    quint64 update(const PostgrestQuery &filters, const QJsonObject &values, Done done);
    // POST /rest/v1/rpc/<function> with named arguments. `idempotent`: the function may run
    // twice without harm (read-only, or guarded on the server), so transient failures retry.
    quint64 rpc(const QString &schema, const QString &function, const QJsonObject &args, Done done,
                bool idempotent = false);
    // Answers every pending call with Cancelled, inside this call.
    void cancelAll();

    // For tests and diagnostics (request budget, attempt observer).
    ApiClient *apiClient() const { return m_client; }

signals:
    // A 401 "JWT expired" answered a call made with the current token (once per token).
    void sessionExpired();

private:
    HttpRequest makeRequest(const QByteArray &verb, const QByteArray &encodedPath,
                            const QByteArray &query, const QString &schema) const;
    QByteArray bearer() const;
    quint64 start(const HttpRequest &request, bool single, Done done);
    void finish(const HttpRequest &request, const HttpResult &raw, const QByteArray &token,
                Done done);
    quint64 failLater(const PostgrestError &error, Done done);
    // Refusals before sending: an unusable config or a missing table/function name.
    bool refused(const QString &name, Done &done, quint64 *id);

    SupabaseConfig m_config;
    ApiClient *m_client;
    QByteArray m_accessToken;
    QByteArray m_expiredToken; // the token sessionExpired() was last emitted for
    QHash<quint64, Done> m_deferred;
    quint64 m_nextId = 1;
};

} // namespace agentp::net::supabase
