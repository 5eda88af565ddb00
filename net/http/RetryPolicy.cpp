#include "net/http/RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace agentp::net {

using Kind = ConnectorError::Kind;

double RetryPolicy::draw() const
{
    return random ? random() : QRandomGenerator::global()->generateDouble();
}

qint64 RetryPolicy::exponential(int failures) const
{
    const int shift = std::clamp(failures - 1, 0, 20);
    const qint64 base = std::min<qint64>(qint64(baseDelayMs) << shift, maxBackoffMs);
    const double factor = 1.0 - jitter + 2.0 * jitter * draw();
    return std::max<qint64>(1, qint64(base * factor));
}

qint64 RetryPolicy::nextDelay(const ConnectorError &error, bool idempotent, bool notSent,
                              Attempt &attempt, const QDateTime &now) const
{
    switch (error.kind) {
    case Kind::RateLimited: {
        ++attempt.rateLimited;
        qint64 delay = exponential(attempt.rateLimited);
        if (error.retryAt.isValid()) {
            // Honour the server: never sooner, a little later so clients do not stampede. The
            // backoff still grows, so "Retry-After: 0" cannot make a tight loop.
            const qint64 asked = std::max<qint64>(0, now.msecsTo(error.retryAt));
            if (asked > maxBackoffMs)
                return -1;
            delay = std::max(delay, asked + qint64(asked * jitter * 0.5 * draw()));
        }
        if (attempt.waitedMs + delay > maxBackoffMs)
            return -1;
        attempt.waitedMs += delay;
        return delay;
    }
    case Kind::Server:
    case Kind::Timeout:
    case Kind::Network:
        if (!idempotent && !notSent)
            return -1;
        if (attempt.transientFailures >= maxRetries)
            return -1;
        ++attempt.transientFailures;
        {
            const qint64 delay = exponential(attempt.transientFailures);
            attempt.waitedMs += delay;
            return delay;
        }
    default:
        return -1;
    }
}

QDateTime RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return {};
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? now.addSecs(seconds) : QDateTime();
    // IMF-fixdate (RFC 9110); the obsolete RFC 850 and asctime forms are not worth the code.
    const QString s = QString::fromLatin1(text);
    QDateTime date = QLocale::c().toDateTime(s, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return {};
    date.setTimeZone(QTimeZone::utc());
    return date;
}

} // namespace agentp::net
