#include "models/store/SessionRepository.h"

#include "models/store/SqlErrors.h"
#include "models/store/TimeFormat.h"

#include <QSqlQuery>
#include <QVariantList>

namespace agentp::store {

namespace {

// WHERE clause and its bound values; values are always bound, never spliced into the SQL.
struct Where
{
    QString sql;
    QVariantList values;
};

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

Where whereFor(const domain::SessionFilter &f)
{
    QStringList parts;
    Where w;
    if (!f.tenantId.isEmpty()) {
        parts << QStringLiteral("s.tenant_id = ?");
        w.values << f.tenantId;
    }
    if (!f.status.isEmpty()) {
        parts << QStringLiteral("s.status = ?");
        w.values << f.status;
    }
    // Dates are days of the local calendar; the store keeps UTC text, so convert the bounds.
    if (f.from.isValid()) {
        parts << QStringLiteral("s.started_at >= ?");
        w.values << toStoredTime(f.from.startOfDay());
    }
    if (f.to.isValid()) {
        parts << QStringLiteral("s.started_at < ?");
        w.values << toStoredTime(f.to.addDays(1).startOfDay());
    }
    if (!f.search.trimmed().isEmpty()) {
        parts << QStringLiteral("c.full_name LIKE ? ESCAPE '\\'");
        w.values << QStringLiteral("%") + escapeLike(f.search.trimmed()) + QStringLiteral("%");
    }
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

bool run(QSqlQuery &q, const QVariantList &values, StoreError *error)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot read bot dialogs"));
        return false;
    }
    return true;
}

} // namespace

SessionRepository::SessionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::vector<domain::BotSession> SessionRepository::page(const domain::SessionFilter &filter,
                                                        int offset, int limit,
                                                        StoreError *error) const
{
    std::vector<domain::BotSession> rows;
    const Where w = whereFor(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT s.id, s.tenant_id, t.name, c.full_name, s.started_at, s.status,"
                       " s.intent, s.service, s.booking_id,"
                       " (SELECT COUNT(*) FROM bot_messages m WHERE m.session_id = s.id)"
                       " FROM bot_sessions s"
                       " JOIN tenants t ON t.id = s.tenant_id"
                       " LEFT JOIN clients c ON c.id = s.client_id") +
        w.sql + QStringLiteral(" ORDER BY s.started_at DESC, s.id LIMIT ? OFFSET ?"));
    QVariantList values = w.values;
    values << limit << offset;
    if (!run(q, values, error))
        return rows;
    rows.reserve(size_t(limit));
    while (q.next()) {
        domain::BotSession s;
        s.id = q.value(0).toString();
        s.tenantId = q.value(1).toString();
        s.tenantName = q.value(2).toString();
        s.clientName = q.value(3).toString();
        s.startedAt = fromStoredTime(q.value(4).toString());
        s.status = q.value(5).toString();
        s.intent = q.value(6).toString();
        s.service = q.value(7).toString();
        s.bookingId = q.value(8).toString();
        s.messageCount = q.value(9).toInt();
        rows.push_back(std::move(s));
    }
    return rows;
}

qint64 SessionRepository::count(const domain::SessionFilter &filter, StoreError *error) const
{
    const Where w = whereFor(filter);
    QSqlQuery q(m_db);
    const QString join = filter.search.trimmed().isEmpty()
                             ? QString()
                             : QStringLiteral(" LEFT JOIN clients c ON c.id = s.client_id");
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM bot_sessions s") + join + w.sql);
    if (!run(q, w.values, error) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

std::vector<domain::BotMessage> SessionRepository::messages(const QString &sessionId,
                                                            StoreError *error, int limit) const
{
    std::vector<domain::BotMessage> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, role, body, created_at FROM bot_messages"
                             " WHERE session_id = ? ORDER BY created_at, id LIMIT ?"));
    if (!run(q, {sessionId, limit}, error))
        return out;
    while (q.next()) {
        domain::BotMessage m;
        m.id = q.value(0).toLongLong();
        m.role = domain::BotMessage::roleFromString(q.value(1).toString());
        m.body = q.value(2).toString();
        m.createdAt = fromStoredTime(q.value(3).toString());
        out.push_back(std::move(m));
    }
    return out;
}

QStringList SessionRepository::statuses(StoreError *error) const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT status FROM bot_sessions ORDER BY status"));
    if (!run(q, {}, error))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

std::vector<std::pair<QString, QString>> SessionRepository::tenants(StoreError *error) const
{
    std::vector<std::pair<QString, QString>> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name FROM tenants ORDER BY name"));
    if (!run(q, {}, error))
        return out;
    while (q.next())
        out.emplace_back(q.value(0).toString(), q.value(1).toString());
    return out;
}

} // namespace agentp::store
