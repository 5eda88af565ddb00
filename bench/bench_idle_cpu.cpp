// B6 idle CPU and B5 memory. CPU the console uses while idle with 100,000 chats loaded and the
// chat list on screen with its live SLA timers, against the floor: an idle bare Qt window
// (bench_bare_window: a QMainWindow with an empty list) measured at the same time. Both run as
// child processes; their CPU time (user + system, all threads, /proc/<pid>/stat) is read at the
// start and the end of the window. Resident memory (VmRSS) of both is read once the console has
// settled after its start-up (B5).
//
//   bench_idle_cpu [--workspace PATH] [--scale N] [--seconds N] [--console PATH] [--bare PATH]
//                  [--with-sync] [--json FILE]
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
#include "bench/BenchReport.h"
#include "bench/BenchWorkspace.h"
#include "bench/ProcStat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

using namespace agentp;
using bench::cpuSeconds;

int main(int argc, char **argv)
{
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
    const QCommandLineOption bareOption(
        QStringLiteral("bare"), QStringLiteral("The bare window program (floor)."),
        QStringLiteral("PATH"),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("bench_bare_window")));
    const QCommandLineOption syncOption(QStringLiteral("with-sync"),
                                        QStringLiteral("Keep the accounts syncing."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write the figures here as JSON."),
                                        QStringLiteral("FILE"));
    parser.addOptions({workspaceOption, scaleOption, secondsOption, consoleOption, bareOption,
                       syncOption, jsonOption});
    parser.process(app);
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench-idle.agentp"));
    const bool withSync = parser.isSet(syncOption);
    if (!bench::prepareWorkspace(parser.value(workspaceOption), parser.value(scaleOption).toInt(),
                                 !withSync, path, out))
        return 1;
    out << (withSync ? "accounts syncing" : "accounts paused (idle)") << Qt::endl;
    const QProcessEnvironment env = bench::privateHome(dir);
    QProcess console, bare;
    for (QProcess *p : {&console, &bare}) {
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->setStandardOutputFile(QProcess::nullDevice());
    }
    console.start(parser.value(consoleOption), {QStringLiteral("--workspace"), path,
                                                QStringLiteral("--lang"), QStringLiteral("en")});
    bare.start(parser.value(bareOption), {});
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
    // B5: what the console keeps resident once started and settled, next to the bare window.
    const double consoleMiB = bench::residentMiB(console.processId());
    const double bareMiB = bench::residentMiB(bare.processId());

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
    out << "resident memory at idle: console " << consoleMiB << " MiB, bare Qt window " << bareMiB
        << " MiB (target ≤ 200 MB)" << Qt::endl;

    bench::Report report(QStringLiteral("bench_idle_cpu"));
    bench::Figure memory;
    memory.id = QStringLiteral("B5");
    memory.what = QStringLiteral("resident memory at idle after start-up");
    memory.value = consoleMiB * 1.048576; // MiB → MB, the unit
    memory.unit = QStringLiteral("MB");
    memory.floor = bareMiB * 1.048576;
    memory.ratio = consoleMiB / bareMiB;
    memory.target = 200;
    memory.targetText = QStringLiteral("≤ 200 MB");
    report.add(memory);
    bench::Figure cpu;
    cpu.id = QStringLiteral("B6");
    cpu.what = withSync ? QStringLiteral("CPU with live SLA timers and sync (not idle)")
                        : QStringLiteral("CPU at idle with live SLA timers, above the floor");
    cpu.value = 100 * (used - floor) / elapsed;
    cpu.unit = QStringLiteral("% core");
    cpu.floor = 100 * floor / elapsed;
    cpu.ratio = floor > 0 ? used / floor : NAN;
    cpu.target = 2;
    cpu.targetText = QStringLiteral("≤ 2 % of a core above the floor");
    report.add(cpu);
    return report.write(parser.value(jsonOption), {{QStringLiteral("seconds"), elapsed},
                                                   {QStringLiteral("console_cpu_s"), used},
                                                   {QStringLiteral("floor_cpu_s"), floor}})
               ? 0
               : 1;
}
