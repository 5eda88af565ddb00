#include "models/store/WinBackRepository.h"

#include "models/store/OutboxRepository.h"
#include "models/store/SqlErrors.h"
#include "models/store/TimeFormat.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariantList>

namespace agentp::store {

namespace {

// The rule's inputs per client, computed once in SQL so the list can be filtered (ratio ≥ 1.0
// is exactly days ≥ cycle) and ordered (ratio, then days) before the LIMIT. The risk itself is
// computed by domain::ChurnRisk from the same whole days. Placeholders: today, default cycle.
const QString kRiskCte = QStringLiteral(
    "WITH r AS (SELECT m.client_id, m.last_visit_date AS last_visit,"
    " m.avg_visit_interval AS average,"
    " CAST(julianday(?) - julianday(substr(m.last_visit_date, 1, 10)) AS INTEGER) AS days,"
    " CASE WHEN m.avg_visit_interval > 0 THEN m.avg_visit_interval ELSE ? END AS cycle"
    " FROM client_memory m WHERE m.last_visit_date IS NOT NULL)");

// The overdue rows of r, with the salon filter when there is one. Without a salon, clients is
// joined only for the page that is shown (200 lookups, not one per overdue client).
struct Where
{
    QString sql; // " FROM r … WHERE …"
    QVariantList values;
};

Where whereFor(const domain::WinBackFilter &f)
{
    const QDate today = f.today.isValid() ? f.today : QDate::currentDate();
    Where w;
    w.values << today.toString(Qt::ISODate) << domain::ChurnRisk::kDefaultIntervalDays;
    w.sql = QStringLiteral(" FROM r");
    if (!f.tenantId.isEmpty()) {
        w.sql += QStringLiteral(" JOIN clients t ON t.id = r.client_id AND t.tenant_id = ?");
        w.values << f.tenantId;
    }
    w.sql += QStringLiteral(" WHERE r.days >= r.cycle");
    return w;
}

const QString kRiskOrder =
    QStringLiteral(" ORDER BY CAST(r.days AS REAL) / r.cycle DESC, r.days DESC, r.client_id");

bool run(QSqlQuery &q, const QVariantList &values, StoreError *error, const QString &context)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), context);
        return false;
    }
    return true;
}

QString readContext()
{
    return QObject::tr("Cannot read the clients at risk");
}

// Undoes the open transaction on every early return; commit() ends it for good.
class ImmediateTransaction final
{
public:
    explicit ImmediateTransaction(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    ~ImmediateTransaction()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    bool begin(StoreError *error)
    {
        // IMMEDIATE takes the write lock now: the duplicate check and the insert see the same
        // state even if the sync thread writes meanwhile.
        QSqlQuery q(m_db);
        m_open = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_open)
            *error = classifySqlError(q.lastError(), QObject::tr("Cannot start the request"));
        return m_open;
    }
    bool commit(StoreError *error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            *error = classifySqlError(q.lastError(), QObject::tr("Cannot save the request"));
            return false;
        }
        m_open = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

WinBackRepository::WinBackRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::vector<domain::WinBackCandidate> WinBackRepository::atRisk(const domain::WinBackFilter &filter,
                                                                int offset, int limit,
                                                                StoreError *error) const
{
    std::vector<domain::WinBackCandidate> rows;
    const QDate today = filter.today.isValid() ? filter.today : QDate::currentDate();
    const Where w = whereFor(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kRiskCte + QStringLiteral(", due AS (SELECT r.*") + w.sql + kRiskOrder +
              QStringLiteral(" LIMIT ? OFFSET ?)"
                             " SELECT c.id, c.tenant_id, c.full_name, c.phone, r.last_visit,"
                             " r.average,"
                             " (SELECT w.status FROM winback_requests w WHERE w.client_id = c.id"
                             "  ORDER BY w.requested_at DESC, w.id DESC LIMIT 1),"
                             " (SELECT w.requested_at FROM winback_requests w"
                             "  WHERE w.client_id = c.id"
                             "  ORDER BY w.requested_at DESC, w.id DESC LIMIT 1)"
                             " FROM due r JOIN clients c ON c.id = r.client_id") +
              kRiskOrder);
    QVariantList values = w.values;
    values << limit << offset;
    if (!run(q, values, error, readContext()))
        return rows;
    while (q.next()) {
        domain::WinBackCandidate c;
        c.clientId = q.value(0).toString();
        c.tenantId = q.value(1).toString();
        c.clientName = q.value(2).toString();
        c.phone = q.value(3).toString();
        c.lastVisit = QDate::fromString(q.value(4).toString().left(10), Qt::ISODate);
        const std::optional<int> average =
            q.value(5).isNull() ? std::nullopt : std::optional<int>(q.value(5).toInt());
        c.churn = domain::ChurnRisk::assess(c.lastVisit, average, today);
        c.requestStatus = q.value(6).toString();
        c.requestedAt = fromStoredTime(q.value(7).toString());
        rows.push_back(std::move(c));
    }
    return rows;
}

qint64 WinBackRepository::countAtRisk(const domain::WinBackFilter &filter, StoreError *error) const
{
    const Where w = whereFor(filter);
    QSqlQuery q(m_db);
    q.prepare(kRiskCte + QStringLiteral(" SELECT COUNT(*)") + w.sql);
    if (!run(q, w.values, error, readContext()) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QHash<QString, QString> WinBackRepository::latestStatuses(StoreError *error) const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT w.client_id, w.status FROM winback_requests w"
                             " WHERE w.id = (SELECT w2.id FROM winback_requests w2"
                             "  WHERE w2.client_id = w.client_id"
                             "  ORDER BY w2.requested_at DESC, w2.id DESC LIMIT 1)"));
    if (!run(q, {}, error, QObject::tr("Cannot read the win-back requests")))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

WinBackRepository::RequestResult WinBackRepository::requestWinBack(const QString &clientId,
                                                                   const QString &requestedBy,
                                                                   StoreError *error)
{
    RequestResult result;
    ImmediateTransaction transaction(m_db);
    if (!transaction.begin(error))
        return result;

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT tenant_id FROM clients WHERE id = ?"));
    if (!run(q, {clientId}, error, QObject::tr("Cannot read the client")))
        return result;
    if (!q.next()) {
        result.kind = RequestResult::Kind::NotFound;
        return result;
    }
    const QString tenantId = q.value(0).toString();

    q.prepare(QStringLiteral("SELECT 1 FROM winback_requests WHERE client_id = ?"
                             " AND status IN ('queued', 'sent') LIMIT 1"));
    if (!run(q, {clientId}, error, QObject::tr("Cannot read the win-back requests")))
        return result;
    if (q.next()) {
        result.kind = RequestResult::Kind::AlreadyPending;
        return result;
    }

    const QString now = toStoredTime(QDateTime::currentDateTimeUtc());
    q.prepare(QStringLiteral("INSERT INTO winback_requests(tenant_id, client_id, status,"
                             " requested_by, requested_at, updated_at)"
                             " VALUES (?, ?, 'queued', ?, ?, ?)"));
    const QVariant by =
        requestedBy.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(requestedBy);
    if (!run(q, {tenantId, clientId, by, now, now}, error,
             QObject::tr("Cannot save the win-back request")))
        return result;
    const qint64 requestId = q.lastInsertId().toLongLong();

    const QJsonObject payload{{QStringLiteral("request_id"), requestId},
                              {QStringLiteral("client_id"), clientId},
                              {QStringLiteral("tenant_id"), tenantId}};
    const qint64 intentId = OutboxRepository(m_db).enqueue(QString::fromLatin1(kIntentKind),
                                                           QStringLiteral("winback:") + clientId,
                                                           payload, QDateTime(), error);
    if (intentId == 0 || !transaction.commit(error))
        return result;
    result.kind = RequestResult::Kind::Queued;
    result.requestId = requestId;
    result.intentId = intentId;
    return result;
}

bool WinBackRepository::advanceRequest(qint64 requestId, const QString &from, const QString &to,
                                       const QString &remoteId, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE winback_requests SET status = ?,"
                             " remote_id = COALESCE(?, remote_id), updated_at = ?"
                             " WHERE id = ? AND status = ?"));
    const QVariant remote =
        remoteId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(remoteId);
    if (!run(q, {to, remote, toStoredTime(QDateTime::currentDateTimeUtc()), requestId, from}, error,
             QObject::tr("Cannot update the win-back request")))
        return false;
    return q.numRowsAffected() == 1;
}

QString WinBackRepository::requestStatus(qint64 requestId, StoreError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT status FROM winback_requests WHERE id = ?"));
    if (!run(q, {requestId}, error, QObject::tr("Cannot read the win-back requests")) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace agentp::store
