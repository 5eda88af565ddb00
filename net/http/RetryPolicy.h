#pragma once

#include "net/marketplace/ConnectorError.h"

#include <QByteArray>
#include <QDateTime>

#include <algorithm>
#include <functional>

namespace agentp::net {

// When to try a failed call again, and after how long. Pure logic (no timers), so it is tested
// on its own; the caller waits with a QTimer.
//  - 429: exponential backoff from `baseDelayMs` with jitter, never sooner than Retry-After
//    (the longer of the two);
//    retried while the waits of this call add up to at most `maxBackoffMs`. A Retry-After
//    beyond that gives up at once (the error's retryAt tells the caller when to come back).
//  - 5xx, timeouts, dropped connections: at most `maxRetries` times, only when the call is
//    idempotent (a send whose answer was lost must be reconciled, not repeated).
//  - Connection refused / unknown host / TLS refused (the request never left): like 5xx, for
//    every call, except TLS which never heals by itself.
//  - Any other 4xx, malformed answers, cancellation: never.
struct RetryPolicy
{
    int maxRetries = 3;
    int baseDelayMs = 1000;
    int maxBackoffMs = 30000;
    double jitter = 0.25; // ± this share of the exponential delay; Retry-After only gets longer
    std::function<double()> random; // [0,1); default QRandomGenerator

    struct Attempt
    {
        int transientFailures = 0; // 5xx/timeouts/network failures so far in this call
        int rateLimited = 0;       // 429s so far
        qint64 waitedMs = 0;       // sum of the waits chosen so far
    };

    // Milliseconds to wait before the next try, or -1 to give up. Updates `attempt`.
    qint64 nextDelay(const ConnectorError &error, bool idempotent, bool notSent, Attempt &attempt,
                     const QDateTime &now) const;

    // Retry-After as seconds ("120") or HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT"); an
    // invalid value gives an invalid QDateTime.
    static QDateTime parseRetryAfter(const QByteArray &value, const QDateTime &now);
    // The policy an API config's retry fields describe, out-of-range values clamped.
    static RetryPolicy bounded(int maxRetries, int baseDelayMs, int maxBackoffMs)
    {
        RetryPolicy p;
        p.maxRetries = std::max(0, maxRetries);
        p.baseDelayMs = std::max(1, baseDelayMs);
        p.maxBackoffMs = std::max(0, maxBackoffMs);
        return p;
    }

private:
    double draw() const;
    qint64 exponential(int failures) const;
};

} // namespace agentp::net
