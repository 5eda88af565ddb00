#include "models/store/OutboxRepository.h"

#include "models/store/SqlErrors.h"
#include "models/store/TimeFormat.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace agentp::store {

namespace {

// A LIKE pattern matching kinds that start with `prefix` literally.
QString likePrefix(QString prefix)
{
    prefix.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return prefix + QLatin1Char('%');
}

const QString kColumns = QStringLiteral(
    "id, kind, target, payload, state, attempts, last_error, next_attempt_at, created_at,"
    " updated_at");

domain::OutboxIntent fromRow(const QSqlQuery &q)
{
    domain::OutboxIntent i;
    i.id = q.value(0).toLongLong();
    i.kind = q.value(1).toString();
    i.target = q.value(2).toString();
    i.payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    i.state = domain::OutboxIntent::stateFromName(q.value(4).toString());
    i.attempts = q.value(5).toInt();
    i.lastError = q.value(6).toString();
    i.notBefore = fromStoredTime(q.value(7).toString());
    i.createdAt = fromStoredTime(q.value(8).toString());
    i.updatedAt = fromStoredTime(q.value(9).toString());
    return i;
}

QString nowText()
{
    return toStoredTime(QDateTime::currentDateTimeUtc());
}

} // namespace

OutboxRepository::OutboxRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

qint64 OutboxRepository::enqueue(const QString &kind, const QString &target,
                                 const QJsonObject &payload, const QDateTime &notBefore,
                                 StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO outbox(kind, target, payload, state, next_attempt_at,"
                             " created_at, updated_at) VALUES (?, ?, ?, 'queued', ?, ?, ?)"));
    const QString now = nowText();
    q.addBindValue(kind);
    q.addBindValue(target);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(notBefore.isValid() ? toStoredTime(notBefore) : now);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot queue the action"));
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool OutboxRepository::withdraw(qint64 id, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ? AND state = 'queued'"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot withdraw the action"));
        return false;
    }
    return q.numRowsAffected() == 1;
}

std::vector<domain::OutboxIntent> OutboxRepository::due(const QDateTime &now, int limit,
                                                        StoreError *error,
                                                        const QString &kindPrefix,
                                                        const QString &excludedPrefix) const
{
    std::vector<domain::OutboxIntent> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // An intent is due when it is queued, its time has come, and nothing older for the same
    // target is still unfinished (queued, sending or failed).
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM outbox o WHERE o.state = 'queued' AND o.next_attempt_at <= ?"
                             " AND o.kind LIKE ? ESCAPE '\\' AND o.kind NOT LIKE ? ESCAPE '\\'"
                             " AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.target = o.target"
                             "   AND p.id < o.id AND p.state IN ('queued','sending','failed'))"
                             " ORDER BY o.id LIMIT ?"));
    q.addBindValue(toStoredTime(now));
    q.addBindValue(likePrefix(kindPrefix));
    // No exclusion: a pattern no kind matches (kinds never contain a control character).
    q.addBindValue(excludedPrefix.isEmpty() ? QStringLiteral("\x01") : likePrefix(excludedPrefix));
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot read the outbox"));
        return out;
    }
    while (q.next())
        out.push_back(fromRow(q));
    return out;
}

std::optional<domain::OutboxIntent> OutboxRepository::find(qint64 id, StoreError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot read the outbox"));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::vector<domain::OutboxIntent> OutboxRepository::forTarget(const QString &target,
                                                              StoreError *error) const
{
    std::vector<domain::OutboxIntent> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM outbox WHERE target = ? ORDER BY id"));
    q.addBindValue(target);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot read the outbox"));
        return out;
    }
    while (q.next())
        out.push_back(fromRow(q));
    return out;
}

std::vector<domain::OutboxIntent> OutboxRepository::inFlight(StoreError *error) const
{
    std::vector<domain::OutboxIntent> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT ") + kColumns +
                QStringLiteral(" FROM outbox WHERE state = 'sending' ORDER BY id"))) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot read the outbox"));
        return out;
    }
    while (q.next())
        out.push_back(fromRow(q));
    return out;
}

bool OutboxRepository::setState(qint64 id, const QString &state, const QVariant &lastError,
                                const QVariant &notBefore, bool countAttempt,
                                StoreError *storeError)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, last_error = ?,"
                             " next_attempt_at = COALESCE(?, next_attempt_at),"
                             " attempts = attempts + ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(lastError);
    q.addBindValue(notBefore);
    q.addBindValue(countAttempt ? 1 : 0);
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!q.exec()) {
        *storeError = classifySqlError(q.lastError(), QObject::tr("Cannot update the outbox"));
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool OutboxRepository::markSending(qint64 id, StoreError *error)
{
    return setState(id, QStringLiteral("sending"), QVariant(QMetaType::fromType<QString>()),
                    QVariant(QMetaType::fromType<QString>()), true, error);
}

bool OutboxRepository::markDone(qint64 id, domain::OutboxIntent::State state, StoreError *error)
{
    return setState(id, domain::OutboxIntent::stateName(state),
                    QVariant(QMetaType::fromType<QString>()),
                    QVariant(QMetaType::fromType<QString>()), false, error);
}

bool OutboxRepository::markFailed(qint64 id, const QString &reason, StoreError *error)
{
    return setState(id, QStringLiteral("failed"), reason, QVariant(QMetaType::fromType<QString>()),
                    false, error);
}

bool OutboxRepository::reschedule(qint64 id, const QDateTime &when, const QString &reason,
                                  StoreError *error)
{
    return setState(id, QStringLiteral("queued"), reason, toStoredTime(when), false, error);
}

bool OutboxRepository::retry(qint64 id, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = ?,"
                             " updated_at = ? WHERE id = ? AND state = 'failed'"));
    const QString now = nowText();
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot retry the action"));
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool OutboxRepository::dueNow(const QString &kindPrefix, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE outbox SET next_attempt_at = ? WHERE state = 'queued'"
                       " AND attempts > 0 AND next_attempt_at > ? AND kind LIKE ? ESCAPE '\\'"));
    const QString now = nowText();
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(likePrefix(kindPrefix));
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot update the outbox"));
        return false;
    }
    return true;
}

} // namespace agentp::store
