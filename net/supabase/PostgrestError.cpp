// Classification of Data API answers (spec §2.8) and the Content-Range header (§2.4).
#include "net/http/RetryPolicy.h"
#include "net/supabase/PostgrestTypes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace agentp::net::supabase {

namespace {

using Kind = PostgrestError::Kind;

QString jsonText(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble()) // GoTrue-style bodies put the status in `code`
        return QString::number(v.toInteger());
    return {};
}

QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression title(QStringLiteral("<title>([^<]{0,200})</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto match = title.match(QString::fromUtf8(body.left(4096)));
    return match.hasMatch() ? match.captured(1).simplified() : QStringLiteral("(untitled)");
}

bool isExpiredJwt(int status, const QString &code, const QString &remote,
                  const QByteArray &wwwAuthenticate)
{
    if (status != 401)
        return false;
    const bool saysExpired = remote.contains(QLatin1String("expired"), Qt::CaseInsensitive) ||
                             wwwAuthenticate.toLower().contains("expired");
    // The code moved from PGRST301 (≤ v12) to PGRST303 (v13+); the gateway may send neither.
    return saysExpired && (code.isEmpty() || code == QLatin1String("PGRST301") ||
                           code == QLatin1String("PGRST303"));
}

Kind kindFor(int status, const QString &code, bool expired)
{
    if (expired)
        return Kind::JwtExpired;
    // Codes first: several share a status (406 is both PGRST106 and PGRST116), and some mean
    // the same whatever the status (42501 is 401 for anon, 403 otherwise).
    if (code == QLatin1String("PGRST116"))
        return Kind::NotFound;
    if (code == QLatin1String("PGRST106"))
        return Kind::NotAcceptable;
    if (code == QLatin1String("PGRST103"))
        return Kind::RangeNotSatisfiable;
    if (code == QLatin1String("42501"))
        return Kind::Forbidden;
    if (code == QLatin1String("23505") || code == QLatin1String("23503"))
        return Kind::Conflict;
    if (code.startsWith(QLatin1String("28")))
        return Kind::Auth;
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("53")) ||
        (code.startsWith(QLatin1String("PGRST00")) && code.size() == 8 &&
         code.at(7) <= QLatin1Char('3')))
        return Kind::Server;
    if (status == 401)
        return Kind::Auth;
    if (status == 403)
        return Kind::Forbidden;
    if (status == 404)
        return Kind::NotFound;
    if (status == 406)
        return Kind::NotAcceptable;
    if (status == 409)
        return Kind::Conflict;
    if (status == 416)
        return Kind::RangeNotSatisfiable;
    if (status == 429)
        return Kind::RateLimited;
    if (status >= 500)
        return Kind::Server;
    if (status >= 400)
        return Kind::BadRequest; // 400 with 22xxx, 23502, P0001, PGRST1xx; 405; 413 …
    return Kind::Malformed;      // 1xx/3xx: API calls never follow redirects
}

QString messageFor(Kind kind, int status, bool gatewayKey)
{
    switch (kind) {
    case Kind::JwtExpired:
        return PostgrestError::tr("The sign-in has expired; please sign in again.");
    case Kind::Auth:
        if (gatewayKey)
            return PostgrestError::tr(
                "Supabase did not accept the project's API key. Check it in the "
                "connection settings.");
        return PostgrestError::tr("Supabase did not accept the sign-in (HTTP %1).").arg(status);
    case Kind::Forbidden:
        return PostgrestError::tr(
            "Supabase refused access to this data: the account lacks the permission.");
    case Kind::NotFound:
        return PostgrestError::tr("Supabase does not know this table, function or record.");
    case Kind::Conflict:
        return PostgrestError::tr("The change conflicts with data already on the server.");
    case Kind::BadRequest:
        return PostgrestError::tr("Supabase rejected the request (HTTP %1).").arg(status);
    case Kind::NotAcceptable:
        return PostgrestError::tr("This schema is not exposed by the project's Data API settings.");
    case Kind::RangeNotSatisfiable:
        return PostgrestError::tr("The requested page lies past the end of the results.");
    case Kind::RateLimited:
        return PostgrestError::tr(
            "Supabase is limiting the request rate; try again a little later.");
    case Kind::Server:
        return PostgrestError::tr("Supabase has a temporary problem (HTTP %1).").arg(status);
    default:
        return PostgrestError::tr("Supabase sent an unexpected answer (HTTP %1).").arg(status);
    }
}

} // namespace

PostgrestError PostgrestError::make(Kind kind, const QString &message, const QString &detail)
{
    PostgrestError e;
    e.kind = kind;
    e.message = message;
    e.detail = detail;
    return e;
}

PostgrestError PostgrestError::fromHttp(const HttpResult &result)
{
    PostgrestError e;
    e.httpStatus = result.status;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(result.body, &parseError);
    QString remote;
    QString body;
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        e.code = jsonText(o, "code");
        remote = jsonText(o, "message");
        if (remote.isEmpty())
            remote = jsonText(o, "msg");
        QStringList parts{remote.left(300)};
        const QString details = jsonText(o, "details");
        const QString hint = jsonText(o, "hint");
        if (!details.isEmpty())
            parts << QStringLiteral("details: ") + details.left(300);
        if (!hint.isEmpty())
            parts << QStringLiteral("hint: ") + hint.left(300);
        body = parts.join(QLatin1String("; "));
    } else if (result.body.trimmed().isEmpty()) {
        body = QStringLiteral("empty body");
    } else if (result.body.trimmed().startsWith('<')) {
        body = QStringLiteral("HTML page: ") + htmlTitle(result.body);
    } else {
        body = QStringLiteral("non-JSON body: ") + parseError.errorString();
    }
    const bool expired =
        isExpiredJwt(result.status, e.code, remote, result.header("WWW-Authenticate"));
    e.kind = kindFor(result.status, e.code, expired);
    // The gateway's own 401s name the key and carry no code (spec §1).
    const bool gatewayKey = e.code.isEmpty() && remote.contains(QLatin1String("API key"));
    e.message = messageFor(e.kind, result.status, gatewayKey);
    if (e.kind == Kind::RateLimited)
        e.retryAt = RetryPolicy::parseRetryAfter(result.header("Retry-After"),
                                                 QDateTime::currentDateTimeUtc());
    e.detail = QStringLiteral("HTTP %1 %2: %3")
                   .arg(result.status)
                   .arg(e.code.isEmpty() ? QStringLiteral("-") : e.code, body);
    return e;
}

PostgrestError PostgrestError::fromTransport(const ConnectorError &error)
{
    Kind kind = Kind::Network;
    switch (error.kind) {
    case ConnectorError::Kind::Timeout:
        kind = Kind::Timeout;
        break;
    case ConnectorError::Kind::Tls:
        kind = Kind::Tls;
        break;
    case ConnectorError::Kind::Cancelled:
        kind = Kind::Cancelled;
        break;
    case ConnectorError::Kind::BadRequest: // the URL policy refused the address
        kind = Kind::BadRequest;
        break;
    case ConnectorError::Kind::Malformed: // the body was too large
        kind = Kind::Malformed;
        break;
    default:
        break;
    }
    // The transport's messages are already translated and name the host.
    PostgrestError e = make(kind, error.message, error.detail);
    e.httpStatus = error.httpStatus;
    return e;
}

ConnectorError PostgrestError::toConnectorError(const PostgrestError &error)
{
    using C = ConnectorError::Kind;
    ConnectorError c;
    switch (error.kind) {
    case Kind::None:
        c.kind = C::None;
        break;
    case Kind::Network:
        c.kind = C::Network;
        break;
    case Kind::Timeout:
        c.kind = C::Timeout;
        break;
    case Kind::Tls:
        c.kind = C::Tls;
        break;
    case Kind::Auth:
    case Kind::JwtExpired: // never retried as is: the caller needs a new token first
        c.kind = C::Auth;
        break;
    case Kind::Forbidden:
        c.kind = C::Forbidden;
        break;
    case Kind::NotFound:
        c.kind = C::NotFound;
        break;
    case Kind::RateLimited:
        c.kind = C::RateLimited;
        break;
    case Kind::Server:
        c.kind = C::Server;
        break;
    case Kind::Malformed:
        c.kind = C::Malformed;
        break;
    case Kind::Cancelled:
        c.kind = C::Cancelled;
        break;
    default: // Conflict, BadRequest, NotAcceptable, RangeNotSatisfiable: final
        c.kind = C::BadRequest;
        break;
    }
    c.httpStatus = error.httpStatus;
    c.message = error.message;
    c.detail = error.detail;
    c.retryAt = error.retryAt;
    return c;
}

bool parseContentRange(const QByteArray &value, PostgrestResult *result)
{
    // `0-24/3573`, `*/3573` (empty page or 0 rows), `0-24/*` (no count asked for), `*/*`.
    const QByteArray text = value.trimmed();
    const qsizetype slash = text.indexOf('/');
    if (slash < 0)
        return false;
    const QByteArray range = text.left(slash);
    const QByteArray total = text.mid(slash + 1);
    bool ok = true;
    if (total != "*") {
        result->totalCount = total.toLongLong(&ok);
        if (!ok || result->totalCount < 0) {
            result->totalCount = -1;
            return false;
        }
    }
    if (range != "*") {
        const qsizetype dash = range.indexOf('-');
        bool okFirst = false;
        bool okLast = false;
        const qint64 first = range.left(dash).toLongLong(&okFirst);
        const qint64 last = range.mid(dash + 1).toLongLong(&okLast);
        if (dash < 0 || !okFirst || !okLast || first < 0 || last < first)
            return false;
        result->rangeFirst = first;
        result->rangeLast = last;
    }
    return true;
}

} // namespace agentp::net::supabase
