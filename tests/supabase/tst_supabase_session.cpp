// SupabaseSession against FakePostgrestServer: a login stores the token in the keychain (never
// in the workspace) and a password verifier for the offline unlock; wrong password, lock and
// inactive user are told apart; an unreachable server says offline unlock is possible; the
// offline unlock with the right and wrong password and without a prior online login; an
// expired token becomes sessionExpired() with queued intents untouched; logout forgets the token.
#include "models/security/MemorySecretStore.h"
#include "models/store/Database.h"
#include "models/store/OutboxRepository.h"
#include "net/supabase/PostgrestClient.h"
#include "net/supabase/SupabaseSession.h"
#include "tests/support/FakePostgrestServer.h"
#include "tests/support/TempWorkspace.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace agentp;
using namespace agentp::net::supabase;
using testing::FakePostgrestServer;
using Failure = SupabaseSession::Failure;

namespace {
const QByteArray kToken = "eyJ.manager.token";
const QString kPassword = QStringLiteral("Пароль-2026");
} // namespace

class TestSupabaseSession : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<FakePostgrestServer> m_server;
    std::unique_ptr<PostgrestClient> m_client;
    std::unique_ptr<security::MemorySecretStore> m_secrets;
    std::unique_ptr<SupabaseSession> m_session;

    SupabaseSession::Outcome login(const QString &email, const QString &password)
    {
        QSignalSpy done(m_session.get(), &SupabaseSession::loginFinished);
        m_session->login(email, password);
        if (!done.wait(20000) && done.isEmpty())
            return {};
        return done.first().first().value<SupabaseSession::Outcome>();
    }
    QByteArray keychain(const QString &key)
    {
        QByteArray secret;
        bool answered = false;
        m_secrets->read(key, this, [&](const security::SecretStore::Result &r) {
            secret = r.secret;
            answered = true;
        });
        return QTest::qWaitFor([&] { return answered; }) ? secret : QByteArray("(no answer)");
    }
    QByteArray bearerOfNextRead()
    {
        PostgrestQuery q;
        q.table = QStringLiteral("tenants_v2");
        bool answered = false;
        m_client->select(q, [&](const PostgrestResult &) { answered = true; });
        if (!QTest::qWaitFor([&] { return answered; }, 10000))
            return "(no answer)";
        return m_server->lastRequest().header("authorization");
    }

private slots:
    void init()
    {
        QFile::remove(m_tmp.file());
        store::StoreError e;
        m_db = store::Database::open(m_tmp.file(), &e);
        QVERIFY(m_db);
        m_server = std::make_unique<FakePostgrestServer>();
        m_server->addToken(kToken);
        m_server->setTable(QStringLiteral("tenants_v2"), QJsonArray{});
        m_server->setRpc(
            QStringLiteral("dashboard.login"),
            [](const QJsonObject &args, const FakePostgrestServer::Request &) -> QJsonValue {
                const QString email = args.value(QLatin1String("p_email")).toString();
                const QString password = args.value(QLatin1String("p_password")).toString();
                if (email == QLatin1String("locked@agentp.test"))
                    return QJsonObject{{QStringLiteral("ok"), false},
                                       {QStringLiteral("error"), QStringLiteral("locked")},
                                       {QStringLiteral("locked_until"),
                                        QStringLiteral("2026-11-21T10:15:00.000Z")}};
                if (email == QLatin1String("gone@agentp.test"))
                    return QJsonObject{{QStringLiteral("ok"), false},
                                       {QStringLiteral("error"), QStringLiteral("inactive")}};
                if (email != QLatin1String("anna@agentp.test") || password != kPassword)
                    return QJsonObject{
                        {QStringLiteral("ok"), false},
                        {QStringLiteral("error"), QStringLiteral("invalid_credentials")}};
                return QJsonObject{
                    {QStringLiteral("ok"), true},
                    {QStringLiteral("access_token"), QString::fromLatin1(kToken)},
                    {QStringLiteral("user"),
                     QJsonObject{{QStringLiteral("email"), email},
                                 {QStringLiteral("role"), QStringLiteral("admin")}}}};
            });
        QVERIFY(m_server->listen());
        SupabaseConfig config;
        config.projectUrl = m_server->projectUrl();
        config.apiKey = m_server->options().apiKey;
        m_client = std::make_unique<PostgrestClient>(config);
        m_secrets = std::make_unique<security::MemorySecretStore>();
        m_session =
            std::make_unique<SupabaseSession>(m_client.get(), m_db->connection(), m_secrets.get());
    }
    void cleanup()
    {
        m_session.reset();
        m_client.reset();
        m_secrets.reset();
        m_server.reset();
        m_db.reset();
    }

    void loginKeepsTheTokenOutOfTheWorkspace()
    {
        const auto o = login(QStringLiteral("  Anna@agentp.test "), kPassword);
        QVERIFY2(o.ok(), qPrintable(o.message));
        QCOMPARE(o.user.value(QLatin1String("role")).toString(), QStringLiteral("admin"));
        QVERIFY(m_session->isSignedIn());
        QCOMPARE(bearerOfNextRead(), "Bearer " + kToken);
        QCOMPARE(keychain(SupabaseSession::secretKey(QStringLiteral("anna@agentp.test"))), kToken);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT key, value FROM workspace_meta")));
        bool verifier = false;
        while (q.next()) {
            const QString value = q.value(1).toString();
            QVERIFY2(!value.contains(kPassword), qPrintable(q.value(0).toString()));
            QVERIFY2(!value.contains(QString::fromLatin1(kToken)),
                     qPrintable(q.value(0).toString()));
            verifier |= q.value(0).toString() == QLatin1String("offline.verifier") &&
                        value.startsWith(QLatin1String("pbkdf2-sha256$"));
        }
        QVERIFY(verifier);
    }

    void refusalsAreToldApart()
    {
        auto o = login(QStringLiteral("anna@agentp.test"), QStringLiteral("wrong"));
        QCOMPARE(o.failure, Failure::WrongPassword);
        QVERIFY(!o.message.isEmpty());
        o = login(QStringLiteral("locked@agentp.test"), kPassword);
        QCOMPARE(o.failure, Failure::Locked);
        QCOMPARE(o.lockedUntil, QDateTime(QDate(2026, 11, 21), QTime(10, 15), Qt::UTC));
        o = login(QStringLiteral("gone@agentp.test"), kPassword);
        QCOMPARE(o.failure, Failure::Inactive);
        QVERIFY(!m_session->isSignedIn());
        QCOMPARE(bearerOfNextRead(), "Bearer " + m_server->options().apiKey);
    }

    void unreachableServerPointsToOfflineUnlock()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        SupabaseConfig config;
        config.projectUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
        config.apiKey = "key";
        config.maxRetries = 0;
        PostgrestClient dead(config);
        SupabaseSession session(&dead, m_db->connection(), m_secrets.get());
        QSignalSpy done(&session, &SupabaseSession::loginFinished);
        session.login(QStringLiteral("anna@agentp.test"), kPassword);
        QVERIFY(done.wait(20000));
        const auto o = done.first().first().value<SupabaseSession::Outcome>();
        QCOMPARE(o.failure, Failure::Unreachable);
        QVERIFY(o.message.contains(QStringLiteral("offline")));
    }

    void offlineUnlock()
    {
        auto o = m_session->unlockOffline(QStringLiteral("anna@agentp.test"), kPassword);
        QCOMPARE(o.failure, Failure::NoOfflineLogin);
        QVERIFY(login(QStringLiteral("anna@agentp.test"), kPassword).ok());
        o = m_session->unlockOffline(QStringLiteral("ANNA@agentp.test"), kPassword);
        QVERIFY2(o.ok(), qPrintable(o.message));
        QVERIFY(o.offline);
        QCOMPARE(o.user.value(QLatin1String("email")).toString(),
                 QStringLiteral("anna@agentp.test"));
        o = m_session->unlockOffline(QStringLiteral("anna@agentp.test"), QStringLiteral("wrong"));
        QCOMPARE(o.failure, Failure::WrongPassword);
        o = m_session->unlockOffline(QStringLiteral("boris@agentp.test"), kPassword);
        QCOMPARE(o.failure, Failure::NoOfflineLogin);
        // A second session object (the next start, offline) unlocks from the workspace alone.
        SupabaseSession next(nullptr, m_db->connection(), nullptr);
        QVERIFY(next.unlockOffline(QStringLiteral("anna@agentp.test"), kPassword).ok());
    }

    void expiryKeepsQueuedIntents()
    {
        QVERIFY(login(QStringLiteral("anna@agentp.test"), kPassword).ok());
        store::StoreError e;
        store::OutboxRepository outbox(m_db->connection());
        QVERIFY(outbox.enqueue(QStringLiteral("waitlist.convert"), QStringLiteral("waitlist:1"), {},
                               {}, &e) > 0);
        QSignalSpy expired(m_session.get(), &SupabaseSession::sessionExpired);
        m_server->expireToken(kToken);
        bearerOfNextRead();
        QTRY_COMPARE(expired.size(), 1);
        QVERIFY(!m_session->isSignedIn());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'queued'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void logoutForgetsTheToken()
    {
        QVERIFY(login(QStringLiteral("anna@agentp.test"), kPassword).ok());
        QSignalSpy out(m_session.get(), &SupabaseSession::loggedOut);
        m_session->logout();
        QCOMPARE(out.size(), 1);
        QVERIFY(!m_session->isSignedIn());
        QVERIFY(keychain(SupabaseSession::secretKey(QStringLiteral("anna@agentp.test"))).isEmpty());
        QCOMPARE(bearerOfNextRead(), "Bearer " + m_server->options().apiKey);
    }
};

QTEST_GUILESS_MAIN(TestSupabaseSession)
#include "tst_supabase_session.moc"
