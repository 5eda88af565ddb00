#pragma once

#include "app/CommandLine.h"

namespace agentp::app {

// `agentp-console collect-metrics --workspace PATH [--date YYYY-MM-DD]` (docs/supabase.md):
// logs in to the workspace's Supabase project as a super admin and runs
// dashboard.collect_daily_metrics for the day (default: yesterday in each salon's time zone),
// printing a line per salon with what was upserted. Meant for a nightly timer on an admin
// machine (packaging/systemd, packaging/cron): the project comes from the workspace
// (workspace_meta supabase.url / supabase.key) or AGENTP_SUPABASE_URL / AGENTP_SUPABASE_KEY,
// the login from AGENTP_SUPABASE_EMAIL / AGENTP_SUPABASE_PASSWORD. Errors: one line on stderr,
// exit code 1.
int runCollectMetrics(const CommandLine &command);

} // namespace agentp::app
