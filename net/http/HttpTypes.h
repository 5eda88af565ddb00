#pragma once

#include "net/marketplace/ConnectorError.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace agentp::net {

// One HTTP exchange as the transport sees it: no knowledge of any marketplace.
struct HttpRequest
{
    QByteArray verb = QByteArrayLiteral("POST");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // may carry secrets: never logged
    QByteArray body;
    // Whether sending it twice does no harm. A send whose answer was lost (timeout, reset, 5xx)
    // is not repeated blindly: the caller reconciles with the history first.
    bool idempotent = true;
    // Follow redirects within the same host only (downloads); API calls never follow them.
    bool followSameOriginRedirects = false;
};

struct HttpResult
{
    int status = 0;                               // 0: no HTTP answer (see `error`)
    QList<QPair<QByteArray, QByteArray>> headers; // as received
    QByteArray body;
    // Set when no complete answer arrived (Network, Timeout, Tls, Cancelled, Malformed when the
    // body was too large). An HTTP error status is not an error here: the caller classifies it.
    ConnectorError error;
    // The request certainly never reached the server (refused, unknown host, TLS refused), so
    // even a non-idempotent call may be repeated.
    bool notSent = false;

    // Case-insensitive; empty when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

} // namespace agentp::net
