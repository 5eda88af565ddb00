#include "app/PredictRiskCommand.h"

#include "models/store/Database.h"
#include "models/store/RiskRepository.h"

#include <QDateTime>
#include <QDir>

#include <cstdio>

namespace agentp::app {

int runPredictRisk(const CommandLine &command)
{
    store::StoreError error;
    store::Database::Options options;
    options.createIfMissing = false;
    const auto db = store::Database::open(command.workspace, options, &error);
    if (!db) {
        std::fprintf(stderr, "agentp-console: %s\n", qUtf8Printable(error.message));
        return 1;
    }
    // The predictions are written to the local store. A workspace bound to Supabase will also
    // queue them as upserts into dashboard.predictions through the outbox (the sync engine sends
    // them); no such workspace exists yet, so this is local only for now.
    const auto summary = store::RiskRepository(db->connection())
                             .scoreUpcoming(QDateTime::currentDateTimeUtc(), &error);
    if (error.isError()) {
        std::fprintf(stderr, "agentp-console: %s\n", qUtf8Printable(error.message));
        return 1;
    }
    std::printf("%s\n",
                qUtf8Printable(CommandLine::tr("%1: scored %n upcoming booking(s), %2 at 50 % "
                                               "risk or more.",
                                               nullptr, summary.scored)
                                   .arg(QDir::toNativeSeparators(command.workspace),
                                        QString::number(summary.atLeastHalf))));
    return 0;
}

} // namespace agentp::app
