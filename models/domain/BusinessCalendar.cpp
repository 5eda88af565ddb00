#include "models/domain/BusinessCalendar.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace agentp::domain {

namespace {

constexpr int kMinutesPerDay = 24 * 60;
constexpr qint64 kSecondsPerDay = 24 * 3600;
// How far addWorkingMinutes looks ahead before it gives up (closed dates can empty whole
// weeks, but not ten years).
constexpr int kMaxDaysAhead = 3660;
const char *const kDayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

// Minutes of "HH:MM" (00:00–24:00), or -1.
int minutesOf(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([01]\\d|2[0-4]):([0-5]\\d)$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const int minutes = m.captured(1).toInt() * 60 + m.captured(2).toInt();
    return minutes <= kMinutesPerDay ? minutes : -1;
}

QString hhmm(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

int startMinutes(const BusinessCalendar::Shift &s)
{
    return s.start.hour() * 60 + s.start.minute();
}

// Sorted, each start < end, no overlaps; touching shifts are allowed (and kept apart).
bool normalise(BusinessCalendar::DayShifts *shifts, QString *error)
{
    std::sort(shifts->begin(), shifts->end(),
              [](const auto &a, const auto &b) { return a.start < b.start; });
    for (qsizetype i = 0; i < shifts->size(); ++i) {
        const auto &s = shifts->at(i);
        if (s.minutes <= 0 || startMinutes(s) + s.minutes > kMinutesPerDay) {
            *error = BusinessCalendar::tr("A shift must end after it starts and by 24:00.");
            return false;
        }
        if (i > 0) {
            const auto &previous = shifts->at(i - 1);
            if (startMinutes(previous) + previous.minutes > startMinutes(s)) {
                *error = BusinessCalendar::tr("The shifts %1 and %2 overlap.")
                             .arg(BusinessCalendar::formatShifts({previous}),
                                  BusinessCalendar::formatShifts({s}));
                return false;
            }
        }
    }
    return true;
}

std::optional<BusinessCalendar::DayShifts> shiftsFromJson(const QJsonValue &value,
                                                          const QString &where, QString *error)
{
    if (!value.isArray()) {
        *error = BusinessCalendar::tr("%1: a list of shifts is expected.").arg(where);
        return std::nullopt;
    }
    BusinessCalendar::DayShifts shifts;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonArray pair = item.toArray();
        const int start = pair.size() == 2 ? minutesOf(pair.at(0).toString()) : -1;
        const int end = pair.size() == 2 ? minutesOf(pair.at(1).toString()) : -1;
        if (start < 0 || end < 0 || start >= kMinutesPerDay) {
            *error = BusinessCalendar::tr("%1: a shift is two times such as [\"09:00\", "
                                          "\"18:00\"].")
                         .arg(where);
            return std::nullopt;
        }
        shifts.append({QTime(start / 60, start % 60), end - start});
    }
    QString problem;
    if (!normalise(&shifts, &problem)) {
        *error = where + QStringLiteral(": ") + problem;
        return std::nullopt;
    }
    return shifts;
}

QJsonArray shiftsToJson(const BusinessCalendar::DayShifts &shifts)
{
    QJsonArray out;
    for (const auto &s : shifts)
        out.append(QJsonArray{hhmm(startMinutes(s)), hhmm(startMinutes(s) + s.minutes)});
    return out;
}

// The local wall time as if it were UTC: the common ground for comparing local times.
QDateTime naive(const QDate &date, int minutes)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).addSecs(qint64(minutes) * 60);
}

} // namespace

BusinessCalendar BusinessCalendar::weekly(const QTimeZone &zone,
                                          const std::array<DayShifts, 7> &week)
{
    BusinessCalendar c;
    c.m_always = false;
    c.m_zone = zone;
    c.m_week = week;
    return c;
}

void BusinessCalendar::setClosed(const QList<QDate> &dates)
{
    m_intervals.clear();
    m_closed = dates;
    std::sort(m_closed.begin(), m_closed.end());
    m_closed.erase(std::unique(m_closed.begin(), m_closed.end()), m_closed.end());
}

void BusinessCalendar::setSpecial(const QDate &date, const DayShifts &shifts)
{
    m_intervals.clear();
    m_special.insert(date, shifts);
}

BusinessCalendar::DayShifts BusinessCalendar::shiftsOn(const QDate &localDate) const
{
    if (m_always)
        return {{QTime(0, 0), kMinutesPerDay}};
    if (std::binary_search(m_closed.begin(), m_closed.end(), localDate))
        return {};
    if (const auto it = m_special.constFind(localDate); it != m_special.constEnd())
        return *it;
    return m_week[size_t(localDate.dayOfWeek() - 1)];
}

bool BusinessCalendar::operator==(const BusinessCalendar &o) const
{
    return m_always == o.m_always && m_zone == o.m_zone && m_week == o.m_week &&
           m_closed == o.m_closed && m_special == o.m_special;
}

QList<std::pair<QDateTime, QDateTime>> BusinessCalendar::intervalsOn(const QDate &localDate) const
{
    if (const auto it = m_intervals.constFind(localDate); it != m_intervals.constEnd())
        return *it;
    if (m_intervals.size() > 4096) // a bounded memo: years of dates would be a mistake
        m_intervals.clear();
    return *m_intervals.insert(localDate, computeIntervals(localDate));
}

QList<std::pair<QDateTime, QDateTime>>
BusinessCalendar::computeIntervals(const QDate &localDate) const
{
    // An instant is working time when its local wall time lies in a shift of its local date.
    // Between two DST changes the offset is constant and local time = UTC + offset, so each
    // stretch of constant offset contributes [shift start − offset, shift end − offset) clipped
    // to the stretch. A skipped hour contributes nothing, a repeated hour counts twice — the
    // time that really passes.
    QList<std::pair<QDateTime, QDateTime>> out;
    const DayShifts shifts = shiftsOn(localDate);
    if (shifts.isEmpty())
        return out;
    const QDateTime from = naive(localDate, 0).addSecs(-kSecondsPerDay);
    const QDateTime to = naive(localDate, kMinutesPerDay).addSecs(kSecondsPerDay);
    QList<QDateTime> bounds{from};
    for (const auto &t : m_zone.transitions(from, to)) {
        if (t.atUtc > from && t.atUtc < to)
            bounds << t.atUtc;
    }
    bounds << to;
    for (const Shift &shift : shifts) {
        const QDateTime a = naive(localDate, startMinutes(shift));
        const QDateTime b = naive(localDate, startMinutes(shift) + shift.minutes);
        for (qsizetype i = 0; i + 1 < bounds.size(); ++i) {
            const int offset = m_zone.offsetFromUtc(bounds[i]);
            const QDateTime lo = std::max(bounds[i], a.addSecs(-offset));
            const QDateTime hi = std::min(bounds[i + 1], b.addSecs(-offset));
            if (lo >= hi)
                continue;
            if (!out.isEmpty() && out.last().second == lo)
                out.last().second = hi; // one shift across a change stays one interval
            else
                out.append({lo, hi});
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool BusinessCalendar::hasAnyShift() const
{
    if (m_always)
        return true;
    for (const DayShifts &day : m_week) {
        if (!day.isEmpty())
            return true;
    }
    for (const DayShifts &day : m_special) {
        if (!day.isEmpty())
            return true;
    }
    return false;
}

bool BusinessCalendar::isOpenAt(const QDateTime &instant) const
{
    if (m_always)
        return true;
    const QDate date = instant.toTimeZone(m_zone).date();
    for (const auto &[start, end] : intervalsOn(date)) {
        if (start <= instant && instant < end)
            return true;
    }
    return false;
}

QDateTime BusinessCalendar::addWorkingMinutes(const QDateTime &from, qint64 minutes) const
{
    if (!from.isValid())
        return {};
    if (m_always || minutes <= 0)
        return from.addSecs(std::max<qint64>(0, minutes) * 60);
    if (!hasAnyShift())
        return {};
    qint64 left = minutes * 60;
    // From the day before: where a DST change crosses midnight, local dates are not monotone.
    QDate day = from.toTimeZone(m_zone).date().addDays(-1);
    for (int i = 0; i < kMaxDaysAhead; ++i, day = day.addDays(1)) {
        for (const auto &[start, end] : intervalsOn(day)) {
            if (end <= from)
                continue;
            const QDateTime begin = std::max(start, from);
            const qint64 available = begin.secsTo(end);
            if (available >= left)
                return begin.addSecs(left);
            left -= available;
        }
    }
    return {};
}

qint64 BusinessCalendar::workingSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    if (m_always)
        return from.secsTo(to);
    qint64 total = 0;
    const QDate last = to.toTimeZone(m_zone).date();
    for (QDate day = from.toTimeZone(m_zone).date().addDays(-1); day <= last.addDays(1);
         day = day.addDays(1)) {
        for (const auto &[start, end] : intervalsOn(day)) {
            const QDateTime a = std::max(start, from);
            const QDateTime b = std::min(end, to);
            if (a < b)
                total += a.secsTo(b);
        }
    }
    return total;
}

QJsonObject BusinessCalendar::toJson() const
{
    if (m_always)
        return {{QStringLiteral("always"), true}};
    QJsonObject week;
    for (int d = 0; d < 7; ++d)
        week.insert(QLatin1String(kDayKeys[d]), shiftsToJson(m_week[size_t(d)]));
    QJsonArray closed;
    for (const QDate &date : m_closed)
        closed.append(date.toString(Qt::ISODate));
    QJsonObject special;
    for (auto it = m_special.constBegin(); it != m_special.constEnd(); ++it)
        special.insert(it.key().toString(Qt::ISODate), shiftsToJson(it.value()));
    return {{QStringLiteral("timezone"), QString::fromUtf8(m_zone.id())},
            {QStringLiteral("weekly"), week},
            {QStringLiteral("holidays"), closed},
            {QStringLiteral("special"), special}};
}

std::optional<BusinessCalendar> BusinessCalendar::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(QLatin1String("always")).toBool())
        return alwaysOpen();
    const QString zoneId = json.value(QLatin1String("timezone")).toString();
    const QTimeZone zone(zoneId.toUtf8());
    // isValid() alone accepts some ids the system does not know (Qt 6.4 on Linux).
    if (zoneId.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(zoneId.toUtf8()) || !zone.isValid()) {
        *error = tr("“%1” is not a known time zone (for example Europe/Moscow).").arg(zoneId);
        return std::nullopt;
    }
    BusinessCalendar c;
    c.m_always = false;
    c.m_zone = zone;
    const QJsonObject week = json.value(QLatin1String("weekly")).toObject();
    for (int d = 0; d < 7; ++d) {
        const QJsonValue day = week.value(QLatin1String(kDayKeys[d]));
        if (day.isUndefined() || day.isNull())
            continue; // a day not mentioned is a day off
        auto shifts = shiftsFromJson(day, QLatin1String(kDayKeys[d]), error);
        if (!shifts)
            return std::nullopt;
        c.m_week[size_t(d)] = *shifts;
    }
    QList<QDate> closed;
    for (const QJsonValue &v : json.value(QLatin1String("holidays")).toArray()) {
        const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
        if (!date.isValid()) {
            *error = tr("“%1” is not a date (YYYY-MM-DD).").arg(v.toString());
            return std::nullopt;
        }
        closed << date;
    }
    c.setClosed(closed);
    const QJsonObject special = json.value(QLatin1String("special")).toObject();
    for (auto it = special.constBegin(); it != special.constEnd(); ++it) {
        const QDate date = QDate::fromString(it.key(), Qt::ISODate);
        if (!date.isValid()) {
            *error = tr("“%1” is not a date (YYYY-MM-DD).").arg(it.key());
            return std::nullopt;
        }
        auto shifts = shiftsFromJson(it.value(), it.key(), error);
        if (!shifts)
            return std::nullopt;
        c.m_special.insert(date, *shifts);
    }
    if (!c.hasAnyShift()) {
        *error = tr("The calendar has no working hours on any day.");
        return std::nullopt;
    }
    return c;
}

std::optional<BusinessCalendar::DayShifts> BusinessCalendar::parseShifts(const QString &text,
                                                                         QString *error)
{
    DayShifts shifts;
    static const QRegularExpression separator(QStringLiteral("[,;]"));
    static const QRegularExpression range(
        QStringLiteral("^\\s*(\\d{1,2}:\\d{2})\\s*[-–—]\\s*(\\d{1,2}:\\d{2})\\s*$"));
    for (const QString &part : text.split(separator, Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const auto m = range.match(part);
        const int start = m.hasMatch() ? minutesOf(m.captured(1).rightJustified(5, u'0')) : -1;
        const int end = m.hasMatch() ? minutesOf(m.captured(2).rightJustified(5, u'0')) : -1;
        if (start < 0 || end < 0 || start >= kMinutesPerDay) {
            *error = tr("“%1” is not a shift such as 09:00-13:00.").arg(part.trimmed());
            return std::nullopt;
        }
        shifts.append({QTime(start / 60, start % 60), end - start});
    }
    if (!normalise(&shifts, error))
        return std::nullopt;
    return shifts;
}

QString BusinessCalendar::formatShifts(const DayShifts &shifts)
{
    QStringList parts;
    for (const Shift &s : shifts)
        parts << hhmm(startMinutes(s)) + QStringLiteral("–") + hhmm(startMinutes(s) + s.minutes);
    return parts.join(QStringLiteral(", "));
}

} // namespace agentp::domain
