#include "WaitlistFixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace agentp::testing {

namespace {

bool run(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("fixture SQL failed: %s — %s", qPrintable(q.lastError().text()), qPrintable(sql));
        return false;
    }
    return true;
}

const QVariant kNull = QVariant(QMetaType::fromType<QString>());

} // namespace

QDateTime WaitlistFixture::now()
{
    return QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
}

bool WaitlistFixture::populate(const QSqlDatabase &db)
{
    const QString a = QString::fromLatin1(kTenantA);
    const QString b = QString::fromLatin1(kTenantB);
    const QString t = QStringLiteral("2026-11-01T00:00:00.000Z");
    bool ok = run(db,
                  QStringLiteral("INSERT INTO tenants(id, name, timezone, updated_at) VALUES"
                                 " (?, 'Лаванда', 'Europe/Moscow', ?),"
                                 " (?, 'Борода', 'Asia/Yekaterinburg', ?)"),
                  {a, t, b, t});
    const QString client = QStringLiteral(
        "INSERT INTO clients(id, tenant_id, full_name, phone, phone_digits, visit_count,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    ok = ok && run(db, client,
                   {QStringLiteral("c-maria"), a, QStringLiteral("Мария Петрова"),
                    QStringLiteral("+7 999 123-45-67"), QStringLiteral("79991234567"), 3, t, t});
    ok = ok && run(db, client,
                   {QStringLiteral("c-ivan"), a, QStringLiteral("Иван Сидоров"),
                    QStringLiteral("+7 916 000-11-22"), QStringLiteral("79160001122"), 1, t, t});
    ok =
        ok && run(db, client,
                  {QStringLiteral("c-olga"), a, QStringLiteral("Ольга Н."), kNull, kNull, 0, t, t});
    ok = ok && run(db, client,
                   {QStringLiteral("c-petr"), b, QStringLiteral("Пётр Орлов"),
                    QStringLiteral("+7 343 555-00-00"), QStringLiteral("73435550000"), 0, t, t});

    const QString item = QStringLiteral(
        "INSERT INTO waitlist_items(id, tenant_id, client_id, service, master, wanted_date,"
        " window_from, window_to, status, created_at, processed_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ok = ok && run(db, item,
                   {1, a, QStringLiteral("c-maria"), QStringLiteral("Маникюр"), kNull,
                    QStringLiteral("2026-12-01"), QStringLiteral("10:00"), QStringLiteral("13:00"),
                    QStringLiteral("pending"), QStringLiteral("2026-11-18T09:00:00.000Z"), kNull,
                    QStringLiteral("2026-11-18T09:00:00.000Z")});
    ok = ok && run(db, item,
                   {2, a, QStringLiteral("c-olga"), QStringLiteral("Стрижка"),
                    QStringLiteral("Ирина"), QStringLiteral("2026-12-02"), kNull, kNull,
                    QStringLiteral("pending"), QStringLiteral("2026-11-19T15:30:00.000Z"), kNull,
                    QStringLiteral("2026-11-19T15:30:00.000Z")});
    ok = ok && run(db, item,
                   {3, a, QStringLiteral("c-ivan"), QStringLiteral("Маникюр"), kNull,
                    QStringLiteral("2026-11-25"), QStringLiteral("12:00"), QStringLiteral("18:00"),
                    QStringLiteral("converted"), QStringLiteral("2026-11-10T09:00:00.000Z"),
                    QStringLiteral("2026-11-11T09:00:00.000Z"),
                    QStringLiteral("2026-11-11T09:00:00.000Z")});
    ok = ok &&
         run(db, item,
             {4, b, QStringLiteral("c-petr"), QStringLiteral("Стрижка бороды"), kNull,
              QStringLiteral("2026-12-01"), QStringLiteral("12:00:00"), QStringLiteral("18:00:00"),
              QStringLiteral("pending"), QStringLiteral("2026-11-17T09:00:00.000Z"), kNull,
              QStringLiteral("2026-11-17T09:00:00.000Z")});

    const QString prediction = QStringLiteral(
        "INSERT INTO risk_predictions(id, tenant_id, booking_id, client_id, service, master,"
        " slot_at, risk_score, risk_factors, status, predicted_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-11-20T06:00:00.000Z')");
    const QString factors =
        QStringLiteral("{\"days_since_last_visit\":45,\"cancel_rate\":0.3,\"lead_time_days\":14,"
                       "\"is_new_client\":false}");
    struct P
    {
        int id;
        QString tenant, booking, client, service, master, slot;
        double score;
        QString status;
    };
    const P predictions[] = {
        {10, a, QStringLiteral("b-1"), QStringLiteral("c-ivan"), QStringLiteral("Маникюр"),
         QStringLiteral("Анна"), QStringLiteral("2026-12-01T08:30:00.000Z"), 0.72,
         QStringLiteral("open")},
        {11, a, QStringLiteral("b-2"), QStringLiteral("c-ivan"), QStringLiteral("Педикюр"),
         QStringLiteral("Анна"), QStringLiteral("2026-12-01T09:00:00.000Z"), 0.55,
         QStringLiteral("open")},
        {12, a, QStringLiteral("b-3"), QStringLiteral("c-maria"), QStringLiteral("Стрижка"),
         QStringLiteral("Ирина"), QStringLiteral("2026-12-03T07:00:00.000Z"), 0.30,
         QStringLiteral("open")},
        {13, a, QStringLiteral("b-4"), QStringLiteral("c-olga"), QStringLiteral("Маникюр"),
         QStringLiteral("Анна"), QStringLiteral("2026-12-01T09:30:00.000Z"), 0.90,
         QStringLiteral("ignored")},
        {14, a, QStringLiteral("b-5"), QStringLiteral("c-maria"), QStringLiteral("Маникюр"),
         QStringLiteral("Анна"), QStringLiteral("2026-11-19T09:00:00.000Z"), 0.80,
         QStringLiteral("open")},
        {15, b, QStringLiteral("b-6"), QStringLiteral("c-petr"), QStringLiteral("Стрижка бороды"),
         QStringLiteral("Тимур"), QStringLiteral("2026-12-01T09:00:00.000Z"), 0.60,
         QStringLiteral("notified")},
    };
    for (const P &p : predictions)
        ok = ok && run(db, prediction,
                       {p.id, p.tenant, p.booking, p.client, p.service, p.master, p.slot, p.score,
                        factors, p.status});

    const QString visit = QStringLiteral(
        "INSERT INTO client_visits(client_id, visit_at, service, status) VALUES (?, ?, ?, ?)");
    const QString completed = QStringLiteral("completed");
    ok = ok && run(db, visit,
                   {QStringLiteral("c-maria"), QStringLiteral("2026-06-01T08:00:00.000Z"),
                    QStringLiteral("Маникюр"), completed});
    ok = ok && run(db, visit,
                   {QStringLiteral("c-maria"), QStringLiteral("2026-08-20T08:00:00.000Z"),
                    QStringLiteral("Маникюр"), QStringLiteral("cancelled")});
    ok = ok && run(db, visit,
                   {QStringLiteral("c-maria"), QStringLiteral("2026-09-01T08:00:00.000Z"),
                    QStringLiteral("Маникюр"), completed});
    ok = ok && run(db, visit,
                   {QStringLiteral("c-maria"), QStringLiteral("2026-10-06T08:00:00.000Z"),
                    QStringLiteral("Маникюр"), completed});
    ok = ok && run(db, visit,
                   {QStringLiteral("c-ivan"), QStringLiteral("2026-11-10T08:00:00.000Z"),
                    QStringLiteral("Маникюр"), completed});

    ok = ok && run(db,
                   QStringLiteral("INSERT INTO bot_sessions(id, tenant_id, client_id, started_at,"
                                  " status, intent, service, slot_at, booking_id, channel,"
                                  " updated_at) VALUES ('s-1', ?, 'c-olga',"
                                  " '2026-11-15T10:00:00.000Z', 'booked', 'booking', 'Стрижка',"
                                  " '2026-12-05T07:00:00.000Z', 'b-7', 'whatsapp',"
                                  " '2026-11-15T10:05:00.000Z')"),
                   {a});
    return ok;
}

QVariantList WaitlistFixture::row(const QSqlDatabase &db, const QString &table, qint64 id)
{
    QSqlQuery q(db);
    QVariantList out;
    q.prepare(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return out;
    for (int i = 0; i < q.record().count(); ++i)
        out << q.value(i);
    return out;
}

int WaitlistFixture::count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace agentp::testing
