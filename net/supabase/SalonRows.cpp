#include "net/supabase/SalonRows.h"

#include "models/store/TimeFormat.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace agentp::net::supabase {

QDateTime parseServerTime(const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    // Date, time, optional fraction of any length, then Z or ±hh[:mm] (Postgres may write "+03"
    // and a space instead of the T).
    static const QRegularExpression pattern(
        QStringLiteral("\\A(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.(\\d+))?"
                       "(Z|[+-]\\d{2}(?::?\\d{2})?)?)?\\z"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    if (!date.isValid())
        return {};
    if (m.captured(2).isEmpty())
        return QDateTime(date, QTime(0, 0), QTimeZone::utc());
    QString clock = m.captured(2);
    if (clock.size() == 5)
        clock += QStringLiteral(":00");
    QTime time = QTime::fromString(clock, QStringLiteral("HH:mm:ss"));
    if (!time.isValid())
        return {};
    const QString fraction = m.captured(3);
    if (!fraction.isEmpty())
        time = time.addMSecs(fraction.left(3).leftJustified(3, QLatin1Char('0')).toInt());
    int offsetSeconds = 0;
    const QString zone = m.captured(4);
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        const QString digits = QString(zone).remove(QLatin1Char(':'));
        const int hours = digits.mid(1, 2).toInt();
        const int minutes = digits.size() >= 5 ? digits.mid(3, 2).toInt() : 0;
        offsetSeconds =
            (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
}

QString storedFromServer(const QJsonValue &value)
{
    const QDateTime time = parseServerTime(value);
    return time.isValid() ? store::toStoredTime(time) : QString();
}

QString localWinBackStatus(const QString &remoteStatus)
{
    const QString s = remoteStatus.trimmed().toLower();
    if (s == QLatin1String("pending"))
        return QStringLiteral("sent");
    if (s == QLatin1String("sent") || s == QLatin1String("replied"))
        return QStringLiteral("delivered");
    if (s == QLatin1String("booked"))
        return QStringLiteral("returned");
    if (s == QLatin1String("failed") || s == QLatin1String("cancelled"))
        return QStringLiteral("failed");
    return {};
}

QString localMessageRole(const QString &remoteRole)
{
    const QString r = remoteRole.trimmed().toLower();
    if (r == QLatin1String("user") || r == QLatin1String("human") || r == QLatin1String("client"))
        return QStringLiteral("user");
    if (r == QLatin1String("assistant") || r == QLatin1String("ai") || r == QLatin1String("bot"))
        return QStringLiteral("assistant");
    return QStringLiteral("system");
}

} // namespace agentp::net::supabase
