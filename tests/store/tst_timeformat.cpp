// Stored timestamps: the hand-written formatter gives exactly Qt's "yyyy-MM-ddTHH:mm:ss.zzzZ"
// text of the UTC time (any zone in, milliseconds kept), and reads back to the same instant.
#include "models/store/TimeFormat.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using agentp::store::fromStoredTime;
using agentp::store::toStoredTime;

class TestTimeFormat : public QObject
{
    Q_OBJECT

private slots:
    void knownValues()
    {
        const QDateTime utc(QDate(2026, 11, 20), QTime(9, 15, 0, 7), Qt::UTC);
        QCOMPARE(toStoredTime(utc), QStringLiteral("2026-11-20T09:15:00.007Z"));
        // Moscow (+03:00) becomes UTC.
        const QDateTime msk(QDate(2026, 1, 1), QTime(2, 0), QTimeZone("Europe/Moscow"));
        QCOMPARE(toStoredTime(msk), QStringLiteral("2025-12-31T23:00:00.000Z"));
        QCOMPARE(toStoredTime(QDateTime(QDate(987, 3, 4), QTime(5, 6, 7), Qt::UTC)),
                 QStringLiteral("0987-03-04T05:06:07.000Z"));
    }

    void matchesQtFormatAndRoundTrips()
    {
        QRandomGenerator random(20261121);
        const QList<QTimeZone> zones{QTimeZone("UTC"), QTimeZone("Europe/Moscow"),
                                     QTimeZone("Asia/Vladivostok"), QTimeZone("America/New_York")};
        for (int i = 0; i < 5000; ++i) {
            const qint64 ms = random.bounded(Q_INT64_C(0), Q_INT64_C(4102444800000)); // ≤ 2100
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, zones.at(i % zones.size()));
            const QString text = toStoredTime(t);
            QCOMPARE(text, t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
            QCOMPARE(fromStoredTime(text).toMSecsSinceEpoch(), ms);
        }
    }
};

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
