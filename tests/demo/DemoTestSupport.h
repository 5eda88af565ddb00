#pragma once

// Shared by the demo generator tests: the anchor time and a read-only look at a generated file.
#include "models/demo/DemoGenerator.h"
#include "models/store/Database.h"
#include "models/store/Migration.h"
#include "tests/support/TempWorkspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

#include <cmath>
#include <map>

using agentp::demo::DemoGenerator;
using agentp::demo::DemoOptions;
using agentp::demo::DemoSummary;
using agentp::store::Database;
using agentp::store::StoreError;
using agentp::testing::TempWorkspace;

namespace demotest {

inline const QDateTime kAnchor =
    QDateTime::fromString(QStringLiteral("2026-11-20T12:00:00Z"), Qt::ISODate);
inline const QString kAnchorIso = QStringLiteral("2026-11-20T12:00:00.000Z");
inline const QString kAnchorDate = QStringLiteral("2026-11-20");

// A read-only look at a generated file through its own connection.
class Reader final
{
public:
    explicit Reader(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_ok = db.open();
    }
    ~Reader()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_ok; }
    QSqlQuery query(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.setForwardOnly(true);
        if (!q.exec(sql))
            qWarning() << sql << q.lastError().text();
        return q;
    }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q = query(sql);
        return q.next() ? q.value(0) : QVariant();
    }
    qint64 count(const QString &sql) const { return value(sql).toLongLong(); }

    // SHA-256 over every row of every table, ordered by primary key. quote() is SQLite's own
    // canonical text of a value (type included), so equal digests mean equal content even when
    // the files differ byte-wise (page layout, free pages).
    QByteArray digest() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery tables = query(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &table : names) {
            QStringList columns;
            std::map<int, QString> keys;
            QSqlQuery info = query(QStringLiteral("PRAGMA table_info(%1)").arg(table));
            while (info.next()) {
                const QString column = info.value(1).toString();
                columns.append(QStringLiteral("quote(%1)").arg(column));
                if (info.value(5).toInt() > 0)
                    keys[info.value(5).toInt()] = column;
            }
            QStringList order;
            for (const auto &key : keys)
                order.append(key.second);
            if (order.isEmpty())
                order.append(QStringLiteral("rowid"));
            hash.addData(table.toUtf8());
            QSqlQuery rows = query(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                       .arg(columns.join(QStringLiteral("||'|'||")), table,
                                            order.join(QLatin1Char(','))));
            while (rows.next()) {
                hash.addData(rows.value(0).toString().toUtf8());
                hash.addData(QByteArrayView("\n"));
            }
        }
        return hash.result().toHex();
    }

private:
    QString m_name;
    bool m_ok = false;
};

inline double churnRule(qint64 daysSince, int interval)
{
    const double ratio = double(daysSince) / double(interval > 0 ? interval : 30);
    return ratio < 1.0 ? 0.0 : ratio < 1.3 ? 0.3 : ratio < 1.5 ? 0.6 : 0.9;
}

} // namespace demotest

using namespace demotest;
