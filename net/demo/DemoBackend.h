#pragma once

namespace agentp::net {
class OutboxWorker;
}

namespace agentp::net::demo {

// The demo workspace has no server: a simulated backend carries out its intents through the same
// outbox path a real workspace uses, so every action completes and its result shows. Each
// feature's demo handler lives in its own file in net/demo/ and is registered here.
void installDemoHandlers(OutboxWorker &worker);

} // namespace agentp::net::demo
