#pragma once

#include <QDateTime>
#include <QString>

namespace agentp::store {

// Timestamps are stored as ISO-8601 UTC text with milliseconds ("2026-11-20T09:15:00.000Z"), so
// text order equals time order and indexes on them serve range filters.
QString toStoredTime(const QDateTime &time);
QDateTime fromStoredTime(const QString &text);

} // namespace agentp::store
