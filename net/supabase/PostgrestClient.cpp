#include "net/supabase/PostgrestClient.h"

#include "models/LogCategories.h"
#include "net/http/ApiClient.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace agentp::net::supabase {

namespace {

using Kind = PostgrestError::Kind;

QByteArray pathPart(const QString &name)
{
    return QUrl::toPercentEncoding(name);
}

bool isPublic(const QString &schema)
{
    return schema.isEmpty() || schema == QLatin1String("public");
}

// QJsonDocument holds only objects and arrays, but an RPC may answer a bare scalar.
bool parseJson(const QByteArray &body, QJsonValue *value, QString *error)
{
    if (body.trimmed().isEmpty()) {
        *value = QJsonValue::Null; // 201/204 without representation, void RPCs
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + body + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        *error = parseError.error != QJsonParseError::NoError
                     ? QStringLiteral("%1 at offset %2")
                           .arg(parseError.errorString())
                           .arg(std::max(0, parseError.offset - 1))
                     : QStringLiteral("more than one JSON value");
        return false;
    }
    *value = doc.array().at(0);
    return true;
}

} // namespace

PostgrestClient::PostgrestClient(const SupabaseConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_client(new ApiClient(
          [](const HttpResult &result) {
              return PostgrestError::toConnectorError(PostgrestError::fromHttp(result));
          },
          this))
{
    HttpTransport::Options transport;
    transport.timeoutMs = std::max(1, config.timeoutMs);
    transport.trustedCertificates = config.trustedCertificates;
    m_client->setTransportOptions(transport);
    m_client->setRetryPolicy(
        RetryPolicy::bounded(config.maxRetries, config.retryBaseMs, config.maxBackoffMs));
    m_client->setRate(config.requestsPerSecond, std::max(1, config.burst));
}

PostgrestClient::~PostgrestClient() = default; // m_client drops its calls silently

void PostgrestClient::setAccessToken(const QByteArray &jwt)
{
    m_accessToken = jwt.trimmed();
}

QByteArray PostgrestClient::bearer() const
{
    return m_accessToken.isEmpty() ? m_config.apiKey : m_accessToken;
}

HttpRequest PostgrestClient::makeRequest(const QByteArray &verb, const QByteArray &encodedPath,
                                         const QByteArray &query, const QString &schema) const
{
    HttpRequest request;
    request.verb = verb;
    QUrl url = m_config.projectUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QLatin1String("/rest/v1/") + QString::fromLatin1(encodedPath),
                QUrl::StrictMode);
    url.setFragment({});
    // Already percent-encoded by PostgrestQuery: StrictMode keeps QUrl from re-encoding it.
    url.setQuery(query.isEmpty() ? QString() : QString::fromLatin1(query), QUrl::StrictMode);
    request.url = url;
    request.headers = {{QByteArrayLiteral("apikey"), m_config.apiKey},
                       {QByteArrayLiteral("Authorization"), "Bearer " + bearer()},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    if (!isPublic(schema)) {
        const bool reads = verb == "GET" || verb == "HEAD";
        request.headers.append(
            {reads ? QByteArrayLiteral("Accept-Profile") : QByteArrayLiteral("Content-Profile"),
             schema.toUtf8()});
    }
    return request;
}

quint64 PostgrestClient::failLater(const PostgrestError &error, Done done)
{
    const quint64 id = m_nextId++;
    m_deferred.insert(id, std::move(done));
    QTimer::singleShot(0, this, [this, id, error] {
        const Done d = m_deferred.take(id);
        if (!d)
            return; // cancelAll() answered it already
        PostgrestResult result;
        result.error = error;
        d(result);
    });
    return id;
}

bool PostgrestClient::refused(const QString &name, Done &done, quint64 *id)
{
    QString problem = m_config.problem();
    if (problem.isEmpty() && name.trimmed().isEmpty())
        problem = tr("The request names no table or function.");
    if (problem.isEmpty())
        return false;
    *id = failLater(PostgrestError::make(Kind::BadRequest, problem), std::move(done));
    return true;
}

quint64 PostgrestClient::start(const HttpRequest &request, bool single, Done done)
{
    const QByteArray token = bearer();
    HttpRequest r = request;
    if (single) // PostgREST then answers one bare object, or 406 PGRST116
        for (auto &h : r.headers)
            if (h.first == "Accept")
                h.second = QByteArrayLiteral("application/vnd.pgrst.object+json");
    const quint64 id = m_nextId++;
    m_client->start(r, [this, r, token, done = std::move(done)](const HttpResult &result) {
        finish(r, result, token, done);
    });
    return id;
}

void PostgrestClient::finish(const HttpRequest &request, const HttpResult &raw,
                             const QByteArray &token, Done done)
{
    PostgrestResult result;
    result.httpStatus = raw.status;
    const QByteArray range = raw.header("Content-Range");
    if (!range.isEmpty() && !parseContentRange(range, &result))
        qCDebug(lcNet) << "Supabase: unreadable Content-Range" << range;
    if (raw.error.isError()) {
        result.error = raw.status > 0 ? PostgrestError::fromHttp(raw)
                                      : PostgrestError::fromTransport(raw.error);
    } else {
        QString parseError;
        if (!parseJson(raw.body, &result.body, &parseError)) {
            result.error = PostgrestError::make(
                Kind::Malformed, tr("Supabase sent an answer that is not valid JSON."),
                QStringLiteral("HTTP %1: %2").arg(raw.status).arg(parseError));
            result.error.httpStatus = raw.status;
            result.body = QJsonValue::Null;
        }
    }
    if (result.error.isError() && result.error.kind != Kind::Cancelled)
        // The path only: the query carries the user's filter values.
        qCDebug(lcNet) << "Supabase" << request.verb << request.url.path()
                       << "failed:" << result.error.detail;
    // Once per token, and only for the token still in use: a call that went out before the
    // caller signed in again must not ask for yet another sign-in.
    const bool expired =
        result.error.kind == Kind::JwtExpired && token == bearer() && token != m_expiredToken;
    if (expired)
        m_expiredToken = token;
    const QPointer<PostgrestClient> alive(this);
    done(result);
    if (expired && alive)
        emit sessionExpired();
}

quint64 PostgrestClient::select(const PostgrestQuery &query, Done done)
{
    quint64 id = 0;
    if (refused(query.table, done, &id))
        return id;
    HttpRequest request =
        makeRequest("GET", pathPart(query.table), query.queryString(), query.schema);
    if (query.exactCount)
        request.headers.append({QByteArrayLiteral("Prefer"), QByteArrayLiteral("count=exact")});
    request.idempotent = true;
    return start(request, query.single, std::move(done));
}

quint64 PostgrestClient::insert(const QString &schema, const QString &table, const QJsonArray &rows,
                                const InsertOptions &options, Done done)
{
    quint64 id = 0;
    if (refused(table, done, &id))
        return id;
    // PostgREST wants the same keys in every object unless `columns` lists them (PGRST102).
    QStringList columns;
    bool uniform = true;
    for (const auto &row : rows) {
        const QStringList keys = row.toObject().keys();
        if (!columns.isEmpty() && keys != columns)
            uniform = false;
        for (const auto &key : keys)
            if (!columns.contains(key))
                columns << key;
    }
    QByteArrayList params;
    if (!uniform) {
        QStringList quoted;
        for (const auto &c : columns)
            quoted << PostgrestFilter::quoteValue(c);
        params << "columns=" + PostgrestFilter::percentEncode(quoted.join(QLatin1Char(',')));
    }
    const bool upsert = options.upsert || options.ignoreDuplicates;
    if (upsert && !options.onConflict.trimmed().isEmpty())
        params << "on_conflict=" + PostgrestFilter::percentEncode(options.onConflict.trimmed());
    QByteArrayList prefer;
    if (upsert)
        prefer << (options.ignoreDuplicates ? QByteArrayLiteral("resolution=ignore-duplicates")
                                            : QByteArrayLiteral("resolution=merge-duplicates"));
    prefer << (options.returnRows ? QByteArrayLiteral("return=representation")
                                  : QByteArrayLiteral("return=minimal"));
    HttpRequest request = makeRequest("POST", pathPart(table), params.join('&'), schema);
    request.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.headers.append({QByteArrayLiteral("Prefer"), prefer.join(", ")});
    request.body = QJsonDocument(rows).toJson(QJsonDocument::Compact);
    request.idempotent = false;
    return start(request, false, std::move(done));
}

quint64 PostgrestClient::update(const PostgrestQuery &filters, const QJsonObject &values, Done done)
{
    quint64 id = 0;
    if (refused(filters.table, done, &id))
        return id;
    const bool filtered = std::any_of(filters.filters.cbegin(), filters.filters.cend(),
                                      [](const PostgrestFilter &f) { return f.isValid(); });
    if (!filtered)
        return failLater(
            PostgrestError::make(Kind::BadRequest,
                                 tr("Refusing to change every row of “%1”: the update has no "
                                    "filter.")
                                     .arg(filters.table)),
            std::move(done));
    HttpRequest request =
        makeRequest("PATCH", pathPart(filters.table), filters.filterString(), filters.schema);
    request.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.headers.append(
        {QByteArrayLiteral("Prefer"), QByteArrayLiteral("return=representation")});
    request.body = QJsonDocument(values).toJson(QJsonDocument::Compact);
    request.idempotent = false;
    return start(request, false, std::move(done));
}

quint64 PostgrestClient::rpc(const QString &schema, const QString &function,
                             const QJsonObject &args, Done done, bool idempotent)
{
    quint64 id = 0;
    if (refused(function, done, &id))
        return id;
    HttpRequest request = makeRequest("POST", "rpc/" + pathPart(function), {}, schema);
    request.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = QJsonDocument(args).toJson(QJsonDocument::Compact);
    request.idempotent = idempotent;
    return start(request, false, std::move(done));
}

void PostgrestClient::cancelAll()
{
    PostgrestResult cancelled;
    cancelled.error = PostgrestError::make(Kind::Cancelled, tr("The request was cancelled."));
    const QPointer<PostgrestClient> alive(this);
    const auto deferred = std::exchange(m_deferred, {});
    for (const auto &done : deferred) {
        done(cancelled);
        if (!alive)
            return;
    }
    m_client->cancelAll();
}

} // namespace agentp::net::supabase
