#pragma once

#include "models/store/StoreError.h"

#include <QSqlDatabase>
#include <QString>

namespace agentp::store {

// Rows a user orders by hand (SLA rules, saved views) keep a `position` column. Moves row `id`
// of `table` to `index` in the (position, id) order and renumbers all positions 0…n−1, in one
// transaction. `table` is a constant of the calling repository, never input. `what` names the
// rows in error messages ("the SLA rules"); `gone` is the NotFound message.
bool moveToPosition(const QSqlDatabase &db, const QString &table, qint64 id, int index,
                    const QString &what, const QString &gone, StoreError *error);

} // namespace agentp::store
