#include "models/store/PositionOrder.h"

#include "models/store/SalonActionUndo.h"
#include "models/store/SqlErrors.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>

namespace agentp::store {

namespace {

QString tr(const char *text)
{
    // lupdate files a free function's tr() under the namespace.
    return QCoreApplication::translate("agentp::store", text);
}

} // namespace

bool moveToPosition(const QSqlDatabase &db, const QString &table, qint64 id, int index,
                    const QString &what, const QString &gone, StoreError *error)
{
    ImmediateWrite transaction(db, error);
    if (!transaction.isOpen())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM %1 ORDER BY position, id").arg(table));
    if (!execQuery(q, error, tr("Cannot read %1").arg(what)))
        return false;
    QList<qint64> order;
    while (q.next())
        order << q.value(0).toLongLong();
    const qsizetype from = order.indexOf(id);
    if (from < 0) {
        *error = StoreError::make(StoreError::Kind::NotFound, gone);
        return false;
    }
    order.move(from, std::clamp<qsizetype>(index, 0, order.size() - 1));
    q.prepare(QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(table));
    for (qsizetype i = 0; i < order.size(); ++i) {
        q.addBindValue(int(i));
        q.addBindValue(order.at(i));
        if (!execQuery(q, error, tr("Cannot save the order of %1").arg(what)))
            return false;
    }
    return transaction.commit(error);
}

} // namespace agentp::store
