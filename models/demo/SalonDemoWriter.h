#pragma once

#include "models/store/StoreError.h"

namespace agentp::demo {

struct DemoContext;

// The salon side of the demo (the Agent P bot's data): tenants and dashboard users here, then
// clients, bot sessions and bookings through the specialised writers.
class SalonDemoWriter final
{
public:
    static bool write(DemoContext &context, store::StoreError *error);

private:
    static bool writeTenants(DemoContext &context, store::StoreError *error);
    static bool writeUsers(DemoContext &context, store::StoreError *error);
};

} // namespace agentp::demo
