#include "tests/support/FakePostgrestServer.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace agentp::testing {

using namespace fakepg;

namespace {

const QString kErrorMarker = QStringLiteral("$fake_postgrest_error");

QString qualified(const QString &name)
{
    return name.contains(QLatin1Char('.')) ? name : QStringLiteral("public.") + name;
}

QString bareName(const QString &table)
{
    return table.section(QLatin1Char('.'), 1);
}

QByteArray jsonBytes(const QJsonValue &v)
{
    // QJsonDocument holds no scalars: wrap and unwrap.
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

QByteArray FakePostgrestServer::Recorded::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers)
        if (h.first == lowerName)
            return h.second;
    return {};
}

QString FakePostgrestServer::Recorded::queryValue(const QString &key) const
{
    for (const auto &item : query)
        if (item.first == key)
            return item.second;
    return {};
}

FakePostgrestServer::FakePostgrestServer(QObject *parent)
    : FakePostgrestServer(Options{}, parent)
{}

FakePostgrestServer::FakePostgrestServer(const Options &options, QObject *parent)
    : QObject(parent)
    , m_http(new FakeHttpServer([this](const Request &r) { return handle(r); }, this))
    , m_options(options)
{}

FakePostgrestServer::~FakePostgrestServer() = default;

bool FakePostgrestServer::listen(quint16 port)
{
    return m_http->listen(QHostAddress::LocalHost, port);
}

QUrl FakePostgrestServer::projectUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_http->port()));
}

void FakePostgrestServer::addToken(const QByteArray &token, const QString &role)
{
    m_tokens.insert(token, role);
    m_expired.remove(token);
}

void FakePostgrestServer::expireToken(const QByteArray &token)
{
    m_expired.insert(token);
}

void FakePostgrestServer::setTable(const QString &name, const QJsonArray &rows,
                                   const QStringList &unique, const QString &serial)
{
    Table t;
    t.rows = rows;
    t.unique = unique;
    t.serial = serial;
    t.columns = unique;
    if (!serial.isEmpty() && !t.columns.contains(serial))
        t.columns << serial;
    for (const auto &row : rows)
        for (const auto &key : row.toObject().keys())
            if (!t.columns.contains(key))
                t.columns << key;
    m_tables.insert(qualified(name), t);
}

QJsonArray FakePostgrestServer::rows(const QString &name) const
{
    return m_tables.value(qualified(name)).rows;
}

void FakePostgrestServer::addRelation(const QString &child, const QString &fkColumn,
                                      const QString &parent, const QString &parentColumn)
{
    m_relations << Relation{qualified(child), fkColumn, qualified(parent), parentColumn};
}

void FakePostgrestServer::forbid(const QString &name)
{
    m_tables[qualified(name)].forbidden = true;
}

void FakePostgrestServer::setRpc(const QString &name, RpcHandler handler)
{
    m_rpcs.insert(qualified(name), std::move(handler));
}

QJsonValue FakePostgrestServer::rpcError(int status, const QString &code, const QString &message,
                                         const QString &details, const QString &hint)
{
    return QJsonObject{{kErrorMarker, QJsonObject{{QStringLiteral("status"), status},
                                                  {QStringLiteral("code"), code},
                                                  {QStringLiteral("message"), message},
                                                  {QStringLiteral("details"), details},
                                                  {QStringLiteral("hint"), hint}}}};
}

void FakePostgrestServer::injectFault(const Fault &fault)
{
    m_faults.push_back(fault);
}

int FakePostgrestServer::requestCount(const QByteArray &pathPrefix) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const Recorded &r) { return r.path.startsWith(pathPrefix); }));
}

FakeHttpServer::Response FakePostgrestServer::json(int status, const QByteArray &body)
{
    Response r;
    r.status = status;
    r.body = body;
    r.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    return r;
}

FakeHttpServer::Response FakePostgrestServer::error(const PgError &e)
{
    return json(e.status, e.body());
}

FakeHttpServer::Response FakePostgrestServer::handle(const Request &request)
{
    Recorded recorded;
    recorded.method = request.method;
    recorded.path = request.path;
    recorded.rawQuery = request.query;
    recorded.query = decodeQuery(request.query);
    recorded.headers = request.headers;
    recorded.body = request.body;
    Response response = route(request);
    recorded.status = response.action == Response::Action::Stall ? 0 : response.status;
    m_requests << recorded;
    return response;
}

FakeHttpServer::Response FakePostgrestServer::route(const Request &r)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!r.path.startsWith(it->path))
            continue;
        const Fault f = *it;
        if (it->count > 0 && --it->count == 0)
            m_faults.erase(it);
        Response out;
        switch (f.kind) {
        case Fault::Kind::Stall:
            out.action = Response::Action::Stall;
            return out;
        case Fault::Kind::HtmlPage:
            out.status = f.status;
            out.contentType = QByteArrayLiteral("text/html");
            out.body = "<html><head><title>" + QByteArray::number(f.status) +
                       " Bad Gateway</title></head><body><center><h1>Bad Gateway</h1></center>"
                       "<hr><center>cloudflare</center></body></html>";
            return out;
        case Fault::Kind::MalformedJson:
            return json(200, QByteArrayLiteral("[{\"id\":1,\"full_name\":\"An"));
        case Fault::Kind::Status:
            out =
                f.code.isEmpty()
                    ? json(f.status, jsonBytes(QJsonObject{{QStringLiteral("message"), f.message}}))
                    : error(PgError::make(f.status, f.code, f.message));
            if (!f.retryAfter.isEmpty())
                out.headers.append({QByteArrayLiteral("Retry-After"), f.retryAfter});
            return out;
        }
    }
    if (!r.path.startsWith("/rest/v1/"))
        return json(404, QByteArrayLiteral("{}"));

    // The gateway: the API key first, without PostgREST's error shape.
    const QByteArray apikey = r.header("apikey");
    if (apikey.isEmpty() || apikey != m_options.apiKey) {
        const QString text = apikey.isEmpty() ? QStringLiteral("No API key found in request")
                                              : QStringLiteral("Invalid API key");
        return json(401, jsonBytes(QJsonObject{{QStringLiteral("message"), text}}));
    }
    m_role = QStringLiteral("anon");
    const QByteArray authorization = r.header("authorization");
    if (!authorization.isEmpty()) {
        const QByteArray token =
            authorization.startsWith("Bearer ") ? authorization.mid(7).trimmed() : QByteArray();
        const bool expired = m_expired.contains(token);
        if (expired || (token != m_options.apiKey && !m_tokens.contains(token))) {
            const QString text = expired ? QStringLiteral("JWT expired")
                                         : QStringLiteral("JWSError (CompactDecodeError Invalid "
                                                          "number of parts: Expected 3 parts; "
                                                          "got 1)");
            const QString code = (expired && !m_options.legacyJwtCodes)
                                     ? QStringLiteral("PGRST303")
                                     : QStringLiteral("PGRST301");
            Response out = error(PgError::make(401, code, text));
            out.headers.append(
                {QByteArrayLiteral("WWW-Authenticate"),
                 "Bearer error=\"invalid_token\", error_description=\"" + text.toUtf8() + '"'});
            return out;
        }
        if (token != m_options.apiKey)
            m_role = m_tokens.value(token);
    }

    const bool reads = r.method == "GET" || r.method == "HEAD";
    const QByteArray profile = r.header(reads ? "accept-profile" : "content-profile");
    const QString schema =
        profile.isEmpty() ? QStringLiteral("public") : QString::fromUtf8(profile);
    if (!m_options.exposedSchemas.contains(schema))
        return error(PgError::make(406, QStringLiteral("PGRST106"),
                                   QStringLiteral("Invalid schema: %1").arg(schema), {},
                                   QStringLiteral("Only the following schemas are exposed: %1")
                                       .arg(m_options.exposedSchemas.join(QLatin1String(", ")))));

    const QString rest = QString::fromUtf8(QByteArray::fromPercentEncoding(r.path.mid(9)));
    if (rest.startsWith(QLatin1String("rpc/"))) {
        if (r.method != "POST")
            return error(PgError::make(405, QStringLiteral("PGRST101"),
                                       QStringLiteral("fake: only POST calls functions")));
        return callRpc(r, schema + QLatin1Char('.') + rest.mid(4));
    }
    const QString table = schema + QLatin1Char('.') + rest;
    const auto t = m_tables.constFind(table);
    if (t == m_tables.cend())
        return error(PgError::make(
            404, QStringLiteral("PGRST205"),
            QStringLiteral("Could not find the table '%1' in the schema cache").arg(table)));
    if (t->forbidden) // Postgres' answer to a missing grant; PostgREST: 401 for anon
        return error(PgError::make(m_role == QLatin1String("anon") ? 401 : 403,
                                   QStringLiteral("42501"),
                                   QStringLiteral("permission denied for table %1").arg(rest)));
    ParsedQuery q;
    PgError e = parseQuery(r.query, &q);
    if (!e.isError())
        e = checkColumns(table, q);
    if (e.isError())
        return error(e);
    if (reads)
        return read(r, table, q);
    if (r.method == "POST" || r.method == "PATCH")
        return write(r, table, q);
    return error(PgError::make(
        405, QStringLiteral("PGRST117"),
        QStringLiteral("Unsupported HTTP method: %1").arg(QString::fromLatin1(r.method))));
}

PgError FakePostgrestServer::checkColumns(const QString &table, const ParsedQuery &q) const
{
    const QStringList &known = m_tables.value(table).columns;
    QStringList used;
    for (const auto &f : q.filters)
        conditionColumns(f, &used);
    for (const auto &o : q.order)
        used << o.column;
    for (const auto &s : q.select)
        if (!s.star && !s.embed)
            used << s.column;
    for (const auto &column : used)
        if (!known.isEmpty() && !known.contains(column))
            return PgError::make(
                400, QStringLiteral("42703"),
                QStringLiteral("column %1.%2 does not exist").arg(bareName(table), column));
    return {};
}

PgError FakePostgrestServer::filterRows(const QString &table, const ParsedQuery &q,
                                        QList<qsizetype> *indexes) const
{
    const QJsonArray &rows = m_tables.value(table).rows;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        bool keep = true;
        for (const auto &f : q.filters) {
            PgError e;
            const Truth t = evaluate(f, row, &e);
            if (e.isError())
                return e;
            keep = keep && t == Truth::True; // NULL (unknown) drops the row, as in WHERE
        }
        if (keep)
            *indexes << i;
    }
    return {};
}

PgError FakePostgrestServer::shape(const QString &table, const QJsonObject &row,
                                   const QList<SelectItem> &select, QJsonObject *out) const
{
    if (select.isEmpty()) {
        *out = row;
        return {};
    }
    const QStringList &known = m_tables.value(table).columns;
    for (const auto &item : select) {
        if (item.star) {
            for (auto it = row.begin(); it != row.end(); ++it)
                out->insert(it.key(), it.value());
        } else if (item.embed) {
            QJsonValue v;
            const PgError e = embed(table, row, item, &v);
            if (e.isError())
                return e;
            out->insert(item.alias, v);
        } else {
            if (!known.isEmpty() && !known.contains(item.column))
                return PgError::make(400, QStringLiteral("42703"),
                                     QStringLiteral("column %1.%2 does not exist")
                                         .arg(bareName(table), item.column));
            QJsonValue v = row.value(item.column);
            if (isNull(v))
                v = QJsonValue::Null;
            else if (item.cast == QLatin1String("text"))
                v = jsonText(v);
            out->insert(item.alias, v);
        }
    }
    return {};
}

PgError FakePostgrestServer::embed(const QString &table, const QJsonObject &row,
                                   const SelectItem &item, QJsonValue *out) const
{
    const QString other = table.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.') + item.column;
    for (const auto &rel : m_relations) {
        const bool toOne = rel.child == table && rel.parent == other;
        const bool toMany = rel.parent == table && rel.child == other;
        if (!toOne && !toMany)
            continue;
        const QJsonValue key = row.value(toOne ? rel.fk : rel.parentColumn);
        QJsonArray matches;
        for (const auto &candidate : m_tables.value(other).rows) {
            const QJsonObject c = candidate.toObject();
            const QJsonValue theirs = c.value(toOne ? rel.parentColumn : rel.fk);
            if (isNull(key) || isNull(theirs) || compareJson(key, theirs) != 0)
                continue;
            QJsonObject shaped;
            const PgError e = shape(other, c, item.children, &shaped);
            if (e.isError())
                return e;
            matches << shaped;
        }
        *out = toMany ? QJsonValue(matches) : matches.isEmpty() ? QJsonValue() : matches.first();
        return {};
    }
    return PgError::make(400, QStringLiteral("PGRST200"),
                         QStringLiteral("Could not find a relationship between '%1' and '%2' in "
                                        "the schema cache")
                             .arg(bareName(table), item.column));
}

FakeHttpServer::Response FakePostgrestServer::read(const Request &r, const QString &table,
                                                   const ParsedQuery &q)
{
    QList<qsizetype> indexes;
    PgError e = filterRows(table, q, &indexes);
    if (e.isError())
        return error(e);
    const QJsonArray &rows = m_tables.value(table).rows;
    std::stable_sort(indexes.begin(), indexes.end(), [&](qsizetype a, qsizetype b) {
        for (const auto &o : q.order) {
            const QJsonValue va = rows.at(a).toObject().value(o.column);
            const QJsonValue vb = rows.at(b).toObject().value(o.column);
            const bool na = isNull(va);
            const bool nb = isNull(vb);
            if (na && nb)
                continue;
            const bool nullsFirst = o.nulls == 1 || (o.nulls == 0 && o.descending);
            if (na != nb)
                return na == nullsFirst;
            const int c = compareJson(va, vb);
            if (c != 0)
                return o.descending ? c > 0 : c < 0;
        }
        return false;
    });
    QJsonArray all;
    for (const qsizetype i : std::as_const(indexes)) {
        QJsonObject shaped;
        e = shape(table, rows.at(i).toObject(), q.select, &shaped);
        if (e.isError())
            return error(e);
        const bool dropped = std::any_of(q.select.cbegin(), q.select.cend(), [&](const auto &s) {
            const QJsonValue v = shaped.value(s.alias);
            return s.inner && (isNull(v) || (v.isArray() && v.toArray().isEmpty()));
        });
        if (!dropped)
            all << shaped;
    }
    // PostgREST's RangeQuery: max-rows caps every limit; the count ignores limit and offset.
    qint64 limit = q.limit;
    if (m_options.maxRows > 0)
        limit = limit < 0 ? m_options.maxRows : std::min<qint64>(limit, m_options.maxRows);
    const qint64 lower = q.offset;
    QJsonArray page;
    for (qint64 i = lower; i < all.size() && (limit < 0 || i < lower + limit); ++i)
        page << all.at(i);
    const qint64 upper = lower + page.size() - 1;
    const QByteArray prefer = r.header("prefer");
    const bool counted = prefer.contains("count=exact") || prefer.contains("count=planned") ||
                         prefer.contains("count=estimated");
    const qint64 total = counted ? all.size() : -1;
    int status = 200;
    if (counted && lower > total)
        return error(PgError::make(416, QStringLiteral("PGRST103"),
                                   QStringLiteral("Requested range not satisfiable"),
                                   QStringLiteral("An offset of %1 was requested, but there are "
                                                  "only %2 rows.")
                                       .arg(lower)
                                       .arg(total)));
    if (counted && 1 + upper - lower < total)
        status = 206;
    const QByteArray range = (total != 0 && lower <= upper)
                                 ? QByteArray::number(lower) + '-' + QByteArray::number(upper)
                                 : QByteArrayLiteral("*");
    Response out;
    if (r.header("accept").contains("application/vnd.pgrst.object+json")) {
        if (page.size() != 1)
            return error(
                PgError::make(406, QStringLiteral("PGRST116"),
                              QStringLiteral("Cannot coerce the result to a single JSON "
                                             "object"),
                              QStringLiteral("The result contains %1 rows").arg(page.size())));
        out = json(status, jsonBytes(page.first()));
    } else {
        out = json(status, jsonBytes(page));
    }
    if (r.method == "HEAD")
        out.body.clear();
    out.headers.append(
        {QByteArrayLiteral("Content-Range"),
         range + '/' + (total < 0 ? QByteArrayLiteral("*") : QByteArray::number(total))});
    return out;
}

} // namespace agentp::testing
