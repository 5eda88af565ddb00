#pragma once

#include <QDateTime>
#include <QString>

namespace agentp::net {

// Why a marketplace call failed, in classes the sync engine acts on (retry, back off, stop and
// tell the user). `message` is translated and safe to show: it never contains a secret.
struct ConnectorError
{
    enum class Kind
    {
        None,
        Network,     // no route, refused, reset, DNS
        Timeout,     // no complete answer in time
        Tls,         // certificate not trusted, handshake failed
        Auth,        // 401: wrong or missing Client-Id / Api-Key
        Forbidden,   // 403: e.g. no Premium subscription; reply window closed
        NotFound,    // 404: unknown chat, or a removed endpoint
        BadRequest,  // 400/409/422: the request itself is wrong; retrying will not help
        RateLimited, // 429
        Server,      // 5xx
        Malformed,   // 200 but the body is not what the protocol says (HTML, truncated, types)
        Cancelled,   // the caller gave up (shutdown)
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    int remoteCode = 0; // the marketplace's own error code when it sent one (Ozon: gRPC code)
    QString message;    // translated, one line, for the status bar / the failed bubble
    QString detail;     // technical detail for the log (remote message, parse position …)
    QDateTime retryAt;  // RateLimited: honour Retry-After when the server gave one

    bool isError() const { return kind != Kind::None; }
    // Temporary: the same call may succeed later (network, timeout, 429, 5xx).
    bool isTransient() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::RateLimited ||
               kind == Kind::Server;
    }
    static ConnectorError none() { return {}; }
};

} // namespace agentp::net
