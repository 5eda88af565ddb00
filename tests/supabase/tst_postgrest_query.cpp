// PostgREST's URL grammar as PostgrestQuery writes it (spec §2.2-2.4): exact query strings,
// quoting and escaping of hostile values in eq, in and (nested) or/and groups, the search
// helper, order and paging; the config check; the error classes and Content-Range.
#include "net/supabase/PostgrestQuery.h"
#include "net/supabase/PostgrestTypes.h"
#include "net/supabase/SupabaseConfig.h"

#include <QTest>

using namespace agentp::net;
using namespace agentp::net::supabase;
using F = PostgrestFilter;
using Kind = PostgrestError::Kind;

Q_DECLARE_METATYPE(agentp::net::supabase::PostgrestError::Kind)

namespace {

QByteArray decoded(const QByteArray &encoded)
{
    return QByteArray::fromPercentEncoding(encoded);
}

// What a percent-encoded query string must never contain raw: each would change meaning on
// the way (`+` is a space to the server, `%` starts an escape, `&`/`#` end the value).
void verifyNoRawSpecials(const QByteArray &query)
{
    for (const char c : {'+', ' ', '"', '\\', '#', '\''})
        QVERIFY2(!query.contains(c), query.constData());
    for (const char c : query)
        QVERIFY2(uchar(c) < 0x80, query.constData());
    for (qsizetype i = query.indexOf('%'); i >= 0; i = query.indexOf('%', i + 1))
        QVERIFY2(i + 2 < query.size() && isxdigit(query[i + 1]) && isxdigit(query[i + 2]),
                 query.constData());
}

HttpResult answer(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> h = {})
{
    HttpResult r;
    r.status = status;
    r.body = body;
    r.headers = std::move(h);
    return r;
}

} // namespace

class TestPostgrestQuery : public QObject
{
    Q_OBJECT

private slots:
    void representativeQueries()
    {
        PostgrestQuery orders(QStringLiteral("orders"));
        orders.select = QStringLiteral("id,status");
        orders.where(F::eq(QStringLiteral("status"), QStringLiteral("open")))
            .orderBy(QStringLiteral("id"));
        orders.limit = 2;
        QCOMPARE(orders.queryString(),
                 QByteArrayLiteral("select=id,status&status=eq.open&order=id.asc&limit=2"));

        PostgrestQuery clients(QStringLiteral("wishlist_v2"));
        clients.select = QStringLiteral(" * , clients_v2 ( full_name ) ");
        clients
            .where(
                F::gte(QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00+03:00")))
            .where(F::is(QStringLiteral("deleted_at"), F::IsValue::Null))
            .where(F::is(QStringLiteral("processed_at"), F::IsValue::Null).negated())
            .where(F::in(QStringLiteral("id"),
                         {QStringLiteral("3"), QStringLiteral("7"), QStringLiteral("9")}))
            .where(
                F::in(QStringLiteral("id"), {QStringLiteral("1"), QStringLiteral("2")}).negated())
            .where(F::ilike(QStringLiteral("full_name"), QStringLiteral("*smith*")))
            .where(F::neq(QStringLiteral("status"), QStringLiteral("done")))
            .where(F::lt(QStringLiteral("score"), QStringLiteral("0.5")));
        QCOMPARE(clients.queryString(),
                 QByteArrayLiteral("select=*,clients_v2(full_name)"
                                   "&created_at=gte.2026-01-01T00:00:00%2B03:00"
                                   "&deleted_at=is.null&processed_at=not.is.null"
                                   "&id=in.(3,7,9)&id=not.in.(1,2)&full_name=ilike.*smith*"
                                   "&status=neq.done&score=lt.0.5"));
        // Quotes in select survive, whitespace inside them too.
        PostgrestQuery quoted(QStringLiteral("t"));
        quoted.select = QStringLiteral("id, \"odd name\"");
        QCOMPARE(quoted.queryString(), QByteArrayLiteral("select=id,%22odd%20name%22"));
        QCOMPARE(PostgrestQuery(QStringLiteral("t")).queryString(), QByteArray());
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("parens") << QStringLiteral("f(x)") << QStringLiteral("\"f(x)\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"")
                               << QStringLiteral("\"say \\\"hi\\\"\"");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("\"a\\\\b\"");
        QTest::newRow("dot") << QStringLiteral("1.5") << QStringLiteral("\"1.5\"");
        QTest::newRow("colon") << QStringLiteral("10:30") << QStringLiteral("\"10:30\"");
        QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("\"a b\"");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("\"a\tb\"");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
        QTest::newRow("braces") << QStringLiteral("{1,2}") << QStringLiteral("\"{1,2}\"");
        QTest::newRow("star") << QStringLiteral("a*") << QStringLiteral("a*");
        QTest::newRow("percent") << QStringLiteral("50%") << QStringLiteral("50%");
        QTest::newRow("plus") << QStringLiteral("+7") << QStringLiteral("+7");
        QTest::newRow("cyrillic") << QStringLiteral("Анна") << QStringLiteral("Анна");
    }
    void quoting()
    {
        QFETCH(QString, value);
        QFETCH(QString, quoted);
        QCOMPARE(F::quoteValue(value), quoted);
    }

    void topLevelValuesAreLiteralButEncoded_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArrayLiteral("name=eq.a,b");
        QTest::newRow("parens") << QStringLiteral("(x)") << QByteArrayLiteral("name=eq.(x)");
        QTest::newRow("quote") << QStringLiteral("\"x\"") << QByteArrayLiteral("name=eq.%22x%22");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QByteArrayLiteral("name=eq.a%5Cb");
        QTest::newRow("plus") << QStringLiteral("+7 900")
                              << QByteArrayLiteral("name=eq.%2B7%20900");
        QTest::newRow("percent") << QStringLiteral("50%") << QByteArrayLiteral("name=eq.50%25");
        QTest::newRow("amp-hash") << QStringLiteral("a&b=c#d")
                                  << QByteArrayLiteral("name=eq.a%26b%3Dc%23d");
        QTest::newRow("dot-colon") << QStringLiteral("a.b:c") << QByteArrayLiteral("name=eq.a.b:c");
        QTest::newRow("empty") << QString() << QByteArrayLiteral("name=eq.");
        QTest::newRow("cyrillic") << QStringLiteral("Анна")
                                  << QByteArrayLiteral("name=eq.%D0%90%D0%BD%D0%BD%D0%B0");
    }
    void topLevelValuesAreLiteralButEncoded()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, encoded);
        QCOMPARE(F::eq(QStringLiteral("name"), value).encode(), encoded);
        QCOMPARE(QString::fromUtf8(decoded(encoded)), QStringLiteral("name=eq.") + value);
    }

    void inListsQuoteHostileValues()
    {
        const F f =
            F::in(QStringLiteral("code"),
                  {QStringLiteral("a,b"), QStringLiteral("x\"y"), QString(), QStringLiteral("Анна"),
                   QStringLiteral("a b"), QStringLiteral("c\\d"), QStringLiteral("1+1"),
                   QStringLiteral("5%"), QStringLiteral("(z)"), QStringLiteral("*")});
        const QByteArray encoded = f.encode();
        QCOMPARE(encoded, QByteArrayLiteral("code=in.(%22a,b%22,%22x%5C%22y%22,%22%22,"
                                            "%D0%90%D0%BD%D0%BD%D0%B0,%22a%20b%22,"
                                            "%22c%5C%5Cd%22,1%2B1,5%25,%22(z)%22,*)"));
        QCOMPARE(QString::fromUtf8(decoded(encoded)),
                 QStringLiteral("code=in.(\"a,b\",\"x\\\"y\",\"\",Анна,\"a b\",\"c\\\\d\",1+1,5%,"
                                "\"(z)\",*)"));
        verifyNoRawSpecials(encoded);
        QCOMPARE(F::in(QStringLiteral("id"), {}).encode(), QByteArrayLiteral("id=in.()"));
    }

    void groupsNestAndNegate()
    {
        const F inner =
            F::anyOf({F::is(QStringLiteral("c"), F::IsValue::Null),
                      F::in(QStringLiteral("d"), {QStringLiteral("x,y"), QStringLiteral("z")})});
        const F group = F::anyOf({F::eq(QStringLiteral("a"), QStringLiteral("1")),
                                  F::allOf({F::gt(QStringLiteral("b"), QStringLiteral("2")),
                                            F::lt(QStringLiteral("b"), QStringLiteral("5"))}),
                                  inner.negated(),
                                  F::eq(QStringLiteral("e"), QStringLiteral("a,(b)")).negated(),
                                  F::eq(QStringLiteral("f"), QString())});
        QCOMPARE(
            group.encode(),
            QByteArrayLiteral("or=(a.eq.1,and(b.gt.2,b.lt.5),not.or(c.is.null,d.in.(%22x,y%22,z)),"
                              "e.not.eq.%22a,(b)%22,f.eq.%22%22)"));
        QCOMPARE(group.negated().encode().left(8), QByteArrayLiteral("not.or=("));
        QCOMPARE(
            F::allOf({F::eq(QStringLiteral("a"), QStringLiteral("Иван Петров"))}).encode(),
            QByteArrayLiteral("and=(a.eq.%22%D0%98%D0%B2%D0%B0%D0%BD%20%D0%9F%D0%B5%D1%82%D1%80"
                              "%D0%BE%D0%B2%22)"));
        QCOMPARE(group.negated().negated().encode(), group.encode());
        QVERIFY(!F::anyOf({}).isValid());
        QVERIFY(!F::anyOf({F()}).isValid()); // invalid children are dropped
        QVERIFY(!F().isValid());
    }

    void likeLiteralEscapes()
    {
        QCOMPARE(F::likeLiteral(QStringLiteral("a\\b%c_d*e")), QStringLiteral("a\\\\b\\%c\\_d_e"));
        QCOMPARE(F::likeLiteral(QStringLiteral("Анна")), QStringLiteral("Анна"));
    }

    void searchHelperSurvivesHostileText()
    {
        const QStringList columns{QStringLiteral("full_name"), QStringLiteral("phone")};
        QCOMPARE(F::search(columns, QStringLiteral("ann")).encode(),
                 QByteArrayLiteral("or=(full_name.ilike.*ann*,phone.ilike.*ann*)"));
        // The customer's snippet would have produced or=(full_name.ilike.*a,b)*,…: broken.
        QCOMPARE(F::search(columns, QStringLiteral("a,b)")).encode(),
                 QByteArrayLiteral("or=(full_name.ilike.%22*a,b)*%22,phone.ilike.%22*a,b)*%22)"));
        const QString hostile = QStringLiteral("  Ann, (O'Neil) \"x\"\\ 50%_*+ Анна.:  ");
        const QByteArray encoded = F::search(columns, hostile).encode();
        verifyNoRawSpecials(encoded);
        const QString pattern =
            QStringLiteral("\"*Ann, (O'Neil) \\\"x\\\"\\\\\\\\ 50\\\\%\\\\__+ Анна.:*\"");
        QCOMPARE(QString::fromUtf8(decoded(encoded)),
                 QStringLiteral("or=(full_name.ilike.") + pattern +
                     QStringLiteral(",phone.ilike.") + pattern + QLatin1Char(')'));
        QVERIFY(!F::search(columns, QStringLiteral("   ")).isValid());
        QVERIFY(!F::search({}, QStringLiteral("x")).isValid());
        PostgrestQuery q(QStringLiteral("clients_v2"));
        q.where(F::search(columns, QString()));
        QVERIFY(q.filters.isEmpty());
        QCOMPARE(q.queryString(), QByteArray());
    }

    void orderLimitOffset()
    {
        PostgrestQuery q(QStringLiteral("t"));
        q.orderBy(QStringLiteral("created_at"), false, PostgrestOrder::Nulls::Last)
            .orderBy(QStringLiteral("id"))
            .orderBy(QStringLiteral("name"), true, PostgrestOrder::Nulls::First);
        q.limit = 20;
        q.offset = 40;
        QCOMPARE(q.queryString(),
                 QByteArrayLiteral("order=created_at.desc.nullslast,id.asc,name.asc.nullsfirst"
                                   "&limit=20&offset=40"));
        q.order.clear();
        q.limit = 0;
        q.offset = 0;
        QCOMPARE(q.queryString(), QByteArrayLiteral("limit=0"));
        // An update uses select and filters only.
        q.select = QStringLiteral("id");
        q.where(F::eq(QStringLiteral("id"), QStringLiteral("5")));
        q.orderBy(QStringLiteral("id"));
        QCOMPARE(q.filterString(), QByteArrayLiteral("select=id&id=eq.5"));
    }

    void configProblems_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<bool>("ok");
        QTest::newRow("hosted") << QStringLiteral("https://abc.supabase.co")
                                << QByteArrayLiteral("k") << true;
        QTest::newRow("loopback http")
            << QStringLiteral("http://127.0.0.1:5433") << QByteArrayLiteral("k") << true;
        QTest::newRow("localhost http")
            << QStringLiteral("http://localhost:54321") << QByteArrayLiteral("k") << true;
        QTest::newRow("remote http")
            << QStringLiteral("http://abc.supabase.co") << QByteArrayLiteral("k") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://abc.supabase.co") << QByteArrayLiteral("k")
                             << false;
        QTest::newRow("no url") << QString() << QByteArrayLiteral("k") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << QByteArrayLiteral("k") << false;
        QTest::newRow("no key") << QStringLiteral("https://abc.supabase.co") << QByteArray()
                                << false;
        QTest::newRow("blank key")
            << QStringLiteral("https://abc.supabase.co") << QByteArrayLiteral("  ") << false;
    }
    void configProblems()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, key);
        QFETCH(bool, ok);
        SupabaseConfig config;
        config.projectUrl = QUrl(url);
        config.apiKey = key;
        const QString problem = config.problem();
        QCOMPARE(problem.isEmpty(), ok);
        QVERIFY(!problem.contains(QLatin1Char('\n')));
    }

    void errorClasses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("wwwAuthenticate");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("code");
        const QByteArray expired =
            R"({"code":"PGRST303","details":null,"hint":null,"message":"JWT expired"})";
        QTest::newRow("no key") << 401
                                << QByteArrayLiteral(R"({"message":"No API key found in request"})")
                                << QByteArray() << Kind::Auth << QString();
        QTest::newRow("bad key") << 401 << QByteArrayLiteral(R"({"message":"Invalid API key"})")
                                 << QByteArray() << Kind::Auth << QString();
        QTest::newRow("expired v13")
            << 401 << expired
            << QByteArrayLiteral(R"(Bearer error="invalid_token", error_description="JWT expired")")
            << Kind::JwtExpired << QStringLiteral("PGRST303");
        QTest::newRow("expired v12")
            << 401
            << QByteArrayLiteral(
                   R"({"code":"PGRST301","details":null,"hint":null,"message":"JWT expired"})")
            << QByteArray() << Kind::JwtExpired << QStringLiteral("PGRST301");
        QTest::newRow("bad signature")
            << 401
            << QByteArrayLiteral(R"({"code":"PGRST301","message":"JWSError JWSInvalidSignature"})")
            << QByteArray() << Kind::Auth << QStringLiteral("PGRST301");
        QTest::newRow("expired header only")
            << 401 << QByteArray()
            << QByteArrayLiteral(R"(Bearer error="invalid_token", error_description="JWT expired")")
            << Kind::JwtExpired << QString();
        QTest::newRow("403 42501")
            << 403
            << QByteArrayLiteral(R"({"code":"42501","message":"permission denied for table x"})")
            << QByteArray() << Kind::Forbidden << QStringLiteral("42501");
        QTest::newRow("401 42501 anon")
            << 401
            << QByteArrayLiteral(R"({"code":"42501","message":"permission denied for table x"})")
            << QByteArray() << Kind::Forbidden << QStringLiteral("42501");
        QTest::newRow("login 28P01")
            << 403 << QByteArrayLiteral(R"({"code":"28P01","message":"invalid login"})")
            << QByteArray() << Kind::Auth << QStringLiteral("28P01");
        QTest::newRow("404 table")
            << 404
            << QByteArrayLiteral(R"({"code":"PGRST205","message":"Could not find the table"})")
            << QByteArray() << Kind::NotFound << QStringLiteral("PGRST205");
        QTest::newRow("406 single")
            << 406
            << QByteArrayLiteral(
                   R"({"code":"PGRST116","details":"The result contains 0 rows","message":"Cannot coerce the result to a single JSON object"})")
            << QByteArray() << Kind::NotFound << QStringLiteral("PGRST116");
        QTest::newRow("406 schema")
            << 406 << QByteArrayLiteral(R"({"code":"PGRST106","message":"Invalid schema: x"})")
            << QByteArray() << Kind::NotAcceptable << QStringLiteral("PGRST106");
        QTest::newRow("409 unique")
            << 409
            << QByteArrayLiteral(
                   R"({"code":"23505","message":"duplicate key value violates unique constraint"})")
            << QByteArray() << Kind::Conflict << QStringLiteral("23505");
        QTest::newRow("409 fk")
            << 409
            << QByteArrayLiteral(R"({"code":"23503","message":"violates foreign key constraint"})")
            << QByteArray() << Kind::Conflict << QStringLiteral("23503");
        QTest::newRow("400 22P02")
            << 400
            << QByteArrayLiteral(
                   R"({"code":"22P02","message":"invalid input syntax for type uuid"})")
            << QByteArray() << Kind::BadRequest << QStringLiteral("22P02");
        QTest::newRow("400 PGRST100")
            << 400 << QByteArrayLiteral(R"({"code":"PGRST100","message":"failed to parse filter"})")
            << QByteArray() << Kind::BadRequest << QStringLiteral("PGRST100");
        QTest::newRow("416")
            << 416
            << QByteArrayLiteral(
                   R"({"code":"PGRST103","message":"Requested range not satisfiable"})")
            << QByteArray() << Kind::RangeNotSatisfiable << QStringLiteral("PGRST103");
        QTest::newRow("429") << 429 << QByteArrayLiteral(R"({"message":"API rate limit exceeded"})")
                             << QByteArray() << Kind::RateLimited << QString();
        QTest::newRow("500") << 500 << QByteArrayLiteral(R"({"code":"XX000","message":"boom"})")
                             << QByteArray() << Kind::Server << QStringLiteral("XX000");
        QTest::newRow("503 PGRST000")
            << 503
            << QByteArrayLiteral(
                   R"({"code":"PGRST000","message":"Could not connect with the database"})")
            << QByteArray() << Kind::Server << QStringLiteral("PGRST000");
        QTest::newRow("PGRST003 pool")
            << 504
            << QByteArrayLiteral(
                   R"({"code":"PGRST003","message":"Timed out acquiring connection"})")
            << QByteArray() << Kind::Server << QStringLiteral("PGRST003");
        QTest::newRow("08006") << 503
                               << QByteArrayLiteral(
                                      R"({"code":"08006","message":"connection failure"})")
                               << QByteArray() << Kind::Server << QStringLiteral("08006");
        QTest::newRow("502 html") << 502
                                  << QByteArrayLiteral(
                                         "<html><head><title>502 Bad "
                                         "Gateway</title></head><body>cloudflare</body></html>")
                                  << QByteArray() << Kind::Server << QString();
        QTest::newRow("504 empty")
            << 504 << QByteArray() << QByteArray() << Kind::Server << QString();
        QTest::newRow("405")
            << 405
            << QByteArrayLiteral(
                   R"({"code":"25006","message":"cannot execute INSERT in a read-only transaction"})")
            << QByteArray() << Kind::BadRequest << QStringLiteral("25006");
        QTest::newRow("302") << 302 << QByteArray() << QByteArray() << Kind::Malformed << QString();
    }
    void errorClasses()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, wwwAuthenticate);
        QFETCH(Kind, kind);
        QFETCH(QString, code);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!wwwAuthenticate.isEmpty())
            headers.append({QByteArrayLiteral("WWW-Authenticate"), wwwAuthenticate});
        const PostgrestError e = PostgrestError::fromHttp(answer(status, body, headers));
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.code, code);
        QCOMPARE(e.httpStatus, status);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(!e.message.contains(QLatin1Char('\n')));
        QCOMPARE(e.isTransient(), kind == Kind::Server || kind == Kind::RateLimited);
        if (body.startsWith('<'))
            QVERIFY2(e.detail.contains(QLatin1String("HTML page: 502 Bad Gateway")),
                     qPrintable(e.detail));
    }

    void errorDetailCarriesTheServersWords()
    {
        const PostgrestError e = PostgrestError::fromHttp(answer(
            409,
            R"({"code":"23505","message":"duplicate key","details":"Key (email)=(a@b.c) already exists.","hint":"use upsert"})"));
        QVERIFY(e.detail.contains(QLatin1String("duplicate key")));
        QVERIFY(e.detail.contains(QLatin1String("Key (email)=(a@b.c) already exists.")));
        QVERIFY(e.detail.contains(QLatin1String("use upsert")));
        QVERIFY(!e.message.contains(QLatin1String("a@b.c"))); // data stays out of the UI line
        const PostgrestError limited = PostgrestError::fromHttp(
            answer(429, {}, {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("30")}}));
        QVERIFY(limited.retryAt.isValid());
        QVERIFY(limited.retryAt > QDateTime::currentDateTimeUtc().addSecs(20));
        // Retry classes for ApiClient: JwtExpired is never retried, Conflict is final.
        QCOMPARE(PostgrestError::toConnectorError(PostgrestError::make(Kind::JwtExpired, {})).kind,
                 ConnectorError::Kind::Auth);
        QCOMPARE(PostgrestError::toConnectorError(PostgrestError::make(Kind::Conflict, {})).kind,
                 ConnectorError::Kind::BadRequest);
        QCOMPARE(PostgrestError::toConnectorError(limited).retryAt, limited.retryAt);
    }

    void contentRange_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        QTest::addColumn<qint64>("total");
        QTest::newRow("page of total")
            << QByteArrayLiteral("0-24/3573") << true << 0LL << 24LL << 3573LL;
        QTest::newRow("empty page")
            << QByteArrayLiteral("*/3573") << true << -1LL << -1LL << 3573LL;
        QTest::newRow("no count") << QByteArrayLiteral("40-59/*") << true << 40LL << 59LL << -1LL;
        QTest::newRow("nothing") << QByteArrayLiteral("*/*") << true << -1LL << -1LL << -1LL;
        QTest::newRow("zero") << QByteArrayLiteral("*/0") << true << -1LL << -1LL << 0LL;
        QTest::newRow("garbage") << QByteArrayLiteral("bytes") << false << -1LL << -1LL << -1LL;
        QTest::newRow("backwards") << QByteArrayLiteral("9-3/10") << false << -1LL << -1LL << 10LL;
    }
    void contentRange()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, ok);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        QFETCH(qint64, total);
        PostgrestResult r;
        QCOMPARE(parseContentRange(header, &r), ok);
        QCOMPARE(r.rangeFirst, first);
        QCOMPARE(r.rangeLast, last);
        QCOMPARE(r.totalCount, total);
    }
};

QTEST_GUILESS_MAIN(TestPostgrestQuery)
#include "tst_postgrest_query.moc"
