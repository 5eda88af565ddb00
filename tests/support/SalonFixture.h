#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace agentp::testing {

// A small hand-made salon data set with known answers, for model and filter tests:
// two tenants; tenant A has `sessionsA` dialogs one hour apart going back from `newest`,
// statuses cycling booked/abandoned/completed; tenant B has 3 dialogs. Client names include
// LIKE wildcards ("100% Иванова", "Ольга_П") so escaping is exercised.
struct SalonFixture
{
    static constexpr const char *kTenantA = "11111111-1111-4111-8111-111111111111";
    static constexpr const char *kTenantB = "22222222-2222-4222-8222-222222222222";

    int sessionsA = 450;
    QDateTime newest = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

    // Inserts everything; returns false and fails the current test on SQL errors.
    bool populate(const QSqlDatabase &db) const;
    // Session id of tenant A's i-th dialog (0 = newest).
    static QString sessionIdA(int i);
};

} // namespace agentp::testing
