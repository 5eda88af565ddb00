// Cost of the SLA compliance report (SlaReport::load: every wait that began in the period,
// judged in working time, over the histories of the chats with a buyer message in it) on a
// workspace, against the floor: the same rows read by a bare query with nothing judged. Prints
// both for periods of 1, 7 and 30 days before the workspace's newest message.
//
//   bench_sla_report --workspace PATH
//
// Make the workspace with `agentp-console demo create PATH --scale 250` (100,000 chats).
// Measure a Release build.
#include "models/items/SlaReport.h"
#include "models/store/Database.h"
#include "models/store/TimeFormat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

using namespace agentp;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"), QStringLiteral("The workspace."), QStringLiteral("PATH"));
    parser.addOption(workspaceOption);
    parser.process(app);
    QTextStream out(stdout);
    store::StoreError error;
    store::Database::Options options;
    options.createIfMissing = false;
    auto db = store::Database::open(parser.value(workspaceOption), options, &error);
    if (!db) {
        out << "FAILED: " << error.message << Qt::endl;
        return 1;
    }
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT MAX(created_at) FROM chat_messages"));
    const QDateTime now = q.next() ? store::fromStoredTime(q.value(0).toString()) : QDateTime();
    if (!now.isValid()) {
        out << "FAILED: no messages" << Qt::endl;
        return 1;
    }
    out << Qt::fixed;
    out.setRealNumberPrecision(1);
    for (int days : {1, 7, 30}) {
        const QDateTime from = now.addDays(-days);
        // Floor: the rows the report reads, fetched and touched, nothing judged.
        QElapsedTimer t;
        t.start();
        q.prepare(QStringLiteral(
            "SELECT chat_id, sender_type, COALESCE(author, ''),"
            " CAST(strftime('%s', created_at) AS INTEGER) FROM chat_messages WHERE chat_id IN"
            " (SELECT DISTINCT chat_id FROM chat_messages WHERE sender_type = 'buyer' AND"
            " created_at >= ? AND created_at < ?) ORDER BY chat_id, created_at"));
        q.addBindValue(store::toStoredTime(from));
        q.addBindValue(store::toStoredTime(now.addSecs(1)));
        q.exec();
        qint64 rows = 0, sum = 0;
        while (q.next()) {
            ++rows;
            sum += q.value(3).toLongLong() % 7 + q.value(1).toString().size();
        }
        const double floorMs = t.nsecsElapsed() / 1e6;
        t.restart();
        const auto report =
            models::SlaReport::load(db->connection(), from, now.addSecs(1), now, &error);
        const double reportMs = t.nsecsElapsed() / 1e6;
        if (!report) {
            out << "FAILED: " << error.message << Qt::endl;
            return 1;
        }
        out << days << " day(s): " << report->waits().size() << " waits from " << rows
            << " messages: report " << reportMs << " ms, bare query " << floorMs << " ms, ratio "
            << reportMs / floorMs << " (" << sum % 10 << ")" << Qt::endl;
    }
    return 0;
}
