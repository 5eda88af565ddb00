// The headless commands in-process: `account add` (validation, the key goes to the secret
// store, the no-keychain hint) and `sync --once` against a FakeConnector (one line per account,
// exit code and reason on failure); and how the command line recognises both.
#include "app/AccountCommand.h"
#include "app/SyncCommand.h"
#include "models/security/MemorySecretStore.h"
#include "tests/chatsync/ChatSyncFixture.h"

#include <QTest>

using namespace agentp;
using app::CommandLine;
using testing::FakeConnector;

class TestChatCommands : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheNewCommands()
    {
        auto c = CommandLine::parse(
            {QStringLiteral("x"), QStringLiteral("account"), QStringLiteral("add"),
             QStringLiteral("--workspace"), QStringLiteral("/tmp/w.agentp"),
             QStringLiteral("--marketplace"), QStringLiteral("ozon"), QStringLiteral("--name"),
             QStringLiteral("Shop"), QStringLiteral("--client-id"), QStringLiteral("42")});
        QCOMPARE(c.action, CommandLine::Action::AccountAdd);
        QCOMPARE(c.clientId, QStringLiteral("42"));
        c = CommandLine::parse({QStringLiteral("x"), QStringLiteral("sync"),
                                QStringLiteral("--workspace"), QStringLiteral("/nonexistent"),
                                QStringLiteral("--once")});
        QCOMPARE(c.action, CommandLine::Action::Error); // no such workspace
        c = CommandLine::parse(
            {QStringLiteral("x"), QStringLiteral("--name"), QStringLiteral("Shop")});
        QCOMPARE(c.action, CommandLine::Action::Error); // belongs to account add
    }

    void accountAddStoresAccountAndKey()
    {
        testing::TempWorkspace tmp;
        CommandLine c;
        c.workspace = tmp.file(QStringLiteral("fresh.agentp")); // does not exist yet
        c.marketplace = QStringLiteral("ozon");
        c.accountName = QStringLiteral("Shop");
        c.clientId = QStringLiteral("12a");
        security::MemorySecretStore secrets;
        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        QCOMPARE(app::addAccount(c, "key-1", secrets, out, err), 1);
        QVERIFY(errText.contains(QStringLiteral("Client-Id")));
        QCOMPARE(app::addAccount(c, QByteArray(), secrets, out, err), 1); // no key

        c.clientId = QStringLiteral("123");
        QCOMPARE(app::addAccount(c, "key-1", secrets, out, err), 0);
        QVERIFY(outText.contains(QStringLiteral("Shop")));
        // A memory-only store is no keychain: the user learns about the environment variable.
        QVERIFY(errText.contains(QStringLiteral("AGENTP_API_KEY_1")));
        QByteArray stored;
        bool answered = false;
        secrets.read(QStringLiteral("ozon/1/api-key"), this,
                     [&](const security::SecretStore::Result &r) {
                         stored = r.secret;
                         answered = true;
                     });
        QTRY_VERIFY(answered);
        QCOMPARE(stored, QByteArray("key-1"));
        QCOMPARE(app::addAccount(c, "key-2", secrets, out, err), 1); // same name again
    }

    void syncOncePrintsOneLinePerAccount()
    {
        testing::ChatSyncFixture f;
        QVERIFY(f.setUp());
        const QString chat = f.server->addChat();
        f.server->addMessage(chat, domain::SenderType::Buyer, QStringLiteral("hi"));
        CommandLine c;
        c.workspace = f.tmp.file();
        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        QCOMPARE(app::syncOnce(c, f.factory(), f.keys(), out, err), 0);
        QCOMPARE(outText.trimmed(),
                 QStringLiteral("Test shop (ozon): 1 chats, 1 new messages, 0 errors"));

        f.server->failNext(
            FakeConnector::Call::ListChats,
            FakeConnector::error(net::ConnectorError::Kind::Auth, QStringLiteral("Wrong Api-Key")));
        outText.clear();
        QCOMPARE(app::syncOnce(c, f.factory(), f.keys(), out, err), 1);
        QVERIFY(errText.contains(QStringLiteral("Test shop: Wrong Api-Key")));

        c.accountName = QStringLiteral("nobody");
        QCOMPARE(app::syncOnce(c, f.factory(), f.keys(), out, err), 1);
    }

    void syncOnceSendsQueuedRepliesFirst()
    {
        testing::ChatSyncFixture f;
        QVERIFY(f.setUp());
        const QString chat = f.server->addChat();
        f.server->addMessage(chat, domain::SenderType::Buyer, QStringLiteral("Где заказ?"));
        CommandLine c;
        c.workspace = f.tmp.file();
        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        QCOMPARE(app::syncOnce(c, f.factory(), f.keys(), out, err), 0);

        // Typed in the console, which was closed before the reply went out.
        qint64 row = 0;
        f.queueReply(f.chatIdOf(chat), QStringLiteral("Уже в пути 🚚"), &row);
        outText.clear();
        QCOMPARE(app::syncOnce(c, f.factory(), f.keys(), out, err), 0);
        QCOMPARE(f.server->sends, 1);
        QVERIFY2(outText.contains(QStringLiteral("Replies: 1 sent, 0 waiting, 0 failed")),
                 qPrintable(outText));
        // The pass after the send brought it back: the row holds the remote id, no second row.
        QVERIFY(
            !f.scalar(QStringLiteral("SELECT remote_id FROM chat_messages WHERE id=%1").arg(row))
                 .isNull());
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM chat_messages")).toInt(), 2);
        QCOMPARE(f.scalar(QStringLiteral("SELECT state FROM outbox")).toString(),
                 QStringLiteral("sent"));

        // Nothing queued: no replies line, nothing sent again.
        outText.clear();
        QCOMPARE(app::syncOnce(c, f.factory(), f.keys(), out, err), 0);
        QVERIFY(!outText.contains(QStringLiteral("Replies:")));
        QCOMPARE(f.server->sends, 1);

        // A reply the marketplace refuses: the run fails and says why.
        f.queueReply(f.chatIdOf(chat), QStringLiteral("second"));
        f.server->failNext(FakeConnector::Call::SendText,
                           FakeConnector::error(net::ConnectorError::Kind::Forbidden,
                                                QStringLiteral("Chat is closed")));
        outText.clear();
        QCOMPARE(app::syncOnce(c, f.factory(), f.keys(), out, err), 1);
        QVERIFY2(outText.contains(QStringLiteral("Replies: 0 sent, 0 waiting, 1 failed")),
                 qPrintable(outText));
        QVERIFY2(errText.contains(QStringLiteral("Chat is closed")), qPrintable(errText));
    }
};

QTEST_GUILESS_MAIN(TestChatCommands)
#include "tst_chatcommands.moc"
