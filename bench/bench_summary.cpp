// Merges the per-benchmark JSON files that bench/run-all.sh collects into one results file and
// prints the table: figure, value, floor, ratio, target, met.
//
//   bench_summary --out results.json B1.json B2.json …
//
// Exit status 0 whatever the figures say (a missed target is a finding, not a crash); 1 when a
// file is missing or unreadable, so a benchmark that failed to run is not mistaken for a pass.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

namespace {

QString number(const QJsonValue &v, int decimals)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'f', decimals) : QStringLiteral("–");
}

QString pad(const QString &s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out"), QStringLiteral("The merged results file."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Benchmark JSON files."));
    parser.process(app);
    QTextStream out(stdout);

    QJsonArray benches;
    bool complete = true;
    for (const QString &path : parser.positionalArguments()) {
        QFile file(path);
        QJsonParseError error{};
        const QJsonDocument doc = file.open(QIODevice::ReadOnly)
                                      ? QJsonDocument::fromJson(file.readAll(), &error)
                                      : QJsonDocument();
        if (!doc.isObject()) {
            out << "MISSING: " << path << " (the benchmark did not finish)" << Qt::endl;
            complete = false;
            continue;
        }
        benches.append(doc.object());
    }

    out << pad(QStringLiteral("id"), 10) << pad(QStringLiteral("figure"), 56)
        << pad(QStringLiteral("value"), 16) << pad(QStringLiteral("floor"), 12)
        << pad(QStringLiteral("ratio"), 9) << pad(QStringLiteral("target"), 30) << "met"
        << Qt::endl;
    int met = 0, missed = 0;
    for (const QJsonValue &bench : benches) {
        for (const QJsonValue &fv : bench.toObject().value(QStringLiteral("figures")).toArray()) {
            const QJsonObject f = fv.toObject();
            const QString unit = f.value(QStringLiteral("unit")).toString();
            const bool hasTarget = !f.value(QStringLiteral("target_text")).toString().isEmpty();
            const bool ok = f.value(QStringLiteral("met")).toBool();
            if (hasTarget)
                (ok ? met : missed) += 1;
            out << pad(f.value(QStringLiteral("id")).toString(), 10)
                << pad(f.value(QStringLiteral("what")).toString(), 56)
                << pad(number(f.value(QStringLiteral("value")), 2) + QLatin1Char(' ') + unit, 16)
                << pad(number(f.value(QStringLiteral("floor")), 2), 12)
                << pad(f.value(QStringLiteral("ratio")).isDouble()
                           ? number(f.value(QStringLiteral("ratio")), 2) + QStringLiteral("×")
                           : QStringLiteral("–"),
                       9)
                << pad(f.value(QStringLiteral("target_text")).toString(), 30)
                << (hasTarget ? (ok ? "yes" : "NO") : "") << Qt::endl;
        }
    }
    out << met << " target(s) met, " << missed << " missed" << (complete ? "" : "; INCOMPLETE")
        << Qt::endl;

    const QString outPath = parser.value(QStringLiteral("out"));
    if (!outPath.isEmpty()) {
        const QJsonObject root{
            {QStringLiteral("when"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("machine"),
             QJsonObject{{QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                         {QStringLiteral("os"), QSysInfo::prettyProductName()},
                         {QStringLiteral("cpus"), QThread::idealThreadCount()}}},
            {QStringLiteral("complete"), complete},
            {QStringLiteral("benchmarks"), benches}};
        QFile file(outPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(QJsonDocument(root).toJson()) <= 0) {
            out << "cannot write " << outPath << Qt::endl;
            return 1;
        }
    }
    return complete ? 0 : 1;
}
