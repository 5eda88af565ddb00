// No secret leaves the keychain: a scripted session adds an Ozon seller account with its
// Api-Key, stores the AI draft service key, signs in to the salon server with a password (the
// server answers a session token), and then syncs chats and salon data with all of them in use,
// including a failing call. Afterwards neither the workspace file, nor its WAL and shared
// memory, nor the settings files, nor anything logged (every category at debug level) contains
// the password, the token or either key. The same scan finds what is meant to be stored (the
// Client-Id, the project's public key), so it can tell.
#include "app/SalonConnection.h"
#include "app/SyncHost.h"
#include "models/security/MemorySecretStore.h"
#include "models/store/AccountRepository.h"
#include "models/store/AiSettingsRepository.h"
#include "models/store/Workspace.h"
#include "tests/salonsync/SalonServerData.h"
#include "tests/support/FakeOzonServer.h"
#include "tests/support/TempWorkspace.h"
#include "views/salon/SalonLoginDialog.h"

#include <QApplication>
#include <QDirIterator>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace agentp;
using namespace Qt::StringLiterals;
using testing::FakeOzonServer;
using testing::FakePostgrestServer;

namespace {

const QString kPassword = u"Пароль-Смены-2026!"_s;
const QByteArray kOzonKey = "5f1e9c2a-ozon-secret-key-7d3b";
const QByteArray kAiKey = "sk-draft-service-secret-91a2b3c4";
const QByteArray kSessionToken =
    "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYXV0aGVudGljYXRlZCIsImV4cCI6OTk5OTk5OTk5OX0.c2VjcmV0LXNpZw";
const QString kClientId = u"7700123"_s;

QString g_log;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log += QString::fromLatin1(context.category ? context.category : "") + u' ' + message + u'\n';
}

bool write(security::SecretStore &store, const QString &key, const QByteArray &secret)
{
    bool done = false;
    bool ok = false;
    store.write(key, secret, &store, [&](const security::SecretStore::Result &r) {
        ok = r.isOk();
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }) && ok;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;

    // Every file the session may have written: the workspace and its companions, the settings.
    QStringList writtenFiles() const
    {
        QStringList files;
        QDirIterator it(m_tmp.dir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    }
    // Where `needle` occurs (as UTF-8 and as UTF-16, the two ways text reaches a file).
    QStringList foundIn(const QByteArray &needle) const
    {
        QStringList where;
        const QString text = QString::fromUtf8(needle);
        const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        for (const QString &path : writtenFiles()) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            if (bytes.contains(needle) || bytes.contains(utf16))
                where << QFileInfo(path).fileName();
        }
        if (g_log.contains(text))
            where << u"(log)"_s;
        return where;
    }

private slots:
    void initTestCase()
    {
        // The settings of this run live in the temporary folder, where the scan looks.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_tmp.dir() + u"/config"_s);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.dir() + u"/config"_s);
        QLoggingCategory::setFilterRules(u"*.debug=true"_s);
        qInstallMessageHandler(capture);
    }

    void noSecretOnDiskOrInTheLog()
    {
        store::StoreError e;
        auto workspace = store::Workspace::open(m_tmp.file(), true, &e);
        QVERIFY2(workspace, qPrintable(e.message));
        security::MemorySecretStore keychain;

        // A seller account with its key, and the draft service's key.
        FakeOzonServer::Options ozonOptions;
        ozonOptions.clientId = kClientId;
        ozonOptions.apiKey = kOzonKey;
        FakeOzonServer ozon(ozonOptions);
        ozon.generate(3, 4, 7);
        QVERIFY(ozon.listen());
        store::SellerAccount account;
        account.marketplace = u"ozon"_s;
        account.name = u"Магазин"_s;
        account.externalId = kClientId;
        account.baseUrl = ozon.baseUrl().toString();
        store::AccountProblem problem;
        const qint64 accountId =
            store::AccountRepository(workspace->database().connection()).add(account, &problem, &e);
        QVERIFY2(accountId > 0, qPrintable(e.message + problem.message));
        QVERIFY(write(keychain, store::AccountRepository::apiKeySecretKey(u"ozon"_s, accountId),
                      kOzonKey));
        QVERIFY(write(keychain, store::AiSettingsRepository::apiKeySecretKey(), kAiKey));

        // The salon server: sign in through the dialog as a manager does.
        FakePostgrestServer salon;
        salontest::serveSalonProject(salon);
        salon.addToken(kSessionToken);
        salon.setRpc(u"dashboard.login"_s, [](const QJsonObject &args,
                                              const FakePostgrestServer::Request &) {
            if (args.value(u"p_password"_s).toString() != kPassword)
                return QJsonValue(
                    QJsonObject{{u"ok"_s, false}, {u"error"_s, u"invalid_credentials"_s}});
            return QJsonValue(
                QJsonObject{{u"ok"_s, true},
                            {u"access_token"_s, QString::fromLatin1(kSessionToken)},
                            {u"user"_s, QJsonObject{{u"id"_s, 7},
                                                    {u"email"_s, u"manager@salon.test"_s},
                                                    {u"role"_s, u"manager"_s},
                                                    {u"tenant_id"_s, salontest::kSalonA}}}});
        });
        QVERIFY(salon.listen());
        app::SalonConnection connection(*workspace, &keychain);
        QTimer::singleShot(0, this, [&] {
            views::SalonLoginDialog *dialog = nullptr;
            QVERIFY(QTest::qWaitFor([&] {
                for (QWidget *w : QApplication::topLevelWidgets())
                    if (auto *d = qobject_cast<views::SalonLoginDialog *>(w); d && d->isVisible())
                        dialog = d;
                return dialog != nullptr;
            }));
            dialog->findChild<QLineEdit *>(u"serverUrl"_s)->setText(salon.projectUrl().toString());
            dialog->findChild<QLineEdit *>(u"publicKey"_s)
                ->setText(QString::fromLatin1(salon.options().apiKey));
            dialog->findChild<QLineEdit *>(u"email"_s)->setText(u"manager@salon.test"_s);
            // A wrong password first: failures are logged too.
            dialog->findChild<QLineEdit *>(u"password"_s)->setText(kPassword + u"x"_s);
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"signIn"_s), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor(
                [&] { return dialog->findChild<QPushButton *>(u"signIn"_s)->isEnabled(); }));
            dialog->findChild<QLineEdit *>(u"password"_s)->setText(kPassword);
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"signIn"_s), Qt::LeftButton);
        });
        QVERIFY(connection.signIn(nullptr));
        QCOMPARE(connection.token(), kSessionToken);

        // Sync with everything in use: chats with the Api-Key, the salon with the token.
        {
            app::SyncHost host(*workspace, &keychain);
            host.setSalonSession(connection.projectUrl(), connection.apiKey(), connection.token(),
                                 connection.tenantId(), false);
            QSqlQuery q(workspace->database().connection());
            const auto count = [&](const QString &table) {
                return q.exec(u"SELECT COUNT(*) FROM "_s + table) && q.next() ? q.value(0).toInt()
                                                                              : -1;
            };
            QTRY_VERIFY_WITH_TIMEOUT(count(u"chats"_s) >= 3, 30000);
            QTRY_VERIFY_WITH_TIMEOUT(count(u"waitlist_items"_s) >= 2, 30000);
            // A call that fails with the token: the 401 is logged, the token must not be.
            salon.expireToken(kSessionToken);
            QSignalSpy expired(&host, &app::SyncHost::salonSessionExpired);
            host.syncNow();
            QTRY_VERIFY_WITH_TIMEOUT(!expired.isEmpty(), 30000);
        }
        connection.signOut();

        // The scan can see: what is meant to be stored is found.
        QVERIFY(!foundIn(kClientId.toUtf8()).isEmpty());
        QVERIFY(!foundIn(salon.options().apiKey).isEmpty());
        QVERIFY2(g_log.size() > 200, "nothing was logged: the log check would prove nothing");
        // What is secret is not.
        QVERIFY2(foundIn(kPassword.toUtf8()).isEmpty(),
                 qPrintable(foundIn(kPassword.toUtf8()).join(u", ")));
        QVERIFY2(foundIn(kSessionToken).isEmpty(), qPrintable(foundIn(kSessionToken).join(u", ")));
        QVERIFY2(foundIn(kOzonKey).isEmpty(), qPrintable(foundIn(kOzonKey).join(u", ")));
        QVERIFY2(foundIn(kAiKey).isEmpty(), qPrintable(foundIn(kAiKey).join(u", ")));
        // The signature part alone neither (a token cut at the dots is still the credential).
        QVERIFY(foundIn(kSessionToken.split('.').last()).isEmpty());
    }
};

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
