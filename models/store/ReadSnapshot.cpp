#include "models/store/ReadSnapshot.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace agentp::store {

ReadSnapshot::ReadSnapshot(const QString &databasePath, const QString &purpose)
    : m_name(QStringLiteral("agentp-%1-").arg(purpose) +
             QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(databasePath);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        m_openError = m_db.lastError().text();
        return;
    }
    QSqlQuery(m_db).exec(QStringLiteral("BEGIN"));
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_db.isOpen()) {
        QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
        m_db.close();
    }
    m_db = QSqlDatabase(); // the last handle goes before the connection is removed
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace agentp::store
