#include "models/store/TimeFormat.h"

#include <cstdio>

namespace agentp::store {

QString toStoredTime(const QDateTime &time)
{
    // Written for every pulled message: by hand, since QDateTime::toString parses its format
    // string on each call. Same text as the format "yyyy-MM-ddTHH:mm:ss.zzzZ".
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (!d.isValid() || !t.isValid() || d.year() < 0 || d.year() > 9999)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    char buffer[32];
    const int n =
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(),
                      d.month(), d.day(), t.hour(), t.minute(), t.second(), t.msec());
    return QString::fromLatin1(buffer, n);
}

QDateTime fromStoredTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

} // namespace agentp::store
