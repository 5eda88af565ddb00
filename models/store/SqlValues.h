#pragma once

#include <QString>
#include <QVariant>

namespace agentp::store {

// QSqlQuery binds a null QString as SQL NULL: for the NOT NULL DEFAULT '' text columns, bind
// this instead.
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Empty text stored as SQL NULL (optional columns: author, mime type …).
inline QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace agentp::store
