#pragma once
// A small salon project as FakePostgrestServer serves it: two salons in different zones, their
// clients, memories, dialogs with messages, waitlist requests, predictions, win-back requests and
// daily metrics, with the columns the bot's tables have (supabase/migrations).

#include "tests/support/FakePostgrestServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace salontest {

using namespace Qt::StringLiterals;

inline const QString kSalonA = u"aaaaaaaa-0000-4000-8000-00000000000a"_s;
inline const QString kSalonB = u"bbbbbbbb-0000-4000-8000-00000000000b"_s;
inline const QString kClientA1 = u"c1000000-0000-4000-8000-000000000001"_s;
inline const QString kClientA2 = u"c2000000-0000-4000-8000-000000000002"_s;
inline const QString kClientB1 = u"cb100000-0000-4000-8000-000000000001"_s;
inline const QString kSessionA1 = u"5a100000-0000-4000-8000-000000000001"_s;
inline const QString kSessionA2 = u"5a200000-0000-4000-8000-000000000002"_s;
inline const QString kSessionB1 = u"5b100000-0000-4000-8000-000000000001"_s;
inline const QString kT0 = u"2026-11-20T09:00:00.123456+00:00"_s;

inline QJsonObject tenant(const QString &id, const QString &name, const QString &zone)
{
    return {{u"id"_s, id},
            {u"name"_s, name},
            {u"timezone"_s, zone},
            {u"metadata"_s, QJsonObject{{u"closing_time"_s, u"21:00"_s}}},
            {u"metadata_version"_s, 3},
            {u"active"_s, true},
            {u"created_at"_s, kT0},
            {u"updated_at"_s, kT0}};
}

inline QJsonObject client(const QString &id, const QString &tenantId, const QString &name,
                          const QJsonValue &phone)
{
    return {{u"id"_s, id},       {u"tenant_id"_s, tenantId}, {u"full_name"_s, name},
            {u"phone"_s, phone}, {u"created_at"_s, kT0},     {u"updated_at"_s, kT0}};
}

inline QJsonObject session(const QString &id, const QString &tenantId, const QString &clientId,
                           const QJsonValue &booking, const QString &updated = kT0)
{
    return {{u"id"_s, id},
            {u"tenant_id"_s, tenantId},
            {u"client_id"_s, clientId},
            {u"started_at"_s, u"2026-11-20T08:00:00+00:00"_s},
            {u"ended_at"_s, u"2026-11-20T08:10:00+00:00"_s},
            {u"status"_s, booking.isNull() ? u"abandoned"_s : u"booked"_s},
            {u"intent"_s, u"booking"_s},
            {u"service"_s, u"Стрижка"_s},
            {u"slot_at"_s, u"2026-11-22T12:00:00+00:00"_s},
            {u"booking_id"_s, booking},
            {u"channel"_s, u"telegram"_s},
            {u"updated_at"_s, updated}};
}

inline QJsonObject message(qint64 id, const QString &sessionId, const QString &role,
                           const QString &text)
{
    return {{u"id"_s, id},
            {u"session_id"_s, sessionId},
            {u"role"_s, role},
            {u"message"_s, text},
            {u"created_at"_s, u"2026-11-20T08:01:00+00:00"_s}};
}

inline QJsonObject wish(qint64 id, const QString &tenantId, const QString &clientId,
                        const QString &status = u"pending"_s, const QString &updated = kT0)
{
    return {{u"id"_s, id},
            {u"tenant_id"_s, tenantId},
            {u"client_id"_s, clientId},
            {u"service"_s, u"Маникюр"_s},
            {u"master"_s, u"Анна"_s},
            {u"wanted_date"_s, u"2026-11-25"_s},
            {u"window_from"_s, u"10:00:00"_s},
            {u"window_to"_s, u"14:30:00"_s},
            {u"status"_s, status},
            {u"created_at"_s, kT0},
            {u"processed_at"_s, QJsonValue::Null},
            {u"updated_at"_s, updated}};
}

// Serves the data set; tables not named get their rows from here, all with every column.
inline void serveSalonProject(agentp::testing::FakePostgrestServer &server)
{
    server.setTable(u"tenants_v2"_s, {tenant(kSalonA, u"Салон Лея"_s, u"Europe/Moscow"_s),
                                      tenant(kSalonB, u"Бьюти Омск"_s, u"Asia/Omsk"_s)});
    server.setTable(u"clients_v2"_s,
                    {client(kClientA1, kSalonA, u"Ирина Петрова"_s, u"8 (999) 123-45-67"_s),
                     client(kClientA2, kSalonA, u"100% Иванова"_s, QJsonValue::Null),
                     client(kClientB1, kSalonB, u"Ольга_П"_s, u"+7 913 000-11-22"_s)});
    server.setTable(u"user_ltm_v2"_s,
                    {QJsonObject{{u"client_id"_s, kClientA1},
                                 {u"tenant_id"_s, kSalonA},
                                 {u"ltm_data"_s, QJsonObject{{u"likes"_s, u"кофе"_s}}},
                                 {u"preferred_staff_id"_s, u"Анна"_s},
                                 // 22:30 UTC is already the next day in Moscow (UTC+3)
                                 {u"last_visit_date"_s, u"2026-11-10T22:30:00+00:00"_s},
                                 {u"avg_visit_interval"_s, 28},
                                 {u"churn_risk_score"_s, u"0.35"_s},
                                 {u"updated_at"_s, kT0}}},
                    {u"client_id"_s}, QString());
    server.setTable(u"conversation_sessions_v2"_s,
                    {session(kSessionA1, kSalonA, kClientA1, u"900100"_s),
                     session(kSessionA2, kSalonA, kClientA2, QJsonValue::Null),
                     session(kSessionB1, kSalonB, kClientB1, u"900200"_s)});
    server.setTable(u"recent_history_v2"_s,
                    {message(1, kSessionA1, u"user"_s, u"Хочу на стрижку"_s),
                     message(2, kSessionA1, u"assistant"_s, u"Есть окно в 12:00"_s),
                     message(3, kSessionB1, u"human"_s, u"Здравствуйте"_s),
                     message(4, kSessionB1, u"tool"_s, u"{\"slots\":[]}"_s)});
    server.setTable(u"wishlist_v2"_s, {wish(1, kSalonA, kClientA1), wish(2, kSalonA, kClientA2),
                                       wish(3, kSalonB, kClientB1)});
    server.setTable(u"dashboard.predictions"_s,
                    {QJsonObject{{u"id"_s, 7},
                                 {u"tenant_id"_s, kSalonA},
                                 {u"booking_id"_s, u"900100"_s},
                                 {u"risk_score"_s, 0.82},
                                 {u"risk_factors"_s, QJsonObject{{u"no_show_count"_s, 2}}},
                                 {u"predicted_at"_s, u"2026-11-20T07:00:00+00:00"_s},
                                 {u"updated_at"_s, kT0}}});
    server.setTable(u"dashboard.winback_requests"_s, {QJsonObject{{u"id"_s, 11},
                                                                  {u"tenant_id"_s, kSalonA},
                                                                  {u"client_id"_s, kClientA2},
                                                                  {u"requested_by"_s, 5},
                                                                  {u"status"_s, u"booked"_s},
                                                                  {u"note"_s, u"скидка 10%"_s},
                                                                  {u"created_at"_s, kT0},
                                                                  {u"updated_at"_s, kT0}}});
    server.setTable(u"dashboard.metrics_dailies"_s, {QJsonObject{{u"id"_s, 1},
                                                                 {u"tenant_id"_s, kSalonA},
                                                                 {u"day"_s, u"2026-11-19"_s},
                                                                 {u"dialogs_started"_s, 3},
                                                                 {u"bookings"_s, 1},
                                                                 {u"conversion"_s, 33.33},
                                                                 {u"avg_response_ms"_s, 2333},
                                                                 {u"updated_at"_s, kT0}}});
}

} // namespace salontest
