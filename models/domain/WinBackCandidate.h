#pragma once

#include "models/domain/ChurnRisk.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace agentp::domain {

// What the Win-back list asks for: the salon (empty: all) and the day that counts as today.
struct WinBackFilter
{
    QString tenantId;
    QDate today;

    bool operator==(const WinBackFilter &) const = default;
};

// A client the rule says is overdue, with the latest win-back request made for them.
struct WinBackCandidate
{
    QString clientId;
    QString tenantId;
    QString clientName;
    QString phone;
    QDate lastVisit;
    ChurnAssessment churn;
    QString requestStatus; // latest winback_requests.status; empty when never asked
    QDateTime requestedAt;

    // A new request would duplicate one still on its way.
    bool requestPending() const
    {
        return requestStatus == QLatin1String("queued") || requestStatus == QLatin1String("sent");
    }
};

} // namespace agentp::domain
