// Client search latency as the Clients pane runs it (count + first page of 200 per query) over a
// large workspace, next to a floor measured in the same run: a plain in-memory substring scan of
// the same names and phone digits (what any search must at least cost without an index).
//
//   bench_client_search [--workspace PATH] [--scale N]
//
// Without --workspace it writes a demo workspace at --scale (default 250: about 150,000 clients)
// into a temporary folder first. Prints median and p99 per kind of query, wall and thread-CPU
// time, and the ratio of the search's median to the floor's. Measure a Release build.
#include "models/demo/DemoGenerator.h"
#include "models/domain/ClientRecords.h"
#include "models/store/ClientRepository.h"
#include "models/store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace agentp;

namespace {

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(double(v.size()) * p))];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QStringLiteral("Workspace to search."),
                                             QStringLiteral("PATH"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("Demo scale when no workspace is given."),
                                         QStringLiteral("N"), QStringLiteral("250"));
    parser.addOptions({workspaceOption, scaleOption});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QTemporaryDir dir;
    QString path = parser.value(workspaceOption);
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("bench-clients.agentp"));
        demo::DemoOptions options;
        options.scale = parser.value(scaleOption).toInt();
        options.anchor = QDateTime::fromString(QStringLiteral("2026-11-20T12:00:00Z"), Qt::ISODate);
        demo::DemoSummary summary;
        store::StoreError error;
        err << "writing a demo workspace at scale " << options.scale << "…" << Qt::endl;
        if (!demo::DemoGenerator::create(path, options, &summary, &error, {})) {
            err << "FAILED: " << error.message << Qt::endl;
            return 1;
        }
    }

    store::StoreError error;
    store::Database::Options options;
    options.createIfMissing = false;
    auto db = store::Database::open(path, options, &error);
    if (!db) {
        err << "FAILED: " << error.message << Qt::endl;
        return 1;
    }
    QSqlQuery q(db->connection());
    q.setForwardOnly(true);
    // Every name and phone in memory: the texts the floor scans.
    std::vector<QString> allNames, allPhones;
    q.exec(QStringLiteral("SELECT full_name, COALESCE(phone_digits, '') FROM clients"));
    while (q.next()) {
        allNames.push_back(q.value(0).toString().toLower());
        allPhones.push_back(q.value(1).toString());
    }
    q.finish();

    // Real names and phones of the workspace, cut the way people type them.
    QStringList names, phones;
    for (size_t i = 0; i < allNames.size(); i += 997) {
        const QString &name = allNames[i];
        names << name.section(QLatin1Char(' '), 0, 0).left(3)
              << name.section(QLatin1Char(' '), 1, 1).left(5).toUpper() << name;
        const QString &d = allPhones[i];
        if (d.size() < 11)
            continue;
        phones << d.mid(4, 4)
               << QStringLiteral("8 (%1) %2-%3").arg(d.mid(1, 3), d.mid(4, 3), d.mid(7, 2))
               << QStringLiteral("+7 %1 %2-%3-%4")
                      .arg(d.mid(1, 3), d.mid(4, 3), d.mid(7, 2), d.mid(9, 2));
    }
    const QStringList shortOnes = {QStringLiteral("а"), QStringLiteral("ма"), QStringLiteral("Ив"),
                                   QStringLiteral("е")};

    store::ClientRepository repo(db->connection());
    out << "clients: " << allNames.size() << "\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("query"), -12)
               .arg(QStringLiteral("n"), 6)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("p99 ms"), 8)
               .arg(QStringLiteral("floor med"), 10)
               .arg(QStringLiteral("ratio"), 7);
    qint64 floorHits = 0;
    auto measure = [&](const QString &kind, const QStringList &queries, bool digits) {
        std::vector<double> ms, floorMs;
        for (int round = 0; round < 3; ++round) {
            for (const QString &text : queries) {
                domain::ClientFilter f;
                f.search = text;
                QElapsedTimer t;
                t.start();
                repo.count(f, &error);
                repo.page(f, 0, 200, &error);
                ms.push_back(double(t.nsecsElapsed()) / 1e6);

                // Floor: one pass over the texts in memory, counting matches.
                QString needle = text.toLower();
                if (digits)
                    needle.remove(QRegularExpression(QStringLiteral("\\D")));
                t.restart();
                int hits = 0;
                for (size_t i = 0; i < allNames.size(); ++i)
                    hits += (digits ? allPhones[i] : allNames[i]).contains(needle) ? 1 : 0;
                floorMs.push_back(double(t.nsecsElapsed()) / 1e6);
                floorHits += hits; // printed, so the scan cannot be optimised away
            }
        }
        const double median = percentile(ms, 0.5);
        const double floorMedian = percentile(floorMs, 0.5);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(kind, -12)
                   .arg(int(ms.size()), 6)
                   .arg(median, 10, 'f', 2)
                   .arg(percentile(ms, 0.99), 8, 'f', 2)
                   .arg(floorMedian, 10, 'f', 2)
                   .arg(floorMedian > 0 ? median / floorMedian : 0, 7, 'f', 2);
    };
    const double cpuStart = cpuMs();
    measure(QStringLiteral("name"), names, false);
    measure(QStringLiteral("phone"), phones, true);
    measure(QStringLiteral("1-2 letters"), shortOnes, false);
    out << "thread CPU for all searches and floors: " << QString::number(cpuMs() - cpuStart, 'f', 0)
        << " ms (floor matched " << floorHits << " times)\n";
    if (error.isError()) {
        err << "FAILED: " << error.message << Qt::endl;
        return 1;
    }
    return 0;
}
