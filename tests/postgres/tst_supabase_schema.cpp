// The server side of the salon data on a real PostgreSQL 15 (started by with-postgres.sh):
// supabase/migrations apply to an empty database and again without error; for every table a
// token of salon A neither reads nor writes salon B's rows; the login RPC checks bcrypt ($2a$
// and $2b$), refuses inactive users, locks after 5 failures in 15 minutes and signs an HS256
// token that verifies with the secret, for a session length the server configures; the
// metrics function matches a hand-computed fixture and is idempotent; the metadata patch
// detects a conflicting version.
#include "tests/postgres/SchemaFixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace pgtest;

class TestSupabaseSchema : public QObject, protected SchemaFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"));
        QVERIFY2(m_db.isValid(), "the Qt PostgreSQL driver (libqt6sql6-psql) is missing");
        m_db.setHostName(qEnvironmentVariable("AGENTP_PG_HOST"));
        m_db.setPort(qEnvironmentVariableIntValue("AGENTP_PG_PORT"));
        m_db.setUserName(qEnvironmentVariable("AGENTP_PG_USER"));
        m_db.setDatabaseName(QStringLiteral("postgres"));
        QVERIFY2(m_db.open(),
                 qPrintable(m_db.lastError().text() +
                            QStringLiteral(" (run under tests/postgres/with-postgres.sh)")));
        QVERIFY(run(QStringLiteral("drop database if exists agentp_test")));
        QVERIFY(run(QStringLiteral("create database agentp_test")));
        m_db.close();
        m_db.setDatabaseName(QStringLiteral("agentp_test"));
        QVERIFY(m_db.open());
        QVERIFY(runFile(sourceFile(QStringLiteral("tests/postgres/supabase_bootstrap.sql"))));
    }

    void migrationsApplyAndReapply()
    {
        QVERIFY(applyMigrations());
        const QString shape = QStringLiteral(
            "select (select count(*) from pg_tables where schemaname in ('public','dashboard',"
            "'dashboard_private')) || '/' || (select count(*) from pg_policies) || '/' ||"
            " (select count(*) from pg_indexes where schemaname in ('public','dashboard'))");
        const QString before = value(shape).toString();
        QVERIFY(applyMigrations()); // again: nothing fails, nothing doubles
        QCOMPARE(value(shape).toString(), before);
        // Every table the console reads has row-level security on.
        QCOMPARE(value(QStringLiteral("select count(*) from pg_tables where schemaname in"
                                      " ('public','dashboard') and not rowsecurity"))
                     .toInt(),
                 0);
        QVERIFY(runFile(sourceFile(QStringLiteral("tests/postgres/fixture.sql"))));
    }

    void tenantsSeeOnlyTheirRows_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("tenantOf"); // SQL giving a row's tenant
        QTest::addColumn<int>("rowsA");
        QTest::addColumn<int>("rowsB");
        QTest::addColumn<int>("rowsAll");
        QTest::newRow("tenants") << "public.tenants_v2"
                                 << "id" << 1 << 1 << 3;
        QTest::newRow("clients") << "public.clients_v2"
                                 << "tenant_id" << 2 << 1 << 3;
        QTest::newRow("sessions") << "public.conversation_sessions_v2"
                                  << "tenant_id" << 5 << 3 << 8;
        QTest::newRow("history") << "public.recent_history_v2"
                                 << "(select s.tenant_id from public.conversation_sessions_v2 s"
                                    " where s.id = session_id)"
                                 << 9 << 1 << 10;
        QTest::newRow("wishlist") << "public.wishlist_v2"
                                  << "tenant_id" << 2 << 1 << 3;
        QTest::newRow("ltm") << "public.user_ltm_v2"
                             << "tenant_id" << 1 << 1 << 2;
        QTest::newRow("metrics") << "dashboard.metrics_dailies"
                                 << "tenant_id" << 1 << 1 << 2;
        QTest::newRow("predictions") << "dashboard.predictions"
                                     << "tenant_id" << 1 << 1 << 2;
        QTest::newRow("winback") << "dashboard.winback_requests"
                                 << "tenant_id" << 1 << 1 << 2;
        QTest::newRow("audit") << "dashboard.audit_log"
                               << "tenant_id" << 1 << 1 << 2;
        QTest::newRow("users") << "dashboard.users"
                               << "tenant_id" << 3 << 1 << 5;
    }
    void tenantsSeeOnlyTheirRows()
    {
        QFETCH(QString, table);
        QFETCH(QString, tenantOf);
        QFETCH(int, rowsA);
        QFETCH(int, rowsB);
        QFETCH(int, rowsAll);
        const QString count = QStringLiteral("select count(*) from %1").arg(table);
        const QString foreign =
            QStringLiteral("select count(*) from %1 where %2 is distinct from ?::uuid")
                .arg(table, tenantOf);
        asTenant(kA);
        QCOMPARE(value(count).toInt(), rowsA);
        QCOMPARE(value(foreign, {kA}).toInt(), 0);
        asTenant(kB);
        QCOMPARE(value(count).toInt(), rowsB);
        QCOMPARE(value(foreign, {kB}).toInt(), 0);
        asSuperAdmin();
        QCOMPARE(value(count).toInt(), rowsAll);
        // A token without a salon, or with a malformed one, sees nothing.
        asTenant(QString());
        QCOMPARE(value(count).toInt(), table == QLatin1String("dashboard.users") ? 0 : 0);
        asTenant(QStringLiteral("not-a-uuid"));
        QCOMPARE(value(count).toInt(), 0);
        // The anonymous key reads nothing at all.
        as({{QStringLiteral("role"), QStringLiteral("anon")}});
        QVERIFY(!run(count));
        QCOMPARE(m_error, QStringLiteral("42501"));
        asOwner();
    }

    void tenantsCannotWriteOthersRows()
    {
        // Writable columns exist only where the console writes: the waitlist status and the
        // predictions. Another salon's rows are invisible to the update, and inserting one fails.
        asTenant(kA);
        QSqlQuery q(m_db);
        QVERIFY(run(QStringLiteral("update public.wishlist_v2 set status = 'converted'"), {}, &q));
        QCOMPARE(q.numRowsAffected(), 2);
        QVERIFY(run(QStringLiteral("update dashboard.predictions set risk_score = 0.9"), {}, &q));
        QCOMPARE(q.numRowsAffected(), 1);
        QVERIFY(!run(QStringLiteral("insert into dashboard.predictions (tenant_id, booking_id,"
                                    " risk_score) values (?::uuid, 'evil', 0.5)"),
                     {kB}));
        QCOMPARE(m_error, QStringLiteral("42501"));
        QVERIFY(run(QStringLiteral("insert into dashboard.predictions (tenant_id, booking_id,"
                                   " risk_score) values (?::uuid, 'bk-new', 0.5)"),
                    {kA}));
        // Everything else is read-only for a token, whoever's rows.
        for (const char *sql :
             {"update public.clients_v2 set full_name = 'x'", "delete from public.wishlist_v2",
              "update public.tenants_v2 set metadata = '{}'", "delete from dashboard.audit_log",
              "update dashboard.users set role = 'super_admin'",
              "insert into dashboard.metrics_dailies (tenant_id, day) values (gen_random_uuid(),"
              " '2026-01-01')",
              "update public.wishlist_v2 set service = 'x'",
              "select encrypted_password from dashboard.users",
              "select * from dashboard.login_attempts", "select * from dashboard_private.config"}) {
            QVERIFY2(!run(QString::fromLatin1(sql)), sql);
            QCOMPARE(m_error, QStringLiteral("42501"));
        }
        asOwner();
        QCOMPARE(value(QStringLiteral("select count(*) from public.wishlist_v2 where status ="
                                      " 'converted'"))
                     .toInt(),
                 2);
        QCOMPARE(value(QStringLiteral("select status from public.wishlist_v2 where tenant_id ="
                                      " ?::uuid"),
                       {kB})
                     .toString(),
                 QStringLiteral("pending"));
        QCOMPARE(value(QStringLiteral("select risk_score::text from dashboard.predictions where"
                                      " tenant_id = ?::uuid"),
                       {kB})
                     .toString(),
                 QStringLiteral("0.7"));
    }

    void loginSignsAVerifiableToken()
    {
        // The customer's $2b$ hash, the e-mail in another case and with spaces.
        const QJsonObject answer =
            login(QStringLiteral("  admin.a@AGENTP.test "), QStringLiteral("Kk4DQuMMfZL9o"));
        QVERIFY2(answer.value(QLatin1String("ok")).toBool(),
                 QJsonDocument(answer).toJson().constData());
        const QByteArray token = answer.value(QLatin1String("access_token")).toString().toUtf8();
        const QList<QByteArray> parts = token.split('.');
        QCOMPARE(parts.size(), 3);
        const QByteArray signature = base64Url(QMessageAuthenticationCode::hash(
            parts[0] + '.' + parts[1], kSecret, QCryptographicHash::Sha256));
        QCOMPARE(parts[2], signature);
        QCOMPARE(
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding))
                .object()
                .value(QLatin1String("alg"))
                .toString(),
            QStringLiteral("HS256"));
        const QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(claims.value(QLatin1String("role")).toString(), QStringLiteral("authenticated"));
        QCOMPARE(claims.value(QLatin1String("aud")).toString(), QStringLiteral("authenticated"));
        QCOMPARE(claims.value(QLatin1String("tenant_id")).toString(), kA);
        QCOMPARE(claims.value(QLatin1String("app_role")).toString(), QStringLiteral("admin"));
        QCOMPARE(claims.value(QLatin1String("sub")).toString(),
                 value(QStringLiteral("select auth_id::text from dashboard.users where email ="
                                      " 'Admin.A@agentp.test'"))
                     .toString());
        // A shift by default (the console has no refresh token).
        const qint64 iat = claims.value(QLatin1String("iat")).toInteger();
        QCOMPARE(claims.value(QLatin1String("exp")).toInteger() - iat, 8 * 3600);
        QVERIFY(qAbs(iat - QDateTime::currentSecsSinceEpoch()) < 120);
        QCOMPARE(answer.value(QLatin1String("expires_at")).toInteger(), iat + 8 * 3600);
        QCOMPARE(answer.value(QLatin1String("expires_in")).toInt(), 8 * 3600);
        QCOMPARE(answer[QLatin1String("user")][QLatin1String("first_name")].toString(),
                 QStringLiteral("Алла"));
        // The token's claims work as RLS identity.
        as(claims);
        QCOMPARE(value(QStringLiteral("select count(*) from public.clients_v2")).toInt(), 2);
        asOwner();
        // pgcrypto's own $2a$ hashes work too.
        QVERIFY(login(QStringLiteral("super@agentp.test"), QStringLiteral("super-secret-1"))
                    .value(QLatin1String("ok"))
                    .toBool());
        QCOMPARE(value(QStringLiteral("select count(*) from dashboard.audit_log where action ="
                                      " 'login'"))
                     .toInt(),
                 2);
    }

    void sessionLengthIsServerConfiguration()
    {
        const auto ttl = [this](const QString &configured) {
            asOwner();
            run(QStringLiteral("delete from dashboard_private.config where key ="
                               " 'session_ttl_seconds'"));
            if (!configured.isNull())
                run(QStringLiteral("insert into dashboard_private.config(key, value)"
                                   " values ('session_ttl_seconds', ?)"),
                    {configured});
            return login(QStringLiteral("super@agentp.test"), QStringLiteral("super-secret-1"))
                .value(QLatin1String("expires_in"))
                .toInt();
        };
        QCOMPARE(ttl(QStringLiteral("600")), 600);
        QCOMPARE(ttl(QStringLiteral("5")), 300);            // at least 5 minutes
        QCOMPARE(ttl(QStringLiteral("999999")), 86400);     // at most a day
        QCOMPARE(ttl(QStringLiteral("an hour")), 8 * 3600); // not a number: the default
        QCOMPARE(ttl(QString()), 8 * 3600);
    }

    void loginRefusals()
    {
        const auto error = [](const QJsonObject &o) {
            return o.value(QLatin1String("ok")).toBool()
                       ? QStringLiteral("ok")
                       : o.value(QLatin1String("error")).toString();
        };
        QCOMPARE(error(login(QStringLiteral("admin.b@agentp.test"), QStringLiteral("wrong"))),
                 QStringLiteral("invalid_credentials"));
        QCOMPARE(error(login(QStringLiteral("nobody@agentp.test"), QStringLiteral("x"))),
                 QStringLiteral("invalid_credentials"));
        // Inactive: said only to someone who knows the password.
        QCOMPARE(error(login(QStringLiteral("gone.a@agentp.test"), QStringLiteral("wrong"))),
                 QStringLiteral("invalid_credentials"));
        QCOMPARE(
            error(login(QStringLiteral("gone.a@agentp.test"), QStringLiteral("9IeRXmnGxMYbs"))),
            QStringLiteral("inactive"));
        QCOMPARE(error(login(QStringLiteral("admin.b@agentp.test"), QStringLiteral("b-password"))),
                 QStringLiteral("ok"));
        QVERIFY(value(QStringLiteral("select count(*) from dashboard.audit_log where action ="
                                     " 'login_failed'"))
                    .toInt() >= 3);
    }

    void fiveFailuresLockForFifteenMinutes()
    {
        const QString who = QStringLiteral("agent.a@agentp.test");
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(login(who, QStringLiteral("bad")).value(QLatin1String("error")).toString(),
                     QStringLiteral("invalid_credentials"));
        const QJsonObject fifth = login(who, QStringLiteral("bad"));
        QCOMPARE(fifth.value(QLatin1String("error")).toString(), QStringLiteral("locked"));
        const QDateTime until = QDateTime::fromString(
            fifth.value(QLatin1String("locked_until")).toString(), Qt::ISODateWithMs);
        QVERIFY(until.isValid());
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(until) - 900) < 120);
        // Locked: even the right password is refused, and is not even checked.
        QCOMPARE(login(who, QStringLiteral("agent-pass")).value(QLatin1String("error")).toString(),
                 QStringLiteral("locked"));
        // Other accounts are not affected.
        QVERIFY(login(QStringLiteral("admin.b@agentp.test"), QStringLiteral("b-password"))
                    .value(QLatin1String("ok"))
                    .toBool());
        // Fifteen minutes later.
        QVERIFY(run(QStringLiteral("update dashboard.login_attempts set at = at - interval '16"
                                   " minutes' where email = ?"),
                    {who}));
        QVERIFY(run(QStringLiteral("update dashboard_private.login_locks set locked_until ="
                                   " now() - interval '1 second'")));
        QVERIFY(login(who, QStringLiteral("agent-pass")).value(QLatin1String("ok")).toBool());
        // A success resets the count: four new failures do not lock.
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(login(who, QStringLiteral("bad")).value(QLatin1String("error")).toString(),
                     QStringLiteral("invalid_credentials"));
        QVERIFY(login(who, QStringLiteral("agent-pass")).value(QLatin1String("ok")).toBool());
    }

    void dailyMetricsMatchTheFixture()
    {
        asSuperAdmin();
        QSqlQuery q(m_db);
        QVERIFY2(run(QStringLiteral("select tenant_id::text, dialogs_started, bookings,"
                                    " conversion::text, avg_response_ms from"
                                    " dashboard.collect_daily_metrics('2026-11-20')"
                                    " order by tenant_id"),
                     {}, &q),
                 qPrintable(m_error));
        QStringList rows;
        while (q.next())
            rows << QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString());
        QCOMPARE(rows, (QStringList{kA + QStringLiteral(" 3 1 33.33 2333"),
                                    kB + QStringLiteral(" 2 2 100.00 0"),
                                    kC + QStringLiteral(" 0 0 0 0")}));
        const QString stored = QStringLiteral(
            "select string_agg(tenant_id::text || ':' || dialogs_started || ':' || bookings || ':'"
            " || conversion || ':' || avg_response_ms, ',' order by tenant_id) from"
            " dashboard.metrics_dailies where day = '2026-11-20'");
        asOwner();
        const QString first = value(stored).toString();
        const int total =
            value(QStringLiteral("select count(*) from dashboard.metrics_dailies")).toInt();
        asSuperAdmin();
        QVERIFY(run(QStringLiteral("select * from dashboard.collect_daily_metrics('2026-11-20')")));
        asOwner();
        QCOMPARE(value(stored).toString(), first); // idempotent
        QCOMPARE(value(QStringLiteral("select count(*) from dashboard.metrics_dailies")).toInt(),
                 total);

        // A salon admin counts their own salon only.
        asTenant(kB);
        QVERIFY(!run(QStringLiteral("select * from dashboard.collect_daily_metrics('2026-11-20',"
                                    " ?::uuid)"),
                     {kA}));
        QCOMPARE(m_error, QStringLiteral("42501"));
        QCOMPARE(value(QStringLiteral("select count(*) from"
                                      " dashboard.collect_daily_metrics('2026-11-20')"))
                     .toInt(),
                 1);
        // Without a date: yesterday in each salon's own zone.
        asSuperAdmin();
        QVERIFY(run(QStringLiteral("select * from dashboard.collect_daily_metrics()")));
        asOwner();
        QCOMPARE(value(QStringLiteral("select count(*) from dashboard.metrics_dailies m join"
                                      " public.tenants_v2 t on t.id = m.tenant_id where m.day ="
                                      " (now() at time zone t.timezone)::date - 1"))
                     .toInt(),
                 3);
        // Anonymous callers cannot run it at all.
        as({{QStringLiteral("role"), QStringLiteral("anon")}});
        QVERIFY(!run(QStringLiteral("select * from dashboard.collect_daily_metrics()")));
        QCOMPARE(m_error, QStringLiteral("42501"));
        asOwner();
    }

    void metadataPatchDetectsConflicts()
    {
        const QString patch =
            QStringLiteral("select dashboard.patch_tenant_metadata(?::uuid, ?::jsonb, ?)::text");
        const auto call = [&](const QString &tenant, const QString &json, int version) {
            return QJsonDocument::fromJson(
                       value(patch, {tenant, json, version}).toString().toUtf8())
                .object();
        };
        asTenant(kA);
        QJsonObject r = call(kA, QStringLiteral(R"({"closing_time":"20:00","gap":30})"), 0);
        QVERIFY(r.value(QLatin1String("ok")).toBool());
        QCOMPARE(r.value(QLatin1String("version")).toInt(), 1);
        // A colleague still on version 0: refused, and told what the server has.
        r = call(kA, QStringLiteral(R"({"closing_time":"21:00"})"), 0);
        QVERIFY(!r.value(QLatin1String("ok")).toBool());
        QVERIFY(r.value(QLatin1String("conflict")).toBool());
        QCOMPARE(r.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(r[QLatin1String("metadata")][QLatin1String("closing_time")].toString(),
                 QStringLiteral("20:00"));
        // Merged, not replaced; null removes a key.
        r = call(kA, QStringLiteral(R"({"closing_time":"21:00","gap":null})"), 1);
        QVERIFY(r.value(QLatin1String("ok")).toBool());
        QCOMPARE(r.value(QLatin1String("metadata")).toObject(),
                 (QJsonObject{{QStringLiteral("closing_time"), QStringLiteral("21:00")}}));
        // Another salon, or an agent of this one: refused.
        QVERIFY(!run(patch, {kB, QStringLiteral("{}"), 0}));
        QCOMPARE(m_error, QStringLiteral("42501"));
        asTenant(kA, QStringLiteral("agent"));
        QVERIFY(!run(patch, {kA, QStringLiteral("{}"), 2}));
        QCOMPARE(m_error, QStringLiteral("42501"));
        asOwner();
        QCOMPARE(value(QStringLiteral("select metadata_version from public.tenants_v2 where id ="
                                      " ?::uuid"),
                       {kA})
                     .toInt(),
                 2);
    }

    void winbackRequestIsOnePerClient()
    {
        asTenant(kA);
        const QString request =
            QStringLiteral("select id from dashboard.request_winback(?::uuid, 'Скидка 10 %')");
        const QVariant first =
            value(request, {QStringLiteral("a1000000-0000-4000-8000-000000000001")});
        QVERIFY(first.isValid());
        QCOMPARE(value(request, {QStringLiteral("a1000000-0000-4000-8000-000000000001")}), first);
        QVERIFY(!run(request, {QStringLiteral("b1000000-0000-4000-8000-000000000001")}));
        QCOMPARE(m_error, QStringLiteral("42501"));
        asOwner();
    }
};

QTEST_GUILESS_MAIN(TestSupabaseSchema)
#include "tst_supabase_schema.moc"
