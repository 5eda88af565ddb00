#pragma once

#include "net/sync/IntentHandler.h"

namespace agentp::net::demo {

// The demo's stand-in for the salon bot receiving "winback.request": the first attempt marks
// the request 'sent' (the bot wrote to the client) and asks to be called again a moment later;
// that second attempt marks it 'delivered' (the messenger's receipt) and completes the intent.
// So the Win-back row visibly goes Queued → Sent → Delivered, through the same outbox path a
// real workspace uses. Repeated attempts change nothing (the state moves only forward).
class WinBackDemoHandler final : public IntentHandler
{
public:
    explicit WinBackDemoHandler(int deliveryDelayMs = 2500);

    bool handles(const QString &kind) const override;
    void handle(QSqlDatabase db, const domain::OutboxIntent &intent, Done done) override;

private:
    int m_deliveryDelayMs;
};

} // namespace agentp::net::demo
