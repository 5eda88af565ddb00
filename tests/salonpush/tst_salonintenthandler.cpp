// SalonIntentHandler, the salon's outbox intents against Supabase, here against the loopback
// FakePostgrestServer: waitlist actions PATCH wishlist_v2 only from 'pending' and take the
// server's row back (a lost answer is no conflict, someone else's status wins); risk actions stay
// local. Without a session nothing is sent; an expired one waits for sign-in; server trouble
// retries, refusals fail; abort() silences what is in flight.
#include "tests/salonpush/SalonHandlerFixture.h"

using namespace salonpush;

class TestSalonIntentHandler : public QObject, protected HandlerFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void handlesTheSalonKindsOnly()
    {
        for (const char *kind :
             {"waitlist.convert", "waitlist.cancel", "waitlist.contact", "waitlist.match",
              "risk.notify", "risk.ignore", "winback.request", "tenant.patch_metadata"})
            QVERIFY2(m_handler->handles(QString::fromLatin1(kind)), kind);
        QVERIFY(!m_handler->handles(store::TenantRepository::colleagueEditKind())); // demo only
        QVERIFY(!m_handler->handles(QStringLiteral("chat.send_text")));
    }

    void convertPatchesThePendingRow()
    {
        const qint64 intent = convert(1);
        QVERIFY(intent);
        const Run r = run(intent);
        QCOMPARE(r.calls, 1);
        QCOMPARE(r.outcome.kind, Kind::Done);
        QVERIFY(r.outcome.changedTables.contains(QStringLiteral("waitlist_items")));

        const QJsonObject row = serverRow(1);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("converted"));
        QCOMPARE(row.value(QStringLiteral("processed_at")).toString(),
                 QStringLiteral("2026-11-20T12:00:00.000Z")); // the console's action time
        const auto patches = requests("PATCH");
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.first().path, QByteArrayLiteral("/rest/v1/wishlist_v2"));
        QCOMPARE(patches.first().queryValue(QStringLiteral("id")), QStringLiteral("eq.1"));
        QCOMPARE(patches.first().queryValue(QStringLiteral("status")),
                 QStringLiteral("eq.pending"));
        QCOMPARE(requests("GET").size(), 0); // the PATCH's representation was enough

        QCOMPARE(local(QStringLiteral("waitlist_items"), QStringLiteral("status"), 1).toString(),
                 QStringLiteral("converted"));
        QCOMPARE(
            local(QStringLiteral("waitlist_items"), QStringLiteral("processed_at"), 1).toString(),
            QStringLiteral("2026-11-20T12:00:00.000Z"));
        QCOMPARE(
            local(QStringLiteral("waitlist_items"), QStringLiteral("updated_at"), 1).toString(),
            kServerUpdatedStored);
    }

    void lostAnswerIsNoConflict()
    {
        // An earlier attempt got through, its answer did not: the row already has the status.
        serveWishlist(
            wish(1, kTenantA, "c-maria", "converted", QStringLiteral("2026-11-20T12:00:00+00:00")));
        const Run r = run(convert(1));
        QCOMPARE(r.calls, 1);
        QCOMPARE(r.outcome.kind, Kind::Done);
        QVERIFY(r.outcome.message.isEmpty());
        QCOMPARE(requests("PATCH").size(), 1);
        QCOMPARE(requests("GET").size(), 1);
        QCOMPARE(local(QStringLiteral("waitlist_items"), QStringLiteral("status"), 1).toString(),
                 QStringLiteral("converted"));
        QCOMPARE(
            local(QStringLiteral("waitlist_items"), QStringLiteral("updated_at"), 1).toString(),
            kServerUpdatedStored);
    }

    void someoneElsesStatusWins()
    {
        serveWishlist(
            wish(1, kTenantA, "c-maria", "cancelled", QStringLiteral("2026-11-20T11:30:00+03:00")));
        const Run r = run(convert(1));
        QCOMPARE(r.calls, 1);
        QCOMPARE(r.outcome.kind, Kind::Conflict);
        QVERIFY2(r.outcome.message.contains(QLatin1String("cancelled")),
                 qPrintable(r.outcome.message));
        QVERIFY(r.outcome.changedTables.contains(QStringLiteral("waitlist_items")));
        QCOMPARE(serverRow(1).value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled")); // never overwritten
        QCOMPARE(local(QStringLiteral("waitlist_items"), QStringLiteral("status"), 1).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(
            local(QStringLiteral("waitlist_items"), QStringLiteral("processed_at"), 1).toString(),
            QStringLiteral("2026-11-20T08:30:00.000Z"));
    }

    void matchKeepsThePairing()
    {
        store::StoreError e;
        const auto m = store::WaitlistRepository(db()).match(1, 10, context(), &e);
        QVERIFY(m.ok());
        const Run r = run(m.ticket.intentId);
        QCOMPARE(r.outcome.kind, Kind::Done);
        QVERIFY(r.outcome.changedTables.contains(QStringLiteral("risk_predictions")));
        QCOMPARE(serverRow(1).value(QStringLiteral("status")).toString(),
                 QStringLiteral("matched"));
        QCOMPARE(local(QStringLiteral("waitlist_items"), QStringLiteral("matched_booking_id"), 1)
                     .toString(),
                 QStringLiteral("b-1"));
        QCOMPARE(
            local(QStringLiteral("risk_predictions"), QStringLiteral("matched_waitlist_id"), 10)
                .toInt(),
            1);
    }

    void matchConflictFreesThePrediction()
    {
        serveWishlist(
            wish(1, kTenantA, "c-maria", "cancelled", QStringLiteral("2026-11-20T11:30:00+00:00")));
        store::StoreError e;
        const auto m = store::WaitlistRepository(db()).match(1, 10, context(), &e);
        QVERIFY(m.ok());
        const Run r = run(m.ticket.intentId);
        QCOMPARE(r.outcome.kind, Kind::Conflict);
        QCOMPARE(local(QStringLiteral("waitlist_items"), QStringLiteral("status"), 1).toString(),
                 QStringLiteral("cancelled"));
        QVERIFY(local(QStringLiteral("waitlist_items"), QStringLiteral("matched_booking_id"), 1)
                    .isNull());
        QVERIFY(local(QStringLiteral("risk_predictions"), QStringLiteral("matched_waitlist_id"), 10)
                    .isNull());
    }

    void missingRowFails()
    {
        serveWishlist(QJsonArray{wish(1, kTenantA, "c-maria", "pending")}); // no row 2
        Run r = run(convert(2));
        QCOMPARE(r.calls, 1);
        QCOMPARE(r.outcome.kind, Kind::Failed);
        QVERIFY2(r.outcome.message.contains(QLatin1String("no longer exists")),
                 qPrintable(r.outcome.message));

        // Contact writes nothing on the server; it only needs the request to be there (item 2
        // is converted locally now, item 4 is pending but missing on the server too).
        store::StoreError e;
        const auto gone = store::WaitlistRepository(db()).contact(4, context(), &e);
        const auto there = store::WaitlistRepository(db()).contact(1, context(), &e);
        QVERIFY(gone.ok() && there.ok());
        m_server->clearRequests();
        QCOMPARE(run(gone.ticket.intentId).outcome.kind, Kind::Failed);
        QCOMPARE(run(there.ticket.intentId).outcome.kind, Kind::Done);
        QCOMPARE(requests("PATCH").size(), 0);
        QCOMPARE(serverRow(1).value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));
    }

    void expiredSessionWaitsForSignIn()
    {
        m_server->expireToken(m_token);
        QSignalSpy expired(m_client.get(), &PostgrestClient::sessionExpired);
        const qint64 intent = convert(1);
        Run r = run(intent);
        QCOMPARE(r.calls, 1);
        QCOMPARE(r.outcome.kind, Kind::RetryLater);
        QVERIFY(aboutAnHour(r.outcome.retryAt));
        QVERIFY2(r.outcome.message.contains(QLatin1String("expired")),
                 qPrintable(r.outcome.message));
        QCOMPARE(expired.count(), 1);
        QCOMPARE(serverRow(1).value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));

        // Signed in again: the same intent goes through.
        const QByteArray fresh = QByteArrayLiteral("jwt-manager-2");
        m_server->addToken(fresh);
        m_client->setAccessToken(fresh);
        r = run(intent);
        QCOMPARE(r.outcome.kind, Kind::Done);
        QCOMPARE(serverRow(1).value(QStringLiteral("status")).toString(),
                 QStringLiteral("converted"));
    }

    void serverTroubleRetriesRefusalFails()
    {
        FakePostgrestServer::Fault fault;
        fault.status = 503;
        fault.path = QByteArrayLiteral("/rest/v1/wishlist_v2");
        fault.message = QStringLiteral("Service Unavailable");
        m_server->injectFault(fault);
        const qint64 intent = convert(1);
        Run r = run(intent);
        QCOMPARE(r.outcome.kind, Kind::RetryLater);
        QVERIFY(!r.outcome.message.isEmpty());
        QCOMPARE(requests("PATCH").size(), 1); // a write is never repeated blindly

        m_server->forbid(QStringLiteral("wishlist_v2"));
        r = run(intent);
        QCOMPARE(r.outcome.kind, Kind::Failed);
        QVERIFY2(r.outcome.message.contains(QLatin1String("refused")),
                 qPrintable(r.outcome.message));
    }

    void withoutSessionNothingIsSent()
    {
        m_client->setAccessToken({});
        store::StoreError e;
        const auto winBack = store::WinBackRepository(db()).requestWinBack(
            QStringLiteral("c-maria"), QStringLiteral("user-1"), &e);
        const qint64 patch = store::TenantRepository(db()).queuePatch(
            kTenantA, object(R"({"closing_time":"20:00"})"), 1, &e);
        QVERIFY(winBack.intentId && patch);
        for (const qint64 intent : {convert(1), winBack.intentId, patch}) {
            const Run r = run(intent);
            QCOMPARE(r.calls, 1);
            QCOMPARE(r.outcome.kind, Kind::RetryLater);
            QVERIFY(aboutAnHour(r.outcome.retryAt));
            QVERIFY2(r.outcome.message.contains(QLatin1String("sign in")),
                     qPrintable(r.outcome.message));
        }
        QCOMPARE(m_server->requestCount(), 0);
    }

    void abortSilencesWhatIsInFlight()
    {
        FakePostgrestServer::Fault stall;
        stall.kind = FakePostgrestServer::Fault::Kind::Stall;
        stall.count = -1;
        m_server->injectFault(stall);
        store::StoreError e;
        const auto intent = store::OutboxRepository(db()).find(convert(1), &e);
        QVERIFY(intent);

        int calls = 0;
        IntentOutcome last;
        const auto count = [&](const IntentOutcome &o) {
            last = o;
            ++calls;
        };
        m_handler->handle(db(), *intent, count);
        QTRY_COMPARE(m_server->requestCount(), 1);
        m_handler->abort();
        m_client->cancelAll(); // answers every pending call now, inside this call
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0);

        // Not aborted: a cancelled call is an intent to try again.
        m_handler->handle(db(), *intent, count);
        QTRY_COMPARE(m_server->requestCount(), 2);
        m_client->cancelAll();
        QTRY_COMPARE(calls, 1);
        QCOMPARE(last.kind, Kind::RetryLater);

        // The client goes away mid-call: the intent still gets its one answer.
        m_handler->handle(db(), *intent, count);
        QTRY_COMPARE(m_server->requestCount(), 3);
        m_client.reset();
        QTRY_COMPARE(calls, 2);
        QCOMPARE(last.kind, Kind::RetryLater);
        QCoreApplication::processEvents();
        QCOMPARE(calls, 2);
    }

    void riskActionsStayLocal()
    {
        store::StoreError e;
        store::RiskRepository risks(db());
        const auto notify = risks.notify(10, context(), &e);
        const auto ignore = risks.ignore(11, context(), &e);
        QVERIFY(notify.ok() && ignore.ok());
        QVERIFY(exec(QStringLiteral("UPDATE risk_predictions SET status = 'open' WHERE id = 10")));
        Run r = run(notify.ticket.intentId);
        QCOMPARE(r.outcome.kind, Kind::Done);
        QVERIFY(r.outcome.changedTables.contains(QStringLiteral("risk_predictions")));
        QCOMPARE(local(QStringLiteral("risk_predictions"), QStringLiteral("status"), 10).toString(),
                 QStringLiteral("notified"));
        QCOMPARE(m_server->requestCount(), 0);

        QVERIFY(exec(QStringLiteral("DELETE FROM risk_predictions WHERE id = 11")));
        r = run(ignore.ticket.intentId);
        QCOMPARE(r.outcome.kind, Kind::Failed);
        QVERIFY(!r.outcome.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSalonIntentHandler)
#include "tst_salonintenthandler.moc"
