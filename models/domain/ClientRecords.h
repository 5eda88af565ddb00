#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace agentp::domain {

// What the Clients pane asks for. Empty fields mean "any".
struct ClientFilter
{
    QString tenantId;
    QString search; // part of the name, or of the phone number (digits, any formatting)

    bool operator==(const ClientFilter &) const = default;
};

// One salon client (Supabase clients_v2), as the Clients table shows it.
struct ClientRow
{
    QString id;
    QString tenantId;
    QString fullName;
    QString phone;       // as written
    QString phoneDigits; // normalised, see PhoneDigits
    QString favouriteMaster;
    int visitCount = 0;
};

// What the bot remembers about a client (user_ltm_v2).
struct ClientMemory
{
    QString ltmJson; // client_memory.ltm_data, a JSON object
    QString preferredStaff;
    QDate lastVisit;
    std::optional<int> averageIntervalDays;
    QDateTime updatedAt;
};

struct ClientVisit
{
    QDateTime at;
    QString service;
    QString master;
    std::optional<int> price; // roubles
    QString status;           // completed, cancelled, no_show
};

struct ClientWaitlistEntry
{
    qint64 id = 0;
    QString service;
    QString master;
    QDate wantedDate;
    QString windowFrom; // "HH:MM" or empty
    QString windowTo;
    QString status; // pending, converted, cancelled …
    QDateTime createdAt;
};

struct ClientPrediction
{
    qint64 id = 0;
    QString bookingId;
    QString service;
    QString master;
    QDateTime slotAt;
    double riskScore = 0.0;
    QString status; // open, notified, ignored …
};

} // namespace agentp::domain
