// PostgrestClient against FakePostgrestServer over loopback: selects with embedded resources,
// filters and nested or-groups, order, paging with exact counts (200/206/416) and max-rows,
// the round trip of hostile values through our encoding and the fake's PostgREST parser,
// inserts and upserts, filtered updates, RPCs and profiles in the dashboard schema.
#include "PostgrestTestHelpers.h"

#include <QJsonDocument>

using namespace pgtest;

namespace {

// Every character PostgREST's grammar, URL decoding or LIKE could misread, plus Cyrillic.
const QString kHostile = QStringLiteral("Zoë, (O'Neil) \"x\"\\ 50%_*+ a.b:c Анна");

// Differs from kHostile in one place each: a wrong encoding or escaping would match these.
QStringList decoys()
{
    QString plusAsSpace = kHostile;
    plusAsSpace.replace(QLatin1Char('+'), QLatin1Char(' '));
    QString percent = kHostile;
    percent.replace(QLatin1String("50%"), QLatin1String("50X"));
    QString underscore = kHostile;
    underscore.replace(QLatin1String("%_"), QLatin1String("%Y"));
    QString noBackslash = kHostile;
    noBackslash.remove(QLatin1Char('\\'));
    QString noQuotes = kHostile;
    noQuotes.remove(QLatin1Char('"'));
    QString prefix = kHostile.left(kHostile.indexOf(QLatin1Char(',')));
    // Not here: kHostile with `*` replaced, which the search's `_` matches by design.
    return {plusAsSpace, percent, underscore, noBackslash, noQuotes, prefix};
}

} // namespace

class TestPostgrestClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakePostgrestServer> m_server;
    std::unique_ptr<PostgrestClient> m_client;

private slots:
    void init() { QVERIFY(startSalon(m_server, m_client)); }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void selectsColumnsWithEmbeddedResources()
    {
        PostgrestQuery q(QStringLiteral("wishlist_v2"));
        q.select = QStringLiteral("id, status, client:clients_v2(full_name)");
        q.where(F::eq(QStringLiteral("status"), QStringLiteral("open")))
            .orderBy(QStringLiteral("id"));
        const PostgrestResult r = select(*m_client, q);
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(ids(r.body), (QList<int>{10, 12, 13}));
        const QJsonObject first = r.body.toArray().at(0).toObject();
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("client"), QStringLiteral("id"),
                                            QStringLiteral("status")}));
        QCOMPARE(first.value(QStringLiteral("client"))
                     .toObject()
                     .value(QStringLiteral("full_name"))
                     .toString(),
                 QStringLiteral("Анна Смирнова"));
        // What went over the wire is exactly what PostgrestQuery wrote: QUrl changed nothing.
        const auto sent = m_server->lastRequest();
        QCOMPARE(sent.method, QByteArrayLiteral("GET"));
        QCOMPARE(sent.path, QByteArrayLiteral("/rest/v1/wishlist_v2"));
        QCOMPARE(sent.rawQuery, q.queryString());
        QCOMPARE(sent.queryValue(QStringLiteral("select")),
                 QStringLiteral("id,status,client:clients_v2(full_name)"));

        // To-many from the other side, and !inner dropping parents without a match.
        PostgrestQuery clients(QStringLiteral("clients_v2"));
        clients.select = QStringLiteral("id,wishlist_v2!inner(service)");
        clients.orderBy(QStringLiteral("id"));
        const PostgrestResult many = select(*m_client, clients);
        QVERIFY2(many.ok(), qPrintable(many.error.detail));
        QCOMPARE(ids(many.body), (QList<int>{1, 2, 3})); // 4 has no wishes
        QCOMPARE(many.body.toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("wishlist_v2"))
                     .toArray()
                     .size(),
                 2);
    }

    void filtersAndNestedGroups()
    {
        const auto idsOf = [this](const QList<PostgrestFilter> &filters) {
            PostgrestQuery q(QStringLiteral("clients_v2"));
            for (const auto &f : filters)
                q.where(f);
            q.orderBy(QStringLiteral("id"));
            const PostgrestResult r = select(*m_client, q);
            if (!r.ok())
                qWarning() << r.error.detail;
            return ids(r.body);
        };
        QCOMPARE(idsOf({F::gt(QStringLiteral("score"), QStringLiteral("0.3"))}),
                 (QList<int>{1, 4}));
        // NULL compares as unknown: neither neq nor not.eq returns client 3.
        QCOMPARE(idsOf({F::neq(QStringLiteral("score"), QStringLiteral("0.2"))}),
                 (QList<int>{1, 4}));
        QCOMPARE(idsOf({F::eq(QStringLiteral("score"), QStringLiteral("0.2")).negated()}),
                 (QList<int>{1, 4}));
        QCOMPARE(idsOf({F::is(QStringLiteral("score"), F::IsValue::Null)}), (QList<int>{3}));
        QCOMPARE(idsOf({F::is(QStringLiteral("score"), F::IsValue::Null).negated()}),
                 (QList<int>{1, 2, 4}));
        QCOMPARE(idsOf({F::in(QStringLiteral("id"),
                              {QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("9")})}),
                 (QList<int>{2, 4}));
        QCOMPARE(idsOf({F::in(QStringLiteral("id"), {QStringLiteral("2"), QStringLiteral("4")})
                            .negated()}),
                 (QList<int>{1, 3}));
        QCOMPARE(idsOf({F::like(QStringLiteral("full_name"), QStringLiteral("Ann*"))}),
                 (QList<int>{2}));
        QCOMPARE(idsOf({F::ilike(QStringLiteral("full_name"), QStringLiteral("АННА*"))}),
                 (QList<int>{1, 4}));
        QCOMPARE(idsOf({F::lte(QStringLiteral("id"), QStringLiteral("2")),
                        F::gte(QStringLiteral("id"), QStringLiteral("2"))}),
                 (QList<int>{2}));
        // or(id=3, and(score>=0.5, not.or(full_name ilike *петрова*, phone ilike *111*)))
        const F nested = F::anyOf(
            {F::eq(QStringLiteral("id"), QStringLiteral("3")),
             F::allOf({F::gte(QStringLiteral("score"), QStringLiteral("0.5")),
                       F::anyOf({F::ilike(QStringLiteral("full_name"), QStringLiteral("*петрова*")),
                                 F::ilike(QStringLiteral("phone"), QStringLiteral("*111*"))})
                           .negated()})});
        QCOMPARE(idsOf({nested}), (QList<int>{3}));
        QCOMPARE(idsOf({nested.negated()}), (QList<int>{1, 2, 4}));
        QCOMPARE(idsOf({F::search({QStringLiteral("full_name"), QStringLiteral("phone")},
                                  QStringLiteral("ann"))}),
                 (QList<int>{2}));
        QCOMPARE(idsOf({F::search({QStringLiteral("full_name"), QStringLiteral("phone")},
                                  QStringLiteral("анна"))}),
                 (QList<int>{1, 4}));
        QCOMPARE(idsOf({F::search({QStringLiteral("full_name"), QStringLiteral("phone")},
                                  QStringLiteral("+7 90"))}),
                 (QList<int>{1, 3, 4}));
    }

    void ordersWithNulls()
    {
        PostgrestQuery q(QStringLiteral("clients_v2"));
        q.orderBy(QStringLiteral("score"), false, PostgrestOrder::Nulls::Last);
        QCOMPARE(ids(select(*m_client, q).body), (QList<int>{1, 4, 2, 3}));
        q.order.clear();
        q.orderBy(QStringLiteral("score"), false); // descending: NULLs first by default
        QCOMPARE(ids(select(*m_client, q).body), (QList<int>{3, 1, 4, 2}));
        q.order.clear();
        q.orderBy(QStringLiteral("score"), true, PostgrestOrder::Nulls::First);
        QCOMPARE(ids(select(*m_client, q).body), (QList<int>{3, 2, 4, 1}));
    }

    void pagesWithExactCounts()
    {
        QJsonArray rows;
        for (int i = 1; i <= 57; ++i)
            rows << QJsonObject{{QStringLiteral("id"), i},
                                {QStringLiteral("status"),
                                 i % 2 ? QStringLiteral("open") : QStringLiteral("done")}};
        m_server->setTable(QStringLiteral("orders"), rows);
        PostgrestQuery q(QStringLiteral("orders"));
        q.orderBy(QStringLiteral("id"));
        q.exactCount = true;
        q.limit = 20;
        PostgrestResult r = select(*m_client, q);
        QCOMPARE(r.httpStatus, 206);
        QCOMPARE(r.totalCount, 57);
        QCOMPARE(r.rangeFirst, 0);
        QCOMPARE(r.rangeLast, 19);
        QCOMPARE(r.body.toArray().size(), 20);
        QCOMPARE(m_server->lastRequest().header("prefer"), QByteArrayLiteral("count=exact"));
        q.offset = 40;
        r = select(*m_client, q);
        QCOMPARE(r.httpStatus, 206);
        QCOMPARE(r.rangeFirst, 40);
        QCOMPARE(r.rangeLast, 56);
        QCOMPARE(ids(r.body).first(), 41);
        q.offset = 57; // just past the last row: empty, still a valid range
        r = select(*m_client, q);
        QVERIFY(r.ok());
        QCOMPARE(r.body.toArray().size(), 0);
        QCOMPARE(r.totalCount, 57);
        QCOMPARE(r.rangeFirst, -1);
        q.offset = 58;
        r = select(*m_client, q);
        QCOMPARE(r.error.kind, Kind::RangeNotSatisfiable);
        QCOMPARE(r.error.httpStatus, 416);
        QCOMPARE(r.error.code, QStringLiteral("PGRST103"));
        q.offset = 0;
        q.limit = 100;
        r = select(*m_client, q);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.totalCount, 57);
        q.where(F::eq(QStringLiteral("status"), QStringLiteral("open")));
        QCOMPARE(select(*m_client, q).totalCount, 29);
        // Without a count the total is unknown.
        q.exactCount = false;
        q.limit = 5;
        r = select(*m_client, q);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.totalCount, -1);
        QCOMPARE(r.rangeLast, 4);
        QVERIFY(m_server->lastRequest().header("prefer").isEmpty());
    }

    void maxRowsTruncationShowsInTheCounts()
    {
        QJsonArray rows;
        for (int i = 1; i <= 1500; ++i)
            rows << QJsonObject{{QStringLiteral("id"), i}};
        m_server->setTable(QStringLiteral("big"), rows);
        PostgrestQuery q(QStringLiteral("big"));
        q.exactCount = true;
        q.limit = 2000; // capped like no limit at all
        const PostgrestResult r = select(*m_client, q);
        QCOMPARE(r.httpStatus, 206);
        QCOMPARE(r.body.toArray().size(), 1000);
        QCOMPARE(r.rangeLast, 999);
        QCOMPARE(r.totalCount, 1500); // the caller sees that rows are missing and pages on
    }

    void hostileValuesRoundTrip()
    {
        QJsonArray rows{client(1, kHostile, QStringLiteral("p0"))};
        int id = 2;
        for (const auto &decoy : decoys()) {
            rows << client(id, decoy, QStringLiteral("p%1").arg(id));
            ++id;
        }
        m_server->setTable(QStringLiteral("clients_v2"), rows, {QStringLiteral("id")});
        const auto found = [this](const PostgrestFilter &f) {
            PostgrestQuery q(QStringLiteral("clients_v2"));
            q.where(f);
            const PostgrestResult r = select(*m_client, q);
            if (!r.ok())
                qWarning() << r.error.detail;
            return ids(r.body);
        };
        const QString name = QStringLiteral("full_name");
        QCOMPARE(found(F::eq(name, kHostile)), QList<int>{1});
        QCOMPARE(found(F::in(name, {QStringLiteral("nobody"), kHostile, QString()})),
                 QList<int>{1});
        QCOMPARE(found(F::search({QStringLiteral("phone"), name}, kHostile)), QList<int>{1});
        QCOMPARE(found(F::search({name}, QStringLiteral("\"x\"\\ 50%_*+"))), QList<int>{1});
        QCOMPARE(found(F::anyOf({F::eq(QStringLiteral("phone"), QStringLiteral("a,b")),
                                 F::allOf({F::eq(name, kHostile), F::in(name, {kHostile})})})),
                 QList<int>{1});
        QCOMPARE(found(F::like(name, PostgrestFilter::likeLiteral(kHostile))), QList<int>{1});
        QCOMPARE(found(F::eq(name, kHostile).negated()).size(), decoys().size());
        // The decoys are found by their own values too: the fake is not just refusing.
        for (const auto &decoy : decoys())
            QCOMPARE(found(F::eq(name, decoy)).size(), 1);
        // And the value survives a write and a read as JSON.
        const PostgrestResult r = insert(*m_client, QStringLiteral("clients_v2"),
                                         {QJsonObject{{name, kHostile + QStringLiteral("!")}}});
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.body.toArray().at(0).toObject().value(name).toString(),
                 kHostile + QStringLiteral("!"));
        QCOMPARE(found(F::eq(name, kHostile + QStringLiteral("!"))),
                 QList<int>{int(decoys().size()) + 2});
    }

    void insertsAndUpserts()
    {
        const QString table = QStringLiteral("clients_v2");
        PostgrestResult r = insert(*m_client, table,
                                   {client(5, QStringLiteral("Eva"), QStringLiteral("+1")),
                                    client(6, QStringLiteral("Fay"), QStringLiteral("+2"))});
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.httpStatus, 201);
        QCOMPARE(ids(r.body), (QList<int>{5, 6}));
        auto sent = m_server->lastRequest();
        QCOMPARE(sent.method, QByteArrayLiteral("POST"));
        QCOMPARE(sent.header("prefer"), QByteArrayLiteral("return=representation"));
        QCOMPARE(sent.header("content-type"), QByteArrayLiteral("application/json"));
        QVERIFY(sent.rawQuery.isEmpty());

        // Differing keys go with `columns=`; the serial id is filled in.
        InsertOptions minimal;
        minimal.returnRows = false;
        r = insert(*m_client, table,
                   {QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Gus")}},
                    QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Hal")},
                                {QStringLiteral("phone"), QStringLiteral("+3")}}},
                   minimal);
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.httpStatus, 201);
        QVERIFY(r.body.isNull());
        sent = m_server->lastRequest();
        QCOMPARE(sent.header("prefer"), QByteArrayLiteral("return=minimal"));
        QCOMPARE(sent.queryValue(QStringLiteral("columns")), QStringLiteral("full_name,phone"));
        QCOMPARE(m_server->rows(table).size(), 8);
        QCOMPARE(m_server->rows(table).at(6).toObject().value(QStringLiteral("id")).toInt(), 7);

        // Upsert on the unique phone: one merge, one insert → 201; then only merges → 200.
        InsertOptions merge;
        merge.upsert = true;
        merge.onConflict = QStringLiteral("phone");
        r = insert(*m_client, table,
                   {QJsonObject{{QStringLiteral("phone"), QStringLiteral("+1")},
                                {QStringLiteral("full_name"), QStringLiteral("Eva B.")}},
                    QJsonObject{{QStringLiteral("phone"), QStringLiteral("+9")},
                                {QStringLiteral("full_name"), QStringLiteral("Ida")}}},
                   merge);
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.httpStatus, 201);
        QCOMPARE(ids(r.body), (QList<int>{5, 9}));
        sent = m_server->lastRequest();
        QCOMPARE(sent.queryValue(QStringLiteral("on_conflict")), QStringLiteral("phone"));
        QCOMPARE(sent.header("prefer"),
                 QByteArrayLiteral("resolution=merge-duplicates, return=representation"));
        r = insert(*m_client, table,
                   {QJsonObject{{QStringLiteral("phone"), QStringLiteral("+9")},
                                {QStringLiteral("full_name"), QStringLiteral("Ida K.")}}},
                   merge);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.body.toArray().at(0).toObject().value(QStringLiteral("full_name")).toString(),
                 QStringLiteral("Ida K."));

        // ignore-duplicates keeps the existing row and returns only what was inserted.
        InsertOptions ignore;
        ignore.ignoreDuplicates = true;
        ignore.onConflict = QStringLiteral("phone");
        r = insert(*m_client, table,
                   {QJsonObject{{QStringLiteral("phone"), QStringLiteral("+9")},
                                {QStringLiteral("full_name"), QStringLiteral("Nobody")}},
                    QJsonObject{{QStringLiteral("phone"), QStringLiteral("+10")},
                                {QStringLiteral("full_name"), QStringLiteral("Jo")}}},
                   ignore);
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.body.toArray().size(), 1);
        QCOMPARE(r.body.toArray().at(0).toObject().value(QStringLiteral("full_name")).toString(),
                 QStringLiteral("Jo"));
        QCOMPARE(m_server->lastRequest().header("prefer"),
                 QByteArrayLiteral("resolution=ignore-duplicates, return=representation"));
        PostgrestQuery ida(table);
        ida.where(F::eq(QStringLiteral("phone"), QStringLiteral("+9")));
        QCOMPARE(select(*m_client, ida)
                     .body.toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("full_name"))
                     .toString(),
                 QStringLiteral("Ida K."));

        // A duplicate without upsert: 409 23505, nothing written, not retried.
        const int before = m_server->rows(table).size();
        const int requests = m_server->requestCount();
        r = insert(*m_client, table,
                   {client(50, QStringLiteral("New"), QStringLiteral("+50")),
                    client(51, QStringLiteral("Dup"), QStringLiteral("+1"))});
        QCOMPARE(r.error.kind, Kind::Conflict);
        QCOMPARE(r.error.httpStatus, 409);
        QCOMPARE(r.error.code, QStringLiteral("23505"));
        QVERIFY(r.error.detail.contains(QLatin1String("Key (phone)=(+1) already exists.")));
        QCOMPARE(m_server->rows(table).size(), before);
        QCOMPARE(m_server->requestCount(), requests + 1);
    }

    void updatesWithFiltersOnly()
    {
        PostgrestQuery q(QStringLiteral("wishlist_v2"));
        q.select = QStringLiteral("id,status");
        q.where(F::eq(QStringLiteral("status"), QStringLiteral("open")))
            .where(F::in(QStringLiteral("client_id"), {QStringLiteral("1"), QStringLiteral("2")}));
        q.orderBy(QStringLiteral("id")); // not sent with an update
        PostgrestResult r =
            update(*m_client, q, {{QStringLiteral("status"), QStringLiteral("booked")}});
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(ids(r.body), (QList<int>{10, 12}));
        QCOMPARE(r.body.toArray().at(0).toObject().keys(),
                 (QStringList{QStringLiteral("id"), QStringLiteral("status")}));
        const auto sent = m_server->lastRequest();
        QCOMPARE(sent.method, QByteArrayLiteral("PATCH"));
        QCOMPARE(sent.rawQuery,
                 QByteArrayLiteral("select=id,status&status=eq.open&client_id=in.(1,2)"));
        QCOMPARE(sent.header("prefer"), QByteArrayLiteral("return=representation"));
        QCOMPARE(m_server->rows(QStringLiteral("wishlist_v2"))
                     .at(3)
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("open"));
        // Matching nothing is not an error.
        r = update(*m_client, q, {{QStringLiteral("status"), QStringLiteral("x")}});
        QVERIFY(r.ok());
        QCOMPARE(r.body.toArray().size(), 0);

        // No filter: refused here, nothing sent, still answered from the event loop.
        const int requests = m_server->requestCount();
        PostgrestQuery all(QStringLiteral("wishlist_v2"));
        all.where(F::search({QStringLiteral("status")}, QStringLiteral("  "))); // blank: skipped
        bool called = false;
        PostgrestResult refused;
        m_client->update(all, {{QStringLiteral("status"), QStringLiteral("gone")}},
                         [&](const PostgrestResult &res) {
                             called = true;
                             refused = res;
                         });
        QVERIFY(!called);
        QTRY_VERIFY_WITH_TIMEOUT(called, kWaitMs);
        QCOMPARE(refused.error.kind, Kind::BadRequest);
        QCOMPARE(m_server->requestCount(), requests);
        for (const auto &row : m_server->rows(QStringLiteral("wishlist_v2")))
            QVERIFY(row.toObject().value(QStringLiteral("status")).toString() !=
                    QLatin1String("gone"));
    }

    void rpcAndProfilesInTheDashboardSchema()
    {
        m_server->setRpc(
            QStringLiteral("dashboard.login"),
            [](const QJsonObject &args, const FakePostgrestServer::Request &) {
                if (args.value(QStringLiteral("p_password")).toString() != QLatin1String("secret"))
                    return QJsonValue(QJsonObject{
                        {QStringLiteral("ok"), false},
                        {QStringLiteral("error"), QStringLiteral("invalid_credentials")}});
                return QJsonValue(
                    QJsonObject{{QStringLiteral("ok"), true},
                                {QStringLiteral("access_token"), QStringLiteral("jwt-1")}});
            });
        const QJsonObject args{{QStringLiteral("p_email"), QStringLiteral("a@b.c")},
                               {QStringLiteral("p_password"), QStringLiteral("secret")}};
        PostgrestResult r =
            rpc(*m_client, QStringLiteral("dashboard"), QStringLiteral("login"), args);
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.body.toObject().value(QStringLiteral("access_token")).toString(),
                 QStringLiteral("jwt-1"));
        auto sent = m_server->lastRequest();
        QCOMPARE(sent.method, QByteArrayLiteral("POST"));
        QCOMPARE(sent.path, QByteArrayLiteral("/rest/v1/rpc/login"));
        QCOMPARE(sent.header("content-profile"), QByteArrayLiteral("dashboard"));
        QVERIFY(sent.header("accept-profile").isEmpty());
        QCOMPARE(sent.header("content-type"), QByteArrayLiteral("application/json"));
        QCOMPARE(QJsonDocument::fromJson(sent.body).object(), args);

        // Scalars, void functions, unknown functions.
        m_server->setRpc(QStringLiteral("dashboard.count"),
                         [](const QJsonObject &, const FakePostgrestServer::Request &) {
                             return QJsonValue(42);
                         });
        m_server->setRpc(QStringLiteral("dashboard.touch"),
                         [](const QJsonObject &, const FakePostgrestServer::Request &) {
                             return QJsonValue(QJsonValue::Undefined);
                         });
        QCOMPARE(
            rpc(*m_client, QStringLiteral("dashboard"), QStringLiteral("count"), {}).body.toInt(),
            42);
        QCOMPARE(m_server->lastRequest().body, QByteArrayLiteral("{}"));
        r = rpc(*m_client, QStringLiteral("dashboard"), QStringLiteral("touch"), {});
        QVERIFY(r.ok());
        QCOMPARE(r.httpStatus, 204);
        QVERIFY(r.body.isNull());
        r = rpc(*m_client, QStringLiteral("dashboard"), QStringLiteral("nope"), {});
        QCOMPARE(r.error.kind, Kind::NotFound);
        QCOMPARE(r.error.code, QStringLiteral("PGRST202"));
        // Public functions carry no profile header.
        m_server->setRpc(QStringLiteral("ping"),
                         [](const QJsonObject &, const FakePostgrestServer::Request &) {
                             return QJsonValue(true);
                         });
        QCOMPARE(rpc(*m_client, QStringLiteral("public"), QStringLiteral("ping"), {}).body,
                 QJsonValue(true));
        QVERIFY(m_server->lastRequest().header("content-profile").isEmpty());

        // A select in the dashboard schema reads it through Accept-Profile.
        m_server->setTable(
            QStringLiteral("dashboard.metrics_dailies"),
            {QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("dialogs"), 3}}});
        r = select(*m_client,
                   PostgrestQuery(QStringLiteral("metrics_dailies"), QStringLiteral("dashboard")));
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(ids(r.body), QList<int>{1});
        sent = m_server->lastRequest();
        QCOMPARE(sent.header("accept-profile"), QByteArrayLiteral("dashboard"));
        QVERIFY(sent.header("content-profile").isEmpty());
        // The same table name in public does not exist.
        QCOMPARE(select(*m_client, PostgrestQuery(QStringLiteral("metrics_dailies"))).error.kind,
                 Kind::NotFound);
        QVERIFY(m_server->lastRequest().header("accept-profile").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPostgrestClient)
#include "tst_postgrest_client.moc"
