#include "net/sync/SalonIntentHandler.h"

#include "models/store/RiskRepository.h"
#include "models/store/SqlErrors.h"
#include "models/store/SqlValues.h"
#include "models/store/TenantRepository.h"
#include "models/store/TimeFormat.h"
#include "models/store/WaitlistRepository.h"
#include "models/store/WinBackRepository.h"
#include "net/supabase/PostgrestClient.h"
#include "net/supabase/SalonRows.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace agentp::net {

namespace {

using supabase::PostgrestError;
using supabase::PostgrestFilter;
using supabase::PostgrestQuery;
using supabase::PostgrestResult;

const QString kWishlist = QStringLiteral("wishlist_v2");
const QString kWishlistColumns = QStringLiteral("id,status,processed_at,updated_at");
const QString kWaitlistTable = QStringLiteral("waitlist_items");
const QString kRiskTable = QStringLiteral("risk_predictions");
const QString kWinBackTable = QStringLiteral("winback_requests");

// The workspace was busy or a statement failed: nothing is lost, the worker tries again.
IntentOutcome storeBusy(const QSqlError &error)
{
    return IntentOutcome::make(IntentOutcome::Kind::RetryLater,
                               store::classifySqlError(error, QString()).message);
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

// `done` exactly once: later answers are ignored, and a call the client drops without answering
// (it was destroyed mid-call) still ends the intent, as a retry, so the worker is never left
// waiting. After abort() nothing answers: the worker asked for silence.
struct Answer
{
    IntentHandler::Done done;
    std::shared_ptr<bool> alive;
    bool answered = false;

    Answer() = default;
    Answer(const Answer &) = delete;
    Answer &operator=(const Answer &) = delete;
    ~Answer()
    {
        if (!answered && *alive)
            done(IntentOutcome::make(
                IntentOutcome::Kind::RetryLater,
                SalonIntentHandler::tr("The connection to the salon server closed "
                                       "before it answered; trying again.")));
    }
};

IntentHandler::Done answerOnce(IntentHandler::Done done, std::shared_ptr<bool> alive)
{
    auto answer = std::make_shared<Answer>();
    answer->done = std::move(done);
    answer->alive = std::move(alive);
    return [answer](const IntentOutcome &o) {
        if (answer->answered || !*answer->alive)
            return;
        answer->answered = true;
        answer->done(o);
    };
}

// What a waitlist answer means for the optimistic match pairing made locally.
enum class Pairing
{
    None,   // not a match
    Keep,   // the server took the match: the prediction stays paired with the item
    Revert, // someone else's status won: the item is not matched, the prediction is free again
};

// Stores the server's copy of a wishlist_v2 row (status, processed_at, updated_at) in the local
// row, with the pairing, in one transaction. Every statement writes first, so the plain
// (deferred) BEGIN takes the write lock at once and cannot fail half-way on an upgrade.
IntentOutcome storeWaitlistRow(QSqlDatabase db, const domain::OutboxIntent &intent,
                               const QJsonObject &row, Pairing pairing, IntentOutcome done)
{
    const QJsonObject &p = intent.payload;
    const qint64 id = p.value(QStringLiteral("waitlist_id")).toInteger();
    QString updatedAt = supabase::storedFromServer(row.value(QStringLiteral("updated_at")));
    if (updatedAt.isEmpty()) // NOT NULL locally; the server always sends it
        updatedAt = store::toStoredTime(QDateTime::currentDateTimeUtc());
    const QVariantList values{
        row.value(QStringLiteral("status")).toString(),
        store::textOrNull(supabase::storedFromServer(row.value(QStringLiteral("processed_at")))),
        updatedAt};
    const QString set = QStringLiteral("UPDATE waitlist_items SET status = ?, processed_at = ?,"
                                       " updated_at = ?");
    const qint64 prediction = p.value(QStringLiteral("prediction_id")).toInteger();

    if (!db.transaction())
        return storeBusy(db.lastError());
    QSqlQuery q(db);
    bool ok = true;
    switch (pairing) {
    case Pairing::None:
        ok = run(q, set + QStringLiteral(" WHERE id = ?"), values + QVariantList{id});
        break;
    case Pairing::Keep:
        // wishlist_v2 has no booking column: the booking stays as the console paired it.
        ok = run(q,
                 set + QStringLiteral(", matched_booking_id = COALESCE(?, matched_booking_id)"
                                      " WHERE id = ?"),
                 values + QVariantList{store::textOrNull(
                                           p.value(QStringLiteral("booking_id")).toString()),
                                       id}) &&
             run(q,
                 QStringLiteral("UPDATE risk_predictions SET matched_waitlist_id = ? WHERE id = ?"),
                 {id, prediction});
        break;
    case Pairing::Revert:
        // Left paired, the prediction would vanish from the risk list for a match that never
        // happened.
        ok = run(q, set + QStringLiteral(", matched_booking_id = NULL WHERE id = ?"),
                 values + QVariantList{id}) &&
             run(q,
                 QStringLiteral("UPDATE risk_predictions SET matched_waitlist_id = NULL"
                                " WHERE id = ? AND matched_waitlist_id = ?"),
                 {prediction, id});
        break;
    }
    if (!ok || !db.commit()) {
        const IntentOutcome busy = storeBusy(ok ? db.lastError() : q.lastError());
        db.rollback();
        return busy;
    }
    done.changedTables = QStringList{kWaitlistTable};
    if (pairing != Pairing::None)
        done.changedTables << kRiskTable;
    return done;
}

} // namespace

SalonIntentHandler::SalonIntentHandler(supabase::PostgrestClient *client)
    : SalonIntentHandler(
          [guard = QPointer<supabase::PostgrestClient>(client)] { return guard.data(); })
{}

SalonIntentHandler::SalonIntentHandler(ClientProvider clientOf)
    : m_clientOf(std::move(clientOf))
    , m_alive(std::make_shared<bool>(true))
{}

SalonIntentHandler::~SalonIntentHandler()
{
    *m_alive = false; // replies still queued in the client must not touch a deleted handler
}

bool SalonIntentHandler::handles(const QString &kind) const
{
    // Not TenantRepository::colleagueEditKind(): that one only exists in the demo.
    return store::WaitlistRepository::isWaitlistKind(kind) ||
           store::RiskRepository::isRiskKind(kind) ||
           kind == QLatin1String(store::WinBackRepository::kIntentKind) ||
           kind == store::TenantRepository::patchKind();
}

void SalonIntentHandler::handle(QSqlDatabase db, const domain::OutboxIntent &intent, Done done)
{
    Done once = answerOnce(std::move(done), m_alive);
    if (store::RiskRepository::isRiskKind(intent.kind))
        risk(db, intent, std::move(once));
    else if (store::WaitlistRepository::isWaitlistKind(intent.kind))
        waitlist(db, intent, std::move(once));
    else if (intent.kind == QLatin1String(store::WinBackRepository::kIntentKind))
        winBack(db, intent, std::move(once));
    else if (intent.kind == store::TenantRepository::patchKind())
        tenantPatch(db, intent, std::move(once));
    else
        once(IntentOutcome::make(
            IntentOutcome::Kind::Failed,
            tr("This change cannot be sent to the salon server (%1).").arg(intent.kind)));
}

void SalonIntentHandler::abort()
{
    // The callbacks in flight hold the old flag: they now return without answering.
    *m_alive = false;
    m_alive = std::make_shared<bool>(true);
}

IntentOutcome SalonIntentHandler::outcomeOf(const supabase::PostgrestError &error)
{
    using Kind = PostgrestError::Kind;
    const QDateTime inAnHour = QDateTime::currentDateTimeUtc().addSecs(3600);
    if (error.kind == Kind::JwtExpired) // the client emits sessionExpired(); sign-in retries
        return IntentOutcome::make(
            IntentOutcome::Kind::RetryLater,
            tr("The salon session has expired: sign in again; the change waits."), {}, inAnHour);
    if (error.isTransient() || error.kind == Kind::Cancelled) // invalid retryAt: the backoff
        return IntentOutcome::make(IntentOutcome::Kind::RetryLater, error.message, {},
                                   error.retryAt);
    if (error.kind == Kind::Forbidden)
        return IntentOutcome::make(
            IntentOutcome::Kind::Failed,
            tr("The salon server refused the change: your account may not do this "
               "(%1).")
                .arg(error.message));
    return IntentOutcome::make(IntentOutcome::Kind::Failed, error.message);
}

SalonIntentHandler::Reply SalonIntentHandler::guarded(Reply reply) const
{
    return [alive = m_alive, reply = std::move(reply)](const PostgrestResult &result) {
        if (*alive)
            reply(result);
    };
}

bool SalonIntentHandler::signedIn(const Done &done) const
{
    if (supabase::PostgrestClient *c = client(); c && !c->accessToken().isEmpty())
        return true;
    // Sent with the API key alone, the call would meet row-level security as the anon role.
    done(IntentOutcome::make(
        IntentOutcome::Kind::RetryLater,
        tr("Not signed in to the salon server: the change waits until you sign in."), {},
        QDateTime::currentDateTimeUtc().addSecs(3600)));
    return false;
}

void SalonIntentHandler::risk(QSqlDatabase db, const domain::OutboxIntent &intent, Done done)
{
    // dashboard.predictions has no status column: Notify / Ignore are the console's own triage,
    // which the server does not keep. Carrying them out is the demo's local update, with no call
    // and therefore no session needed.
    const qint64 id = intent.payload.value(QStringLiteral("prediction_id")).toInteger();
    const QString status = intent.kind == QLatin1String(store::RiskRepository::kNotify)
                               ? QStringLiteral("notified")
                               : QStringLiteral("ignored");
    QSqlQuery q(db);
    // SQLite counts matched rows, also unchanged ones: zero means the prediction is gone.
    if (!run(q, QStringLiteral("UPDATE risk_predictions SET status = ? WHERE id = ?"),
             {status, id})) {
        done(storeBusy(q.lastError()));
        return;
    }
    if (q.numRowsAffected() <= 0) {
        done(IntentOutcome::make(IntentOutcome::Kind::Failed,
                                 tr("The booking is no longer in the salon's list.")));
        return;
    }
    done(IntentOutcome::make(IntentOutcome::Kind::Done, {}, {kRiskTable}));
}

void SalonIntentHandler::waitlist(QSqlDatabase db, const domain::OutboxIntent &intent, Done done)
{
    const QJsonObject &p = intent.payload;
    const qint64 id = p.value(QStringLiteral("waitlist_id")).toInteger();
    const bool contact = intent.kind == QLatin1String(store::WaitlistRepository::kContact);
    const QString status = p.value(QStringLiteral("status")).toString();
    if (id <= 0 || (!contact && status.isEmpty())) {
        done(IntentOutcome::make(IntentOutcome::Kind::Failed,
                                 tr("The waitlist change could not be read and was not sent.")));
        return;
    }
    if (contact) { // wishlist_v2 keeps no contact log: only check the request is still there
        confirmWaitlist(db, intent, std::move(done));
        return;
    }
    if (!signedIn(done))
        return;
    QDateTime at = store::fromStoredTime(p.value(QStringLiteral("at")).toString());
    if (!at.isValid())
        at = QDateTime::currentDateTimeUtc();
    PostgrestQuery q(kWishlist);
    q.select = kWishlistColumns;
    // Only from 'pending': a colleague's (or the bot's) decision is never overwritten.
    q.where(PostgrestFilter::eq(QStringLiteral("id"), QString::number(id)))
        .where(PostgrestFilter::eq(QStringLiteral("status"), QStringLiteral("pending")));
    const QJsonObject values{
        {QStringLiteral("status"), status},
        {QStringLiteral("processed_at"), at.toUTC().toString(Qt::ISODateWithMs)}};
    const Pairing pairing = intent.kind == QLatin1String(store::WaitlistRepository::kMatch)
                                ? Pairing::Keep
                                : Pairing::None;
    client()->update(q, values,
                     guarded([this, db, intent, done, pairing](const PostgrestResult &r) {
                         if (!r.ok()) {
                             done(outcomeOf(r.error));
                             return;
                         }
                         const QJsonArray rows = r.body.toArray();
                         if (rows.isEmpty()) { // not pending (any more), or gone: find out which
                             confirmWaitlist(db, intent, done);
                             return;
                         }
                         done(storeWaitlistRow(db, intent, rows.first().toObject(), pairing,
                                               IntentOutcome::make(IntentOutcome::Kind::Done)));
                     }));
}

void SalonIntentHandler::confirmWaitlist(QSqlDatabase db, const domain::OutboxIntent &intent,
                                         Done done)
{
    if (!signedIn(done))
        return;
    const qint64 id = intent.payload.value(QStringLiteral("waitlist_id")).toInteger();
    PostgrestQuery q(kWishlist);
    q.select = kWishlistColumns;
    q.where(PostgrestFilter::eq(QStringLiteral("id"), QString::number(id)));
    client()->select(
        q, guarded([db, intent, done](const PostgrestResult &r) {
            if (!r.ok()) {
                done(outcomeOf(r.error));
                return;
            }
            const QJsonArray rows = r.body.toArray();
            if (rows.isEmpty()) {
                done(IntentOutcome::make(
                    IntentOutcome::Kind::Failed,
                    tr("The waitlist request no longer exists on the salon server.")));
                return;
            }
            if (intent.kind == QLatin1String(store::WaitlistRepository::kContact)) {
                done(IntentOutcome::make(IntentOutcome::Kind::Done));
                return;
            }
            const QJsonObject row = rows.first().toObject();
            const QString wanted = intent.payload.value(QStringLiteral("status")).toString();
            const QString theirs = row.value(QStringLiteral("status")).toString();
            const bool match = intent.kind == QLatin1String(store::WaitlistRepository::kMatch);
            if (theirs == wanted) { // an earlier attempt got through but its answer was lost
                done(storeWaitlistRow(db, intent, row, match ? Pairing::Keep : Pairing::None,
                                      IntentOutcome::make(IntentOutcome::Kind::Done)));
                return;
            }
            if (theirs == QLatin1String("pending")) { // set back between our PATCH and this read
                done(IntentOutcome::make(
                    IntentOutcome::Kind::RetryLater,
                    tr("The waitlist request changed on the salon server while it was "
                       "being updated; trying again.")));
                return;
            }
            done(storeWaitlistRow(
                db, intent, row, match ? Pairing::Revert : Pairing::None,
                IntentOutcome::make(
                    IntentOutcome::Kind::Conflict,
                    tr("Someone else already set this waitlist request to “%1” on the salon "
                       "server; their change was kept.")
                        .arg(theirs))));
        }));
}

void SalonIntentHandler::winBack(QSqlDatabase db, const domain::OutboxIntent &intent, Done done)
{
    const qint64 requestId = intent.payload.value(QStringLiteral("request_id")).toInteger();
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("SELECT client_id, message, status FROM winback_requests"
                            " WHERE id = ?"),
             {requestId})) {
        done(storeBusy(q.lastError()));
        return;
    }
    if (!q.next()) {
        done(IntentOutcome::make(IntentOutcome::Kind::Failed,
                                 tr("The win-back request no longer exists.")));
        return;
    }
    const QString clientId = q.value(0).toString();
    const QString message = q.value(1).toString();
    if (q.value(2).toString() != QLatin1String("queued")) {
        // An earlier attempt's answer was stored (or a pull moved it on): the bot has it.
        done(IntentOutcome::make(IntentOutcome::Kind::Done));
        return;
    }
    if (!signedIn(done))
        return;
    const QJsonObject args{
        {QStringLiteral("p_client"), clientId},
        {QStringLiteral("p_note"), message.isEmpty() ? QJsonValue() : QJsonValue(message)}};
    // Idempotent: the server keeps one open request per client and answers it again.
    client()->rpc(
        QStringLiteral("dashboard"), QStringLiteral("request_winback"), args,
        guarded([db, requestId, done](const PostgrestResult &r) {
            if (!r.ok()) {
                done(outcomeOf(r.error));
                return;
            }
            const QJsonObject row = r.body.toObject();
            const QJsonValue remote = row.value(QStringLiteral("id"));
            if (!r.body.isObject() || !(remote.isDouble() || remote.isString())) {
                done(IntentOutcome::make(
                    IntentOutcome::Kind::Failed,
                    tr("The salon server's answer to the win-back request could not be "
                       "read; check the request on the server before asking again.")));
                return;
            }
            QString status =
                supabase::localWinBackStatus(row.value(QStringLiteral("status")).toString());
            if (status.isEmpty())
                status = QStringLiteral("sent"); // the server has it, whatever it calls it
            QString updatedAt = supabase::storedFromServer(row.value(QStringLiteral("updated_at")));
            if (updatedAt.isEmpty())
                updatedAt = store::toStoredTime(QDateTime::currentDateTimeUtc());
            QSqlQuery u(db);
            if (!run(u,
                     QStringLiteral("UPDATE winback_requests SET remote_id = ?, status = ?,"
                                    " updated_at = ? WHERE id = ?"),
                     {remote.isDouble() ? QString::number(remote.toInteger()) : remote.toString(),
                      status, updatedAt, requestId})) {
                done(storeBusy(u.lastError())); // the retry gets the same open request back
                return;
            }
            done(IntentOutcome::make(IntentOutcome::Kind::Done, {}, {kWinBackTable}));
        }),
        true);
}

} // namespace agentp::net
