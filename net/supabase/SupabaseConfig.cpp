#include "net/supabase/SupabaseConfig.h"

#include "net/http/UrlPolicy.h"

namespace agentp::net::supabase {

QString SupabaseConfig::problem() const
{
    if (!projectUrl.isValid() || projectUrl.host().isEmpty())
        return tr("The Supabase project address is missing or not valid.");
    const QString scheme = projectUrl.scheme().toLower();
    // The key and the user's token travel in headers: plain HTTP only to this machine.
    if (scheme != QLatin1String("https") &&
        !(scheme == QLatin1String("http") && UrlPolicy::isLoopback(projectUrl)))
        return tr("The Supabase project address must start with https://.");
    if (apiKey.trimmed().isEmpty())
        return tr("The Supabase API key is missing.");
    return {};
}

} // namespace agentp::net::supabase
