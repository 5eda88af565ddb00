#include "tests/support/SalonFixture.h"

#include "models/store/TimeFormat.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace agentp::testing {

namespace {
bool exec(QSqlQuery &q)
{
    if (!q.exec()) {
        qWarning("fixture SQL failed: %s", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}
} // namespace

QString SalonFixture::sessionIdA(int i)
{
    return QStringLiteral("a-%1").arg(i, 5, 10, QLatin1Char('0'));
}

bool SalonFixture::populate(const QSqlDatabase &db) const
{
    QSqlDatabase conn = db;
    conn.transaction();
    QSqlQuery q(conn);
    const QString now = store::toStoredTime(newest);
    q.prepare(QStringLiteral("INSERT INTO tenants(id, name, updated_at) VALUES (?, ?, ?)"));
    for (const auto &[id, name] :
         {std::pair{kTenantA, "Салон А"}, std::pair{kTenantB, "Салон Б"}}) {
        q.addBindValue(QString::fromLatin1(id));
        q.addBindValue(QString::fromUtf8(name));
        q.addBindValue(now);
        if (!exec(q))
            return false;
    }
    q.prepare(QStringLiteral("INSERT INTO clients(id, tenant_id, full_name, created_at, updated_at)"
                             " VALUES (?, ?, ?, ?, ?)"));
    const QStringList names = {QStringLiteral("Анна Смирнова"), QStringLiteral("100% Иванова"),
                               QStringLiteral("Ольга_П")};
    for (int i = 0; i < names.size(); ++i) {
        q.addBindValue(QStringLiteral("c%1").arg(i));
        q.addBindValue(QString::fromLatin1(kTenantA));
        q.addBindValue(names.at(i));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!exec(q))
            return false;
    }
    QSqlQuery s(conn);
    s.prepare(
        QStringLiteral("INSERT INTO bot_sessions(id, tenant_id, client_id, started_at, status,"
                       " intent, service, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery m(conn);
    m.prepare(QStringLiteral("INSERT INTO bot_messages(session_id, role, body, created_at)"
                             " VALUES (?, ?, ?, ?)"));
    const QStringList statuses = {QStringLiteral("booked"), QStringLiteral("abandoned"),
                                  QStringLiteral("completed")};
    for (int i = 0; i < sessionsA; ++i) {
        const QDateTime started = newest.addSecs(-3600LL * i);
        s.addBindValue(sessionIdA(i));
        s.addBindValue(QString::fromLatin1(kTenantA));
        s.addBindValue(QStringLiteral("c%1").arg(i % 3));
        s.addBindValue(store::toStoredTime(started));
        s.addBindValue(statuses.at(i % 3));
        s.addBindValue(QStringLiteral("booking"));
        s.addBindValue(QStringLiteral("Маникюр"));
        s.addBindValue(now);
        if (!exec(s))
            return false;
        // Dialog i has (i % 4) + 2 messages, alternating client and bot.
        for (int k = 0; k < (i % 4) + 2; ++k) {
            m.addBindValue(sessionIdA(i));
            m.addBindValue(k % 2 == 0 ? QStringLiteral("user") : QStringLiteral("assistant"));
            m.addBindValue(QStringLiteral("Сообщение %1 диалога %2").arg(k).arg(i));
            m.addBindValue(store::toStoredTime(started.addSecs(30 * k)));
            if (!exec(m))
                return false;
        }
    }
    for (int i = 0; i < 3; ++i) {
        s.addBindValue(QStringLiteral("b-%1").arg(i));
        s.addBindValue(QString::fromLatin1(kTenantB));
        s.addBindValue(QVariant(QMetaType::fromType<QString>()));
        s.addBindValue(store::toStoredTime(newest.addSecs(-600LL * i)));
        s.addBindValue(QStringLiteral("handoff"));
        s.addBindValue(QStringLiteral("question"));
        s.addBindValue(QString());
        s.addBindValue(now);
        if (!exec(s))
            return false;
    }
    return conn.commit();
}

} // namespace agentp::testing
