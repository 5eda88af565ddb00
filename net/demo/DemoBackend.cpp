#include "net/demo/DemoBackend.h"

#include "net/demo/SalonWaitlistDemoHandler.h"
#include "net/demo/TenantSettingsDemoHandler.h"
#include "net/demo/WinBackDemoHandler.h"
#include "net/sync/OutboxWorker.h"

namespace agentp::net::demo {

void installDemoHandlers(OutboxWorker &worker)
{
    // Registered per feature (see the handlers in this folder).
    Q_UNUSED(worker);
    worker.addHandler(std::make_unique<TenantSettingsDemoHandler>());
    worker.addHandler(std::make_unique<WinBackDemoHandler>());
    worker.addHandler(std::make_unique<SalonWaitlistDemoHandler>());
}

} // namespace agentp::net::demo
