#pragma once

#include "models/store/StoreError.h"

namespace agentp::demo {

struct DemoContext;

// Rows that describe the workspace itself and its local state: workspace_meta, the sync cursors
// a real sync would have left (one per seller account, one per salon tenant) and two SLA rules.
class LocalStateDemoWriter final
{
public:
    // Needs the accounts and tenants written first (their ids and cursors).
    static bool write(DemoContext &context, store::StoreError *error);
    static QString businessHoursCalendar(int year);
};

} // namespace agentp::demo
