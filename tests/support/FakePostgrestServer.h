#pragma once

#include "tests/support/FakeHttpServer.h"
#include "tests/support/FakePostgrestQuery.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <deque>
#include <functional>

namespace agentp::testing {

// A loopback stand-in for a Supabase project's Data API (/rest/v1, spec §2 and the §6
// checklist), answering what PostgREST and the gateway would for what a client sends:
//  - gateway: 401 {"message":"No API key found in request"} / {"message":"Invalid API key"};
//  - Bearer: the API key (anon role), a registered token (its role), an expired token (401
//    "JWT expired" with WWW-Authenticate; PGRST303, or PGRST301 like PostgREST ≤ v12), anything
//    else 401 PGRST301; no Authorization at all is the anon role;
//  - Accept-Profile (GET/HEAD) / Content-Profile (POST/PATCH/DELETE): 406 PGRST106 outside
//    the exposed schemas;
//  - GET/HEAD: the query string parsed per PostgREST's grammar (FakePostgrestQuery.h),
//    filters, order, limit/offset, select with one level of embedding through relations the
//    test declares (addRelation: to-one from the referencing table, to-many from the other
//    side), Prefer: count=exact with Content-Range and 200/206/416 as PostgREST's
//    RangeQuery computes them, max-rows truncation, vnd.pgrst.object (PGRST116);
//  - POST: insert/upsert (on_conflict, merge-/ignore-duplicates, `columns=`), 409 23505 for a
//    duplicate in a unique column, all or nothing; PATCH/DELETE with filters (an unfiltered one
//    fails with 21000 as with pg-safeupdate); return=representation or minimal;
//  - POST /rpc/<fn>: a registered handler (404 PGRST202 otherwise); undefined → 204;
//  - forbidden tables: 42501, 401 for anon and 403 for other roles (RLS/grants);
//  - faults injected for the next matching requests: status bodies, an HTML 502 page,
//    broken JSON with 200, a stall.
// Tables are named "schema.table" ("table" means public). Single-threaded: use it from the
// thread that created it. Every request is recorded.
class FakePostgrestServer final : public QObject
{
    Q_OBJECT
public:
    using Request = FakeHttpServer::Request;
    // May return rpcError(…) to fail, QJsonValue::Undefined for a void function (204).
    using RpcHandler = std::function<QJsonValue(const QJsonObject &args, const Request &)>;

    struct Options
    {
        QByteArray apiKey = QByteArrayLiteral("sb_publishable_fake_0123456789");
        QStringList exposedSchemas{QStringLiteral("public"), QStringLiteral("dashboard")};
        int maxRows = 1000;          // hosted default; 0: unlimited
        bool legacyJwtCodes = false; // expired tokens answer PGRST301 (PostgREST ≤ v12)
        bool safeUpdate = true;      // unfiltered PATCH/DELETE → 400 21000
    };

    struct Fault
    {
        enum class Kind
        {
            Status,        // `status` with {"code","message"} (no code: {"message"} only)
            HtmlPage,      // an HTML error page, default 502
            MalformedJson, // 200 with a body that is not JSON
            Stall,         // never answers
        };
        Kind kind = Kind::Status;
        int count = 1;   // requests it applies to; -1 until clearFaults()
        QByteArray path; // a path prefix, e.g. "/rest/v1/clients_v2"; empty: any
        int status = 500;
        QString code;
        QString message = QStringLiteral("fake failure");
        QByteArray retryAfter; // sent as Retry-After when not empty
    };

    struct Recorded
    {
        QByteArray method;
        QByteArray path;
        QByteArray rawQuery;
        QList<QPair<QString, QString>> query;         // decoded as the server reads it
        QList<QPair<QByteArray, QByteArray>> headers; // lower-cased names
        QByteArray body;
        int status = 0; // 0: stalled
        QByteArray header(const QByteArray &lowerName) const;
        QString queryValue(const QString &key) const;
    };

    explicit FakePostgrestServer(QObject *parent = nullptr);
    explicit FakePostgrestServer(const Options &options, QObject *parent = nullptr);
    ~FakePostgrestServer() override;

    bool listen(quint16 port = 0);
    QUrl projectUrl() const; // http://127.0.0.1:<port>; the client appends /rest/v1
    const Options &options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }

    void addToken(const QByteArray &token, const QString &role = QStringLiteral("authenticated"));
    void expireToken(const QByteArray &token);

    // `unique`: columns with a unique constraint, the first being the primary key (upsert's
    // default conflict target). `serial`: filled with max+1 when an insert leaves it out.
    void setTable(const QString &name, const QJsonArray &rows,
                  const QStringList &unique = {QStringLiteral("id")},
                  const QString &serial = QStringLiteral("id"));
    QJsonArray rows(const QString &name) const;
    // `child.fkColumn` references `parent.parentColumn` (same schema).
    void addRelation(const QString &child, const QString &fkColumn, const QString &parent,
                     const QString &parentColumn = QStringLiteral("id"));
    void forbid(const QString &name);                     // every role is refused (42501)
    void setRpc(const QString &name, RpcHandler handler); // "dashboard.login"
    static QJsonValue rpcError(int status, const QString &code, const QString &message,
                               const QString &details = {}, const QString &hint = {});

    void injectFault(const Fault &fault);
    void clearFaults() { m_faults.clear(); }

    QList<Recorded> requests() const { return m_requests; }
    Recorded lastRequest() const { return m_requests.value(m_requests.size() - 1); }
    int requestCount(const QByteArray &pathPrefix = {}) const;
    void clearRequests() { m_requests.clear(); }

private:
    struct Table
    {
        QJsonArray rows;
        QStringList unique;
        QString serial;
        QStringList columns; // known columns: unknown ones are 42703 / PGRST204
        bool forbidden = false;
    };
    struct Relation
    {
        QString child, fk, parent, parentColumn;
    };
    using Response = FakeHttpServer::Response;
    using PgError = fakepg::PgError;

    Response handle(const Request &request);
    Response route(const Request &request);
    Response read(const Request &r, const QString &table, const fakepg::ParsedQuery &q);
    Response write(const Request &r, const QString &table, const fakepg::ParsedQuery &q);
    Response callRpc(const Request &r, const QString &name);
    PgError checkColumns(const QString &table, const fakepg::ParsedQuery &q) const;
    PgError filterRows(const QString &table, const fakepg::ParsedQuery &q,
                       QList<qsizetype> *indexes) const;
    PgError shape(const QString &table, const QJsonObject &row,
                  const QList<fakepg::SelectItem> &select, QJsonObject *out) const;
    PgError embed(const QString &table, const QJsonObject &row, const fakepg::SelectItem &item,
                  QJsonValue *out) const;
    PgError uniqueViolation(const QString &table, const QJsonArray &rows) const;
    static Response json(int status, const QByteArray &body);
    static Response error(const PgError &e);

    FakeHttpServer *m_http;
    Options m_options;
    QHash<QString, Table> m_tables;
    QList<Relation> m_relations;
    QHash<QByteArray, QString> m_tokens; // token → role
    QSet<QByteArray> m_expired;
    QHash<QString, RpcHandler> m_rpcs;
    std::deque<Fault> m_faults;
    QList<Recorded> m_requests;
    QString m_role; // of the request being answered
};

} // namespace agentp::testing
