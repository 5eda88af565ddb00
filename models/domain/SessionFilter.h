#pragma once

#include <QDate>
#include <QString>

namespace agentp::domain {

// What the Sessions pane asks for. Empty fields mean "any".
struct SessionFilter
{
    QString tenantId;
    QString status;
    QDate from;     // inclusive, in the local calendar
    QDate to;       // inclusive, in the local calendar
    QString search; // part of the client's name

    bool operator==(const SessionFilter &) const = default;
};

} // namespace agentp::domain
