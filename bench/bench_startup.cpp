// B1 start-up: from process start to the first painted chat list (with chats in it) on a
// workspace of 100,000 chats and over a million messages, against the floor — a bare Qt Widgets
// program showing an empty main window (bench_bare_window) — started alternately in the same
// run. Both say when they first painted (AGENTP_BENCH_FIRST_PAINT, app/FirstPaintProbe: a line
// on standard output); the time counted is from just before the benchmark starts the process to
// that line, so loading libraries counts too.
//
//   bench_startup [--workspace PATH] [--scale N] [--runs N] [--console PATH] [--bare PATH]
//                 [--json FILE]
//
// Without --workspace a demo is generated at --scale (default 250). The workspace is copied with
// its accounts paused (bench/BenchWorkspace.h). One warm-up start of each is not counted: the
// figure is a warm start (the file in the page cache), the everyday case; medians of --runs.
// Needs a display (xvfb-run) or QT_QPA_PLATFORM=offscreen. Measure a Release build.
#include "bench/BenchReport.h"
#include "bench/BenchWorkspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>

using namespace agentp;

namespace {

// Starts `program`, waits for its "agentp-first-paint" line, ends it: the milliseconds from
// start to that line, -1 on failure.
double firstPaint(const QString &program, const QStringList &args, QProcessEnvironment env)
{
    env.insert(QStringLiteral("AGENTP_BENCH_FIRST_PAINT"), QStringLiteral("1"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    double ms = -1;
    QByteArray buffer;
    while (ms < 0 && clock.elapsed() < 180000 && p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(1000);
        buffer += p.readAllStandardOutput();
        if (buffer.contains("agentp-first-paint"))
            ms = double(clock.nsecsElapsed()) / 1e6;
    }
    p.terminate();
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished();
    }
    return ms;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QString here = QCoreApplication::applicationDirPath();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QStringLiteral("An existing workspace."),
                                             QStringLiteral("PATH"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("Demo scale."),
                                         QStringLiteral("N"), QStringLiteral("250"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Counted starts."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption consoleOption(
        QStringLiteral("console"), QStringLiteral("The agentp-console binary."),
        QStringLiteral("PATH"), QDir(here).filePath(QStringLiteral("../bin/agentp-console")));
    const QCommandLineOption bareOption(
        QStringLiteral("bare"), QStringLiteral("The bare window program (floor)."),
        QStringLiteral("PATH"), QDir(here).filePath(QStringLiteral("bench_bare_window")));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write the figures here as JSON."),
                                        QStringLiteral("FILE"));
    parser.addOptions(
        {workspaceOption, scaleOption, runsOption, consoleOption, bareOption, jsonOption});
    parser.process(app);
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench-startup.agentp"));
    if (!bench::prepareWorkspace(parser.value(workspaceOption), parser.value(scaleOption).toInt(),
                                 true, path, out))
        return 1;
    const QProcessEnvironment env = bench::privateHome(dir);
    const QString console = parser.value(consoleOption);
    const QStringList consoleArgs{QStringLiteral("--workspace"), path, QStringLiteral("--lang"),
                                  QStringLiteral("en")};
    const QString bare = parser.value(bareOption);

    // Warm-up (not counted): page cache, font cache, the workspace's first open.
    if (firstPaint(console, consoleArgs, env) < 0 || firstPaint(bare, {}, env) < 0) {
        out << "FAILED: no first paint from " << console << " or " << bare << Qt::endl;
        return 1;
    }
    std::vector<double> consoleMs, bareMs;
    const int runs = qMax(1, parser.value(runsOption).toInt());
    for (int i = 0; i < runs; ++i) {
        const double c = firstPaint(console, consoleArgs, env);
        const double b = firstPaint(bare, {}, env);
        if (c < 0 || b < 0) {
            out << "FAILED: a start did not paint" << Qt::endl;
            return 1;
        }
        consoleMs.push_back(c);
        bareMs.push_back(b);
        out << "start " << i + 1 << ": console " << c << " ms, bare window " << b << " ms"
            << Qt::endl;
    }
    const double c = median(consoleMs), b = median(bareMs);
    out << Qt::fixed;
    out.setRealNumberPrecision(2);
    out << "first painted chat list (median of " << runs << "): " << c << " ms" << Qt::endl;
    out << "bare Qt window (floor):                " << b << " ms" << Qt::endl;
    out << "ratio: " << c / b << "× (target ≤ 1.5×)" << Qt::endl;

    bench::Report report(QStringLiteral("bench_startup"));
    report.add(bench::Figure::againstFloor(
        QStringLiteral("B1"), QStringLiteral("start-up to the first painted chat list (median)"), c,
        b, QStringLiteral("ms"), 1.5, QStringLiteral("≤ 1.5×")));
    return report.write(parser.value(jsonOption)) ? 0 : 1;
}
