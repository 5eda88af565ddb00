#include "net/http/UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace agentp::net {

bool UrlPolicy::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString UrlPolicy::check(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("agentp::net::UrlPolicy", "“%1” is not a valid address.")
            .arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https") || scheme == QLatin1String("wss"))
        return {};
    if ((scheme == QLatin1String("http") || scheme == QLatin1String("ws")) && isLoopback(url))
        return {};
    return QCoreApplication::translate("agentp::net::UrlPolicy",
                                       "The address %1 must use HTTPS: keys and passwords are "
                                       "never sent unencrypted to another machine.")
        .arg(url.toString());
}

} // namespace agentp::net
