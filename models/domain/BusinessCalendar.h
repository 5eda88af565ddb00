#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <array>
#include <optional>

namespace agentp::domain {

// When a support team works, for SLA deadlines (docs/sla.md): either around the clock, or a
// time zone, opening hours per weekday (several shifts a day, e.g. 08:00–12:00 and 13:30–18:00;
// "24:00" ends a shift at midnight), closed dates (holidays) and dates with their own hours.
// Pure: all arithmetic is on UTC instants, and the zone (QTimeZone, with its DST rules) turns a
// local date's shifts into instants. A shift that a DST change shortens or lengthens counts the
// time that really passes.
//
// Stored as JSON in sla_rules.calendar:
//   {"always": true}
//   {"timezone": "Europe/Moscow",
//    "weekly": {"mon": [["09:00","13:00"],["14:00","18:00"]], …, "sun": []},
//    "holidays": ["2026-01-01", …],
//    "special": {"2026-12-31": [["09:00","15:00"]]}}
class BusinessCalendar
{
    Q_DECLARE_TR_FUNCTIONS(BusinessCalendar)

public:
    struct Shift
    {
        QTime start;
        int minutes = 0; // length; start + minutes ≤ 24:00

        bool operator==(const Shift &o) const = default;
    };
    using DayShifts = QList<Shift>; // sorted, not overlapping

    // Around the clock (the default rule's calendar).
    BusinessCalendar() = default;
    static BusinessCalendar alwaysOpen() { return {}; }
    // Opening hours in a zone; `week[0]` is Monday … `week[6]` Sunday.
    static BusinessCalendar weekly(const QTimeZone &zone, const std::array<DayShifts, 7> &week);

    bool isAlwaysOpen() const { return m_always; }
    // Whether the team works at all (some shift on some weekday or special day).
    bool hasAnyShift() const;
    QTimeZone zone() const { return m_zone; }
    const std::array<DayShifts, 7> &week() const { return m_week; }
    const QList<QDate> &closedDates() const { return m_closed; }
    const QMap<QDate, DayShifts> &specialDays() const { return m_special; }

    void setClosed(const QList<QDate> &dates);
    void setSpecial(const QDate &date, const DayShifts &shifts);

    // The shifts of a local date (closed → none, special → its own, else the weekday's).
    DayShifts shiftsOn(const QDate &localDate) const;
    // Whether the team works at this instant.
    bool isOpenAt(const QDateTime &instant) const;
    // The instant `minutes` of working time after `from` (from itself when 0). Invalid when the
    // calendar never opens (no shift in any week) — a rule like that cannot be saved.
    QDateTime addWorkingMinutes(const QDateTime &from, qint64 minutes) const;
    // Working seconds between two instants (0 when `to` is not after `from`).
    qint64 workingSecondsBetween(const QDateTime &from, const QDateTime &to) const;

    // JSON as stored; fromJson() explains the first problem in `error` (translated).
    QJsonObject toJson() const;
    static std::optional<BusinessCalendar> fromJson(const QJsonObject &json, QString *error);

    // Shifts of one day from text like "09:00-13:00, 14:00-18:00" (the editor's field); empty
    // text is a day off.
    static std::optional<DayShifts> parseShifts(const QString &text, QString *error);
    static QString formatShifts(const DayShifts &shifts);

    // The same working hours (the interval cache is not compared).
    bool operator==(const BusinessCalendar &o) const;

private:
    // The working intervals [start, end) in UTC of one local date, in order.
    QList<std::pair<QDateTime, QDateTime>> intervalsOn(const QDate &localDate) const;
    QList<std::pair<QDateTime, QDateTime>> computeIntervals(const QDate &localDate) const;

    bool m_always = true;
    QTimeZone m_zone;
    std::array<DayShifts, 7> m_week;
    QList<QDate> m_closed; // sorted
    QMap<QDate, DayShifts> m_special;
    // The UTC intervals of local dates already looked at: a chat list computes thousands of
    // deadlines over the same few days. Reentrant like QHash: one instance, one thread at a time.
    mutable QHash<QDate, QList<std::pair<QDateTime, QDateTime>>> m_intervals;
};

} // namespace agentp::domain
