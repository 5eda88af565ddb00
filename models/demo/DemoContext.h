#pragma once

#include "models/demo/DemoGenerator.h"
#include "models/demo/DemoRandom.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace agentp::demo {

class DemoProgress;
struct SalonProfile;

// Labels of the independent random streams. Each part of the world draws from its own stream
// (DemoRandom::fork), so changing how one part is generated leaves the others' rows unchanged.
enum DemoStream : quint64
{
    StreamTenants = 1,
    StreamUsers,
    StreamClients,
    StreamSessions,
    StreamMetricGaps,
    StreamWaitlist,
    StreamPredictions,
    StreamAccounts,
    StreamChats,
    StreamLocalState,
};

// What later salon writers need to know about a client written earlier.
struct DemoClientRef
{
    QString id;
    QString firstName;
    int favouriteService = 0;
    int favouriteMaster = -1; // index into the salon's masters, -1 = none
    qint64 lastVisitDay = -1; // last completed visit, -1 = never visited
    int visits = 0;           // all visits, including cancelled and no-shows
    int missed = 0;           // cancelled + no-show
};

struct DemoTenantRef
{
    QString id;
    const SalonProfile *profile = nullptr;
    std::vector<DemoClientRef> clients;
    QString lastUpdatedAt; // newest updated_at written for this tenant (its sync cursor)
};

struct DemoAccountRef
{
    qint64 id = 0;
    QString marketplace;
    QString cursor; // what the connector would resume from
    qint64 lastMessageMs = 0;
};

// Shared state of one generation run.
struct DemoContext
{
    QSqlDatabase db;
    quint64 seed = 0;
    int scale = 1;
    qint64 anchorMs = 0;
    qint64 anchorDay = 0;
    DemoProgress *progress = nullptr;
    DemoSummary *summary = nullptr;
    std::vector<DemoTenantRef> tenants;
    std::vector<DemoAccountRef> accounts;

    DemoRandom stream(DemoStream label) const { return DemoRandom(seed).fork(label); }
};

} // namespace agentp::demo
