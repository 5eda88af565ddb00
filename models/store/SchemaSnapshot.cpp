#include "models/store/SchemaSnapshot.h"

#include "models/store/Migrator.h"
#include "models/store/SqlErrors.h"

#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace agentp::store {

SchemaSnapshot SchemaSnapshot::of(const QSqlDatabase &db, StoreError *error)
{
    SchemaSnapshot snapshot;
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT type, name, tbl_name FROM sqlite_master"
                                    " WHERE name NOT LIKE 'sqlite_%' ORDER BY name"))) {
        *error = classifySqlError(tables.lastError(), QObject::tr("Cannot read the schema"));
        return snapshot;
    }
    QStringList tableNames;
    while (tables.next()) {
        const QString type = tables.value(0).toString();
        const QString name = tables.value(1).toString();
        if (type == QLatin1String("table"))
            tableNames << name;
        else if (type == QLatin1String("index"))
            snapshot.lines
                << QStringLiteral("index %1 on %2").arg(name, tables.value(2).toString());
    }
    for (const QString &table : std::as_const(tableNames)) {
        QSqlQuery columns(db);
        // Table names come from sqlite_master, not from input; pragma functions take no binds.
        if (!columns.exec(
                QStringLiteral("SELECT name, type, \"notnull\", pk FROM pragma_table_info('%1')")
                    .arg(table))) {
            *error = classifySqlError(columns.lastError(), QObject::tr("Cannot read the schema"));
            return snapshot;
        }
        while (columns.next()) {
            snapshot.lines << QStringLiteral("table %1 column %2 %3%4%5")
                                  .arg(table, columns.value(0).toString(),
                                       columns.value(1).toString().toUpper(),
                                       columns.value(2).toInt() ? QStringLiteral(" not null")
                                                                : QString(),
                                       columns.value(3).toInt()
                                           ? QStringLiteral(" pk%1").arg(columns.value(3).toInt())
                                           : QString());
        }
    }
    std::sort(snapshot.lines.begin(), snapshot.lines.end());
    return snapshot;
}

const SchemaSnapshot &SchemaSnapshot::expected()
{
    static const SchemaSnapshot snapshot = [] {
        const QString name = QStringLiteral("agentp-schema-reference-") +
                             QUuid::createUuid().toString(QUuid::WithoutBraces);
        SchemaSnapshot result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            StoreError error;
            if (db.open() && Migrator(db).migrate(&error))
                result = of(db, &error);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }();
    return snapshot;
}

QStringList SchemaSnapshot::differencesFrom(const SchemaSnapshot &expected) const
{
    QStringList out;
    std::set_difference(expected.lines.cbegin(), expected.lines.cend(), lines.cbegin(),
                        lines.cend(), std::back_inserter(out));
    for (QString &line : out)
        line.prepend(QStringLiteral("missing: "));
    QStringList extra;
    std::set_difference(lines.cbegin(), lines.cend(), expected.lines.cbegin(),
                        expected.lines.cend(), std::back_inserter(extra));
    for (QString &line : extra)
        out << QStringLiteral("unexpected: ") + line;
    return out;
}

} // namespace agentp::store
