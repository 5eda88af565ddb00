#include "models/demo/DemoTime.h"

namespace agentp::demo::DemoTime {

namespace {

struct Civil
{
    int year;
    int month;
    int day;
};

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian, exact for any date
// the demo can produce).
Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

void put(QChar *&out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(static_cast<char16_t>(u'0' + value % 10));
        value /= 10;
    }
    out += width;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

qint64 dayFromCivil(int year, int month, int dayOfMonth)
{
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + dayOfMonth - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

qint64 dayOf(qint64 msSinceEpoch)
{
    return floorDiv(msSinceEpoch, kDay);
}

int weekday(qint64 day)
{
    // 1970-01-01 was a Thursday (index 3 with Monday = 0).
    return static_cast<int>(((day % 7) + 7 + 3) % 7);
}

int year(qint64 day)
{
    return civilFromDays(day).year;
}

QString iso(qint64 msSinceEpoch)
{
    const qint64 day = dayOf(msSinceEpoch);
    qint64 rest = msSinceEpoch - day * kDay;
    const Civil c = civilFromDays(day);
    QString s(24, Qt::Uninitialized);
    QChar *out = s.data();
    put(out, c.year, 4);
    *out++ = QLatin1Char('-');
    put(out, c.month, 2);
    *out++ = QLatin1Char('-');
    put(out, c.day, 2);
    *out++ = QLatin1Char('T');
    put(out, static_cast<int>(rest / kHour), 2);
    rest %= kHour;
    *out++ = QLatin1Char(':');
    put(out, static_cast<int>(rest / kMinute), 2);
    rest %= kMinute;
    *out++ = QLatin1Char(':');
    put(out, static_cast<int>(rest / 1000), 2);
    *out++ = QLatin1Char('.');
    put(out, static_cast<int>(rest % 1000), 3);
    *out = QLatin1Char('Z');
    return s;
}

QString date(qint64 day)
{
    const Civil c = civilFromDays(day);
    QString s(10, Qt::Uninitialized);
    QChar *out = s.data();
    put(out, c.year, 4);
    *out++ = QLatin1Char('-');
    put(out, c.month, 2);
    *out++ = QLatin1Char('-');
    put(out, c.day, 2);
    return s;
}

QString hhmm(int minutes)
{
    QString s(5, Qt::Uninitialized);
    QChar *out = s.data();
    put(out, minutes / 60, 2);
    *out++ = QLatin1Char(':');
    put(out, minutes % 60, 2);
    return s;
}

QString dayMonth(qint64 day)
{
    const Civil c = civilFromDays(day);
    QString s(5, Qt::Uninitialized);
    QChar *out = s.data();
    put(out, c.day, 2);
    *out++ = QLatin1Char('.');
    put(out, c.month, 2);
    return s;
}

qint64 anchorMs(const QDateTime &anchor)
{
    if (anchor.isValid())
        return anchor.toMSecsSinceEpoch();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return now - now % kHour;
}

} // namespace agentp::demo::DemoTime
