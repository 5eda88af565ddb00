#include "models/store/SavedViewRepository.h"

#include "models/store/PositionOrder.h"
#include "models/store/SqlErrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace agentp::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("agentp::store::SavedViewRepository", text);
}

QString definitionOf(const domain::ChatViewFilter &filter)
{
    return QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

StoreError SavedViewRepository::gone()
{
    return StoreError::make(StoreError::Kind::NotFound, tr("The saved view no longer exists."));
}

SavedViewRepository::SavedViewRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<SavedViewRepository::View> SavedViewRepository::views(StoreError *error) const
{
    QList<View> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, name, definition, position FROM saved_filters ORDER BY position, id"));
    if (!execQuery(q, error, tr("Cannot read the saved views")))
        return out;
    while (q.next()) {
        View v;
        v.id = q.value(0).toLongLong();
        v.name = q.value(1).toString();
        v.filter = domain::ChatViewFilter::fromJson(
            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
        v.position = q.value(3).toInt();
        out << v;
    }
    return out;
}

QString SavedViewRepository::checkName(const QString &name, qint64 exceptId,
                                       StoreError *error) const
{
    if (name.isEmpty())
        return tr("Give the view a name.");
    if (name.size() > kMaxNameLength)
        return tr("The name is too long (at most %1 characters).").arg(kMaxNameLength);
    const qint64 existing = idOf(name, error);
    if (error->isError())
        return {};
    if (existing != 0 && existing != exceptId)
        return tr("A view called “%1” already exists.").arg(name);
    return {};
}

qint64 SavedViewRepository::idOf(const QString &name, StoreError *error) const
{
    // SQLite's NOCASE folds ASCII only; compare in Qt so "Срочные" and "срочные" are one name.
    const QString folded = name.trimmed().toCaseFolded();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name FROM saved_filters"));
    if (!execQuery(q, error, tr("Cannot read the saved views")))
        return 0;
    while (q.next()) {
        if (q.value(1).toString().trimmed().toCaseFolded() == folded)
            return q.value(0).toLongLong();
    }
    return 0;
}

qint64 SavedViewRepository::add(const QString &input, const domain::ChatViewFilter &filter,
                                QString *problem, StoreError *error)
{
    const QString name = input.trimmed();
    *problem = checkName(name, 0, error);
    if (!problem->isEmpty() || error->isError())
        return 0;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO saved_filters(name, definition, position)"
                             " VALUES (?, ?, (SELECT COALESCE(MAX(position), -1) + 1"
                             " FROM saved_filters))"));
    q.addBindValue(name);
    q.addBindValue(definitionOf(filter));
    if (!execQuery(q, error, tr("Cannot save the view")))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool SavedViewRepository::update(qint64 id, const domain::ChatViewFilter &filter, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE saved_filters SET definition = ? WHERE id = ?"));
    q.addBindValue(definitionOf(filter));
    q.addBindValue(id);
    if (!execQuery(q, error, tr("Cannot save the view")))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = gone();
        return false;
    }
    return true;
}

bool SavedViewRepository::rename(qint64 id, const QString &input, QString *problem,
                                 StoreError *error)
{
    const QString name = input.trimmed();
    *problem = checkName(name, id, error);
    if (!problem->isEmpty() || error->isError())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE saved_filters SET name = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(id);
    if (!execQuery(q, error, tr("Cannot rename the view")))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = gone();
        return false;
    }
    return true;
}

bool SavedViewRepository::remove(qint64 id, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM saved_filters WHERE id = ?"));
    q.addBindValue(id);
    return execQuery(q, error, tr("Cannot delete the view"));
}

bool SavedViewRepository::move(qint64 id, int index, StoreError *error)
{
    return moveToPosition(m_db, QStringLiteral("saved_filters"), id, index, tr("the saved views"),
                          tr("The saved view no longer exists."), error);
}

} // namespace agentp::store
