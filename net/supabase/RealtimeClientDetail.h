#pragma once

#include <QList>
#include <QString>

#include <algorithm>

// Shared by RealtimeClient's two source files (connection and channels); not part of its API.
namespace agentp::net::supabase::realtime_detail {

inline int backoffStep(const QList<int> &steps, int attempt)
{
    if (steps.isEmpty())
        return 1000;
    return std::max(0, steps.at(std::min<qsizetype>(attempt, steps.size() - 1)));
}

inline bool saysExpired(const QString &text)
{
    // Servers word it "Token has expired …" or "InvalidJWTExpiration" (spec §3.4 ⚠).
    return text.contains(QLatin1String("expired"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("JWTExpiration"), Qt::CaseInsensitive);
}

} // namespace agentp::net::supabase::realtime_detail
