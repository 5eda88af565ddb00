#include "app/CredentialStore.h"
#include "tests/keychain/SecretStoreWait.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using agentp::app::CredentialStore;
using agentp::security::SecretStore;
using agentp::testing::readSecret;
using agentp::testing::removeSecret;
using agentp::testing::writeSecret;

namespace {

QByteArray canary()
{
    return QStringLiteral("keychain-canary-Пароль-Ω-2b9e").toUtf8();
}

// ok is false when the program could not run, crashed or exited with a non-zero status.
struct ProgramRun
{
    bool ok = false;
    QByteArray out;
    QByteArray err;
};

ProgramRun runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode() == 0, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace

// CredentialStore against a real Secret Service (gnome-keyring-daemon in a private D-Bus
// session and throw-away HOME, set up by with-keyring.sh).
class TestCredentialStoreKeychain final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeThenReadReturnsSameBytes_data();
    void writeThenReadReturnsSameBytes();
    void overwriteReplacesSecret();
    void removeThenReadIsNotFound();
    void removeOfMissingKeyIsOk();
    void itemCarriesOurServiceAttribute();
    void secretIsNowhereInPlaintext();
    void storeStayedPersistent();
    // Locks the keyring for good, so it must stay last.
    void lockedKeyringReadsAsNotFoundAndWriteFallsBack();

private:
    QString m_root;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<QSignalSpy> m_lost;
};

void TestCredentialStoreKeychain::initTestCase()
{
    m_root = qEnvironmentVariable("AGENTP_KEYRING_ROOT");
    QVERIFY2(!m_root.isEmpty(),
             "run this test through tests/keychain/with-keyring.sh (ctest -L keychain), which "
             "provides a private, unlocked keyring");
    QVERIFY(QDir::homePath().startsWith(m_root));

    // The QtKeychain error codes land in the test output, which is how they are documented.
    QLoggingCategory::setFilterRules(QStringLiteral("agentp.credentials.debug=true"));

    m_store = std::make_unique<CredentialStore>();
    m_lost = std::make_unique<QSignalSpy>(m_store.get(), &SecretStore::persistenceLost);
    QVERIFY(m_store->isPersistent());
}

void TestCredentialStoreKeychain::writeThenReadReturnsSameBytes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("ascii") << QStringLiteral("ozon/100/api-key")
                           << QByteArrayLiteral("sk-test-0123456789");
    QTest::newRow("cyrillic") << QStringLiteral("wildberries/Магазин №1/token")
                              << QStringLiteral("пароль-Ёж-№1 секрет").toUtf8();
    QTest::newRow("binary") << QStringLiteral("yandexmarket/7/api-key")
                            << QByteArray("\x00\x01\xff\xfe\x80\n\r\xc3 end", 12);
}

void TestCredentialStoreKeychain::writeThenReadReturnsSameBytes()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, secret);

    const auto written = writeSecret(*m_store, key, secret);
    QCOMPARE(written.status, SecretStore::Status::Ok);

    const auto read = readSecret(*m_store, key);
    QCOMPARE(read.status, SecretStore::Status::Ok);
    QCOMPARE(read.secret, secret);

    // A second store (as after a restart) finds it too: it is in the keyring, not in memory.
    CredentialStore fresh;
    QCOMPARE(readSecret(fresh, key).secret, secret);
    QVERIFY(fresh.isPersistent());
}

void TestCredentialStoreKeychain::overwriteReplacesSecret()
{
    const QString key = QStringLiteral("ozon/200/api-key");
    QCOMPARE(writeSecret(*m_store, key, "old").status, SecretStore::Status::Ok);
    QCOMPARE(writeSecret(*m_store, key, "new").status, SecretStore::Status::Ok);

    const auto read = readSecret(*m_store, key);
    QCOMPARE(read.status, SecretStore::Status::Ok);
    QCOMPARE(read.secret, QByteArray("new"));
}

void TestCredentialStoreKeychain::removeThenReadIsNotFound()
{
    const QString key = QStringLiteral("ozon/300/api-key");
    QCOMPARE(writeSecret(*m_store, key, "doomed").status, SecretStore::Status::Ok);
    QCOMPARE(removeSecret(*m_store, key).status, SecretStore::Status::Ok);

    const auto read = readSecret(*m_store, key);
    QCOMPARE(read.status, SecretStore::Status::NotFound);
    QVERIFY(read.secret.isEmpty());
}

void TestCredentialStoreKeychain::removeOfMissingKeyIsOk()
{
    const QString key = QStringLiteral("ozon/never-written/api-key");
    QCOMPARE(readSecret(*m_store, key).status, SecretStore::Status::NotFound);
    QCOMPARE(removeSecret(*m_store, key).status, SecretStore::Status::Ok);
}

void TestCredentialStoreKeychain::itemCarriesOurServiceAttribute()
{
    const QString key = QStringLiteral("supabase/session");
    QCOMPARE(writeSecret(*m_store, key, canary()).status, SecretStore::Status::Ok);

    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty())
        QSKIP("secret-tool (Debian package libsecret-tools) is not installed");

    // QtKeychain stores binary data base64-encoded under the attributes server (our service
    // name), user (the key) and type.
    const ProgramRun lookup =
        runProgram(secretTool, {QStringLiteral("lookup"), QStringLiteral("server"),
                                CredentialStore::serviceName(), QStringLiteral("user"), key,
                                QStringLiteral("type"), QStringLiteral("base64")});
    QVERIFY2(lookup.ok, lookup.err.constData());
    QCOMPARE(lookup.out.trimmed(), canary().toBase64());
}

void TestCredentialStoreKeychain::secretIsNowhereInPlaintext()
{
    const QString key = QStringLiteral("ozon/400/api-key");
    QCOMPARE(writeSecret(*m_store, key, canary()).status, SecretStore::Status::Ok);
    QCOMPARE(readSecret(*m_store, key).secret, canary());

    // The keyring file must be gnome-keyring's encrypted binary format (a keyring without a
    // password is written as a readable "[keyring]" text file instead).
    const QString keyringFile =
        qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/keyrings/login.keyring");
    QFile keyring(keyringFile);
    QVERIFY2(keyring.open(QIODevice::ReadOnly), qPrintable(keyringFile));
    const QByteArray magic("GnomeKeyring\n\r\0\n", 16);
    QVERIFY(keyring.read(magic.size()) == magic);

    const QByteArray plain = canary();
    const QByteArray base64 = canary().toBase64();
    int scanned = 0;
    QDirIterator it(m_root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(plain) && !content.contains(base64), qPrintable(path));
        ++scanned;
    }
    QVERIFY(scanned >= 1);
}

void TestCredentialStoreKeychain::storeStayedPersistent()
{
    QVERIFY(m_store->isPersistent());
    QCOMPARE(m_lost->count(), 0);
}

void TestCredentialStoreKeychain::lockedKeyringReadsAsNotFoundAndWriteFallsBack()
{
    const QString existing = QStringLiteral("ozon/500/api-key");
    QCOMPARE(writeSecret(*m_store, existing, "stored before locking").status,
             SecretStore::Status::Ok);

    // Lock the login collection, as after a screen lock on some desktops. Nobody can unlock it
    // again: there is no prompter.
    const ProgramRun lock =
        runProgram(QStringLiteral("dbus-send"),
                   {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                    QStringLiteral("--dest=org.freedesktop.secrets"),
                    QStringLiteral("/org/freedesktop/secrets"),
                    QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                    QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
    QVERIFY2(lock.ok, lock.err.constData());

    CredentialStore store;
    QSignalSpy lost(&store, &SecretStore::persistenceLost);

    // QtKeychain cannot tell a locked item from a missing one: the read says "not found" and
    // the keychain still counts as working.
    QCOMPARE(readSecret(store, existing).status, SecretStore::Status::NotFound);
    QCOMPARE(lost.count(), 0);
    QVERIFY(store.isPersistent());

    // A write cannot pretend: it fails, and the store keeps the secret in memory instead.
    const QString key = QStringLiteral("ozon/600/api-key");
    QCOMPARE(writeSecret(store, key, canary()).status, SecretStore::Status::Ok);
    QCOMPARE(lost.count(), 1);
    QVERIFY(!store.isPersistent());
    QCOMPARE(readSecret(store, key).secret, canary());
}

QTEST_GUILESS_MAIN(TestCredentialStoreKeychain)
#include "tst_credentialstore_keychain.moc"
