#include "app/CredentialStore.h"
#include "tests/keychain/SecretStoreWait.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using agentp::app::CredentialStore;
using agentp::security::SecretStore;
using agentp::testing::readSecret;
using agentp::testing::removeSecret;
using agentp::testing::writeSecret;

namespace {

QStringList g_logged;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logged << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QByteArray canary()
{
    return QStringLiteral("fallback-canary-Секрет-Ω-7d3f").toUtf8();
}

} // namespace

// CredentialStore with no Secret Service at all: the session bus address points nowhere, as on
// a desktop without a keyring daemon. Every store must fall back to memory, keep what callers
// write, and say so exactly once.
class TestCredentialStoreFallback final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstWriteFallsBackAndWarnsOnce();
    void firstReadFallsBackAndFindsNothing();
    void requestsKeepTheirOrderAcrossTheSwitch();
    void invalidKeyIsNotAKeychainFailure();
    void destroyedStoreDropsAnswerSafely();
    void secretsNeverReachTheLog();
};

void TestCredentialStoreFallback::initTestCase()
{
    // CTest sets these too; repeating them here keeps a direct run of this binary from ever
    // writing into the developer's real keychain.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/agentp-bus");
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
                             "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID"})
        qunsetenv(name);

    // Debug output on, so that secretsNeverReachTheLog() sees everything the store logs.
    QLoggingCategory::setFilterRules(QStringLiteral("agentp.credentials.debug=true"));
    g_previousHandler = qInstallMessageHandler(recordMessage);
}

void TestCredentialStoreFallback::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void TestCredentialStoreFallback::firstWriteFallsBackAndWarnsOnce()
{
    CredentialStore store;
    QSignalSpy lost(&store, &SecretStore::persistenceLost);
    QVERIFY(store.isPersistent()); // until the keychain has been tried

    const auto written = writeSecret(store, QStringLiteral("ozon/1/api-key"), canary());
    QCOMPARE(written.status, SecretStore::Status::Ok);
    QCOMPARE(lost.count(), 1);
    const QString notice = lost.first().first().toString();
    QVERIFY(notice.contains(QStringLiteral("memory")));
    QCOMPARE(written.message, notice); // the request that switched says so as well
    QVERIFY(!store.isPersistent());

    QCOMPARE(writeSecret(store, QStringLiteral("ozon/2/api-key"), "second").status,
             SecretStore::Status::Ok);
    QCOMPARE(writeSecret(store, QStringLiteral("ozon/1/api-key"), canary()).status,
             SecretStore::Status::Ok);

    const auto first = readSecret(store, QStringLiteral("ozon/1/api-key"));
    QCOMPARE(first.status, SecretStore::Status::Ok);
    QCOMPARE(first.secret, canary());
    QCOMPARE(readSecret(store, QStringLiteral("ozon/2/api-key")).secret, QByteArray("second"));

    QCOMPARE(removeSecret(store, QStringLiteral("ozon/1/api-key")).status, SecretStore::Status::Ok);
    QCOMPARE(readSecret(store, QStringLiteral("ozon/1/api-key")).status,
             SecretStore::Status::NotFound);

    QCOMPARE(lost.count(), 1);
    QVERIFY(!store.isPersistent());
}

void TestCredentialStoreFallback::firstReadFallsBackAndFindsNothing()
{
    CredentialStore store;
    QSignalSpy lost(&store, &SecretStore::persistenceLost);

    const auto read = readSecret(store, QStringLiteral("supabase/session"));
    QCOMPARE(read.status, SecretStore::Status::NotFound);
    QCOMPARE(lost.count(), 1);
    QVERIFY(!store.isPersistent());

    QCOMPARE(writeSecret(store, QStringLiteral("supabase/session"), "token").status,
             SecretStore::Status::Ok);
    QCOMPARE(readSecret(store, QStringLiteral("supabase/session")).secret, QByteArray("token"));
    QCOMPARE(lost.count(), 1);
}

void TestCredentialStoreFallback::requestsKeepTheirOrderAcrossTheSwitch()
{
    // The second and third requests are issued while the first is still with the keychain;
    // they must not overtake it once the store has switched to memory.
    CredentialStore store;
    QSignalSpy lost(&store, &SecretStore::persistenceLost);
    const QString key = QStringLiteral("wildberries/7/token");
    QObject context;
    QStringList answers;
    QByteArray readBack;

    store.write(key, "a", &context,
                [&](const SecretStore::Result &) { answers << QStringLiteral("write a"); });
    store.write(key, "b", &context,
                [&](const SecretStore::Result &) { answers << QStringLiteral("write b"); });
    store.read(key, &context, [&](const SecretStore::Result &result) {
        answers << QStringLiteral("read");
        readBack = result.secret;
    });
    QVERIFY(answers.isEmpty());

    QTRY_COMPARE(answers.size(), 3);
    QCOMPARE(answers, (QStringList{QStringLiteral("write a"), QStringLiteral("write b"),
                                   QStringLiteral("read")}));
    QCOMPARE(readBack, QByteArray("b"));
    QCOMPARE(lost.count(), 1);
}

void TestCredentialStoreFallback::invalidKeyIsNotAKeychainFailure()
{
    CredentialStore store;
    QSignalSpy lost(&store, &SecretStore::persistenceLost);

    const auto written = writeSecret(store, QStringLiteral("no-namespace"), "x");
    QCOMPARE(written.status, SecretStore::Status::Failed);
    QVERIFY(written.message != agentp::testing::noAnswerMessage());
    QCOMPARE(lost.count(), 0);
    QVERIFY(store.isPersistent());
}

void TestCredentialStoreFallback::destroyedStoreDropsAnswerSafely()
{
    const QString key = QStringLiteral("yandexmarket/3/api-key");
    const QString startedLine = QStringLiteral("keychain write \"%1\"").arg(key);

    bool answered = false;
    QObject context;
    auto *doomed = new CredentialStore;
    doomed->write(key, "lost", &context, [&](const SecretStore::Result &) { answered = true; });
    // Deliver only the queued calls that hand the request to QtKeychain and start its job; the
    // job's answer comes later through the GLib main loop. Then destroy the store while the
    // job is in flight.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
    QVERIFY(g_logged.contains(startedLine));
    delete doomed;

    // QtKeychain runs jobs one after another, so once this answer is in, the orphaned job has
    // finished too; ASan would catch it touching the dead store.
    CredentialStore survivor;
    QCOMPARE(readSecret(survivor, key).status, SecretStore::Status::NotFound);
    QVERIFY(!answered);
}

void TestCredentialStoreFallback::secretsNeverReachTheLog()
{
    CredentialStore store;
    QCOMPARE(writeSecret(store, QStringLiteral("ozon/9/api-key"), canary()).status,
             SecretStore::Status::Ok);
    QCOMPARE(readSecret(store, QStringLiteral("ozon/9/api-key")).secret, canary());

    const QString plain = QString::fromUtf8(canary());
    const QString base64 = QString::fromLatin1(canary().toBase64());
    bool sawKeychainError = false;
    for (const QString &line : std::as_const(g_logged)) {
        QVERIFY2(!line.contains(plain) && !line.contains(base64), qPrintable(line));
        sawKeychainError = sawKeychainError || line.contains(QStringLiteral("QtKeychain error"));
    }
    // Otherwise the check above proves nothing: the store must have logged its failures.
    QVERIFY(sawKeychainError);
}

QTEST_GUILESS_MAIN(TestCredentialStoreFallback)
#include "tst_credentialstore_fallback.moc"
