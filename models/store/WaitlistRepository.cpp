#include "models/store/WaitlistRepository.h"

#include "models/store/OutboxRepository.h"
#include "models/store/RiskRepository.h"
#include "models/store/SqlErrors.h"
#include "models/store/TimeFormat.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace agentp::store {

namespace {

const QString kTable = QStringLiteral("waitlist_items");
// The columns an action may change; the undo ticket keeps their previous values.
const QStringList kActionColumns = {QStringLiteral("status"), QStringLiteral("processed_at"),
                                    QStringLiteral("updated_at"),
                                    QStringLiteral("matched_booking_id")};

QString selectItems()
{
    return QStringLiteral(
               "SELECT w.id, w.tenant_id, t.name, w.client_id, c.full_name, c.phone,"
               " (SELECT s.channel FROM bot_sessions s WHERE s.client_id = w.client_id"
               "   ORDER BY s.started_at DESC LIMIT 1),"
               " w.service, w.master, w.wanted_date, w.window_from, w.window_to, w.status,"
               " w.created_at, w.processed_at, w.updated_at, w.matched_booking_id, ") +
           salon_actions::pendingIntentColumns() +
           QStringLiteral(" FROM waitlist_items w"
                          " JOIN tenants t ON t.id = w.tenant_id"
                          " LEFT JOIN clients c ON c.id = w.client_id") +
           salon_actions::pendingIntentJoin(QStringLiteral("'waitlist:' || w.id"));
}

// Wanted windows come as "10:00" from the bot and "10:00:00" from PostgreSQL's time type.
QTime parseTime(const QVariant &value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    QTime t = QTime::fromString(text, QStringLiteral("HH:mm:ss"));
    if (!t.isValid())
        t = QTime::fromString(text, QStringLiteral("HH:mm"));
    return t;
}

domain::WaitlistItem itemFrom(const QSqlQuery &q)
{
    domain::WaitlistItem w;
    w.id = q.value(0).toLongLong();
    w.tenantId = q.value(1).toString();
    w.tenantName = q.value(2).toString();
    w.clientId = q.value(3).toString();
    w.clientName = q.value(4).toString();
    w.clientPhone = q.value(5).toString();
    w.clientChannel = q.value(6).toString();
    w.service = q.value(7).toString();
    w.master = q.value(8).toString();
    w.wantedDate = QDate::fromString(q.value(9).toString().left(10), Qt::ISODate);
    w.windowFrom = parseTime(q.value(10));
    w.windowTo = parseTime(q.value(11));
    w.status = q.value(12).toString();
    w.createdAt = fromStoredTime(q.value(13).toString());
    w.processedAt = fromStoredTime(q.value(14).toString());
    w.updatedAt = fromStoredTime(q.value(15).toString());
    w.matchedBookingId = q.value(16).toString();
    w.pendingIntent = salon_actions::pendingIntentAt(q, 17);
    return w;
}

QJsonObject basePayload(const domain::WaitlistItem &item, const ActionContext &context)
{
    return {{QStringLiteral("waitlist_id"), item.id},
            {QStringLiteral("tenant_id"), item.tenantId},
            {QStringLiteral("client_id"), item.clientId},
            {QStringLiteral("at"), toStoredTime(context.now)},
            {QStringLiteral("by"), context.actor}};
}

ActionResult notAllowed(const QString &message)
{
    ActionResult r;
    r.kind = ActionResult::Kind::NotAllowed;
    r.message = message;
    return r;
}

ActionResult result(ActionResult::Kind kind)
{
    ActionResult r;
    r.kind = kind;
    return r;
}

} // namespace

WaitlistRepository::WaitlistRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString WaitlistRepository::target(qint64 id)
{
    return QStringLiteral("waitlist:%1").arg(id);
}

bool WaitlistRepository::isWaitlistKind(const QString &kind)
{
    return kind == QLatin1String(kConvert) || kind == QLatin1String(kCancel) ||
           kind == QLatin1String(kContact) || kind == QLatin1String(kMatch);
}

std::vector<domain::WaitlistItem> WaitlistRepository::pending(const QString &tenantId,
                                                              StoreError *error, int limit) const
{
    std::vector<domain::WaitlistItem> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Items whose action the server refused stay visible (with the reason) until retried.
    QString sql = selectItems() +
                  QStringLiteral(" WHERE (w.status = 'pending' OR w.id IN"
                                 " (SELECT CAST(substr(f.target, 10) AS INTEGER) FROM outbox f"
                                 "  WHERE f.state = 'failed' AND f.target LIKE 'waitlist:%'))");
    if (!tenantId.isEmpty())
        sql += QStringLiteral(" AND w.tenant_id = ?");
    sql += QStringLiteral(" ORDER BY w.wanted_date, w.window_from, w.created_at, w.id LIMIT ?");
    q.prepare(sql);
    if (!tenantId.isEmpty())
        q.addBindValue(tenantId);
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot read the waitlist"));
        return out;
    }
    while (q.next())
        out.push_back(itemFrom(q));
    return out;
}

std::optional<domain::WaitlistItem> WaitlistRepository::find(qint64 id, StoreError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(selectItems() + QStringLiteral(" WHERE w.id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot read the waitlist"));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return itemFrom(q);
}

ActionResult WaitlistRepository::changeStatus(qint64 id, const QString &kind, const QString &status,
                                              const ActionContext &context, StoreError *error)
{
    ImmediateWrite transaction(m_db, error);
    if (!transaction.isOpen())
        return result(ActionResult::Kind::Failed);
    const auto item = find(id, error);
    if (!item)
        return result(error->isError() ? ActionResult::Kind::Failed : ActionResult::Kind::NotFound);
    if (item->status != QLatin1String("pending"))
        return notAllowed(QObject::tr("This client is no longer on the waitlist."));

    UndoTicket ticket;
    ticket.kind = kind;
    if (!status.isEmpty()) {
        const auto previous = salon_actions::snapshot(m_db, kTable, id, kActionColumns, error);
        if (!previous)
            return result(ActionResult::Kind::Failed);
        const QString now = toStoredTime(context.now);
        if (!salon_actions::write(m_db, kTable, id,
                                  {{QStringLiteral("status"), status},
                                   {QStringLiteral("processed_at"), now},
                                   {QStringLiteral("updated_at"), now}},
                                  error))
            return result(ActionResult::Kind::Failed);
        ticket.rows.push_back({kTable, id, *previous});
    }
    QJsonObject payload = basePayload(*item, context);
    if (!status.isEmpty())
        payload.insert(QStringLiteral("status"), status);
    ticket.intentId =
        OutboxRepository(m_db).enqueue(kind, target(id), payload, context.notBefore, error);
    if (!ticket.intentId || !transaction.commit(error))
        return result(ActionResult::Kind::Failed);
    ActionResult r = result(ActionResult::Kind::Queued);
    r.ticket = std::move(ticket);
    return r;
}

ActionResult WaitlistRepository::convert(qint64 id, const ActionContext &context, StoreError *error)
{
    return changeStatus(id, QString::fromLatin1(kConvert), QStringLiteral("converted"), context,
                        error);
}

ActionResult WaitlistRepository::cancel(qint64 id, const ActionContext &context, StoreError *error)
{
    return changeStatus(id, QString::fromLatin1(kCancel), QStringLiteral("cancelled"), context,
                        error);
}

ActionResult WaitlistRepository::contact(qint64 id, const ActionContext &context, StoreError *error)
{
    return changeStatus(id, QString::fromLatin1(kContact), QString(), context, error);
}

ActionResult WaitlistRepository::match(qint64 id, qint64 predictionId, const ActionContext &context,
                                       StoreError *error)
{
    ImmediateWrite transaction(m_db, error);
    if (!transaction.isOpen())
        return result(ActionResult::Kind::Failed);
    const auto item = find(id, error);
    if (error->isError())
        return result(ActionResult::Kind::Failed);
    RiskRepository risks(m_db);
    const auto slot = risks.find(predictionId, error);
    if (error->isError())
        return result(ActionResult::Kind::Failed);
    if (!item || !slot)
        return result(ActionResult::Kind::NotFound);
    const domain::MatchVerdict verdict = domain::WaitlistMatch::check(*item, *slot, context.now);
    if (!verdict.ok()) {
        ActionResult r = result(ActionResult::Kind::Incompatible);
        r.message = verdict.message;
        return r;
    }

    const QString predictionTable = RiskRepository::table();
    const auto previousItem = salon_actions::snapshot(m_db, kTable, id, kActionColumns, error);
    const auto previousSlot = salon_actions::snapshot(
        m_db, predictionTable, predictionId, {QStringLiteral("matched_waitlist_id")}, error);
    if (!previousItem || !previousSlot)
        return result(ActionResult::Kind::Failed);
    const QString now = toStoredTime(context.now);
    if (!salon_actions::write(m_db, kTable, id,
                              {{QStringLiteral("status"), QStringLiteral("matched")},
                               {QStringLiteral("processed_at"), now},
                               {QStringLiteral("updated_at"), now},
                               {QStringLiteral("matched_booking_id"), slot->bookingId}},
                              error) ||
        !salon_actions::write(m_db, predictionTable, predictionId,
                              {{QStringLiteral("matched_waitlist_id"), id}}, error))
        return result(ActionResult::Kind::Failed);

    QJsonObject payload = basePayload(*item, context);
    payload.insert(QStringLiteral("status"), QStringLiteral("matched"));
    payload.insert(QStringLiteral("booking_id"), slot->bookingId);
    payload.insert(QStringLiteral("prediction_id"), predictionId);
    UndoTicket ticket;
    ticket.kind = QString::fromLatin1(kMatch);
    ticket.rows.push_back({kTable, id, *previousItem});
    ticket.rows.push_back({predictionTable, predictionId, *previousSlot});
    ticket.intentId =
        OutboxRepository(m_db).enqueue(ticket.kind, target(id), payload, context.notBefore, error);
    if (!ticket.intentId || !transaction.commit(error))
        return result(ActionResult::Kind::Failed);
    ActionResult r = result(ActionResult::Kind::Queued);
    r.ticket = std::move(ticket);
    return r;
}

UndoResult WaitlistRepository::undo(const UndoTicket &ticket, StoreError *error)
{
    return salon_actions::undo(m_db, ticket, error);
}

} // namespace agentp::store
