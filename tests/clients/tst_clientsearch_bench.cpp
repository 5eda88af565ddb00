// Search latency over a large workspace, as the Clients pane runs it (count + first page per
// query). Skips unless AGENTP_CLIENT_BENCH names a workspace, e.g. one made with
// `agentp-console demo create big.agentp --scale 250` (150,000 clients). Prints the median and
// the 99th percentile per kind of query.
#include "models/domain/ClientRecords.h"
#include "models/store/ClientRepository.h"
#include "models/store/Database.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace agentp;

class TestClientSearchBench : public QObject
{
    Q_OBJECT

private slots:
    void latency()
    {
        const QString path = qEnvironmentVariable("AGENTP_CLIENT_BENCH");
        if (path.isEmpty())
            QSKIP("set AGENTP_CLIENT_BENCH to a workspace to measure");
        store::StoreError error;
        store::Database::Options options;
        options.createIfMissing = false;
        auto db = store::Database::open(path, options, &error);
        QVERIFY2(db, qPrintable(error.message));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM clients")) && q.next());
        const qint64 clients = q.value(0).toLongLong();

        // Real names and phones of the workspace, cut the way people type them.
        QStringList names, phones;
        QVERIFY(q.exec(QStringLiteral("SELECT full_name, phone_digits FROM clients"
                                      " WHERE phone_digits IS NOT NULL ORDER BY rowid")));
        int i = 0;
        while (q.next()) {
            if (i++ % 997 != 0)
                continue;
            const QString name = q.value(0).toString();
            names << name.section(QLatin1Char(' '), 0, 0).left(3).toLower()
                  << name.section(QLatin1Char(' '), 1, 1).left(5).toUpper() << name.toLower();
            const QString d = q.value(1).toString();
            phones << d.mid(4, 4)
                   << QStringLiteral("8 (%1) %2-%3").arg(d.mid(1, 3), d.mid(4, 3), d.mid(7, 2))
                   << QStringLiteral("+7 %1 %2-%3-%4")
                          .arg(d.mid(1, 3), d.mid(4, 3), d.mid(7, 2), d.mid(9, 2));
        }
        const QStringList shortOnes = {QStringLiteral("а"), QStringLiteral("ма"),
                                       QStringLiteral("Ив"), QStringLiteral("е")};
        store::ClientRepository repo(db->connection());
        // Wall time, and this thread's CPU time: on a busy machine the second shows what the
        // search itself costs.
        auto cpuMs = [] {
            timespec t{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
            return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
        };
        auto percentile = [](std::vector<double> v, double p) {
            std::sort(v.begin(), v.end());
            return v[std::min(v.size() - 1, size_t(double(v.size()) * p))];
        };
        auto measure = [&](const char *kind, const QStringList &queries) {
            std::vector<double> ms, cpu;
            for (int round = 0; round < 3; ++round) {
                for (const QString &text : queries) {
                    domain::ClientFilter f;
                    f.search = text;
                    QElapsedTimer t;
                    t.start();
                    const double cpuStart = cpuMs();
                    repo.count(f, &error);
                    repo.page(f, 0, 200, &error);
                    cpu.push_back(cpuMs() - cpuStart);
                    ms.push_back(double(t.nsecsElapsed()) / 1e6);
                }
            }
            qInfo("%-12s %5zu searches over %lld clients: median %.1f ms, p99 %.1f ms"
                  " (CPU: median %.1f ms, p99 %.1f ms)",
                  kind, ms.size(), clients, percentile(ms, 0.5), percentile(ms, 0.99),
                  percentile(cpu, 0.5), percentile(cpu, 0.99));
        };
        measure("name", names);
        measure("phone", phones);
        measure("1-2 letters", shortOnes);
        measure("no search", {QString()});
        QVERIFY(!error.isError());
    }
};

QTEST_GUILESS_MAIN(TestClientSearchBench)
#include "tst_clientsearch_bench.moc"
