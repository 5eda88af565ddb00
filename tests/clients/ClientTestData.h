#pragma once

// A hand-made client base with known answers for the client tests: two salons; names in mixed
// case and alphabets, with LIKE/FTS metacharacters and quotes; phones in every formatting; and
// 450 filler clients ("Клиент 0001" …) so paging is exercised. Мария Петрова has one of
// everything the detail dialog shows.
#include "models/domain/PhoneDigits.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace agentp::testing {

struct ClientTestData
{
    static constexpr const char *kTenantA = "aaaaaaaa-0000-4000-8000-000000000001";
    static constexpr const char *kTenantB = "bbbbbbbb-0000-4000-8000-000000000002";
    static constexpr int kFillers = 450;

    static bool exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec())
            return true;
        qWarning("test data SQL failed: %s — %s", qPrintable(q.lastError().text()),
                 qPrintable(sql));
        return false;
    }

    static bool addClient(QSqlDatabase db, const QString &id, const char *tenant,
                          const QString &name, const QString &phone,
                          const QString &master = QString(), int visits = 0)
    {
        const QString digits = agentp::domain::PhoneDigits::normalise(phone);
        return exec(db,
                    QStringLiteral("INSERT INTO clients(id, tenant_id, full_name, phone,"
                                   " phone_digits, favourite_master, visit_count, created_at,"
                                   " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {id, QString::fromLatin1(tenant), name,
                     phone.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(phone),
                     digits.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(digits),
                     master.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(master),
                     visits, QStringLiteral("2026-01-01T00:00:00.000Z"),
                     QStringLiteral("2026-01-01T00:00:00.000Z")});
    }

    static bool populate(QSqlDatabase db)
    {
        bool ok = db.transaction();
        const QString t = QStringLiteral("2026-01-01T00:00:00.000Z");
        ok = ok && exec(db,
                        QStringLiteral("INSERT INTO tenants(id, name, updated_at) VALUES"
                                       " (?, 'Салон А', ?), (?, 'Салон Б', ?)"),
                        {QString::fromLatin1(kTenantA), t, QString::fromLatin1(kTenantB), t});
        ok = ok && addClient(db, QStringLiteral("maria"), kTenantA, QStringLiteral("Мария Петрова"),
                             QStringLiteral("+7 (999) 123-45-67"), QStringLiteral("Анна"), 5);
        ok = ok && addClient(db, QStringLiteral("marina"), kTenantA,
                             QStringLiteral("МАРИНА Соколова"), QStringLiteral("8 916 111-22-33"));
        ok = ok && addClient(db, QStringLiteral("mark"), kTenantB, QStringLiteral("марк иванов"),
                             QStringLiteral("903 555-44-33"));
        ok = ok &&
             addClient(db, QStringLiteral("olga"), kTenantA, QStringLiteral("Ольга_П"), QString());
        ok = ok && addClient(db, QStringLiteral("percent"), kTenantA,
                             QStringLiteral("100% Иванова"), QStringLiteral("+7 912 000 00 01"));
        ok = ok && addClient(db, QStringLiteral("quote"), kTenantA,
                             QStringLiteral("Ёлка \"Зелёная\""), QString());
        ok = ok && addClient(db, QStringLiteral("anna"), kTenantB, QStringLiteral("Anna Smith"),
                             QStringLiteral("+44 20 7946 0958"));
        for (int i = 1; i <= kFillers && ok; ++i) {
            ok = addClient(db, QStringLiteral("filler-%1").arg(i), i % 2 ? kTenantA : kTenantB,
                           QStringLiteral("Клиент %1").arg(i, 4, 10, QLatin1Char('0')),
                           QStringLiteral("+7 900 %1").arg(i, 7, 10, QLatin1Char('0')));
        }
        // Мария's history: two visits, a dialog with the bot, a waitlist entry, a prediction
        // and her memory.
        ok = ok && exec(db, QStringLiteral("INSERT INTO client_visits(client_id, visit_at, service,"
                                           " master, price, status) VALUES"
                                           " ('maria', '2026-10-01T10:00:00.000Z', 'Маникюр',"
                                           " 'Анна', 2500, 'completed'),"
                                           " ('maria', '2026-10-20T10:00:00.000Z', 'Педикюр',"
                                           " 'Анна', NULL, 'no_show')"));
        ok = ok && exec(db,
                        QStringLiteral("INSERT INTO bot_sessions(id, tenant_id, client_id,"
                                       " started_at, status, intent, service, updated_at)"
                                       " VALUES ('s-maria', ?, 'maria',"
                                       " '2026-11-01T09:00:00.000Z', 'booked', 'booking',"
                                       " 'Маникюр', ?)"),
                        {QString::fromLatin1(kTenantA), t});
        ok = ok && exec(db, QStringLiteral("INSERT INTO bot_messages(session_id, role, body,"
                                           " created_at) VALUES ('s-maria', 'user', 'Здравствуйте',"
                                           " '2026-11-01T09:00:00.000Z')"));
        ok = ok && exec(db,
                        QStringLiteral("INSERT INTO waitlist_items(tenant_id, client_id,"
                                       " service, wanted_date, window_from, window_to, status,"
                                       " created_at, updated_at) VALUES (?, 'maria', 'Маникюр',"
                                       " '2026-11-25', '10:00', '14:00', 'pending', ?, ?)"),
                        {QString::fromLatin1(kTenantA), t, t});
        ok = ok && exec(db,
                        QStringLiteral("INSERT INTO risk_predictions(tenant_id, booking_id,"
                                       " client_id, service, master, slot_at, risk_score,"
                                       " predicted_at) VALUES (?, 'b-1', 'maria', 'Маникюр',"
                                       " 'Анна', '2026-11-27T11:00:00.000Z', 0.42, ?)"),
                        {QString::fromLatin1(kTenantA), t});
        ok = ok && exec(db,
                        QStringLiteral("INSERT INTO client_memory(client_id, ltm_data,"
                                       " preferred_staff, last_visit_date, avg_visit_interval,"
                                       " updated_at) VALUES ('maria', ?, 'Анна', '2026-10-01', 19,"
                                       " ?)"),
                        {QStringLiteral("{\"preferred_services\":[\"Маникюр\",\"Педикюр\"],"
                                        "\"preferred_time\":\"утро\",\"allergies\":[],"
                                        "\"likes_coffee\":true,\"favourite_drink\":\"чай\","
                                        "\"kids\":{\"count\":2}}"),
                         t});
        return ok && db.commit();
    }
};

} // namespace agentp::testing
