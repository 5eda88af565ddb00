// The headless chat commands as an administrator runs them on a server without a keychain:
// `account add` (key on standard input, loopback rule for the base URL) and `sync --once` against
// the loopback fake Ozon server through the real OzonConnector — the pass, a reply typed earlier
// in the console going out exactly once, and a wrong Api-Key failing with its reason.
#include "models/store/Database.h"
#include "models/store/ReplyQueue.h"
#include "tests/support/FakeOzonServer.h"
#include "tests/support/TempWorkspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace agentp;

class TestHeadlessSync : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    testing::TempWorkspace m_home;

    Run run(const QStringList &args, const QMap<QString, QString> &extraEnv = {},
            const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.dir());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.dir() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.dir() + QStringLiteral("/data"));
        // A server without a keychain: the documented environment variables carry the keys.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + m_home.dir() + QStringLiteral("/no-bus"));
        env.remove(QStringLiteral("AGENTP_API_KEY"));
        for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("AGENTP_CONSOLE"), args);
        if (!input.isNull()) {
            p.write(input);
            p.closeWriteChannel();
        }
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QVariant scalar(const QString &path, const QString &sql)
    {
        store::StoreError error;
        auto db = store::Database::open(path, &error);
        if (!db)
            return {};
        QVariant v;
        {
            QSqlQuery q(db->connection());
            if (q.exec(sql) && q.next())
                v = q.value(0);
        }
        return v;
    }

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("AGENTP_CONSOLE"))); }

    void addAccountThenSyncOnce()
    {
        testing::FakeOzonServerThread fake;
        QVERIFY(fake.start());
        fake.server()->generate(3, 10, 42);
        // A buyer who wrote just now (the generated chats are older than Ozon's reply window).
        const QString remoteChat = fake.server()->addChat();
        testing::FakeOzonData::Message question;
        question.data = {QStringLiteral("Когда отправите?")};
        fake.server()->addMessage(remoteChat, question);
        const QString base = fake.baseUrl().toString();
        const QString workspace = m_home.dir() + QStringLiteral("/shop.agentp");
        const testing::FakeOzonServer::Options defaults;

        // The key comes on standard input, never as an argument; the workspace is created.
        Run r =
            run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--workspace"),
                 workspace, QStringLiteral("--marketplace"), QStringLiteral("ozon"),
                 QStringLiteral("--name"), QStringLiteral("Shop"), QStringLiteral("--client-id"),
                 defaults.clientId, QStringLiteral("--base-url"), base},
                {}, defaults.apiKey + '\n');
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("AGENTP_API_KEY_1")), qPrintable(r.err));
        QVERIFY(QFile::exists(workspace));
        // Nothing secret in the workspace file.
        QFile file(workspace);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(defaults.apiKey));

        const QStringList sync{QStringLiteral("sync"), QStringLiteral("--workspace"), workspace,
                               QStringLiteral("--once")};
        const QMap<QString, QString> key{
            {QStringLiteral("AGENTP_API_KEY_1"), QString::fromLatin1(defaults.apiKey)}};
        r = run(sync, key);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(),
                 QStringLiteral("Shop (ozon): 4 chats, 31 new messages, 0 errors"));
        QCOMPARE(scalar(workspace, QStringLiteral("SELECT COUNT(*) FROM chat_messages")).toInt(),
                 31);

        // A reply typed in the console before it was closed goes out with the next run, once.
        const qint64 chatId =
            scalar(workspace,
                   QStringLiteral("SELECT id FROM chats WHERE remote_id='%1'").arg(remoteChat))
                .toLongLong();
        {
            store::StoreError error;
            auto db = store::Database::open(workspace, &error);
            QVERIFY(db);
            store::ReplyQueue queue(db->connection(), workspace);
            const store::QueuedReply queued =
                queue.queueText(chatId, QStringLiteral("Отправили сегодня 📦"), &error);
            QVERIFY2(queued.ok(), qPrintable(queued.problem + error.message));
        }
        r = run(sync, key);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Replies: 1 sent, 0 waiting, 0 failed")),
                 qPrintable(r.out));
        QCOMPARE(fake.server()->sendCount(remoteChat), 1);
        QCOMPARE(scalar(workspace, QStringLiteral("SELECT COUNT(*) FROM chat_messages WHERE"
                                                  " sender_type='seller' AND body LIKE"
                                                  " 'Отправили%' AND remote_id IS NOT NULL"))
                     .toInt(),
                 1);
        r = run(sync, key);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(fake.server()->sendCount(remoteChat), 1);

        // A wrong key: non-zero, and the reason names the problem.
        r = run(sync, {{QStringLiteral("AGENTP_API_KEY_1"), QStringLiteral("wrong")}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Shop: ")), qPrintable(r.err));
        // No key at all: says which variable to set.
        r = run(sync);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("AGENTP_API_KEY_1")), qPrintable(r.err));
    }

    void plainHttpOnlyOnLoopback()
    {
        const QString workspace = m_home.dir() + QStringLiteral("/other.agentp");
        const Run r =
            run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--workspace"),
                 workspace, QStringLiteral("--marketplace"), QStringLiteral("ozon"),
                 QStringLiteral("--name"), QStringLiteral("Shop"), QStringLiteral("--client-id"),
                 QStringLiteral("1"), QStringLiteral("--base-url"),
                 QStringLiteral("http://api.example.com")},
                {}, QByteArrayLiteral("key\n"));
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("HTTPS")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestHeadlessSync)
#include "tst_headlesssync.moc"
