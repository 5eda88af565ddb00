#pragma once

#include "models/domain/OutboxIntent.h"
#include "models/store/StoreError.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

class QSqlQuery;
#include <vector>

namespace agentp::store {

// When and by whom a salon action (waitlist convert/cancel/contact/match, risk notify/ignore)
// happens. `now` is stamped on the rows and decides whether a slot is still ahead; `notBefore` is
// the end of the undo window on the wall clock the outbox worker uses (now + 5 s in the console,
// a few milliseconds in tests).
struct ActionContext
{
    QDateTime now;
    QDateTime notBefore;
    QString actor; // user id, recorded in the intent for the server's audit
};

// What an undoable action changed: the intent it queued and the previous values of the columns
// it wrote, row by row. Undo withdraws the intent and writes those values back, in one
// transaction, so the rows are exactly as before.
struct UndoTicket
{
    struct Row
    {
        QString table;
        qint64 id = 0;
        QVariantMap previous; // column → value before the action
    };
    qint64 intentId = 0;
    QString kind;
    std::vector<Row> rows;

    bool isValid() const { return intentId != 0; }
};

// The outcome of an action.
struct ActionResult
{
    enum class Kind
    {
        Queued,       // rows updated, intent queued; `ticket` undoes it
        NotFound,     // no such row
        NotAllowed,   // the row is not in a state that allows it (already processed …)
        Incompatible, // Match refused; `message` says why
        Failed,       // see the StoreError
    };
    Kind kind = Kind::Failed;
    UndoTicket ticket;
    QString message; // translated, for NotAllowed / Incompatible

    bool ok() const { return kind == Kind::Queued; }
};

enum class UndoResult
{
    Undone,
    TooLate, // the intent already left (sending or done): nothing was changed
    Failed,  // see the StoreError
};

// BEGIN IMMEDIATE takes the write lock up front: the actions read, then write, while the sync
// thread writes the same file; a deferred BEGIN could fail half-way with SQLITE_BUSY. Rolls back
// on every early return unless commit() succeeded.
class ImmediateWrite final
{
public:
    explicit ImmediateWrite(QSqlDatabase db, StoreError *error);
    ~ImmediateWrite();
    ImmediateWrite(const ImmediateWrite &) = delete;
    ImmediateWrite &operator=(const ImmediateWrite &) = delete;

    bool isOpen() const { return m_open; }
    bool commit(StoreError *error);

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// Helpers shared by the waitlist and risk repositories. Table and column names always come from
// those repositories' constants, never from input.
namespace salon_actions {

// The current values of `columns` of row `id`; empty when the row does not exist.
std::optional<QVariantMap> snapshot(const QSqlDatabase &db, const QString &table, qint64 id,
                                    const QStringList &columns, StoreError *error);
// Writes `values` into row `id`.
bool write(const QSqlDatabase &db, const QString &table, qint64 id, const QVariantMap &values,
           StoreError *error);
// Withdraws the ticket's intent and restores its rows, in one transaction.
UndoResult undo(const QSqlDatabase &db, const UndoTicket &ticket, StoreError *error);

// SQL pieces that attach to each row the newest intent for it that has not finished (queued,
// sending or failed), through the outbox_pending index. `targetExpr` builds the row's outbox
// target, e.g. "'waitlist:' || w.id"; the columns are read back with pendingIntentAt().
QString pendingIntentColumns();
QString pendingIntentJoin(const QString &targetExpr);
std::optional<domain::OutboxIntent> pendingIntentAt(const QSqlQuery &query, int firstColumn);

} // namespace salon_actions

} // namespace agentp::store
