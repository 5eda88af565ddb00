#include "net/demo/WinBackDemoHandler.h"

#include "models/store/WinBackRepository.h"

#include <QCoreApplication>

namespace agentp::net::demo {

namespace {
const QString kTable = QStringLiteral("winback_requests");

IntentOutcome failed(const QString &message)
{
    IntentOutcome outcome;
    outcome.kind = IntentOutcome::Kind::Failed;
    outcome.message = message;
    return outcome;
}
} // namespace

WinBackDemoHandler::WinBackDemoHandler(int deliveryDelayMs)
    : m_deliveryDelayMs(deliveryDelayMs)
{}

bool WinBackDemoHandler::handles(const QString &kind) const
{
    return kind == QLatin1String(store::WinBackRepository::kIntentKind);
}

void WinBackDemoHandler::handle(QSqlDatabase db, const domain::OutboxIntent &intent, Done done)
{
    const qint64 requestId = intent.payload.value(QStringLiteral("request_id")).toInteger();
    store::WinBackRepository repo(db);
    store::StoreError error;
    const QString status = repo.requestStatus(requestId, &error);
    if (error.isError()) {
        IntentOutcome retry;
        retry.kind = IntentOutcome::Kind::RetryLater; // the store was busy; try again
        retry.message = error.message;
        done(retry);
        return;
    }
    if (status.isEmpty()) {
        done(failed(QCoreApplication::translate("WinBackDemoHandler",
                                                "The win-back request no longer exists.")));
        return;
    }

    IntentOutcome outcome;
    if (status == QLatin1String("queued")) {
        // The bot has written to the client; the delivery receipt comes on the next attempt.
        repo.advanceRequest(requestId, status, QStringLiteral("sent"),
                            QStringLiteral("demo-winback-%1").arg(requestId), &error);
        outcome.kind = IntentOutcome::Kind::RetryLater;
        outcome.retryAt = QDateTime::currentDateTimeUtc().addMSecs(m_deliveryDelayMs);
    } else if (status == QLatin1String("sent")) {
        repo.advanceRequest(requestId, status, QStringLiteral("delivered"), QString(), &error);
        outcome.kind = IntentOutcome::Kind::Done;
    } else {
        outcome.kind = IntentOutcome::Kind::Done; // already delivered, returned or failed
    }
    if (error.isError()) {
        outcome.kind = IntentOutcome::Kind::RetryLater;
        outcome.retryAt = QDateTime();
        outcome.message = error.message;
    }
    outcome.changedTables << kTable;
    done(outcome);
}

} // namespace agentp::net::demo
