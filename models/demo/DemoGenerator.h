#pragma once

#include "models/store/StoreError.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace agentp::demo {

struct DemoOptions
{
    quint64 seed = 20261120;
    int scale = 1;    // multiplies every volume; 1 = the everyday demo
    QDateTime anchor; // "now" of the generated world (UTC); invalid = current hour
};

struct DemoSummary
{
    qint64 tenants = 0;
    qint64 clients = 0;
    qint64 visits = 0;
    qint64 sessions = 0;
    qint64 botMessages = 0;
    qint64 waitlistItems = 0;
    qint64 predictions = 0;
    qint64 metricDays = 0;
    qint64 accounts = 0;
    qint64 chats = 0;
    qint64 chatMessages = 0;
    qint64 attachments = 0;
    qint64 totalRows = 0; // every row written, all tables
    qint64 elapsedMs = 0;
};

// Writes a deterministic demo workspace: the same seed, scale and anchor give the same rows.
// The file is built under a temporary name next to PATH and renamed into place only when
// complete, so an interrupted run never leaves a half-written workspace behind.
class DemoGenerator final
{
public:
    using Progress = std::function<void(int percent)>;

    static bool create(const QString &path, const DemoOptions &options, DemoSummary *summary,
                       store::StoreError *error, const Progress &progress = {});
};

} // namespace agentp::demo
