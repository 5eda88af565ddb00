#pragma once

#include "net/http/HttpTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace agentp::net::supabase {

// Why a Data API call failed, in the classes a caller acts on (spec §2.8). PostgREST's error
// body {"code","message","details","hint"} decides where a status alone is ambiguous; gateway
// answers without a code (401 "No API key found", HTML 502 pages) are classified by status.
struct PostgrestError
{
    Q_DECLARE_TR_FUNCTIONS(PostgrestError)

public:
    enum class Kind
    {
        None,
        Network,             // no route, refused, reset, DNS
        Timeout,             // no complete answer in time
        Tls,                 // certificate not trusted
        Auth,                // 401 other than an expired token; 28xxx (e.g. a login RPC's 28P01)
        JwtExpired,          // 401 "JWT expired" (PGRST301 up to v12, PGRST303 since v13)
        Forbidden,           // 403, 42501 (missing grant, row-level security)
        NotFound,            // 404 (PGRST202 function, PGRST205 table); PGRST116 single object
        Conflict,            // 409, 23505 unique, 23503 foreign key
        BadRequest,          // 400, 22xxx, PGRST1xx; also refused locally before sending
        NotAcceptable,       // 406 PGRST106: schema not exposed
        RangeNotSatisfiable, // 416 PGRST103: offset past the end
        RateLimited,         // 429
        Server,              // 5xx, 08*, 53*, PGRST000-003
        Malformed,           // a 2xx whose body is not JSON; 1xx/3xx
        Cancelled,           // cancelAll()
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString code;       // PGRSTxxx or SQLSTATE, when the server sent one
    QString message;    // translated, one line, safe to show
    QString detail;     // for the log: the server's message, details and hint
    QDateTime retryAt;  // RateLimited: from Retry-After when given

    bool isError() const { return kind != Kind::None; }
    bool isTransient() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::RateLimited ||
               kind == Kind::Server;
    }

    // A non-2xx HTTP answer, classified by code first, then by status.
    static PostgrestError fromHttp(const HttpResult &result);
    // A failure without an HTTP answer (or refused by the transport's URL policy).
    static PostgrestError fromTransport(const ConnectorError &error);
    // The same classes as ConnectorError, for ApiClient's retry decisions.
    static ConnectorError toConnectorError(const PostgrestError &error);
    static PostgrestError make(Kind kind, const QString &message, const QString &detail = {});
};

struct PostgrestResult
{
    QJsonValue body = QJsonValue::Null; // array, object or scalar; Null for an empty body
    int httpStatus = 0;
    // From Content-Range `first-last/total` or `*/total`; -1 where the server wrote `*`
    // (no count was asked for, or the page is empty).
    qint64 totalCount = -1;
    qint64 rangeFirst = -1;
    qint64 rangeLast = -1;
    PostgrestError error;

    bool ok() const { return !error.isError(); }
};

// Parses `Content-Range` into the result's range fields; false when the header is malformed.
bool parseContentRange(const QByteArray &value, PostgrestResult *result);

struct InsertOptions
{
    bool upsert = false; // Prefer: resolution=merge-duplicates
    QString onConflict;  // the unique column(s) for an upsert; empty: the primary key
    bool returnRows = true;
    // Upsert that keeps existing rows as they are (resolution=ignore-duplicates); implies upsert.
    bool ignoreDuplicates = false;
};

} // namespace agentp::net::supabase
