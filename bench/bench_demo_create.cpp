// Measures DemoGenerator::create at a given scale (default 250: 100,000 chats and more than a
// million chat messages) and prints what was written and how fast.
//
//   bench_demo_create [--scale N] [--seed S] [--anchor ISO-8601] [--keep PATH]

#include "models/demo/DemoGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmark of the demo workspace generator"));
    parser.addHelpOption();
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("Demo scale."),
                                         QStringLiteral("N"), QStringLiteral("250"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                        QStringLiteral("S"), QStringLiteral("20261120"));
    const QCommandLineOption anchorOption(
        QStringLiteral("anchor"), QStringLiteral("Anchor time (UTC, ISO-8601)."),
        QStringLiteral("ISO"), QStringLiteral("2026-11-20T12:00:00Z"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Write the workspace here and keep it."),
                                        QStringLiteral("PATH"));
    parser.addOptions({scaleOption, seedOption, anchorOption, keepOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    agentp::demo::DemoOptions options;
    options.scale = parser.value(scaleOption).toInt();
    options.seed = parser.value(seedOption).toULongLong();
    options.anchor = QDateTime::fromString(parser.value(anchorOption), Qt::ISODate);

    QTemporaryDir dir;
    const QString path = parser.isSet(keepOption)
                             ? parser.value(keepOption)
                             : dir.filePath(QStringLiteral("bench-demo.agentp"));
    agentp::demo::DemoSummary summary;
    agentp::store::StoreError error;
    int lastPercent = -10;
    const bool ok =
        agentp::demo::DemoGenerator::create(path, options, &summary, &error, [&](int percent) {
            if (percent >= lastPercent + 10 || percent == 100) {
                err << percent << "% " << Qt::flush;
                lastPercent = percent;
            }
        });
    err << Qt::endl;
    if (!ok) {
        err << "FAILED: " << error.message << Qt::endl;
        return 1;
    }

    const double seconds = double(summary.elapsedMs) / 1000.0;
    out << "scale          " << options.scale << '\n'
        << "clients        " << summary.clients << '\n'
        << "visits         " << summary.visits << '\n'
        << "bot sessions   " << summary.sessions << '\n'
        << "bot messages   " << summary.botMessages << '\n'
        << "waitlist       " << summary.waitlistItems << '\n'
        << "predictions    " << summary.predictions << '\n'
        << "metric rows    " << summary.metricDays << '\n'
        << "chats          " << summary.chats << '\n'
        << "chat messages  " << summary.chatMessages << '\n'
        << "attachments    " << summary.attachments << '\n'
        << "rows total     " << summary.totalRows << '\n'
        << "file size MiB  " << QString::number(QFileInfo(path).size() / 1048576.0, 'f', 1) << '\n'
        << "elapsed s      " << QString::number(seconds, 'f', 2) << '\n'
        << "rows/s         " << QString::number(summary.totalRows / qMax(seconds, 0.001), 'f', 0)
        << Qt::endl;
    return 0;
}
