#include "models/store/RiskRepository.h"

#include "models/store/OutboxRepository.h"
#include "models/store/SqlErrors.h"
#include "models/store/TimeFormat.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cmath>
#include <map>

namespace agentp::store {

namespace {

const QString kTable = QStringLiteral("risk_predictions");
const QStringList kStatusColumns = {QStringLiteral("status")};

QString selectPredictions()
{
    return QStringLiteral("SELECT r.id, r.tenant_id, t.name, t.timezone, r.booking_id,"
                          " r.client_id, c.full_name, c.phone, r.service, r.master, r.slot_at,"
                          " r.risk_score, r.risk_factors, r.status, r.matched_waitlist_id,"
                          " r.predicted_at, ") +
           salon_actions::pendingIntentColumns() +
           QStringLiteral(" FROM risk_predictions r"
                          " JOIN tenants t ON t.id = r.tenant_id"
                          " LEFT JOIN clients c ON c.id = r.client_id") +
           salon_actions::pendingIntentJoin(QStringLiteral("'risk:' || r.id"));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

domain::RiskyBooking bookingFrom(const QSqlQuery &q)
{
    domain::RiskyBooking r;
    r.id = q.value(0).toLongLong();
    r.tenantId = q.value(1).toString();
    r.tenantName = q.value(2).toString();
    // An unknown zone name (a typo on the server) falls back to UTC rather than failing the row.
    const QTimeZone zone(q.value(3).toString().toUtf8());
    r.zone = zone.isValid() ? zone : QTimeZone::utc();
    r.bookingId = q.value(4).toString();
    r.clientId = q.value(5).toString();
    r.clientName = q.value(6).toString();
    r.clientPhone = q.value(7).toString();
    r.service = q.value(8).toString();
    r.master = q.value(9).toString();
    r.slotAt = fromStoredTime(q.value(10).toString());
    r.score = std::clamp(q.value(11).toDouble(), 0.0, 1.0);
    r.factors = domain::CancellationFactors::fromJson(parseObject(q.value(12).toString()));
    r.status = q.value(13).toString();
    r.matchedWaitlistId = q.value(14).toLongLong();
    r.predictedAt = fromStoredTime(q.value(15).toString());
    r.pendingIntent = salon_actions::pendingIntentAt(q, 16);
    return r;
}

ActionResult result(ActionResult::Kind kind, const QString &message = {})
{
    ActionResult r;
    r.kind = kind;
    r.message = message;
    return r;
}

// One upcoming booking to score, gathered from the bot's bookings and existing predictions.
struct Booking
{
    QString tenantId;
    QString bookingId;
    QString clientId;
    QString service;
    QVariant master;
    QDateTime slotAt;
    QDateTime bookedAt;    // invalid: unknown (server-side booking)
    int knownLeadDays = 0; // from the stored factors, when bookedAt is unknown
    bool hasPrediction = false;
};

} // namespace

RiskRepository::RiskRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString RiskRepository::table()
{
    return kTable;
}

QString RiskRepository::target(qint64 id)
{
    return QStringLiteral("risk:%1").arg(id);
}

bool RiskRepository::isRiskKind(const QString &kind)
{
    return kind == QLatin1String(kNotify) || kind == QLatin1String(kIgnore);
}

std::vector<domain::RiskyBooking> RiskRepository::risky(const Filter &filter,
                                                        StoreError *error) const
{
    std::vector<domain::RiskyBooking> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = selectPredictions() +
                  QStringLiteral(" WHERE ((r.status IN ('open','notified')"
                                 "   AND r.matched_waitlist_id IS NULL"
                                 "   AND r.risk_score >= ? AND r.slot_at > ?)"
                                 "  OR r.id IN (SELECT CAST(substr(f.target, 6) AS INTEGER)"
                                 "   FROM outbox f WHERE f.state = 'failed'"
                                 "   AND f.target LIKE 'risk:%'))");
    if (!filter.tenantId.isEmpty())
        sql += QStringLiteral(" AND r.tenant_id = ?");
    sql += QStringLiteral(" ORDER BY r.risk_score DESC, r.slot_at, r.id LIMIT ?");
    q.prepare(sql);
    q.addBindValue(filter.threshold);
    q.addBindValue(
        toStoredTime(filter.now.isValid() ? filter.now : QDateTime::currentDateTimeUtc()));
    if (!filter.tenantId.isEmpty())
        q.addBindValue(filter.tenantId);
    q.addBindValue(filter.limit);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot read the risky bookings"));
        return out;
    }
    while (q.next())
        out.push_back(bookingFrom(q));
    return out;
}

std::optional<domain::RiskyBooking> RiskRepository::find(qint64 id, StoreError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(selectPredictions() + QStringLiteral(" WHERE r.id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot read the risky bookings"));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return bookingFrom(q);
}

ActionResult RiskRepository::changeStatus(qint64 id, const QString &kind, const QString &status,
                                          StoreError *error, const ActionContext &context)
{
    ImmediateWrite transaction(m_db, error);
    if (!transaction.isOpen())
        return result(ActionResult::Kind::Failed);
    const auto booking = find(id, error);
    if (!booking)
        return result(error->isError() ? ActionResult::Kind::Failed : ActionResult::Kind::NotFound);
    if (booking->status == status || booking->status == QLatin1String("ignored") ||
        booking->matchedWaitlistId != 0)
        return result(ActionResult::Kind::NotAllowed,
                      QObject::tr("This booking was already handled."));
    const auto previous = salon_actions::snapshot(m_db, kTable, id, kStatusColumns, error);
    if (!previous ||
        !salon_actions::write(m_db, kTable, id, {{QStringLiteral("status"), status}}, error))
        return result(ActionResult::Kind::Failed);
    const QJsonObject payload{{QStringLiteral("prediction_id"), id},
                              {QStringLiteral("tenant_id"), booking->tenantId},
                              {QStringLiteral("booking_id"), booking->bookingId},
                              {QStringLiteral("client_id"), booking->clientId},
                              {QStringLiteral("status"), status},
                              {QStringLiteral("at"), toStoredTime(context.now)},
                              {QStringLiteral("by"), context.actor}};
    UndoTicket ticket;
    ticket.kind = kind;
    ticket.rows.push_back({kTable, id, *previous});
    ticket.intentId =
        OutboxRepository(m_db).enqueue(kind, target(id), payload, context.notBefore, error);
    if (!ticket.intentId || !transaction.commit(error))
        return result(ActionResult::Kind::Failed);
    ActionResult r = result(ActionResult::Kind::Queued);
    r.ticket = std::move(ticket);
    return r;
}

ActionResult RiskRepository::notify(qint64 id, const ActionContext &context, StoreError *error)
{
    return changeStatus(id, QString::fromLatin1(kNotify), QStringLiteral("notified"), error,
                        context);
}

ActionResult RiskRepository::ignore(qint64 id, const ActionContext &context, StoreError *error)
{
    return changeStatus(id, QString::fromLatin1(kIgnore), QStringLiteral("ignored"), error,
                        context);
}

UndoResult RiskRepository::undo(const UndoTicket &ticket, StoreError *error)
{
    return salon_actions::undo(m_db, ticket, error);
}

RiskRepository::ScoringSummary RiskRepository::scoreUpcoming(const QDateTime &now,
                                                             StoreError *error)
{
    ScoringSummary summary;
    const QString nowText = toStoredTime(now);
    ImmediateWrite transaction(m_db, error);
    if (!transaction.isOpen())
        return summary;

    // Keyed by (tenant, booking) in a map so the run writes in a stable order.
    std::map<std::pair<QString, QString>, Booking> bookings;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT tenant_id, booking_id, client_id, service, master, slot_at,"
                             " risk_factors FROM risk_predictions WHERE slot_at > ?"));
    q.addBindValue(nowText);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot read the predictions"));
        return summary;
    }
    while (q.next()) {
        Booking b;
        b.tenantId = q.value(0).toString();
        b.bookingId = q.value(1).toString();
        b.clientId = q.value(2).toString();
        b.service = q.value(3).toString();
        b.master = q.value(4);
        b.slotAt = fromStoredTime(q.value(5).toString());
        b.knownLeadDays =
            domain::CancellationFactors::fromJson(parseObject(q.value(6).toString())).leadTimeDays;
        b.hasPrediction = true;
        bookings[{b.tenantId, b.bookingId}] = std::move(b);
    }
    // Bookings the bot made: booked when the dialog started.
    q.prepare(QStringLiteral("SELECT tenant_id, booking_id, client_id, COALESCE(service, ''),"
                             " slot_at, started_at FROM bot_sessions"
                             " WHERE booking_id IS NOT NULL AND booking_id <> '' AND slot_at > ?"));
    q.addBindValue(nowText);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot read the bookings"));
        return summary;
    }
    while (q.next()) {
        Booking &b = bookings[{q.value(0).toString(), q.value(1).toString()}];
        b.tenantId = q.value(0).toString();
        b.bookingId = q.value(1).toString();
        if (!q.value(2).isNull())
            b.clientId = q.value(2).toString();
        if (b.service.isEmpty())
            b.service = q.value(3).toString();
        b.slotAt = fromStoredTime(q.value(4).toString());
        b.bookedAt = fromStoredTime(q.value(5).toString());
    }

    // Each client's history up to now, for the clients with an upcoming booking.
    QHash<QString, domain::ClientHistory> histories;
    q.prepare(QStringLiteral(
        "SELECT client_id, COUNT(*), SUM(CASE WHEN status = 'completed' THEN 0 ELSE 1 END),"
        " MAX(CASE WHEN status = 'completed' THEN visit_at END) FROM client_visits"
        " WHERE visit_at <= ? AND client_id IN ("
        "  SELECT client_id FROM risk_predictions WHERE slot_at > ?"
        "  UNION SELECT client_id FROM bot_sessions WHERE booking_id IS NOT NULL AND slot_at > ?)"
        " GROUP BY client_id"));
    q.addBindValue(nowText);
    q.addBindValue(nowText);
    q.addBindValue(nowText);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot read the visit history"));
        return summary;
    }
    while (q.next()) {
        domain::ClientHistory h;
        h.bookings = q.value(1).toInt();
        h.missed = q.value(2).toInt();
        if (!q.value(3).isNull())
            h.lastCompletedVisit = fromStoredTime(q.value(3).toString()).toUTC().date();
        histories.insert(q.value(0).toString(), h);
    }

    QSqlQuery upsert(m_db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO risk_predictions(tenant_id, booking_id, client_id, service, master, slot_at,"
        " risk_score, risk_factors, status, predicted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', "
        "?)"
        " ON CONFLICT(tenant_id, booking_id) DO UPDATE SET client_id = excluded.client_id,"
        " service = excluded.service, master = COALESCE(excluded.master, master),"
        " slot_at = excluded.slot_at, risk_score = excluded.risk_score,"
        " risk_factors = excluded.risk_factors, predicted_at = excluded.predicted_at"));
    for (const auto &[key, b] : bookings) {
        // A known client without any visit record is new; no client at all scores as new too.
        const auto found = histories.constFind(b.clientId);
        const domain::ClientHistory none;
        const domain::ClientHistory *h =
            b.clientId.isEmpty() ? nullptr : (found != histories.cend() ? &*found : &none);
        const domain::CancellationFactors factors =
            domain::CancellationRisk::factorsFor(h, b.bookedAt, b.slotAt, now, b.knownLeadDays);
        const double score = std::round(domain::CancellationRisk::score(factors) * 100.0) / 100.0;
        upsert.addBindValue(b.tenantId);
        upsert.addBindValue(b.bookingId);
        upsert.addBindValue(b.clientId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(b.clientId));
        upsert.addBindValue(b.service);
        upsert.addBindValue(b.master.isNull() ? QVariant(QMetaType::fromType<QString>())
                                              : b.master);
        upsert.addBindValue(toStoredTime(b.slotAt));
        upsert.addBindValue(score);
        upsert.addBindValue(
            QString::fromUtf8(QJsonDocument(factors.toJson()).toJson(QJsonDocument::Compact)));
        upsert.addBindValue(nowText);
        if (!upsert.exec()) {
            *error =
                classifySqlError(upsert.lastError(), QObject::tr("Cannot store the predictions"));
            return ScoringSummary{};
        }
        ++summary.scored;
        if (score >= 0.5)
            ++summary.atLeastHalf;
        if (!b.hasPrediction)
            ++summary.inserted;
    }
    if (!transaction.commit(error))
        return ScoringSummary{};
    return summary;
}

} // namespace agentp::store
