// `agentp-console predict-risk --workspace PATH` as a user runs it: on a fresh demo workspace it
// scores the upcoming bookings, stores them and prints one summary line; bad input gives one
// line on stderr and a non-zero exit code, and leaves the file alone.
#include "tests/support/TempWorkspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

class TestPredictRisk : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    agentp::testing::TempWorkspace m_home;

    Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.dir());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.dir() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.dir() + QStringLiteral("/config"));
        // A login session has one; without it Qt warns on stderr, which a user never sees.
        const QString runtime = m_home.dir() + QStringLiteral("/runtime");
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        env.remove(QStringLiteral("DISPLAY")); // a headless command must not need a display
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("AGENTP_CONSOLE"),
                args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
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

    static int lines(const QString &text) { return int(text.trimmed().count(u'\n')) + 1; }

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("AGENTP_CONSOLE"))); }

    void scoresAndStoresTheDemo()
    {
        const QString path = m_home.file(QStringLiteral("demo.agentp"));
        const Run created = run({QStringLiteral("demo"), QStringLiteral("create"), path});
        QCOMPARE(created.exitCode, 0);

        const Run r = run({QStringLiteral("predict-risk"), QStringLiteral("--workspace"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(lines(r.out), 1);
        const QRegularExpression summary(
            QStringLiteral("scored (\\d+) upcoming bookings?, (\\d+) at 50 % risk or more"));
        const QRegularExpressionMatch m = summary.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        const int scored = m.captured(1).toInt();
        const int risky = m.captured(2).toInt();
        QVERIFY(scored > 50);
        QVERIFY(risky > 0 && risky < scored);

        // The predictions are in the store, each just scored, with factors and a valid score.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT COUNT(*), SUM(risk_score >= 0.5), MIN(risk_score), MAX(risk_score),"
                " COUNT(DISTINCT predicted_at), SUM(risk_factors LIKE '%lead_time_days%')"
                " FROM risk_predictions WHERE predicted_at = (SELECT MAX(predicted_at)"
                " FROM risk_predictions)")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), scored);
            QCOMPARE(q.value(1).toInt(), risky);
            QVERIFY(q.value(2).toDouble() >= 0.0 && q.value(3).toDouble() <= 1.0);
            QCOMPARE(q.value(4).toInt(), 1);
            QCOMPARE(q.value(5).toInt(), scored);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        // Running again updates the same predictions (upsert), it does not add rows.
        const Run again =
            run({QStringLiteral("predict-risk"), QStringLiteral("--workspace"), path});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(summary.match(again.out).hasMatch());
        QCOMPARE(summary.match(again.out).captured(1).toInt(), scored);
    }

    void badInputGivesOneLineAndNonZeroExit_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<bool>("plantNotSqlite");
        QTest::addRow("no workspace") << QStringList{QStringLiteral("predict-risk")}
                                      << QStringLiteral("--workspace") << false;
        QTest::addRow("missing file")
            << QStringList{QStringLiteral("predict-risk"), QStringLiteral("--workspace"),
                           QStringLiteral("/nonexistent/x.agentp")}
            << QStringLiteral("/nonexistent/x.agentp") << false;
        QTest::addRow("extra argument")
            << QStringList{QStringLiteral("predict-risk"), QStringLiteral("now")}
            << QStringLiteral("predict-risk") << false;
        QTest::addRow("not a workspace")
            << QStringList{QStringLiteral("predict-risk"), QStringLiteral("--workspace")}
            << QStringLiteral("not") << true;
    }

    void badInputGivesOneLineAndNonZeroExit()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QFETCH(bool, plantNotSqlite);
        QByteArray original;
        const QString junk = m_home.file(QStringLiteral("notes.agentp"));
        if (plantNotSqlite) {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            original = QByteArray("these are notes, not a workspace\n").repeated(10);
            f.write(original);
            f.close();
            args << junk;
        }
        const Run r = run(args);
        QVERIFY2(r.exitCode > 0, qPrintable(r.out + r.err));
        QCOMPARE(r.out, QString());
        QCOMPARE(lines(r.err), 1);
        QVERIFY2(r.err.contains(mentions, Qt::CaseInsensitive), qPrintable(r.err));
        if (plantNotSqlite)
            QCOMPARE(agentp::testing::readAll(junk), original); // left untouched
    }
};

QTEST_GUILESS_MAIN(TestPredictRisk)
#include "tst_predictrisk.moc"
