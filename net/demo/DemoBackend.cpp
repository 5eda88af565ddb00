#include "net/demo/DemoBackend.h"

#include "net/sync/OutboxWorker.h"

namespace agentp::net::demo {

void installDemoHandlers(OutboxWorker &worker)
{
    // Registered per feature (see the handlers in this folder).
    Q_UNUSED(worker);
}

} // namespace agentp::net::demo
