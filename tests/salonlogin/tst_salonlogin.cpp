// The salon sign-in as a user meets it: the dialog refuses incomplete or unsafe input before
// anything is sent; SalonConnection signs in against FakePostgrestServer (a wrong password keeps
// the dialog open with the reason, the right one stores the server profile, the user and the
// token's place in the keychain); an unreachable server offers "Unlock offline", which works
// only after one online sign-in and only with the same password; an expired session forgets the
// token and asks again with the reason shown.
#include "app/SalonConnection.h"
#include "models/security/MemorySecretStore.h"
#include "models/store/Workspace.h"
#include "net/supabase/SupabaseSession.h"
#include "tests/support/FakePostgrestServer.h"
#include "tests/support/TempWorkspace.h"
#include "views/salon/SalonLoginDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace agentp;
using namespace Qt::StringLiterals;
using testing::FakePostgrestServer;
using views::SalonLoginDialog;
using views::SalonSignIn;

namespace {
const QString kEmail = u"anna@salon.test"_s;
const QString kPassword = u"Пароль-2026"_s;
// A JWT-shaped token with an expiry (the console reads `exp` to decide whether to resume).
QByteArray jwtExpiringAt(const QDateTime &at)
{
    const auto part = [](const QByteArray &json) {
        return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return part(R"({"alg":"HS256","typ":"JWT"})") + '.' +
           part(R"({"role":"authenticated","exp":)" + QByteArray::number(at.toSecsSinceEpoch()) +
                '}') +
           ".c2lnbmF0dXJl";
}
const QByteArray kToken = jwtExpiringAt(QDateTime::currentDateTimeUtc().addSecs(3600));

SalonLoginDialog *openDialog()
{
    SalonLoginDialog *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<SalonLoginDialog *>(w); d && d->isVisible())
                    found = d;
            return found != nullptr;
        },
        10000);
    return found;
}

template<typename T> T *child(QWidget *w, const char *name)
{
    return w->findChild<T *>(QString::fromLatin1(name));
}

void type(SalonLoginDialog *d, const QString &url, const QString &key, const QString &email,
          const QString &password)
{
    child<QLineEdit>(d, "serverUrl")->setText(url);
    child<QLineEdit>(d, "publicKey")->setText(key);
    child<QLineEdit>(d, "email")->setText(email);
    child<QLineEdit>(d, "password")->setText(password);
}

QString status(SalonLoginDialog *d)
{
    return child<QLabel>(d, "status")->text();
}
} // namespace

class TestSalonLogin : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Workspace> m_workspace;
    std::unique_ptr<FakePostgrestServer> m_server;
    std::unique_ptr<security::MemorySecretStore> m_secrets;
    std::unique_ptr<app::SalonConnection> m_salon;
    QString m_url;

    QByteArray keychain(const QString &key)
    {
        QByteArray secret = "(no answer)";
        bool answered = false;
        m_secrets->read(key, this, [&](const security::SecretStore::Result &r) {
            secret = r.isOk() ? r.secret : QByteArray();
            answered = true;
        });
        (void)QTest::qWaitFor([&] { return answered; });
        return secret;
    }
    // Runs `script` against the dialog that signIn() shows, then answers signIn()'s result.
    bool signIn(const std::function<void(SalonLoginDialog *)> &script, const QString &reason = {})
    {
        QTimer::singleShot(0, this, [script] {
            SalonLoginDialog *d = openDialog();
            QVERIFY(d);
            script(d);
        });
        return m_salon->signIn(nullptr, reason);
    }
    void signInOnline()
    {
        QVERIFY(signIn([this](SalonLoginDialog *d) {
            type(d, m_url, QString::fromLatin1(m_server->options().apiKey), kEmail, kPassword);
            QTest::mouseClick(child<QPushButton>(d, "signIn"), Qt::LeftButton);
        }));
    }

private slots:
    void init()
    {
        QFile::remove(m_tmp.file());
        store::StoreError e;
        m_workspace = store::Workspace::open(m_tmp.file(), true, &e);
        QVERIFY2(m_workspace, qPrintable(e.message));
        m_server = std::make_unique<FakePostgrestServer>();
        m_server->setRpc(u"dashboard.login"_s, [](const QJsonObject &args,
                                                  const FakePostgrestServer::Request &) {
            if (args.value(u"p_email"_s).toString() != kEmail ||
                args.value(u"p_password"_s).toString() != kPassword)
                return QJsonValue(
                    QJsonObject{{u"ok"_s, false}, {u"error"_s, u"invalid_credentials"_s}});
            return QJsonValue(QJsonObject{
                {u"ok"_s, true},
                {u"access_token"_s, QString::fromLatin1(kToken)},
                {u"user"_s, QJsonObject{{u"id"_s, 42},
                                        {u"email"_s, kEmail},
                                        {u"role"_s, u"admin"_s},
                                        {u"tenant_id"_s, u"aaaaaaaa-0000-4000-8000-00000000000a"_s},
                                        {u"first_name"_s, u"Анна"_s},
                                        {u"last_name"_s, u"Смирнова"_s}}}});
        });
        QVERIFY(m_server->listen());
        m_url = m_server->projectUrl().toString();
        m_secrets = std::make_unique<security::MemorySecretStore>();
        m_salon = std::make_unique<app::SalonConnection>(*m_workspace, m_secrets.get());
    }
    void cleanup()
    {
        m_salon.reset();
        m_secrets.reset();
        m_server.reset();
        m_workspace.reset();
    }

    void dialogRefusesIncompleteInput_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no server") << u""_s << kEmail << kPassword
                                   << SalonLoginDialog::tr("Enter the salon server's address.");
        QTest::newRow("plain http elsewhere")
            << u"http://salon.example.ru"_s << kEmail << kPassword
            << SalonLoginDialog::tr("The server address must start with https:// (plain http "
                                    "only for this computer).");
        QTest::newRow("not a url") << u"salon server"_s << kEmail << kPassword
                                   << SalonLoginDialog::tr("The server address must look like "
                                                           "https://<project>.supabase.co.");
        QTest::newRow("no e-mail") << u"https://x.supabase.co"_s << u"anna"_s << kPassword
                                   << SalonLoginDialog::tr("Enter your e-mail address.");
        QTest::newRow("no password") << u"https://x.supabase.co"_s << kEmail << u""_s
                                     << SalonLoginDialog::tr("Enter your password.");
        QTest::newRow("loopback http")
            << u"http://127.0.0.1:5432"_s << kEmail << kPassword << QString();
    }
    void dialogRefusesIncompleteInput()
    {
        QFETCH(QString, url);
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(QString, problem);
        SalonLoginDialog d;
        QSignalSpy asked(&d, &SalonLoginDialog::signInRequested);
        d.show();
        type(&d, url, u"sb_publishable_x"_s, email, password);
        QTest::keyClick(child<QLineEdit>(&d, "password"), Qt::Key_Return);
        QCOMPARE(asked.size(), problem.isEmpty() ? 1 : 0);
        if (!problem.isEmpty())
            QCOMPARE(status(&d), problem);
        else
            QVERIFY(!child<QLineEdit>(&d, "password")->isEnabled()); // busy while asked
    }

    void wrongThenRightPassword()
    {
        QSignalSpy changed(m_salon.get(), &app::SalonConnection::sessionChanged);
        QSignalSpy user(m_salon.get(), &app::SalonConnection::userChanged);
        // A listener may rebuild the window: it hears of the new user only once the dialog
        // (whose event loop runs inside signIn()) has closed.
        bool dialogOpenAtUserChange = true;
        connect(m_salon.get(), &app::SalonConnection::userChanged, this, [&] {
            dialogOpenAtUserChange = false;
            for (QWidget *w : QApplication::topLevelWidgets())
                if (qobject_cast<SalonLoginDialog *>(w) && w->isVisible())
                    dialogOpenAtUserChange = true;
        });
        QString firstFailure;
        QVERIFY(signIn([&](SalonLoginDialog *d) {
            type(d, m_url, QString::fromLatin1(m_server->options().apiKey), kEmail, u"wrong"_s);
            QTest::mouseClick(child<QPushButton>(d, "signIn"), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&] { return child<QPushButton>(d, "signIn")->isEnabled(); },
                                    10000));
            firstFailure = status(d);
            QVERIFY(d->isVisible()); // nothing typed is lost
            QCOMPARE(child<QLineEdit>(d, "email")->text(), kEmail);
            QVERIFY(!child<QPushButton>(d, "unlockOffline")->isVisible());
            child<QLineEdit>(d, "password")->setText(kPassword);
            QTest::keyClick(child<QLineEdit>(d, "password"), Qt::Key_Return);
        }));
        QCOMPARE(firstFailure, net::supabase::SupabaseSession::tr("Wrong e-mail or password."));
        QVERIFY(m_salon->isOnline());
        QCOMPARE(m_salon->token(), kToken);
        QCOMPARE(m_salon->tenantId(), u"aaaaaaaa-0000-4000-8000-00000000000a"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(user.size(), 1);
        QVERIFY(!dialogOpenAtUserChange);
        // The profile is kept; the token only in the keychain.
        QCOMPARE(m_workspace->meta(u"supabase.url"_s), m_url);
        QCOMPARE(m_workspace->meta(u"supabase.key"_s).toUtf8(), m_server->options().apiKey);
        QCOMPARE(keychain(net::supabase::SupabaseSession::secretKey(kEmail)), kToken);
        // The window's user is the one who signed in.
        const domain::CurrentUser current = m_workspace->currentUser();
        QCOMPARE(current.id, u"42"_s);
        QCOMPARE(current.role, u"admin"_s);
        QCOMPARE(current.displayName, u"Анна Смирнова"_s);
        QVERIFY(m_salon->isConfigured());
    }

    void unreachableServerOffersOfflineUnlock()
    {
        // No online sign-in yet: offline unlock cannot work.
        const QString dead = u"http://127.0.0.1:1"_s;
        QString noPrior;
        QVERIFY(!signIn([&](SalonLoginDialog *d) {
            type(d, dead, u"sb_publishable_x"_s, kEmail, kPassword);
            QTest::mouseClick(child<QPushButton>(d, "signIn"), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor(
                [&] { return child<QPushButton>(d, "unlockOffline")->isVisible(); }, 20000));
            QTest::mouseClick(child<QPushButton>(d, "unlockOffline"), Qt::LeftButton);
            noPrior = status(d);
            d->reject();
        }));
        QCOMPARE(noPrior, net::supabase::SupabaseSession::tr(
                              "This account has not signed in online on this computer yet; "
                              "offline unlock needs one online sign-in."));
        QVERIFY(m_workspace->meta(u"supabase.url"_s).isEmpty()); // a failed profile is not kept

        signInOnline();
        m_salon->signOut();
        QVERIFY(!m_salon->isOnline());
        QVERIFY(keychain(net::supabase::SupabaseSession::secretKey(kEmail)).isEmpty());

        // The server is gone: the wrong password is refused, the right one unlocks.
        m_server.reset();
        QString wrong;
        QVERIFY(signIn([&](SalonLoginDialog *d) {
            QCOMPARE(child<QLineEdit>(d, "email")->text(), kEmail); // remembered
            child<QLineEdit>(d, "password")->setText(u"wrong"_s);
            QTest::mouseClick(child<QPushButton>(d, "signIn"), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor(
                [&] { return child<QPushButton>(d, "unlockOffline")->isVisible(); }, 20000));
            QTest::mouseClick(child<QPushButton>(d, "unlockOffline"), Qt::LeftButton);
            wrong = status(d);
            child<QLineEdit>(d, "password")->setText(kPassword);
            QTest::mouseClick(child<QPushButton>(d, "unlockOffline"), Qt::LeftButton);
        }));
        QCOMPARE(wrong, net::supabase::SupabaseSession::tr("Wrong password."));
        QVERIFY(m_salon->isOfflineUnlocked());
        QVERIFY(!m_salon->isOnline());
        QVERIFY(m_salon->statusText().contains(u"offline"_s));
        QCOMPARE(m_workspace->currentUser().id, u"42"_s);
    }

    void resumeTakesAStillValidTokenFromTheKeychain()
    {
        app::SalonConnection fresh(*m_workspace, m_secrets.get());
        QVERIFY(!fresh.resume(2000)); // never signed in
        signInOnline();
        app::SalonConnection next(*m_workspace, m_secrets.get());
        QSignalSpy changed(&next, &app::SalonConnection::sessionChanged);
        QVERIFY(next.resume(2000));
        QCOMPARE(next.token(), kToken);
        QCOMPARE(next.tenantId(), u"aaaaaaaa-0000-4000-8000-00000000000a"_s);
        QCOMPARE(changed.size(), 1);

        // A token that runs out within the minute is not offered: the dialog asks instead.
        const QByteArray stale = jwtExpiringAt(QDateTime::currentDateTimeUtc().addSecs(30));
        bool written = false;
        m_secrets->write(net::supabase::SupabaseSession::secretKey(kEmail), stale, this,
                         [&](const auto &) { written = true; });
        QVERIFY(QTest::qWaitFor([&] { return written; }));
        app::SalonConnection late(*m_workspace, m_secrets.get());
        QVERIFY(!late.resume(2000));
        QVERIFY(late.token().isEmpty());
        // Not a JWT at all: refused too.
        QVERIFY(!net::supabase::SupabaseSession::tokenExpiry("not.a-jwt").isValid());
    }

    void expiredSessionAsksAgainWithTheReason()
    {
        signInOnline();
        QSignalSpy changed(m_salon.get(), &app::SalonConnection::sessionChanged);
        m_salon->expire();
        QCOMPARE(changed.size(), 1);
        QVERIFY(m_salon->token().isEmpty());
        QVERIFY(keychain(net::supabase::SupabaseSession::secretKey(kEmail)).isEmpty());
        QString reason;
        QVERIFY(signIn(
            [&](SalonLoginDialog *d) {
                reason = child<QLabel>(d, "reason")->text();
                QVERIFY(child<QLabel>(d, "reason")->isVisible());
                // The profile and e-mail are filled in: only the password is asked.
                QCOMPARE(child<QLineEdit>(d, "serverUrl")->text(), m_url);
                child<QLineEdit>(d, "password")->setText(kPassword);
                QTest::keyClick(child<QLineEdit>(d, "password"), Qt::Key_Return);
            },
            u"Your session has expired."_s));
        QCOMPARE(reason, u"Your session has expired."_s);
        QCOMPARE(m_salon->token(), kToken);
    }
};

QTEST_MAIN(TestSalonLogin)
#include "tst_salonlogin.moc"
