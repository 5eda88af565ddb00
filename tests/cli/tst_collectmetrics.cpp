// `agentp-console collect-metrics` as a nightly timer runs it: against a loopback stand-in for
// the project's Data API (FakePostgrestServer) it logs in with dashboard.login, calls
// dashboard.collect_daily_metrics with the given day (or none: yesterday per salon) under the
// token it got, prints a line per salon, and fails with one clear line on a wrong password, a
// locked account, missing settings and a server that refuses.
#include "models/store/Database.h"
#include "tests/support/FakePostgrestServer.h"
#include "tests/support/TempWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace agentp;
using testing::FakePostgrestServer;

namespace {
const QString kSalon = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QByteArray kToken = "eyJ.super.token";
} // namespace

class TestCollectMetrics : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_home;
    std::unique_ptr<FakePostgrestServer> m_server;
    QString m_workspace;
    QJsonObject m_metricsArgs;
    bool m_metricsCalled = false;
    QByteArray m_metricsAuth;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // Runs the console as a child process while this one keeps serving the fake.
    Run run(const QStringList &args, const QMap<QString, QString> &extraEnv)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.dir());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.dir() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.dir() + QStringLiteral("/data"));
        for (const char *name : {"AGENTP_SUPABASE_URL", "AGENTP_SUPABASE_KEY",
                                 "AGENTP_SUPABASE_EMAIL", "AGENTP_SUPABASE_PASSWORD"})
            env.remove(QString::fromLatin1(name));
        for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("AGENTP_CONSOLE"), args);
        Run r;
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QMap<QString, QString> login(const QString &password = QStringLiteral("right-password"))
    {
        return {{QStringLiteral("AGENTP_SUPABASE_EMAIL"), QStringLiteral("super@agentp.test")},
                {QStringLiteral("AGENTP_SUPABASE_PASSWORD"), password}};
    }
    void setProject(const QString &url, const QString &key)
    {
        store::StoreError e;
        auto db = store::Database::open(m_workspace, &e);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        for (const auto &[k, v] : {std::pair{QStringLiteral("supabase.url"), url},
                                   std::pair{QStringLiteral("supabase.key"), key}}) {
            q.prepare(QStringLiteral("INSERT INTO workspace_meta(key, value) VALUES (?, ?) ON"
                                     " CONFLICT(key) DO UPDATE SET value = excluded.value"));
            q.addBindValue(k);
            q.addBindValue(v);
            QVERIFY(q.exec());
        }
    }

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("AGENTP_CONSOLE"))); }

    void init()
    {
        m_metricsArgs = {};
        m_metricsCalled = false;
        m_metricsAuth.clear();
        m_server = std::make_unique<FakePostgrestServer>();
        m_server->addToken(kToken);
        m_server->setTable(
            QStringLiteral("tenants_v2"),
            QJsonArray{QJsonObject{{QStringLiteral("id"), kSalon},
                                   {QStringLiteral("name"), QStringLiteral("Салон Лея")}}});
        m_server->setRpc(
            QStringLiteral("dashboard.login"),
            [](const QJsonObject &args, const FakePostgrestServer::Request &) {
                if (args.value(QLatin1String("p_password")).toString() == QLatin1String("locked"))
                    return QJsonValue(
                        QJsonObject{{QStringLiteral("ok"), false},
                                    {QStringLiteral("error"), QStringLiteral("locked")},
                                    {QStringLiteral("locked_until"),
                                     QStringLiteral("2026-11-21T01:15:00.000Z")}});
                if (args.value(QLatin1String("p_password")).toString() !=
                    QLatin1String("right-password"))
                    return QJsonValue(QJsonObject{
                        {QStringLiteral("ok"), false},
                        {QStringLiteral("error"), QStringLiteral("invalid_credentials")}});
                return QJsonValue(
                    QJsonObject{{QStringLiteral("ok"), true},
                                {QStringLiteral("access_token"), QString::fromLatin1(kToken)}});
            });
        m_server->setRpc(QStringLiteral("dashboard.collect_daily_metrics"),
                         [this](const QJsonObject &args, const FakePostgrestServer::Request &r) {
                             m_metricsCalled = true;
                             m_metricsArgs = args;
                             m_metricsAuth = r.header("authorization");
                             return QJsonValue(QJsonArray{
                                 QJsonObject{{QStringLiteral("tenant_id"), kSalon},
                                             {QStringLiteral("day"), QStringLiteral("2026-11-20")},
                                             {QStringLiteral("dialogs_started"), 3},
                                             {QStringLiteral("bookings"), 1},
                                             {QStringLiteral("conversion"), 33.33},
                                             {QStringLiteral("avg_response_ms"), 2333}}});
                         });
        QVERIFY(m_server->listen());
        m_workspace = m_home.file(QStringLiteral("salon.agentp"));
        QFile::remove(m_workspace);
        store::StoreError e;
        QVERIFY(store::Database::open(m_workspace, &e));
        setProject(m_server->projectUrl().toString(),
                   QString::fromLatin1(m_server->options().apiKey));
    }

    void collectsForTheGivenDay()
    {
        const Run r = run({QStringLiteral("collect-metrics"), QStringLiteral("--workspace"),
                           m_workspace, QStringLiteral("--date"), QStringLiteral("2026-11-20")},
                          login());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(m_metricsCalled);
        QCOMPARE(m_metricsArgs.value(QLatin1String("p_day")).toString(),
                 QStringLiteral("2026-11-20"));
        QCOMPARE(m_metricsAuth, "Bearer " + kToken); // as the user who logged in
        QVERIFY2(r.out.contains(QStringLiteral(
                     "Салон Лея: 2026-11-20 — dialogs 3, bookings 1, conversion 33.33 %, mean "
                     "answer 2333 ms")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("1 salon")));
        // The password never reaches the output.
        QVERIFY(!r.out.contains(QStringLiteral("right-password")));
        QVERIFY(!r.err.contains(QStringLiteral("right-password")));
    }

    void withoutADateTheServerPicksYesterday()
    {
        const Run r =
            run({QStringLiteral("collect-metrics"), QStringLiteral("--workspace"), m_workspace},
                login());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(m_metricsCalled);
        QVERIFY(!m_metricsArgs.contains(QLatin1String("p_day")));
    }

    void refusalsAreOneLine_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong") << "nope"
                               << "Wrong e-mail or password";
        QTest::newRow("locked") << "locked"
                                << "locked until";
    }
    void refusalsAreOneLine()
    {
        QFETCH(QString, password);
        QFETCH(QString, message);
        const Run r =
            run({QStringLiteral("collect-metrics"), QStringLiteral("--workspace"), m_workspace},
                login(password));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!m_metricsCalled);
    }

    void missingSettingsAndBadArguments()
    {
        Run r = run({QStringLiteral("collect-metrics"), QStringLiteral("--workspace"), m_workspace},
                    {});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("AGENTP_SUPABASE_EMAIL")));
        r = run({QStringLiteral("collect-metrics"), QStringLiteral("--workspace"), m_workspace,
                 QStringLiteral("--date"), QStringLiteral("20.11.2026")},
                login());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--date")));
        // Plain http to a remote host is refused before anything is sent.
        QMap<QString, QString> remote = login();
        remote.insert(QStringLiteral("AGENTP_SUPABASE_URL"), QStringLiteral("http://example.com"));
        r = run({QStringLiteral("collect-metrics"), QStringLiteral("--workspace"), m_workspace},
                remote);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("HTTPS"), Qt::CaseInsensitive));
        setProject(QStringLiteral(""), QStringLiteral(""));
        r = run({QStringLiteral("collect-metrics"), QStringLiteral("--workspace"), m_workspace},
                login());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("AGENTP_SUPABASE_URL")));
    }

    void serverRefusalIsSaid()
    {
        FakePostgrestServer::Fault fault;
        fault.path = "/rest/v1/rpc/collect_daily_metrics";
        fault.status = 403;
        fault.code = QStringLiteral("42501");
        fault.message = QStringLiteral("Not allowed for this salon.");
        m_server->injectFault(fault);
        const Run r =
            run({QStringLiteral("collect-metrics"), QStringLiteral("--workspace"), m_workspace},
                login());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestCollectMetrics)
#include "tst_collectmetrics.moc"
