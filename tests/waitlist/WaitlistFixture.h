#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace agentp::testing {

// A small salon data set with known answers for the waitlist & risk tests. "Now" is
// 2026-11-20 12:00 UTC. Salon A is in Moscow (UTC+3), salon B in Yekaterinburg (UTC+5).
//
// Waitlist (id: salon, client, service, wanted, status):
//   1: A, Мария Петрова, Маникюр, 2026-12-01 10:00–13:00, any master, pending
//   2: A, Ольга Н. (no phone), Стрижка, 2026-12-02, no window, master Ирина, pending
//   3: A, Иван Сидоров, Маникюр, 2026-11-25, converted
//   4: B, Пётр Орлов, Стрижка бороды, 2026-12-01 12:00–18:00, pending
// Predictions (id: salon, booking, client, service, master, slot UTC, score, status):
//   10: A, b-1, Иван, Маникюр, Анна, 2026-12-01 08:30 (11:30 MSK), 0.72, open
//   11: A, b-2, Иван, Педикюр, Анна, 2026-12-01 09:00, 0.55, open
//   12: A, b-3, Мария, Стрижка, Ирина, 2026-12-03 07:00, 0.30, open   (below 0.5)
//   13: A, b-4, Ольга, Маникюр, Анна, 2026-12-01 09:30, 0.90, ignored
//   14: A, b-5, Мария, Маникюр, Анна, 2026-11-19 09:00, 0.80, open    (in the past)
//   15: B, b-6, Пётр, Стрижка бороды, Тимур, 2026-12-01 09:00 (14:00), 0.60, notified
// Visits: Мария 3 completed (last 2026-10-06) + 1 cancelled; Иван 1 completed (2026-11-10);
// Ольга none. Bot booking: session s-1 of Ольга booked b-7 (Стрижка) for 2026-12-05 07:00 UTC,
// started 2026-11-15 10:00.
struct WaitlistFixture
{
    static constexpr const char *kTenantA = "aaaaaaaa-0000-4000-8000-000000000001";
    static constexpr const char *kTenantB = "bbbbbbbb-0000-4000-8000-000000000002";

    static QDateTime now();
    static bool populate(const QSqlDatabase &db);
    // Every column of one row, in table order, for "restored exactly" comparisons.
    static QVariantList row(const QSqlDatabase &db, const QString &table, qint64 id);
    static int count(const QSqlDatabase &db, const QString &sql);
};

} // namespace agentp::testing
