#pragma once

#include "net/sync/IntentHandler.h"

#include <QCoreApplication>
#include <QPointer>

#include <functional>
#include <memory>

namespace agentp::net::supabase {
class PostgrestClient;
struct PostgrestError;
struct PostgrestResult;
} // namespace agentp::net::supabase

namespace agentp::net {

// Carries out the salon's outbox intents against the salon's Supabase project, as the demo
// handlers (SalonWaitlistDemoHandler, WinBackDemoHandler, TenantSettingsDemoHandler) simulate
// them — same kinds, same local effects:
//   waitlist.convert / cancel / match  PATCH public.wishlist_v2 from 'pending' to the payload's
//                                      status; the local row takes the server's answer. Someone
//                                      else's status wins (Conflict); the wanted status already
//                                      there is a retry after a lost answer (Done)
//   waitlist.contact                   the request must still exist on the server
//   risk.notify / risk.ignore          local only: the server's predictions have no status
//   winback.request                    rpc dashboard.request_winback (one open request per
//                                      client on the server, so asking twice is harmless)
//   tenant.patch_metadata              rpc dashboard.patch_tenant_metadata with the expected
//                                      version; the contract of TenantRepository
// Without a session nothing is sent: the intent waits (RetryLater, an hour) until the user
// signs in and the app calls OutboxWorker::retryWaitingNow().
//
// Runs in the sync thread, like the client (not owned). `done` runs exactly once, from the event
// loop, unless abort() dropped the call.
class SalonIntentHandler final : public IntentHandler
{
    Q_DECLARE_TR_FUNCTIONS(SalonIntentHandler)

public:
    explicit SalonIntentHandler(supabase::PostgrestClient *client);
    // The client of the current session, asked at every intent: the app replaces the client
    // when the user signs in to another project (SalonSync::client()).
    using ClientProvider = std::function<supabase::PostgrestClient *()>;
    explicit SalonIntentHandler(ClientProvider clientOf);
    ~SalonIntentHandler() override;

    bool handles(const QString &kind) const override;
    void handle(QSqlDatabase db, const domain::OutboxIntent &intent, Done done) override;
    void abort() override;

    // How a failed Data API call ends an intent (the same for every kind).
    static IntentOutcome outcomeOf(const supabase::PostgrestError &error);

private:
    using Reply = std::function<void(const supabase::PostgrestResult &)>;
    // Wraps a reply so that it runs only while no abort() happened since the call started.
    std::function<void(const supabase::PostgrestResult &)> guarded(Reply reply) const;
    // False (and `done` answered) when there is no session to call the server with.
    bool signedIn(const Done &done) const;

    void waitlist(QSqlDatabase db, const domain::OutboxIntent &intent, Done done);
    void confirmWaitlist(QSqlDatabase db, const domain::OutboxIntent &intent, Done done);
    void risk(QSqlDatabase db, const domain::OutboxIntent &intent, Done done);
    void winBack(QSqlDatabase db, const domain::OutboxIntent &intent, Done done);
    void tenantPatch(QSqlDatabase db, const domain::OutboxIntent &intent, Done done);

    supabase::PostgrestClient *client() const { return m_clientOf ? m_clientOf() : nullptr; }

    ClientProvider m_clientOf;
    // Shared with the callbacks in flight; abort() clears it and starts a new one.
    std::shared_ptr<bool> m_alive;
};

} // namespace agentp::net
