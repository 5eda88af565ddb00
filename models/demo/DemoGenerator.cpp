#include "models/demo/DemoGenerator.h"

#include "models/demo/DemoContext.h"
#include "models/demo/DemoOutputFile.h"
#include "models/demo/DemoProgress.h"
#include "models/demo/DemoTime.h"
#include "models/demo/LocalStateDemoWriter.h"
#include "models/demo/MarketplaceDemoWriter.h"
#include "models/demo/SalonDemoWriter.h"

#include <QElapsedTimer>
#include <QObject>

namespace agentp::demo {

namespace {

constexpr int kMaxScale = 1000;
// Rows per unit of scale, measured on generated workspaces (all tables). Only drives the
// progress percentage, so being a little off is harmless.
constexpr qint64 kRowsPerScale = 19400;
constexpr int kRowsShare = 85; // percent of the bar for writing rows; the rest is indexes + sync

} // namespace

bool DemoGenerator::create(const QString &path, const DemoOptions &options, DemoSummary *summary,
                           store::StoreError *error, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    store::StoreError ignoredError;
    if (!error)
        error = &ignoredError;
    DemoSummary ignoredSummary;
    if (!summary)
        summary = &ignoredSummary;
    *summary = DemoSummary{};
    *error = store::StoreError{};

    if (options.scale < 1 || options.scale > kMaxScale) {
        *error =
            store::StoreError::make(store::StoreError::Kind::Io,
                                    QObject::tr("The demo scale must be between 1 and %1 (got %2).")
                                        .arg(kMaxScale)
                                        .arg(options.scale));
        return false;
    }

    DemoProgress tracker(progress, kRowsPerScale * options.scale, kRowsShare);
    tracker.reach(0);
    DemoOutputFile file(path);
    if (!file.open(error) || !file.beginBulkLoad(256, error))
        return false;

    {
        DemoContext context;
        context.db = file.connection();
        context.seed = options.seed;
        context.scale = options.scale;
        context.anchorMs = DemoTime::anchorMs(options.anchor);
        context.anchorDay = DemoTime::dayOf(context.anchorMs);
        context.progress = &tracker;
        context.summary = summary;

        // Two large transactions: the salon side, then chats and local state. A failure
        // discards the whole file anyway, so nothing is gained by committing more often.
        //
        // Single-threaded on purpose: writing the marketplace side into a second file on a
        // second thread and copying it in afterwards was tried and measured no faster on two
        // cores, with ~20% more CPU time (SQLite's allocator statistics take a process-wide
        // mutex, and the copy itself is not free).
        if (!file.beginTransaction(error) || !SalonDemoWriter::write(context, error) ||
            !file.commit(error))
            return false;
        if (!file.beginTransaction(error) || !MarketplaceDemoWriter::write(context, error) ||
            !LocalStateDemoWriter::write(context, error) || !file.commit(error))
            return false;
    } // the context's connection handle is released before the file is closed

    tracker.reach(kRowsShare);
    if (!file.finishBulkLoad(error))
        return false;
    tracker.reach(98);
    if (!file.publish(error))
        return false;

    summary->totalRows = tracker.rows();
    summary->elapsedMs = timer.elapsed();
    tracker.reach(100);
    return true;
}

} // namespace agentp::demo
