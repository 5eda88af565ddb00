// The agentp-console executable as a user runs it: version, errors on bad input, demo creation
// and --screenshot. Each run gets a private HOME so nothing touches the developer's files.
#include "tests/support/TempWorkspace.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    agentp::testing::TempWorkspace m_home;

    Run run(const QStringList &args, int timeoutMs = 120000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.dir());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.dir() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.dir() + QStringLiteral("/config"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // A login session has one; without it Qt warns on stderr, which a user never sees.
        const QString runtime = m_home.dir() + QStringLiteral("/runtime");
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("AGENTP_CONSOLE"), args);
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static int lineCount(const QString &text) { return int(text.trimmed().count(u'\n')) + 1; }

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("AGENTP_CONSOLE"))); }

    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("agentp-console ")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String(AGENTP_VERSION)));
    }

    void help()
    {
        const Run r =
            run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option :
             {"--demo", "--workspace", "--lang", "--screenshot", "demo create"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void badInputGivesOneLineAndNonZeroExit_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::addRow("missing workspace")
            << QStringList{QStringLiteral("--workspace"), QStringLiteral("/nonexistent/x.agentp")}
            << QStringLiteral("/nonexistent/x.agentp");
        QTest::addRow("bad language")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("de")} << QStringLiteral("de");
        QTest::addRow("bad scale") << QStringList{QStringLiteral("demo"), QStringLiteral("create"),
                                                  QStringLiteral("/tmp/x"),
                                                  QStringLiteral("--scale"), QStringLiteral("zero")}
                                   << QStringLiteral("--scale");
        QTest::addRow("unknown argument")
            << QStringList{QStringLiteral("frob")} << QStringLiteral("frob");
    }

    void badInputGivesOneLineAndNonZeroExit()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = run(args);
        QVERIFY2(r.exitCode > 0, qPrintable(r.err));
        QCOMPARE(lineCount(r.err), 1);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void demoCreateAndScreenshotEveryPane()
    {
        const QString workspace = m_home.file(QStringLiteral("demo.agentp"));
        Run r = run({QStringLiteral("demo"), QStringLiteral("create"), workspace});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(workspace));
        QCOMPARE(lineCount(r.out), 1);

        // A second create must not overwrite without --force.
        const QByteArray before = agentp::testing::readAll(workspace);
        r = run({QStringLiteral("demo"), QStringLiteral("create"), workspace});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("--force")));
        QCOMPARE(agentp::testing::readAll(workspace), before);

        const QString shots = m_home.file(QStringLiteral("shots"));
        r = run({QStringLiteral("--workspace"), workspace, QStringLiteral("--screenshot"), shots});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList files = QDir(shots).entryList({QStringLiteral("*.png")}, QDir::Files);
        QVERIFY(files.contains(QStringLiteral("sessions.png")));
        for (const QString &file : files) {
            QVERIFY2(QFileInfo(QDir(shots).filePath(file)).size() > 1000, qPrintable(file));
            const QImage image(QDir(shots).filePath(file));
            QVERIFY(!image.isNull());
            // Windows are full size; the sign-in is a dialog of its natural size.
            if (file == QLatin1String("salon-login.png"))
                QVERIFY(image.width() >= 300 && image.height() >= 150);
            else
                QVERIFY(image.width() >= 800 && image.height() >= 500);
            QVERIFY2(r.out.contains(file), qPrintable(r.out)); // tells where the pictures went
        }
    }

    void demoOptionCreatesTheDefaultWorkspace()
    {
        const QString shots = m_home.file(QStringLiteral("demo-shots"));
        const Run r = run({QStringLiteral("--demo"), QStringLiteral("--screenshot"), shots});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(
            m_home.dir() + QStringLiteral("/data/AgentP/agentp-console/workspaces/demo.agentp")));
        QVERIFY(QFile::exists(QDir(shots).filePath(QStringLiteral("sessions.png"))));
    }

    void corruptWorkspaceIsRefusedClearly()
    {
        const QString path = m_home.file(QStringLiteral("broken.agentp"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const Run r = run({QStringLiteral("--workspace"), path, QStringLiteral("--screenshot"),
                           m_home.file(QStringLiteral("none"))});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(lineCount(r.err), 1);
        QVERIFY(r.err.contains(QLatin1String("SQLite")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
