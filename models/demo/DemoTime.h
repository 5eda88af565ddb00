#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace agentp::demo {

// Time arithmetic of the generated world in plain integers (milliseconds and days since the
// Unix epoch, UTC). Formatting by hand instead of QDateTime::toString matters: the large demo
// formats millions of timestamps and QDateTime's formatter dominated the profile.
namespace DemoTime {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// "yyyy-MM-ddTHH:mm:ss.zzzZ" — the store's timestamp format.
QString iso(qint64 msSinceEpoch);
// "yyyy-MM-dd" of a day number (days since 1970-01-01).
QString date(qint64 day);
// "HH:mm" of minutes after midnight.
QString hhmm(int minutes);
// "dd.MM" — how people write dates in chat messages.
QString dayMonth(qint64 day);

qint64 dayOf(qint64 msSinceEpoch);
// 0 = Monday … 6 = Sunday.
int weekday(qint64 day);
int year(qint64 day);
qint64 dayFromCivil(int year, int month, int dayOfMonth);

// The anchor as milliseconds: the given UTC time, or the current hour when invalid.
qint64 anchorMs(const QDateTime &anchor);

} // namespace DemoTime

} // namespace agentp::demo
