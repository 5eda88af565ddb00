// CPU the console uses while idle with 100,000 chats loaded and the chat list on screen with its
// live SLA timers, against the floor: an idle bare Qt window (a QMainWindow with an empty list)
// measured at the same time. Both run as child processes; their CPU time (user + system, all
// threads, /proc/<pid>/stat) is read at the start and the end of the window.
//
//   bench_idle_cpu [--workspace PATH] [--scale N] [--seconds N] [--console PATH] [--with-sync]
//
// Without --workspace a demo workspace is generated at --scale (default 250: 100,000 chats) into
// a temporary folder; a given workspace is copied there first. Idle means nothing to sync: the
// copy's seller accounts are paused (enabled = 0), so what is measured is the list with its
// timers, the SLA stage timer, notifications and saved-view counts. --with-sync leaves them on
// and measures the demo marketplace's sync passes as well (not idle: a pass walks every chat).
// The console opens the copy in a private HOME (so the Chats pane comes first) and is measured
// once it has settled (list loaded, message index built: under 5 % of a core for 5 s, at most
// 3 minutes). Needs a display (xvfb-run) or QT_QPA_PLATFORM=offscreen. Linux only (/proc).
// Measure a Release build.
#include "models/demo/DemoGenerator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QMainWindow>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <unistd.h>

using namespace agentp;

namespace {

// User + system CPU seconds of a process and all its threads; -1 when it is gone.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks; // utime, stime
}

int bareWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *list = new QListView(&window);
    list->setModel(new QStandardItemModel(&window));
    window.setCentralWidget(list);
    window.resize(1280, 800);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--bare") == 0)
        return bareWindow(argc, argv);

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QStringLiteral("An existing workspace."),
                                             QStringLiteral("PATH"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("Demo scale."),
                                         QStringLiteral("N"), QStringLiteral("250"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Length of the measurement."),
                                           QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption consoleOption(QStringLiteral("console"),
                                           QStringLiteral("The agentp-console binary."),
                                           QStringLiteral("PATH"),
                                           QDir(QCoreApplication::applicationDirPath())
                                               .filePath(QStringLiteral("../bin/agentp-console")));
    const QCommandLineOption syncOption(QStringLiteral("with-sync"),
                                        QStringLiteral("Keep the accounts syncing."));
    parser.addOptions({workspaceOption, scaleOption, secondsOption, consoleOption, syncOption});
    parser.process(app);
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString given = parser.value(workspaceOption);
    const QString path = dir.filePath(QStringLiteral("bench-idle.agentp"));
    if (!given.isEmpty()) {
        if (!QFile::copy(given, path)) {
            out << "FAILED: cannot copy " << given << Qt::endl;
            return 1;
        }
    } else {
        demo::DemoOptions options;
        options.scale = parser.value(scaleOption).toInt();
        options.anchor = QDateTime::currentDateTimeUtc();
        demo::DemoSummary summary;
        store::StoreError error;
        out << "generating the demo at scale " << options.scale << " …" << Qt::endl;
        if (!demo::DemoGenerator::create(path, options, &summary, &error)) {
            out << "FAILED: " << error.message << Qt::endl;
            return 1;
        }
        out << summary.chats << " chats" << Qt::endl;
    }
    if (!parser.isSet(syncOption)) {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pause"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("UPDATE seller_accounts SET enabled = 0"))) {
            out << "FAILED: cannot pause the accounts" << Qt::endl;
            return 1;
        }
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pause"));
    out << (parser.isSet(syncOption) ? "accounts syncing" : "accounts paused (idle)") << Qt::endl;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("home/.local")));
    QDir().mkpath(dir.filePath(QStringLiteral("home/.config")));
    QProcess console, bare;
    for (QProcess *p : {&console, &bare}) {
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->setStandardOutputFile(QProcess::nullDevice());
    }
    console.start(parser.value(consoleOption), {QStringLiteral("--workspace"), path,
                                                QStringLiteral("--lang"), QStringLiteral("en")});
    bare.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--bare")});
    if (!console.waitForStarted() || !bare.waitForStarted()) {
        out << "FAILED: cannot start " << parser.value(consoleOption) << Qt::endl;
        return 1;
    }

    // Settle: the list loads and the message index builds on threads after the window opens.
    QElapsedTimer settle;
    settle.start();
    double last = cpuSeconds(console.processId());
    double window5 = 0;
    int quietSeconds = 0;
    while (settle.elapsed() < 180000) {
        QThread::sleep(1);
        const double now = cpuSeconds(console.processId());
        if (now < 0) {
            out << "FAILED: the console exited (" << console.exitCode() << ")" << Qt::endl;
            return 1;
        }
        window5 = now - last;
        last = now;
        quietSeconds = window5 < 0.05 ? quietSeconds + 1 : 0;
        if (quietSeconds >= 5)
            break;
    }
    out << "console settled after " << settle.elapsed() / 1000 << " s (" << last << " CPU s so far)"
        << Qt::endl;

    const int seconds = parser.value(secondsOption).toInt();
    const double c0 = cpuSeconds(console.processId());
    const double b0 = cpuSeconds(bare.processId());
    QElapsedTimer wall;
    wall.start();
    QThread::sleep(seconds);
    const double c1 = cpuSeconds(console.processId());
    const double b1 = cpuSeconds(bare.processId());
    const double elapsed = wall.elapsed() / 1000.0;
    for (QProcess *p : {&console, &bare}) {
        p->terminate();
        if (!p->waitForFinished(5000))
            p->kill();
    }
    if (c1 < 0 || b1 < 0) {
        out << "FAILED: a process exited during the measurement" << Qt::endl;
        return 1;
    }
    const double used = c1 - c0, floor = b1 - b0;
    out << Qt::fixed;
    out.setRealNumberPrecision(2);
    out << "idle over " << elapsed << " s:" << Qt::endl;
    out << "  console, live timers:   " << used << " CPU s (" << 100 * used / elapsed
        << " % of a core)" << Qt::endl;
    out << "  bare Qt window (floor): " << floor << " CPU s (" << 100 * floor / elapsed
        << " % of a core)" << Qt::endl;
    out << "  difference: " << used - floor << " CPU s; ratio "
        << (floor > 0 ? QString::number(used / floor, 'f', 1) : QStringLiteral("n/a (floor 0)"))
        << Qt::endl;
    return 0;
}
