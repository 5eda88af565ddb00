#include "models/security/MemorySecretStore.h"
#include "tests/keychain/SecretStoreWait.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using agentp::security::MemorySecretStore;
using agentp::security::SecretStore;
using agentp::testing::readSecret;
using agentp::testing::removeSecret;
using agentp::testing::writeSecret;

namespace {

const QString kKey = QStringLiteral("ozon/42/api-key");

} // namespace

// The in-memory store is both the keychain's fallback and the store other tests use, so it must
// behave like the keychain: asynchronous answers in request order, dropped for dead contexts.
class TestMemorySecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void writeThenReadReturnsSameBytes_data();
    void writeThenReadReturnsSameBytes();
    void overwriteReplacesSecret();
    void removeThenReadIsNotFound();
    void removeOfMissingKeyIsOk();
    void readOfMissingKeyIsNotFound();
    void answersAreAsynchronousAndInOrder();
    void deadContextDropsAnswer();
    void nullContextStillCarriesOutRequest();
    void answersInTheContextsThread();
    void rejectsInvalidKeys_data();
    void rejectsInvalidKeys();
    void acceptsNamespacedKeys_data();
    void acceptsNamespacedKeys();
    void rejectsEmptySecret();
    void isNeverPersistentAndNeverWarns();
};

void TestMemorySecretStore::writeThenReadReturnsSameBytes_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("ascii") << QByteArrayLiteral("sk-test-0123456789");
    QTest::newRow("cyrillic") << QStringLiteral("пароль-Ёж-№1").toUtf8();
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe\x80 end", 9);
}

void TestMemorySecretStore::writeThenReadReturnsSameBytes()
{
    QFETCH(QByteArray, secret);
    MemorySecretStore store;

    const auto written = writeSecret(store, kKey, secret);
    QCOMPARE(written.status, SecretStore::Status::Ok);

    const auto read = readSecret(store, kKey);
    QCOMPARE(read.status, SecretStore::Status::Ok);
    QCOMPARE(read.secret, secret);
}

void TestMemorySecretStore::overwriteReplacesSecret()
{
    MemorySecretStore store;
    QCOMPARE(writeSecret(store, kKey, "old").status, SecretStore::Status::Ok);
    QCOMPARE(writeSecret(store, kKey, "new").status, SecretStore::Status::Ok);

    const auto read = readSecret(store, kKey);
    QCOMPARE(read.secret, QByteArray("new"));
}

void TestMemorySecretStore::removeThenReadIsNotFound()
{
    MemorySecretStore store;
    QCOMPARE(writeSecret(store, kKey, "doomed").status, SecretStore::Status::Ok);
    QCOMPARE(removeSecret(store, kKey).status, SecretStore::Status::Ok);

    const auto read = readSecret(store, kKey);
    QCOMPARE(read.status, SecretStore::Status::NotFound);
    QVERIFY(read.secret.isEmpty());
}

void TestMemorySecretStore::removeOfMissingKeyIsOk()
{
    MemorySecretStore store;
    const auto removed = removeSecret(store, kKey);
    QCOMPARE(removed.status, SecretStore::Status::Ok);
}

void TestMemorySecretStore::readOfMissingKeyIsNotFound()
{
    MemorySecretStore store;
    const auto read = readSecret(store, kKey);
    QCOMPARE(read.status, SecretStore::Status::NotFound);
}

void TestMemorySecretStore::answersAreAsynchronousAndInOrder()
{
    MemorySecretStore store;
    QObject context;
    QStringList answers;
    QByteArray readBack;

    store.write(kKey, "first", &context,
                [&](const SecretStore::Result &) { answers << QStringLiteral("write first"); });
    store.write(kKey, "second", &context,
                [&](const SecretStore::Result &) { answers << QStringLiteral("write second"); });
    store.read(kKey, &context, [&](const SecretStore::Result &result) {
        answers << QStringLiteral("read");
        readBack = result.secret;
    });
    QVERIFY2(answers.isEmpty(), "no answer may arrive inside the call that asked");

    QTRY_COMPARE(answers.size(), 3);
    QCOMPARE(answers, (QStringList{QStringLiteral("write first"), QStringLiteral("write second"),
                                   QStringLiteral("read")}));
    QCOMPARE(readBack, QByteArray("second"));
}

void TestMemorySecretStore::deadContextDropsAnswer()
{
    MemorySecretStore store;
    bool answered = false;
    auto *context = new QObject;
    store.write(kKey, "kept", context, [&](const SecretStore::Result &) { answered = true; });
    delete context;

    // Answers come in request order, so once this one is in, the first would have been too.
    const auto read = readSecret(store, kKey);
    QCOMPARE(read.secret, QByteArray("kept"));
    QVERIFY(!answered);
}

void TestMemorySecretStore::nullContextStillCarriesOutRequest()
{
    MemorySecretStore store;
    store.write(kKey, "fire-and-forget", nullptr, {});

    const auto read = readSecret(store, kKey);
    QCOMPARE(read.secret, QByteArray("fire-and-forget"));
}

void TestMemorySecretStore::answersInTheContextsThread()
{
    MemorySecretStore store;
    QCOMPARE(writeSecret(store, kKey, "shared").status, SecretStore::Status::Ok);

    // The sync engine asks from its own thread; its answer must come back to that thread.
    QThread worker;
    auto *context = new QObject;
    context->moveToThread(&worker);
    connect(&worker, &QThread::finished, context, &QObject::deleteLater);
    worker.start();

    std::atomic<bool> answered{false};
    QThread *answerThread = nullptr;
    QByteArray answerSecret;
    QMetaObject::invokeMethod(context, [&] {
        store.read(kKey, context, [&](const SecretStore::Result &result) {
            answerThread = QThread::currentThread();
            answerSecret = result.secret;
            answered = true;
        });
    });

    QTRY_VERIFY(answered.load());
    QCOMPARE(answerThread, &worker);
    QCOMPARE(answerSecret, QByteArray("shared"));

    worker.quit();
    QVERIFY(worker.wait(10000));
}

void TestMemorySecretStore::rejectsInvalidKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("one segment") << QStringLiteral("ozon");
    QTest::newRow("leading slash") << QStringLiteral("/ozon/1/api-key");
    QTest::newRow("trailing slash") << QStringLiteral("ozon/1/");
    QTest::newRow("empty segment") << QStringLiteral("ozon//api-key");
    QTest::newRow("newline") << QStringLiteral("ozon/1\n/api-key");
}

void TestMemorySecretStore::rejectsInvalidKeys()
{
    QFETCH(QString, key);
    QVERIFY(!SecretStore::isValidKey(key));

    MemorySecretStore store;
    const auto written = writeSecret(store, key, "secret");
    QCOMPARE(written.status, SecretStore::Status::Failed);
    QVERIFY(!written.message.isEmpty());
    QVERIFY(written.message != agentp::testing::noAnswerMessage());
    QCOMPARE(readSecret(store, key).status, SecretStore::Status::Failed);
    QCOMPARE(removeSecret(store, key).status, SecretStore::Status::Failed);
}

void TestMemorySecretStore::acceptsNamespacedKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("marketplace") << QStringLiteral("ozon/123456/api-key");
    QTest::newRow("two segments") << QStringLiteral("supabase/session");
    QTest::newRow("cyrillic account") << QStringLiteral("wildberries/Магазин №1/token");
}

void TestMemorySecretStore::acceptsNamespacedKeys()
{
    QFETCH(QString, key);
    QVERIFY(SecretStore::isValidKey(key));

    MemorySecretStore store;
    QCOMPARE(writeSecret(store, key, "v").status, SecretStore::Status::Ok);
    QCOMPARE(readSecret(store, key).secret, QByteArray("v"));
}

void TestMemorySecretStore::rejectsEmptySecret()
{
    MemorySecretStore store;
    const auto written = writeSecret(store, kKey, QByteArray());
    QCOMPARE(written.status, SecretStore::Status::Failed);
    QVERIFY(!written.message.isEmpty());
    QVERIFY(written.message != agentp::testing::noAnswerMessage());
    QCOMPARE(readSecret(store, kKey).status, SecretStore::Status::NotFound);
}

void TestMemorySecretStore::isNeverPersistentAndNeverWarns()
{
    // Being memory-only from the start is not a loss; the composition root decides what to say.
    MemorySecretStore store;
    QSignalSpy lost(&store, &SecretStore::persistenceLost);
    QVERIFY(!store.isPersistent());
    QCOMPARE(writeSecret(store, kKey, "x").status, SecretStore::Status::Ok);
    QCOMPARE(lost.count(), 0);
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
