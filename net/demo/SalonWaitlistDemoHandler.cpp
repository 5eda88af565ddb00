#include "net/demo/SalonWaitlistDemoHandler.h"

#include "models/store/RiskRepository.h"
#include "models/store/SqlErrors.h"
#include "models/store/TimeFormat.h"
#include "models/store/WaitlistRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace agentp::net::demo {

namespace {

IntentOutcome failed(const QString &message)
{
    IntentOutcome outcome;
    outcome.kind = IntentOutcome::Kind::Failed;
    outcome.message = message;
    return outcome;
}

// The store was busy or a statement failed: the worker tries again with backoff.
IntentOutcome retry(const QString &message)
{
    IntentOutcome outcome;
    outcome.kind = IntentOutcome::Kind::RetryLater;
    outcome.message = message;
    return outcome;
}

// Runs one UPDATE; `found` tells whether it matched a row (SQLite counts matched rows, also those
// whose values did not change). False with `error` when the statement failed.
bool settle(const QSqlDatabase &db, const QString &sql, const QVariantList &values, bool *found,
            QString *error)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = store::classifySqlError(q.lastError(), QString()).message;
        return false;
    }
    *found = q.numRowsAffected() > 0;
    return true;
}

} // namespace

bool SalonWaitlistDemoHandler::handles(const QString &kind) const
{
    return store::WaitlistRepository::isWaitlistKind(kind) ||
           store::RiskRepository::isRiskKind(kind);
}

void SalonWaitlistDemoHandler::handle(QSqlDatabase db, const domain::OutboxIntent &intent,
                                      Done done)
{
    const QJsonObject &p = intent.payload;
    const QString now = store::toStoredTime(QDateTime::currentDateTimeUtc());
    bool found = false;
    QString error;
    IntentOutcome outcome;

    if (store::RiskRepository::isRiskKind(intent.kind)) {
        const qint64 id = p.value(QStringLiteral("prediction_id")).toInteger();
        const QString status = intent.kind == QLatin1String(store::RiskRepository::kNotify)
                                   ? QStringLiteral("notified")
                                   : QStringLiteral("ignored");
        // "WHERE id = ?" matches the row whether or not its status changes, so `found` tells
        // a missing prediction apart from one that already has the status.
        if (!settle(db, QStringLiteral("UPDATE risk_predictions SET status = ? WHERE id = ?"),
                    {status, id}, &found, &error)) {
            done(retry(error));
            return;
        }
        if (!found) {
            done(failed(QCoreApplication::translate("SalonWaitlistDemoHandler",
                                                    "The booking is no longer in the salon's "
                                                    "list.")));
            return;
        }
        outcome.changedTables << QStringLiteral("risk_predictions");
        done(outcome);
        return;
    }

    const qint64 id = p.value(QStringLiteral("waitlist_id")).toInteger();
    if (intent.kind == QLatin1String(store::WaitlistRepository::kContact)) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM waitlist_items WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec()) {
            done(retry(store::classifySqlError(q.lastError(), QString()).message));
            return;
        }
        found = q.next();
    } else {
        const QString status = p.value(QStringLiteral("status")).toString();
        // The server confirms the state the console asked for; processed_at stays as the
        // console stamped it when it is set.
        if (!settle(db,
                    QStringLiteral("UPDATE waitlist_items SET status = ?,"
                                   " processed_at = COALESCE(processed_at, ?),"
                                   " matched_booking_id = COALESCE(?, matched_booking_id)"
                                   " WHERE id = ?"),
                    {status, now,
                     p.contains(QStringLiteral("booking_id"))
                         ? QVariant(p.value(QStringLiteral("booking_id")).toString())
                         : QVariant(QMetaType::fromType<QString>()),
                     id},
                    &found, &error)) {
            done(retry(error));
            return;
        }
        if (found && intent.kind == QLatin1String(store::WaitlistRepository::kMatch)) {
            bool paired = false;
            if (!settle(db,
                        QStringLiteral("UPDATE risk_predictions SET matched_waitlist_id = ?"
                                       " WHERE id = ?"),
                        {id, p.value(QStringLiteral("prediction_id")).toInteger()}, &paired,
                        &error)) {
                done(retry(error));
                return;
            }
            outcome.changedTables << QStringLiteral("risk_predictions");
        }
    }
    if (!found) {
        done(failed(QCoreApplication::translate("SalonWaitlistDemoHandler",
                                                "The waitlist request no longer exists.")));
        return;
    }
    outcome.changedTables << QStringLiteral("waitlist_items");
    done(outcome);
}

} // namespace agentp::net::demo
