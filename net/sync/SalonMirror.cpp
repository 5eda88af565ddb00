#include "net/sync/SalonMirror.h"

#include "models/domain/PhoneDigits.h"
#include "models/store/SalonActionUndo.h"
#include "models/store/SqlErrors.h"
#include "models/store/SqlValues.h"
#include "models/store/TenantRepository.h"
#include "models/store/TimeFormat.h"
#include "net/supabase/SalonRows.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <cmath>

namespace agentp::net {

using store::StoreError;
using supabase::storedFromServer;

namespace {

const QString kSource = QStringLiteral("supabase");

QVariant text(const QJsonObject &row, const char *key)
{
    const QJsonValue v = row.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return QString::fromUtf8(
        QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
}

QVariant number(const QJsonObject &row, const char *key)
{
    const QJsonValue v = row.value(QLatin1String(key));
    if (v.isDouble())
        return v.toDouble();
    bool ok = false;
    const double d = v.toString().toDouble(&ok); // numeric columns may come as strings
    return ok ? QVariant(d) : QVariant(QMetaType::fromType<double>());
}

QVariant integer(const QJsonObject &row, const char *key)
{
    const QVariant v = number(row, key);
    return v.isNull() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(qint64(v.toDouble()));
}

QVariant time(const QJsonObject &row, const char *key)
{
    const QString stored = storedFromServer(row.value(QLatin1String(key)));
    return store::textOrNull(stored);
}

QString jsonText(const QJsonObject &row, const char *key)
{
    const QJsonValue v = row.value(QLatin1String(key));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isString() && QJsonDocument::fromJson(v.toString().toUtf8()).isObject())
        return v.toString();
    return QStringLiteral("{}");
}

// "10:00:00" (Postgres time) → "10:00", as the store keeps waitlist windows.
QVariant clock(const QJsonObject &row, const char *key)
{
    const QString t = row.value(QLatin1String(key)).toString();
    return t.size() >= 5 ? QVariant(t.left(5)) : QVariant(QMetaType::fromType<QString>());
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, StoreError *error)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return store::execQuery(q, error, QStringLiteral("salon sync"));
}

const QString kPendingWaitlist = QStringLiteral(
    "EXISTS (SELECT 1 FROM outbox o WHERE o.target = 'waitlist:' || waitlist_items.id"
    " AND o.state IN ('queued','sending'))");

} // namespace

const std::vector<SalonTable> &SalonMirror::tables()
{
    static const std::vector<SalonTable> all = {
        {QStringLiteral("public"), QStringLiteral("tenants_v2"),
         QStringLiteral("id,name,timezone,metadata,metadata_version,updated_at"),
         QStringLiteral("updated_at"), QStringLiteral("id"), QStringLiteral("tenants"), false},
        {QStringLiteral("public"), QStringLiteral("clients_v2"),
         QStringLiteral("id,tenant_id,full_name,phone,created_at,updated_at"),
         QStringLiteral("updated_at"), QStringLiteral("id"), QStringLiteral("clients"), false},
        {QStringLiteral("public"), QStringLiteral("user_ltm_v2"),
         QStringLiteral("client_id,tenant_id,ltm_data,preferred_staff_id,last_visit_date,"
                        "avg_visit_interval,churn_risk_score,updated_at"),
         QStringLiteral("updated_at"), QStringLiteral("client_id"), QStringLiteral("client_memory"),
         false},
        {QStringLiteral("public"), QStringLiteral("conversation_sessions_v2"),
         QStringLiteral("id,tenant_id,client_id,started_at,ended_at,status,intent,service,slot_at,"
                        "booking_id,channel,updated_at"),
         QStringLiteral("updated_at"), QStringLiteral("id"), QStringLiteral("bot_sessions"), false},
        {QStringLiteral("public"), QStringLiteral("recent_history_v2"),
         QStringLiteral("id,session_id,role,message,created_at"), QString(), QStringLiteral("id"),
         QStringLiteral("bot_messages"), true},
        {QStringLiteral("public"), QStringLiteral("wishlist_v2"),
         QStringLiteral("id,tenant_id,client_id,service,master,wanted_date,window_from,window_to,"
                        "status,created_at,processed_at,updated_at"),
         QStringLiteral("updated_at"), QStringLiteral("id"), QStringLiteral("waitlist_items"),
         true},
        {QStringLiteral("dashboard"), QStringLiteral("predictions"),
         QStringLiteral("id,tenant_id,booking_id,risk_score,risk_factors,predicted_at,updated_at"),
         QStringLiteral("updated_at"), QStringLiteral("id"), QStringLiteral("risk_predictions"),
         true},
        {QStringLiteral("dashboard"), QStringLiteral("winback_requests"),
         QStringLiteral("id,tenant_id,client_id,requested_by,status,note,created_at,updated_at"),
         QStringLiteral("updated_at"), QStringLiteral("id"), QStringLiteral("winback_requests"),
         true},
        {QStringLiteral("dashboard"), QStringLiteral("metrics_dailies"),
         QStringLiteral("id,tenant_id,day,dialogs_started,bookings,conversion,avg_response_ms,"
                        "updated_at"),
         QStringLiteral("updated_at"), QStringLiteral("id"), QStringLiteral("daily_metrics"), true},
    };
    return all;
}

const SalonTable *SalonMirror::table(const QString &name)
{
    for (const SalonTable &t : tables())
        if (t.name == name)
            return &t;
    return nullptr;
}

SalonMirror::SalonMirror(QSqlDatabase db)
    : m_db(std::move(db))
{}

SalonCursor SalonMirror::cursor(const SalonTable &table, StoreError *error) const
{
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT cursor FROM sync_cursors WHERE source = ? AND scope = ?"),
             {kSource, table.name}, error) ||
        !q.next())
        return {};
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    return {o.value(QLatin1String("at")).toString(), o.value(QLatin1String("key")).toString()};
}

bool SalonMirror::resetCursors(StoreError *error)
{
    QSqlQuery q(m_db);
    return run(q, QStringLiteral("DELETE FROM sync_cursors WHERE source = ?"), {kSource}, error);
}

QStringList SalonMirror::missingSessions(const QJsonArray &rows, StoreError *error) const
{
    QStringList missing;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM bot_sessions WHERE id = ?"));
    for (const QJsonValue &v : rows) {
        const QString session = v.toObject().value(QLatin1String("session_id")).toString();
        if (session.isEmpty() || missing.contains(session))
            continue;
        q.addBindValue(session);
        if (!store::execQuery(q, error, QStringLiteral("salon sync")))
            return {};
        if (!q.next())
            missing << session;
    }
    return missing;
}

bool SalonMirror::usableKey(const SalonTable &table, const QJsonValue &key)
{
    constexpr double kExact = 9007199254740992.0; // 2^53: beyond it a double skips integers
    if (key.isDouble()) {
        const double d = key.toDouble();
        return std::abs(d) <= kExact && std::trunc(d) == d;
    }
    if (!key.isString() || key.toString().isEmpty())
        return false;
    if (!table.keyIsNumber)
        return true;
    bool ok = false;
    const qint64 n = key.toString().toLongLong(&ok);
    return ok && n <= qint64(kExact) && n >= -qint64(kExact);
}

int SalonMirror::writePage(const SalonTable &table, const QJsonArray &rows, const SalonCursor &next,
                           StoreError *error)
{
    // A row the store cannot key would be skipped or stored under a made-up key, and its key
    // would become the cursor the next page is asked after (a bigint filter with a UUID: the
    // table's pull would fail from then on). Such a page is refused whole, before any write.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).isObject() && usableKey(table, rows.at(i).toObject().value(table.key)))
            continue;
        error->kind = StoreError::Kind::Query;
        error->message = QCoreApplication::translate(
                             "SalonMirror", "The salon server sent a %1 row (%2 of %3) without a "
                                            "usable “%4”; the page was not stored.")
                             .arg(table.name)
                             .arg(i + 1)
                             .arg(rows.size())
                             .arg(table.key);
        return -1;
    }
    store::ImmediateWrite transaction(m_db, error);
    if (!transaction.isOpen())
        return -1;
    int written = 0;
    for (const QJsonValue &v : rows) {
        bool wrote = false;
        if (!writeRow(table, v.toObject(), &wrote, error))
            return -1;
        written += wrote ? 1 : 0;
    }
    if (!next.isNull()) {
        const QJsonObject c{{QStringLiteral("at"), next.at}, {QStringLiteral("key"), next.key}};
        QSqlQuery q(m_db);
        if (!run(q,
                 QStringLiteral("INSERT INTO sync_cursors(source, scope, cursor, synced_at)"
                                " VALUES (?, ?, ?, ?) ON CONFLICT(source, scope) DO UPDATE SET"
                                " cursor = excluded.cursor, synced_at = excluded.synced_at"),
                 {kSource, table.name,
                  QString::fromUtf8(QJsonDocument(c).toJson(QJsonDocument::Compact)),
                  store::toStoredTime(QDateTime::currentDateTimeUtc())},
                 error))
            return -1;
    }
    if (!transaction.commit(error))
        return -1;
    return written;
}

bool SalonMirror::cached(QSqlQuery **query, const QString &sql, const QVariantList &values,
                         StoreError *error)
{
    // Prepared once per statement: a pull writes every row of a page through the same few.
    std::unique_ptr<QSqlQuery> &slot = m_statements[sql];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_db);
        if (!slot->prepare(sql)) {
            *error = store::classifySqlError(slot->lastError(), QStringLiteral("salon sync"));
            slot.reset();
            return false;
        }
    }
    for (const QVariant &v : values)
        slot->addBindValue(v);
    *query = slot.get();
    return store::execQuery(*slot, error, QStringLiteral("salon sync"));
}

QString SalonMirror::zoneOf(const QString &tenantId) const
{
    auto it = m_zones.constFind(tenantId);
    if (it != m_zones.constEnd())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT timezone FROM tenants WHERE id = ?"));
    q.addBindValue(tenantId);
    const QString zone = q.exec() && q.next() ? q.value(0).toString() : QString();
    m_zones.insert(tenantId, zone);
    return zone;
}

bool SalonMirror::writeRow(const SalonTable &table, const QJsonObject &r, bool *written,
                           StoreError *error)
{
    QSqlQuery *q = nullptr; // the statement that ran last
    const QString &name = table.name;
    const QVariant id = text(r, "id");
    const QVariant tenant = text(r, "tenant_id");
    bool ok = false;

    if (name == QLatin1String("tenants_v2")) {
        m_zones.remove(id.toString());
        // A tenant whose settings edits are still on their way keeps the optimistic copy; the
        // intent's answer stores the server's row (TenantRepository's handler contract).
        ok = cached(
            &q,
            QStringLiteral("INSERT INTO tenants(id, name, timezone, metadata, metadata_version,"
                           " updated_at) VALUES (?, ?, COALESCE(?, 'Europe/Moscow'), ?, ?, ?)"
                           " ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
                           " timezone = excluded.timezone, metadata = excluded.metadata,"
                           " metadata_version = excluded.metadata_version,"
                           " updated_at = excluded.updated_at"
                           " WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.target = 'tenant:' ||"
                           " tenants.id AND o.kind = ? AND o.state IN ('queued','sending'))"),
            {id, text(r, "name"), text(r, "timezone"), jsonText(r, "metadata"),
             integer(r, "metadata_version"), time(r, "updated_at"),
             store::TenantRepository::patchKind()},
            error);
    } else if (name == QLatin1String("clients_v2")) {
        const QString phone = r.value(QLatin1String("phone")).toString();
        ok = cached(
            &q,
            QStringLiteral("INSERT INTO clients(id, tenant_id, full_name, phone, phone_digits,"
                           " created_at, updated_at)"
                           " SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM tenants"
                           " WHERE id = ?) ON CONFLICT(id) DO UPDATE SET"
                           " tenant_id = excluded.tenant_id, full_name = excluded.full_name,"
                           " phone = excluded.phone, phone_digits = excluded.phone_digits,"
                           " updated_at = excluded.updated_at"),
            {id, tenant, r.value(QLatin1String("full_name")).toString(), store::textOrNull(phone),
             store::textOrNull(domain::PhoneDigits::normalise(phone)), time(r, "created_at"),
             time(r, "updated_at"), tenant},
            error);
    } else if (name == QLatin1String("user_ltm_v2")) {
        // The last visit is a day in the salon's own zone, as the store keeps it.
        QVariant lastVisit(QMetaType::fromType<QString>());
        const QDateTime visit =
            supabase::parseServerTime(r.value(QLatin1String("last_visit_date")));
        if (visit.isValid()) {
            const QTimeZone zone(zoneOf(tenant.toString()).toUtf8());
            lastVisit =
                (zone.isValid() ? visit.toTimeZone(zone) : visit).date().toString(Qt::ISODate);
        }
        ok = cached(&q,
                    QStringLiteral("INSERT INTO client_memory(client_id, ltm_data, preferred_staff,"
                                   " last_visit_date, avg_visit_interval, churn_risk_score,"
                                   " updated_at) SELECT ?, ?, ?, ?, ?, COALESCE(?, 0), ?"
                                   " WHERE EXISTS (SELECT 1 FROM clients WHERE id = ?)"
                                   " ON CONFLICT(client_id) DO UPDATE SET"
                                   " ltm_data = excluded.ltm_data,"
                                   " preferred_staff = excluded.preferred_staff,"
                                   " last_visit_date = excluded.last_visit_date,"
                                   " avg_visit_interval = excluded.avg_visit_interval,"
                                   " churn_risk_score = excluded.churn_risk_score,"
                                   " updated_at = excluded.updated_at"),
                    {text(r, "client_id"), jsonText(r, "ltm_data"), text(r, "preferred_staff_id"),
                     lastVisit, integer(r, "avg_visit_interval"), number(r, "churn_risk_score"),
                     time(r, "updated_at"), text(r, "client_id")},
                    error);
    } else if (name == QLatin1String("conversation_sessions_v2")) {
        ok = cached(
            &q,
            QStringLiteral("INSERT INTO bot_sessions(id, tenant_id, client_id, started_at,"
                           " ended_at, status, intent, service, slot_at, booking_id, channel,"
                           " updated_at) SELECT ?, ?, (SELECT id FROM clients WHERE id = ?),"
                           " ?, ?, COALESCE(?, 'active'), ?, ?, ?, ?, ?, ?"
                           " WHERE EXISTS (SELECT 1 FROM tenants WHERE id = ?)"
                           " ON CONFLICT(id) DO UPDATE SET client_id = excluded.client_id,"
                           " started_at = excluded.started_at, ended_at = excluded.ended_at,"
                           " status = excluded.status, intent = excluded.intent,"
                           " service = excluded.service, slot_at = excluded.slot_at,"
                           " booking_id = excluded.booking_id, channel = excluded.channel,"
                           " updated_at = excluded.updated_at"),
            {id, tenant, text(r, "client_id"), time(r, "started_at"), time(r, "ended_at"),
             text(r, "status"), text(r, "intent"), text(r, "service"), time(r, "slot_at"),
             text(r, "booking_id"), text(r, "channel"), time(r, "updated_at"), tenant},
            error);
    } else if (name == QLatin1String("recent_history_v2")) {
        ok =
            cached(&q,
                   QStringLiteral("INSERT INTO bot_messages(id, session_id, role, body, created_at)"
                                  " SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM bot_sessions"
                                  " WHERE id = ?) ON CONFLICT(id) DO UPDATE SET"
                                  " role = excluded.role, body = excluded.body"),
                   {integer(r, "id"), text(r, "session_id"),
                    supabase::localMessageRole(r.value(QLatin1String("role")).toString()),
                    r.value(QLatin1String("message")).toString(), time(r, "created_at"),
                    text(r, "session_id")},
                   error);
    } else if (name == QLatin1String("wishlist_v2")) {
        // A request without a wanted day is wanted from the day it was made.
        QVariant wanted = text(r, "wanted_date");
        if (wanted.isNull())
            wanted = time(r, "created_at").toString().left(10);
        ok = cached(
            &q,
            QStringLiteral("INSERT INTO waitlist_items(id, tenant_id, client_id, service,"
                           " master, wanted_date, window_from, window_to, status, created_at,"
                           " processed_at, updated_at) SELECT ?, ?, (SELECT id FROM clients"
                           " WHERE id = ?), ?, ?, ?, ?, ?, COALESCE(?, 'pending'), ?, ?, ?"
                           " WHERE EXISTS (SELECT 1 FROM tenants WHERE id = ?)"
                           " ON CONFLICT(id) DO UPDATE SET client_id = excluded.client_id,"
                           " service = excluded.service, master = excluded.master,"
                           " wanted_date = excluded.wanted_date,"
                           " window_from = excluded.window_from,"
                           " window_to = excluded.window_to,"
                           " status = CASE WHEN ") +
                kPendingWaitlist +
                QStringLiteral(" THEN waitlist_items.status ELSE excluded.status END,"
                               " processed_at = CASE WHEN ") +
                kPendingWaitlist +
                QStringLiteral(" THEN waitlist_items.processed_at"
                               " ELSE excluded.processed_at END,"
                               " updated_at = excluded.updated_at"),
            {integer(r, "id"), tenant, text(r, "client_id"),
             r.value(QLatin1String("service")).toString(), text(r, "master"), wanted,
             clock(r, "window_from"), clock(r, "window_to"), text(r, "status"),
             time(r, "created_at"), time(r, "processed_at"), time(r, "updated_at"), tenant},
            error);
    } else if (name == QLatin1String("predictions")) {
        // One prediction per booking: a row the console made itself for the same booking
        // gives way to the server's.
        const QVariant booking = text(r, "booking_id");
        ok =
            cached(&q,
                   QStringLiteral("DELETE FROM risk_predictions WHERE tenant_id = ? AND"
                                  " booking_id = ? AND id <> ?"),
                   {tenant, booking, integer(r, "id")}, error) &&
            cached(&q,
                   QStringLiteral(
                       "INSERT INTO risk_predictions(id, tenant_id, booking_id, client_id, service,"
                       " master, slot_at, risk_score, risk_factors, predicted_at)"
                       " SELECT ?, ?, ?, s.client_id, COALESCE(s.service, ''), NULL,"
                       " COALESCE(s.slot_at, ?), MIN(MAX(COALESCE(?, 0), 0), 1), ?, ?"
                       " FROM (SELECT 1) LEFT JOIN bot_sessions s ON s.tenant_id = ? AND"
                       " s.booking_id = ? WHERE EXISTS (SELECT 1 FROM tenants WHERE id = ?)"
                       " LIMIT 1 ON CONFLICT(id) DO UPDATE SET"
                       " client_id = COALESCE(excluded.client_id, risk_predictions.client_id),"
                       " service = CASE WHEN excluded.service <> '' THEN excluded.service"
                       " ELSE risk_predictions.service END,"
                       " slot_at = excluded.slot_at, risk_score = excluded.risk_score,"
                       " risk_factors = excluded.risk_factors,"
                       " predicted_at = excluded.predicted_at"),
                   {integer(r, "id"), tenant, booking, time(r, "predicted_at"),
                    number(r, "risk_score"), jsonText(r, "risk_factors"), time(r, "predicted_at"),
                    tenant, booking, tenant},
                   error);
    } else if (name == QLatin1String("winback_requests")) {
        const QString remote = text(r, "id").toString();
        QString status = supabase::localWinBackStatus(r.value(QLatin1String("status")).toString());
        if (status.isEmpty())
            status = QStringLiteral("sent");
        // Known by its remote id, or the console's own request whose answer is still on its way
        // (the pull can see the server's row before the intent's reply is written).
        ok = cached(
            &q,
            QStringLiteral("UPDATE winback_requests SET remote_id = ?, status = ?,"
                           " message = COALESCE(?, message), updated_at = ? WHERE id ="
                           " COALESCE((SELECT id FROM winback_requests WHERE remote_id = ?),"
                           " (SELECT id FROM winback_requests WHERE remote_id IS NULL AND"
                           " client_id = ? ORDER BY requested_at DESC LIMIT 1))"),
            {remote, status, text(r, "note"), time(r, "updated_at"), remote, text(r, "client_id")},
            error);
        if (ok && q->numRowsAffected() == 0)
            ok = cached(
                &q,
                QStringLiteral("INSERT INTO winback_requests(remote_id, tenant_id, client_id,"
                               " status, message, requested_by, requested_at, updated_at)"
                               " SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM"
                               " clients WHERE id = ?)"),
                {remote, tenant, text(r, "client_id"), status, text(r, "note"),
                 text(r, "requested_by"), time(r, "created_at"), time(r, "updated_at"),
                 text(r, "client_id")},
                error);
    } else if (name == QLatin1String("metrics_dailies")) {
        ok =
            cached(&q,
                   QStringLiteral("INSERT INTO daily_metrics(tenant_id, day, dialogs_started,"
                                  " bookings, conversion, avg_response_ms) SELECT ?, ?, ?, ?, ?, ?"
                                  " WHERE EXISTS (SELECT 1 FROM tenants WHERE id = ?)"
                                  " ON CONFLICT(tenant_id, day) DO UPDATE SET"
                                  " dialogs_started = excluded.dialogs_started,"
                                  " bookings = excluded.bookings, conversion = excluded.conversion,"
                                  " avg_response_ms = excluded.avg_response_ms"),
                   {tenant, text(r, "day"), integer(r, "dialogs_started"), integer(r, "bookings"),
                    number(r, "conversion"), integer(r, "avg_response_ms"), tenant},
                   error);
    } else {
        *error = StoreError::make(StoreError::Kind::Query,
                                  QStringLiteral("salon sync: unknown table %1").arg(name));
        return false;
    }
    if (ok)
        *written = q->numRowsAffected() > 0;
    return ok;
}

} // namespace agentp::net
