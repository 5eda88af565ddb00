#include "tests/fuzz/SalonWorkspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>

namespace agentp::fuzz {

namespace {

using net::SalonMirror;
using net::SalonTable;
using namespace Qt::StringLiterals;

// The starting rows, one page per table in the pull's order; the seeds in corpus/salon use
// these ids (salons A and B, clients c1…, c2…, cb1…, dialogs 5a1…, 5b1…, booking 900100).
constexpr const char *kStartPages[] = {
    R"([{"id":"aaaaaaaa-0000-4000-8000-00000000000a","name":"Салон Лея","timezone":"Europe/Moscow",
        "metadata":{"closing_time":"21:00"},"metadata_version":3,
        "updated_at":"2026-11-20T09:00:00.123456+00:00"},
       {"id":"bbbbbbbb-0000-4000-8000-00000000000b","name":"Бьюти Омск","timezone":"Asia/Omsk",
        "metadata":{},"metadata_version":1,"updated_at":"2026-11-20T09:00:00.123456+00:00"}])",
    R"([{"id":"c1000000-0000-4000-8000-000000000001",
        "tenant_id":"aaaaaaaa-0000-4000-8000-00000000000a","full_name":"Ирина Петрова",
        "phone":"8 (999) 123-45-67","created_at":"2026-11-01T10:00:00+00:00",
        "updated_at":"2026-11-20T09:00:00.123456+00:00"},
       {"id":"c2000000-0000-4000-8000-000000000002",
        "tenant_id":"aaaaaaaa-0000-4000-8000-00000000000a","full_name":"100% Иванова",
        "phone":null,"created_at":"2026-11-01T10:00:00+00:00",
        "updated_at":"2026-11-20T09:00:00.123456+00:00"},
       {"id":"cb100000-0000-4000-8000-000000000001",
        "tenant_id":"bbbbbbbb-0000-4000-8000-00000000000b","full_name":"Ольга_П",
        "phone":"+7 913 000-11-22","created_at":"2026-11-01T10:00:00+00:00",
        "updated_at":"2026-11-20T09:00:00.123456+00:00"}])",
    R"([{"client_id":"c1000000-0000-4000-8000-000000000001",
        "tenant_id":"aaaaaaaa-0000-4000-8000-00000000000a","ltm_data":{"likes":"кофе"},
        "preferred_staff_id":"Анна","last_visit_date":"2026-11-10T22:30:00+00:00",
        "avg_visit_interval":28,"churn_risk_score":"0.35",
        "updated_at":"2026-11-20T09:00:00.123456+00:00"}])",
    R"([{"id":"5a100000-0000-4000-8000-000000000001",
        "tenant_id":"aaaaaaaa-0000-4000-8000-00000000000a",
        "client_id":"c1000000-0000-4000-8000-000000000001",
        "started_at":"2026-11-20T08:00:00+00:00","ended_at":"2026-11-20T08:10:00+00:00",
        "status":"booked","intent":"booking","service":"Стрижка",
        "slot_at":"2026-11-22T12:00:00+00:00","booking_id":"900100","channel":"telegram",
        "updated_at":"2026-11-20T09:00:00.123456+00:00"},
       {"id":"5b100000-0000-4000-8000-000000000001",
        "tenant_id":"bbbbbbbb-0000-4000-8000-00000000000b",
        "client_id":"cb100000-0000-4000-8000-000000000001",
        "started_at":"2026-11-20T08:00:00+00:00","ended_at":null,"status":"booked",
        "intent":"booking","service":"Маникюр","slot_at":"2026-11-23T09:30:00+00:00",
        "booking_id":"900200","channel":"whatsapp",
        "updated_at":"2026-11-20T09:00:00.123456+00:00"}])",
    R"([{"id":1,"session_id":"5a100000-0000-4000-8000-000000000001","role":"user",
        "message":"Хочу на стрижку","created_at":"2026-11-20T08:01:00+00:00"},
       {"id":2,"session_id":"5a100000-0000-4000-8000-000000000001","role":"assistant",
        "message":"Есть окно в 12:00","created_at":"2026-11-20T08:02:00+00:00"}])",
    R"([{"id":1,"tenant_id":"aaaaaaaa-0000-4000-8000-00000000000a",
        "client_id":"c1000000-0000-4000-8000-000000000001","service":"Маникюр","master":"Анна",
        "wanted_date":"2026-11-25","window_from":"10:00:00","window_to":"14:30:00",
        "status":"pending","created_at":"2026-11-20T09:00:00+00:00","processed_at":null,
        "updated_at":"2026-11-20T09:00:00.123456+00:00"}])",
    R"([{"id":7,"tenant_id":"aaaaaaaa-0000-4000-8000-00000000000a","booking_id":"900100",
        "risk_score":0.82,"risk_factors":{"no_show_count":2},
        "predicted_at":"2026-11-20T07:00:00+00:00",
        "updated_at":"2026-11-20T09:00:00.123456+00:00"}])",
    R"([{"id":11,"tenant_id":"aaaaaaaa-0000-4000-8000-00000000000a",
        "client_id":"c1000000-0000-4000-8000-000000000001","requested_by":5,"status":"sent",
        "note":"скидка 10%","created_at":"2026-11-19T09:00:00+00:00",
        "updated_at":"2026-11-20T09:00:00.123456+00:00"}])",
    R"([{"id":1,"tenant_id":"aaaaaaaa-0000-4000-8000-00000000000a","day":"2026-11-19",
        "dialogs_started":3,"bookings":1,"conversion":33.33,"avg_response_ms":2333,
        "updated_at":"2026-11-20T09:00:00.123456+00:00"}])",
};

// The console's own win-back request whose answer has not arrived (remote id still null): a
// pulled request for that client adopts it.
const QString kOwnRequest = u"INSERT INTO winback_requests(remote_id, tenant_id, client_id, status,"
                            " message, requested_by, requested_at, updated_at) VALUES (NULL,"
                            " 'aaaaaaaa-0000-4000-8000-00000000000a',"
                            " 'c2000000-0000-4000-8000-000000000002', 'queued', 'вернуть',"
                            " 'console', '2026-11-20T10:00:00.000Z', '2026-11-20T10:00:00.000Z')"_s;

QString startCopy(const QString &table)
{
    return u"temp.fuzz_start_"_s + table;
}

} // namespace

net::SalonCursor SalonWorkspace::pageCursor(const SalonTable &table, const QJsonArray &rows)
{
    const QJsonObject last = rows.last().toObject();
    const QJsonValue key = last.value(table.key);
    net::SalonCursor next;
    next.key = key.isDouble() ? QString::number(qint64(key.toDouble())) : key.toString();
    next.at = table.watermark.isEmpty() ? QString() : last.value(table.watermark).toString();
    return next;
}

SalonWorkspace *SalonWorkspace::instance(QString *why)
{
    // Made at the first input and kept for the process (libFuzzer has no other hook). Opened
    // inside the static's initialiser, so Qt SQL's own globals are made first and destroyed
    // after the workspace at exit.
    static QString failure;
    static const std::unique_ptr<SalonWorkspace> workspace = [] {
        std::unique_ptr<SalonWorkspace> made(new SalonWorkspace);
        failure = made->open();
        return failure.isEmpty() ? std::move(made) : nullptr;
    }();
    *why = failure;
    return workspace.get();
}

QString SalonWorkspace::open()
{
    if (!m_dir.isValid())
        return u"cannot make a temporary folder: "_s + m_dir.errorString();
    store::StoreError e;
    m_db = store::Database::open(m_dir.filePath(u"salon.agentp"_s), &e);
    if (!m_db)
        return u"cannot open the workspace: "_s + e.message;
    m_mirror = std::make_unique<SalonMirror>(m_db->connection());
    const auto &tables = SalonMirror::tables();
    for (size_t i = 0; i < tables.size(); ++i) {
        const QJsonArray rows = QJsonDocument::fromJson(kStartPages[i]).array();
        const SalonTable &t = tables[i];
        if (rows.isEmpty() ||
            m_mirror->writePage(t, rows, pageCursor(t, rows), &e) != int(rows.size()))
            return u"cannot write the starting %1: %2"_s.arg(t.name, e.message);
    }
    QSqlQuery q(m_db->connection());
    if (!q.exec(kOwnRequest))
        return u"cannot add the console's own request: "_s + q.lastError().text();
    QStringList copies{u"sync_cursors"_s};
    for (const SalonTable &t : tables)
        copies << t.localTable;
    for (const QString &table : std::as_const(copies))
        if (!q.exec(u"CREATE TEMP TABLE fuzz_start_%1 AS SELECT * FROM main.%1"_s.arg(table)))
            return u"cannot copy %1: %2"_s.arg(table, q.lastError().text());
    for (const SalonTable &t : tables) {
        QString why;
        m_start[t.name] = read(t, &why);
        if (!why.isEmpty())
            return why;
    }
    m_known = m_start;
    return {};
}

qint64 SalonWorkspace::totalChanges()
{
    QSqlQuery &q =
        m_queries.try_emplace(u"SELECT total_changes()"_s, m_db->connection()).first->second;
    const qint64 n = q.exec(u"SELECT total_changes()"_s) && q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    return n;
}

SalonWorkspace::State SalonWorkspace::read(const SalonTable &table, QString *why)
{
    State s;
    QSqlQuery q(m_db->connection());
    if (!q.exec(u"SELECT * FROM main."_s + table.localTable)) {
        *why = u"cannot read %1: %2"_s.arg(table.localTable, q.lastError().text());
        return s;
    }
    while (q.next()) {
        const QSqlRecord record = q.record();
        QString row;
        for (int i = 0; i < record.count(); ++i) {
            const QVariant v = q.value(i);
            // The storage class matters: 5 and '5' are different rows.
            row += v.isNull() ? u"∅"_s
                              : QString::fromLatin1(v.metaType().name()) + u':' + v.toString();
            row += u'\x1f';
        }
        s.rows << row;
    }
    s.rows.sort();
    store::StoreError e;
    s.cursor = m_mirror->cursor(table, &e);
    if (e.isError())
        *why = u"cannot read the cursor of %1: %2"_s.arg(table.name, e.message);
    return s;
}

QString SalonWorkspace::undo()
{
    if (m_touched.isEmpty())
        return {};
    // Foreign keys off while the copies go back: deleting a parent must not cascade into the
    // children, which are put back (or were never touched) themselves.
    QSqlQuery q(m_db->connection());
    QStringList sql{u"PRAGMA foreign_keys = OFF"_s, u"BEGIN"_s, u"DELETE FROM main.sync_cursors"_s,
                    u"INSERT INTO main.sync_cursors SELECT * FROM "_s +
                        startCopy(u"sync_cursors"_s)};
    for (const SalonTable &t : SalonMirror::tables())
        if (m_touched.contains(t.name))
            sql << u"DELETE FROM main."_s + t.localTable
                << u"INSERT INTO main.%1 SELECT * FROM %2"_s.arg(t.localTable,
                                                                 startCopy(t.localTable));
    sql << u"COMMIT"_s << u"PRAGMA foreign_keys = ON"_s;
    for (const QString &statement : std::as_const(sql))
        if (!q.exec(statement))
            return u"cannot undo the input (%1): %2"_s.arg(statement, q.lastError().text());
    for (const SalonTable &t : SalonMirror::tables()) {
        if (!m_touched.contains(t.name))
            continue;
        QString why;
        if (!(read(t, &why) == m_start[t.name]))
            return u"the workspace did not go back to its start (%1) %2"_s.arg(t.name, why);
        m_known[t.name] = m_start[t.name];
    }
    // A salon's zone is cached by the mirror; a tenant page may have changed it.
    if (m_touched.contains(u"tenants_v2"_s))
        m_mirror = std::make_unique<SalonMirror>(m_db->connection());
    m_touched.clear();
    return {};
}

bool SalonWorkspace::exists(const QString &sql, const QVariantList &values, QString *why)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        it = m_queries.emplace(sql, QSqlQuery(m_db->connection())).first;
        if (!it->second.prepare(sql)) {
            *why = u"cannot prepare %1: %2"_s.arg(sql, it->second.lastError().text());
            return false;
        }
    }
    QSqlQuery &q = it->second;
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *why = u"cannot run %1: %2"_s.arg(sql, q.lastError().text());
        return false;
    }
    const bool found = q.next();
    q.finish();
    return found;
}

} // namespace agentp::fuzz
