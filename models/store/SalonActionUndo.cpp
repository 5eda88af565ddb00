#include "models/store/SalonActionUndo.h"

#include "models/store/OutboxRepository.h"
#include "models/store/SqlErrors.h"
#include "models/store/TimeFormat.h"

#include <QSqlQuery>

namespace agentp::store {

ImmediateWrite::ImmediateWrite(QSqlDatabase db, StoreError *error)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    m_open = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_open)
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot start a change"));
}

ImmediateWrite::~ImmediateWrite()
{
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

bool ImmediateWrite::commit(StoreError *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot save the change"));
        return false;
    }
    m_open = false;
    return true;
}

namespace salon_actions {

std::optional<QVariantMap> snapshot(const QSqlDatabase &db, const QString &table, qint64 id,
                                    const QStringList &columns, StoreError *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
              QStringLiteral(" FROM ") + table + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot read the row to change"));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    QVariantMap values;
    for (int i = 0; i < columns.size(); ++i)
        values.insert(columns.at(i), q.value(i));
    return values;
}

bool write(const QSqlDatabase &db, const QString &table, qint64 id, const QVariantMap &values,
           StoreError *error)
{
    if (values.isEmpty())
        return true;
    QStringList assignments;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        assignments << it.key() + QStringLiteral(" = ?");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") +
              assignments.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.addBindValue(it.value());
    q.addBindValue(id);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot update the row"));
        return false;
    }
    return true;
}

UndoResult undo(const QSqlDatabase &db, const UndoTicket &ticket, StoreError *error)
{
    if (!ticket.isValid())
        return UndoResult::TooLate;
    ImmediateWrite transaction(db, error);
    if (!transaction.isOpen())
        return UndoResult::Failed;
    // Withdraw first: when the intent has already left, the rows stay as the server has them.
    OutboxRepository outbox(db);
    if (!outbox.withdraw(ticket.intentId, error))
        return error->isError() ? UndoResult::Failed : UndoResult::TooLate;
    for (const UndoTicket::Row &row : ticket.rows) {
        if (!write(db, row.table, row.id, row.previous, error))
            return UndoResult::Failed;
    }
    return transaction.commit(error) ? UndoResult::Undone : UndoResult::Failed;
}

QString pendingIntentColumns()
{
    return QStringLiteral("o.id, o.kind, o.state, o.next_attempt_at, o.last_error");
}

QString pendingIntentJoin(const QString &targetExpr)
{
    return QStringLiteral(" LEFT JOIN outbox o ON o.id = (SELECT MAX(p.id) FROM outbox p"
                          " WHERE p.state IN ('queued','sending','failed') AND p.target = ") +
           targetExpr + QStringLiteral(")");
}

std::optional<domain::OutboxIntent> pendingIntentAt(const QSqlQuery &q, int first)
{
    if (q.value(first).isNull())
        return std::nullopt;
    domain::OutboxIntent intent;
    intent.id = q.value(first).toLongLong();
    intent.kind = q.value(first + 1).toString();
    intent.state = domain::OutboxIntent::stateFromName(q.value(first + 2).toString());
    intent.notBefore = fromStoredTime(q.value(first + 3).toString());
    intent.lastError = q.value(first + 4).toString();
    return intent;
}

} // namespace salon_actions

} // namespace agentp::store
