// Matching a waiting client to a risky slot: every incompatibility reason (reported first in the
// documented order) and compatible pairs, including the window edges and the salon's time zone.
#include "models/domain/WaitlistMatch.h"

#include <QTest>

using namespace agentp::domain;
using Reason = MatchVerdict::Reason;

Q_DECLARE_METATYPE(agentp::domain::MatchVerdict::Reason)
Q_DECLARE_METATYPE(agentp::domain::WaitlistItem)
Q_DECLARE_METATYPE(agentp::domain::RiskyBooking)

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

// Мария waits for a manicure on 1 December, 10:00–13:00 Moscow time, with any master.
WaitlistItem item()
{
    WaitlistItem w;
    w.id = 7;
    w.tenantId = QStringLiteral("tenant-a");
    w.clientName = QStringLiteral("Мария П.");
    w.service = QStringLiteral("Маникюр с покрытием гель-лак");
    w.wantedDate = QDate(2026, 12, 1);
    w.windowFrom = QTime(10, 0);
    w.windowTo = QTime(13, 0);
    w.status = QStringLiteral("pending");
    return w;
}

// Иван's booking: 1 December 11:30 Moscow (08:30 UTC) with Анна Ковалёва.
RiskyBooking slot()
{
    RiskyBooking r;
    r.id = 3;
    r.tenantId = QStringLiteral("tenant-a");
    r.zone = QTimeZone("Europe/Moscow");
    r.bookingId = QStringLiteral("542000123");
    r.service = QStringLiteral("Маникюр с покрытием гель-лак");
    r.master = QStringLiteral("Анна Ковалёва");
    r.slotAt = QDateTime(QDate(2026, 12, 1), QTime(8, 30), Qt::UTC);
    r.status = QStringLiteral("open");
    r.score = 0.72;
    return r;
}

} // namespace

class TestWaitlistMatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QTimeZone("Europe/Moscow").isValid()); }

    void rules_data()
    {
        QTest::addColumn<WaitlistItem>("item");
        QTest::addColumn<RiskyBooking>("slot");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<MatchVerdict::Reason>("reason");
        QTest::addColumn<QString>("mentions");

        QTest::addRow("compatible") << item() << slot() << kNow << Reason::Compatible << QString();
        {
            WaitlistItem w = item();
            w.service = QStringLiteral("  маникюр   С ПОКРЫТИЕМ гель-лак ");
            w.master = QStringLiteral("анна ковалёва");
            QTest::addRow("service and master ignore case and spaces")
                << w << slot() << kNow << Reason::Compatible << QString();
        }
        {
            RiskyBooking r = slot();
            r.slotAt = QDateTime(QDate(2026, 12, 1), QTime(7, 0), Qt::UTC); // 10:00 local
            QTest::addRow("window start included")
                << item() << r << kNow << Reason::Compatible << QString();
            r.slotAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC); // 13:00 local
            QTest::addRow("window end included")
                << item() << r << kNow << Reason::Compatible << QString();
            WaitlistItem open = item();
            open.windowFrom = QTime();
            open.windowTo = QTime();
            r.slotAt = QDateTime(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC); // 20:00 local
            QTest::addRow("no window: any time of the day")
                << open << r << kNow << Reason::Compatible << QString();
        }
        {
            WaitlistItem w = item();
            w.status = QStringLiteral("converted");
            QTest::addRow("item not waiting")
                << w << slot() << kNow << Reason::NotWaiting << QStringLiteral("no longer");
        }
        {
            RiskyBooking r = slot();
            r.matchedWaitlistId = 99;
            QTest::addRow("slot already matched") << item() << r << kNow << Reason::SlotUnavailable
                                                  << QStringLiteral("already matched");
            r = slot();
            r.status = QStringLiteral("ignored");
            QTest::addRow("slot ignored")
                << item() << r << kNow << Reason::SlotUnavailable << QStringLiteral("ignored");
        }
        {
            RiskyBooking r = slot();
            r.tenantId = QStringLiteral("tenant-b");
            r.service = QStringLiteral("Стрижка"); // the salon is reported first
            QTest::addRow("other salon")
                << item() << r << kNow << Reason::OtherSalon << QStringLiteral("another salon");
        }
        {
            RiskyBooking r = slot();
            r.service = QStringLiteral("Педикюр с покрытием");
            QTest::addRow("other service") << item() << r << kNow << Reason::OtherService
                                           << QStringLiteral("Педикюр с покрытием");
        }
        {
            RiskyBooking r = slot();
            r.slotAt = QDateTime(QDate(2026, 12, 2), QTime(8, 30), Qt::UTC);
            QTest::addRow("other date")
                << item() << r << kNow << Reason::OtherDate << QStringLiteral("client wants");
            // 22:30 UTC on 30 November is already 1 December 01:30 in Moscow: same date, but
            // outside the window — the date is judged in the salon's zone, not in UTC.
            r.slotAt = QDateTime(QDate(2026, 11, 30), QTime(22, 30), Qt::UTC);
            QTest::addRow("date in the salon's zone")
                << item() << r << kNow << Reason::OutsideWindow << QStringLiteral("01:30");
        }
        {
            RiskyBooking r = slot();
            r.slotAt = QDateTime(QDate(2026, 12, 1), QTime(6, 59), Qt::UTC); // 09:59 local
            QTest::addRow("before the window")
                << item() << r << kNow << Reason::OutsideWindow << QStringLiteral("10:00–13:00");
            r.slotAt = QDateTime(QDate(2026, 12, 1), QTime(10, 1), Qt::UTC); // 13:01 local
            QTest::addRow("after the window")
                << item() << r << kNow << Reason::OutsideWindow << QStringLiteral("13:01");
            WaitlistItem fromOnly = item();
            fromOnly.windowTo = QTime();
            QTest::addRow("open end after the start")
                << fromOnly << r << kNow << Reason::Compatible << QString();
        }
        QTest::addRow("slot passed")
            << item() << slot() << QDateTime(QDate(2026, 12, 1), QTime(8, 30), Qt::UTC)
            << Reason::SlotPassed << QStringLiteral("passed");
        {
            WaitlistItem w = item();
            w.master = QStringLiteral("Екатерина Белова");
            QTest::addRow("other master")
                << w << slot() << kNow << Reason::OtherMaster << QStringLiteral("Екатерина Белова");
            RiskyBooking noMaster = slot();
            noMaster.master.clear();
            QTest::addRow("asked for a master, slot has none")
                << w << noMaster << kNow << Reason::OtherMaster << QStringLiteral("another master");
        }
    }

    void rules()
    {
        QFETCH(WaitlistItem, item);
        QFETCH(RiskyBooking, slot);
        QFETCH(QDateTime, now);
        QFETCH(MatchVerdict::Reason, reason);
        QFETCH(QString, mentions);
        const MatchVerdict verdict = WaitlistMatch::check(item, slot, now);
        QCOMPARE(verdict.reason, reason);
        QCOMPARE(verdict.ok(), reason == Reason::Compatible);
        if (verdict.ok())
            QVERIFY(verdict.message.isEmpty());
        else
            QVERIFY2(verdict.message.contains(mentions), qPrintable(verdict.message));
    }
};

QTEST_GUILESS_MAIN(TestWaitlistMatch)
#include "tst_waitlistmatch.moc"
