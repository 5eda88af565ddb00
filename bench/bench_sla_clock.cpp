// Cost of the SLA clocks a chat list computes: 100,000 waiting chats (buyers waiting since a
// random moment of the last 7 days) under a business-hours rule (Europe/Moscow, split shifts,
// holidays) — deadline and warning time each — next to the floor: the same clocks under an
// around-the-clock rule (plain date arithmetic). Prints total and per-clock times.
//
//   bench_sla_clock [--chats N]
//
// Measure a Release build.

#include "models/domain/SlaPolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

using namespace agentp::domain;

namespace {

double run(const SlaRule &rule, const QList<QDateTime> &since, qint64 *checksum)
{
    QElapsedTimer clock;
    clock.start();
    for (const QDateTime &t : since) {
        const SlaClock c = slaClock(rule, {{SenderType::Buyer, t}});
        *checksum += c.due.toSecsSinceEpoch() % 7 + c.warnAt.toSecsSinceEpoch() % 3;
    }
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("chats"), QStringLiteral("Waiting chats."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.process(app);
    const int chats = parser.value(QStringLiteral("chats")).toInt();

    QRandomGenerator random(7);
    const QDateTime now(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());
    QList<QDateTime> since;
    since.reserve(chats);
    for (int i = 0; i < chats; ++i)
        since << now.addSecs(-qint64(random.bounded(0, 7 * 24 * 3600)));

    SlaRule always;
    always.firstResponseMinutes = 30;
    always.warningMinutes = 10;
    SlaRule office = always;
    std::array<BusinessCalendar::DayShifts, 7> week;
    for (int d = 0; d < 5; ++d)
        week[size_t(d)] = {{QTime(9, 0), 240}, {QTime(14, 0), 240}};
    week[5] = {{QTime(10, 0), 300}};
    office.calendar = BusinessCalendar::weekly(QTimeZone("Europe/Moscow"), week);
    office.calendar.setClosed({QDate(2026, 11, 4), QDate(2026, 12, 31)});

    qint64 checksum = 0;
    const double floorMs = run(always, since, &checksum);
    const double officeMs = run(office, since, &checksum);
    QTextStream out(stdout);
    out << "SLA clocks for " << chats << " waiting chats (checksum " << checksum << ")\n";
    out << QStringLiteral("around the clock (floor): %1 ms, %2 µs per clock\n")
               .arg(floorMs, 0, 'f', 1)
               .arg(floorMs * 1000 / chats, 0, 'f', 2);
    out << QStringLiteral("business hours, Europe/Moscow: %1 ms, %2 µs per clock, %3× the floor\n")
               .arg(officeMs, 0, 'f', 1)
               .arg(officeMs * 1000 / chats, 0, 'f', 2)
               .arg(officeMs / floorMs, 0, 'f', 1);
    return 0;
}
