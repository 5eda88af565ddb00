#pragma once

#include "net/sync/IntentHandler.h"

namespace agentp::net::demo {

// The demo's stand-in for the salon server receiving the Waitlist & risks intents. The console
// already changed its rows optimistically; the simulated server accepts the change and the
// intent completes (outbox 'sent'):
//   waitlist.convert / cancel / match  the item's status is (still) the one the payload names;
//                                      a match also keeps the prediction paired with the item
//   waitlist.contact                   recorded; the item keeps waiting
//   risk.notify / risk.ignore          the prediction's status is set to 'notified' / 'ignored'
// An item or prediction that no longer exists fails the intent with a reason the pane shows.
// Every step is idempotent, so an intent retried after a crash changes nothing twice.
class SalonWaitlistDemoHandler final : public IntentHandler
{
public:
    bool handles(const QString &kind) const override;
    void handle(QSqlDatabase db, const domain::OutboxIntent &intent, Done done) override;
};

} // namespace agentp::net::demo
