#pragma once

#include <QString>
#include <QUrl>

namespace agentp::net {

// Every remote base URL (marketplace, Supabase, LLM) passes through here before use: secrets
// travel in headers, so plain HTTP is allowed only to this machine (tests, local fakes).
struct UrlPolicy
{
    static bool isLoopback(const QUrl &url);
    // Empty string when acceptable, otherwise a sentence for the user.
    static QString check(const QUrl &url);
};

} // namespace agentp::net
