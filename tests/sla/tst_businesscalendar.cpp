// Business calendars: every calendar feature at its boundaries (shift edges, split shifts,
// overnight and multi-day gaps, holidays, special days, DST in both directions) and a
// minute-by-minute reference — "is the team working during this minute?" — over many generated
// calendars and start times, which addWorkingMinutes and workingSecondsBetween must match.
#include "models/domain/BusinessCalendar.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using agentp::domain::BusinessCalendar;
using Shift = BusinessCalendar::Shift;
using DayShifts = BusinessCalendar::DayShifts;

namespace {

const QTimeZone kMoscow("Europe/Moscow");
const QTimeZone kBerlin("Europe/Berlin"); // DST: last Sunday of March / October

DayShifts shifts(std::initializer_list<std::pair<const char *, const char *>> list)
{
    DayShifts out;
    for (const auto &[a, b] : list) {
        const QTime start = QTime::fromString(QLatin1String(a), QStringLiteral("HH:mm"));
        const int end =
            QByteArray(b) == "24:00"
                ? 24 * 60
                : QTime(0, 0).secsTo(QTime::fromString(QLatin1String(b), QStringLiteral("HH:mm"))) /
                      60;
        out.append({start, end - (start.hour() * 60 + start.minute())});
    }
    return out;
}

// Mon–Fri 09:00–13:00 and 14:00–18:00 in `zone`, weekends off.
BusinessCalendar office(const QTimeZone &zone)
{
    std::array<DayShifts, 7> week;
    for (int d = 0; d < 5; ++d)
        week[size_t(d)] = shifts({{"09:00", "13:00"}, {"14:00", "18:00"}});
    return BusinessCalendar::weekly(zone, week);
}

QDateTime local(const QTimeZone &zone, int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), zone);
}

// The reference: walk minute by minute, asking only "is this minute working time?" — the local
// wall time of the minute lies in a shift of its local date.
bool openAt(const BusinessCalendar &c, const QDateTime &utcMinute)
{
    if (c.isAlwaysOpen())
        return true;
    const QDateTime l = utcMinute.toTimeZone(c.zone());
    const int minute = l.time().hour() * 60 + l.time().minute();
    for (const Shift &s : c.shiftsOn(l.date())) {
        const int start = s.start.hour() * 60 + s.start.minute();
        if (minute >= start && minute < start + s.minutes)
            return true;
    }
    return false;
}

QDateTime referenceAdd(const BusinessCalendar &c, QDateTime t, qint64 minutes)
{
    t = t.toUTC();
    for (int guard = 0; minutes > 0 && guard < 400 * 24 * 60; ++guard) {
        if (openAt(c, t))
            --minutes;
        t = t.addSecs(60);
    }
    return minutes > 0 ? QDateTime() : t;
}

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private slots:
    void alwaysOpenIsWallClock()
    {
        const BusinessCalendar c;
        const QDateTime t = local(kMoscow, 2026, 11, 21, 23, 50);
        QCOMPARE(c.addWorkingMinutes(t, 30), t.addSecs(30 * 60));
        QCOMPARE(c.workingSecondsBetween(t, t.addDays(2)), 2 * 86400);
        QVERIFY(c.isOpenAt(t));
    }

    void addWorkingMinutes_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QDateTime>("expected");
        const auto m = [](int d, int h, int mi) {
            return local(kMoscow, 2026, 11, d, h, mi);
        };
        // 2026-11-16 is a Monday.
        QTest::newRow("inside a shift") << m(16, 9, 30) << 60 << m(16, 10, 30);
        QTest::newRow("ends exactly at closing") << m(16, 17, 0) << 60 << m(16, 18, 0);
        QTest::newRow("lunch break skipped") << m(16, 12, 30) << 60 << m(16, 14, 30);
        QTest::newRow("before opening") << m(16, 7, 0) << 15 << m(16, 9, 15);
        QTest::newRow("during lunch") << m(16, 13, 20) << 10 << m(16, 14, 10);
        QTest::newRow("at opening") << m(16, 9, 0) << 1 << m(16, 9, 1);
        QTest::newRow("overnight") << m(16, 17, 30) << 60 << m(17, 9, 30);
        QTest::newRow("after closing") << m(16, 22, 0) << 30 << m(17, 9, 30);
        QTest::newRow("Friday into Monday") << m(20, 17, 45) << 30 << m(23, 9, 15);
        QTest::newRow("Saturday") << m(21, 12, 0) << 5 << m(23, 9, 5);
        QTest::newRow("two working days") << m(16, 9, 0) << 16 * 60 << m(17, 18, 0);
        QTest::newRow("zero") << m(21, 12, 0) << 0 << m(21, 12, 0);
    }
    void addWorkingMinutes()
    {
        QFETCH(QDateTime, from);
        QFETCH(int, minutes);
        QFETCH(QDateTime, expected);
        const BusinessCalendar c = office(kMoscow);
        QCOMPARE(c.addWorkingMinutes(from, minutes), expected);
        // The same instant given in another zone changes nothing.
        QCOMPARE(c.addWorkingMinutes(from.toUTC(), minutes), expected);
    }

    void holidaysAndSpecialDays()
    {
        BusinessCalendar c = office(kMoscow);
        c.setClosed({QDate(2026, 11, 17)});                              // Tuesday off
        c.setSpecial(QDate(2026, 11, 18), shifts({{"10:00", "12:00"}})); // short Wednesday
        c.setSpecial(QDate(2026, 11, 21), shifts({{"11:00", "13:00"}})); // working Saturday
        QCOMPARE(c.addWorkingMinutes(local(kMoscow, 2026, 11, 16, 17, 30), 60),
                 local(kMoscow, 2026, 11, 18, 10, 30));
        QCOMPARE(c.addWorkingMinutes(local(kMoscow, 2026, 11, 18, 11, 30), 60),
                 local(kMoscow, 2026, 11, 19, 9, 30));
        QCOMPARE(c.addWorkingMinutes(local(kMoscow, 2026, 11, 20, 18, 0), 30),
                 local(kMoscow, 2026, 11, 21, 11, 30));
        QVERIFY(!c.isOpenAt(local(kMoscow, 2026, 11, 17, 10, 0)));
        QVERIFY(c.isOpenAt(local(kMoscow, 2026, 11, 21, 12, 59)));
        QVERIFY(!c.isOpenAt(local(kMoscow, 2026, 11, 21, 13, 0)));
        // Whole days between: Mon 8 h, Tue 0, Wed 2 h.
        QCOMPARE(c.workingSecondsBetween(local(kMoscow, 2026, 11, 16, 0, 0),
                                         local(kMoscow, 2026, 11, 19, 0, 0)),
                 qint64(10 * 3600));
    }

    void daylightSavingChanges()
    {
        // A night shift 00:00–06:00 every day in Berlin: the night the clocks go forward
        // (29 March 2026, 02:00 → 03:00) has five working hours, the night they go back
        // (25 October 2026, 03:00 → 02:00) seven.
        std::array<DayShifts, 7> week;
        week.fill(shifts({{"00:00", "06:00"}}));
        const BusinessCalendar c = BusinessCalendar::weekly(kBerlin, week);
        const auto day = [&c](int mo, int d) {
            return c.workingSecondsBetween(local(kBerlin, 2026, mo, d, 0, 0),
                                           local(kBerlin, 2026, mo, d, 12, 0));
        };
        QCOMPARE(day(3, 28), qint64(6 * 3600));
        QCOMPARE(day(3, 29), qint64(5 * 3600));
        QCOMPARE(day(10, 25), qint64(7 * 3600));
        // 4 working hours from 00:00 on the short night end at 05:00 local (4 h really passed).
        QCOMPARE(c.addWorkingMinutes(local(kBerlin, 2026, 3, 29, 0, 0), 240),
                 local(kBerlin, 2026, 3, 29, 5, 0));
        // A shift that starts inside the skipped hour starts when the clocks jump.
        std::array<DayShifts, 7> late;
        late.fill(shifts({{"02:30", "04:00"}}));
        const BusinessCalendar jump = BusinessCalendar::weekly(kBerlin, late);
        QCOMPARE(jump.workingSecondsBetween(local(kBerlin, 2026, 3, 29, 0, 0),
                                            local(kBerlin, 2026, 3, 29, 12, 0)),
                 qint64(3600));
    }

    void matchesTheMinuteByMinuteReference()
    {
        QRandomGenerator random(4242);
        const QList<QTimeZone> zones{kMoscow, kBerlin, QTimeZone("America/New_York"),
                                     QTimeZone("Australia/Lord_Howe")}; // 30-minute DST
        int checked = 0;
        for (int round = 0; round < 120; ++round) {
            std::array<DayShifts, 7> week;
            for (DayShifts &day : week) {
                // 0–3 shifts at random whole or half hours, some across a DST change.
                int at = int(random.bounded(0, 8)) * 30;
                const int count = int(random.bounded(0, 4));
                for (int i = 0; i < count && at < 24 * 60 - 30; ++i) {
                    const int length = std::min(24 * 60 - at, int(random.bounded(1, 16)) * 30);
                    day.append({QTime(at / 60, at % 60), length});
                    at += length + int(random.bounded(0, 6)) * 30;
                }
            }
            BusinessCalendar c = BusinessCalendar::weekly(zones.at(round % zones.size()), week);
            // Around the DST changes of each zone's year and a few ordinary days.
            const QDate base =
                QList<QDate>{QDate(2026, 3, 27), QDate(2026, 10, 23), QDate(2026, 3, 6),
                             QDate(2026, 4, 3), QDate(2026, 11, 16)}
                    .at(round % 5);
            c.setClosed({base.addDays(int(random.bounded(0, 4)))});
            QString unused;
            if (c.toJson().isEmpty() || !BusinessCalendar::fromJson(c.toJson(), &unused))
                continue; // no working hours at all: nothing to compare
            const QDateTime from =
                QDateTime(base, QTime(0, 0), c.zone()).addSecs(qint64(random.bounded(0, 96)) * 900);
            const int minutes = int(random.bounded(1, 600));
            const QDateTime expected = referenceAdd(c, from, minutes);
            QCOMPARE(c.addWorkingMinutes(from, minutes), expected);
            QCOMPARE(c.workingSecondsBetween(from, expected), qint64(minutes) * 60);
            for (int probe = 0; probe < 20; ++probe) {
                const QDateTime t = from.addSecs(qint64(random.bounded(0, 4 * 24 * 60)) * 60);
                QCOMPARE(c.isOpenAt(t), openAt(c, t.toUTC()));
            }
            ++checked;
        }
        QVERIFY(checked > 80);
    }

    void jsonRoundTripAndValidation()
    {
        BusinessCalendar c = office(kMoscow);
        c.setClosed({QDate(2027, 1, 1), QDate(2026, 12, 31)});
        c.setSpecial(QDate(2026, 12, 30), shifts({{"09:00", "15:00"}}));
        QString error;
        const auto back = BusinessCalendar::fromJson(c.toJson(), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QVERIFY(*back == c);
        QVERIFY(
            BusinessCalendar::fromJson({{QStringLiteral("always"), true}}, &error)->isAlwaysOpen());

        const auto fails = [](const char *json) {
            QString e;
            const auto parsed =
                BusinessCalendar::fromJson(QJsonDocument::fromJson(json).object(), &e);
            return !parsed.has_value() && !e.isEmpty();
        };
        QVERIFY(fails(R"({"timezone":"Mars/Olympus","weekly":{"mon":[["09:00","18:00"]]}})"));
        QVERIFY(fails(R"({"timezone":"Europe/Moscow","weekly":{"mon":[["18:00","09:00"]]}})"));
        QVERIFY(fails(R"({"timezone":"Europe/Moscow","weekly":{"mon":[["09:00","13:00"],
                         ["12:00","18:00"]]}})"));
        QVERIFY(fails(R"({"timezone":"Europe/Moscow","weekly":{"mon":[["9am","6pm"]]}})"));
        QVERIFY(fails(R"({"timezone":"Europe/Moscow","weekly":{}})")); // never open
        QVERIFY(fails(R"({"timezone":"Europe/Moscow","weekly":{"mon":[["09:00","18:00"]]},
                         "holidays":["31.12.2026"]})"));
    }

    void shiftsFromText()
    {
        QString error;
        const auto day =
            BusinessCalendar::parseShifts(QStringLiteral("14:00-18:00, 8:00–12:00"), &error);
        QVERIFY2(day.has_value(), qPrintable(error));
        QCOMPARE(BusinessCalendar::formatShifts(*day), QStringLiteral("08:00–12:00, 14:00–18:00"));
        QVERIFY(BusinessCalendar::parseShifts(QString(), &error)->isEmpty()); // a day off
        QVERIFY(BusinessCalendar::parseShifts(QStringLiteral("20:00-24:00"), &error).has_value());
        QVERIFY(!BusinessCalendar::parseShifts(QStringLiteral("09:00-25:00"), &error));
        QVERIFY(!BusinessCalendar::parseShifts(QStringLiteral("from nine"), &error));
        QVERIFY(!BusinessCalendar::parseShifts(QStringLiteral("09:00-12:00, 11:00-13:00"), &error));
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
