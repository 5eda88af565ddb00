#pragma once

#include "models/store/StoreError.h"

namespace agentp::demo {

struct DemoContext;
struct DemoTenantRef;

// Clients of each salon with their visit history and long-term memory (LTM). Churn risk follows
// the customer's rule: ratio = days since the last completed visit / average visit interval
// (30 when unknown); < 1.0 → 0, < 1.3 → 0.3, < 1.5 → 0.6, otherwise 0.9.
class SalonClientWriter final
{
public:
    static bool write(DemoContext &context, store::StoreError *error);
    static double churnRisk(qint64 daysSinceLastVisit, int averageIntervalDays);
};

} // namespace agentp::demo
