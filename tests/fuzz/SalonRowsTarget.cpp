// The salon rows family of BodyTargets: arbitrary bytes as the body of a PostgREST read of the
// salon tables, taken the way the salon pull takes a page (PostgrestClient's parse, SalonPull's
// list and cursor checks, SalonMirror::missingSessions and writePage) into one real workspace
// (SalonWorkspace), for each of the nine tables in the pull's order. Parents written by an
// earlier table's page stay for the later tables of the same input, as in a pass; everything is
// undone before the next input.
#include "tests/fuzz/BodyTargets.h"
#include "tests/fuzz/SalonWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace agentp::fuzz {

namespace {

using net::SalonMirror;
using net::SalonTable;
using store::StoreError;
using namespace Qt::StringLiterals;

// PostgrestClient's parse of a 2xx body (parseJson in PostgrestClient.cpp, kept in step): empty
// is null, one JSON value of any kind is taken, anything else is a Malformed answer.
std::optional<QJsonValue> parseBody(QByteArrayView data)
{
    const QByteArray body = data.toByteArray();
    if (body.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + body + ']', &e);
    if (e.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

// What the pull made of one page (SalonPull::onPage and writeRows, kept in step).
struct Outcome
{
    bool stored = false;
    int written = 0;
    net::SalonCursor next;
    QString error;                        // refused: the message the status bar would show
    std::optional<StoreError::Kind> kind; // refused by the store: its kind
};

Outcome pull(SalonWorkspace &w, const SalonTable &t, const std::optional<QJsonValue> &body)
{
    Outcome o;
    if (!body) {
        o.error = u"Supabase sent an answer that is not valid JSON."_s;
        return o;
    }
    if (!body->isArray()) {
        o.error = u"The salon server answered a read with something other than a list of rows."_s;
        return o;
    }
    const QJsonArray rows = body->toArray();
    StoreError e;
    if (t.name == QLatin1String("recent_history_v2") && !rows.isEmpty()) {
        // The pull fetches these dialogs before the messages; this server has none to give, so
        // their messages are skipped by writePage.
        w.mirror().missingSessions(rows, &e);
        if (e.isError()) {
            o.error = e.message;
            o.kind = e.kind;
            return o;
        }
    }
    if (rows.isEmpty()) {
        o.stored = true;
        return o;
    }
    o.next = SalonWorkspace::pageCursor(t, rows);
    if (o.next.key.isEmpty() || (!t.watermark.isEmpty() && o.next.at.isEmpty())) {
        o.error = u"The salon server sent %1 rows without “%2”."_s.arg(t.name, t.key);
        return o;
    }
    o.written = w.mirror().writePage(t, rows, o.next, &e);
    if (o.written < 0) {
        o.error = e.message;
        o.kind = e.kind;
        return o;
    }
    o.stored = true;
    return o;
}

// SalonMirror's text(): what a text column gets from a value (kept in step).
QVariant textOf(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return QString::fromUtf8(
        QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
}

// The contract's idea of a key: a non-empty string, or an integer a double holds exactly (for
// number keys also as a decimal string). Missing, null, "", fractions, values beyond 2^53,
// booleans, objects and arrays are no key: a row with one of those must never be stored.
std::optional<QVariant> localKey(const SalonTable &t, const QJsonValue &v)
{
    constexpr double kExact = 9007199254740992.0; // 2^53
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!(std::abs(d) <= kExact) || std::trunc(d) != d)
            return std::nullopt;
        return t.keyIsNumber ? QVariant(qint64(d)) : textOf(v);
    }
    if (!v.isString() || v.toString().isEmpty())
        return std::nullopt;
    if (!t.keyIsNumber)
        return QVariant(v.toString());
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    if (!ok || n > qint64(kExact) || n < -qint64(kExact))
        return std::nullopt;
    return QVariant(n);
}

// How to see a stored row: its parent (none for tenants) and the row itself by its key. No table
// is its own parent, so a page cannot change whether its rows' parents exist.
struct Probe
{
    QString parentSql;
    QVariantList parent;
    QString rowSql;
    QVariantList row;
};

Probe probe(const SalonTable &t, const QJsonObject &r, const QVariant &key)
{
    const QString tenant = u"SELECT 1 FROM tenants WHERE id = ?"_s;
    const QString client = u"SELECT 1 FROM clients WHERE id = ?"_s;
    const auto of = [&r](const char *column) {
        return textOf(r.value(QLatin1String(column)));
    };
    const QString &n = t.name;
    if (n == QLatin1String("tenants_v2"))
        return {{}, {}, u"SELECT 1 FROM tenants WHERE id = ?"_s, {key}};
    if (n == QLatin1String("clients_v2"))
        return {tenant, {of("tenant_id")}, client, {key}};
    if (n == QLatin1String("user_ltm_v2"))
        return {client, {key}, u"SELECT 1 FROM client_memory WHERE client_id = ?"_s, {key}};
    if (n == QLatin1String("conversation_sessions_v2"))
        return {tenant, {of("tenant_id")}, u"SELECT 1 FROM bot_sessions WHERE id = ?"_s, {key}};
    if (n == QLatin1String("recent_history_v2"))
        return {u"SELECT 1 FROM bot_sessions WHERE id = ?"_s,
                {of("session_id")},
                u"SELECT 1 FROM bot_messages WHERE id = ?"_s,
                {key}};
    if (n == QLatin1String("wishlist_v2"))
        return {tenant, {of("tenant_id")}, u"SELECT 1 FROM waitlist_items WHERE id = ?"_s, {key}};
    if (n == QLatin1String("predictions"))
        return {tenant, {of("tenant_id")}, u"SELECT 1 FROM risk_predictions WHERE id = ?"_s, {key}};
    if (n == QLatin1String("winback_requests")) // kept by the remote id as text
        return {client,
                {of("client_id")},
                u"SELECT 1 FROM winback_requests WHERE remote_id = ?"_s,
                {of("id")}};
    // metrics_dailies: one row per salon and day; the remote id is not kept.
    return {tenant,
            {of("tenant_id")},
            u"SELECT 1 FROM daily_metrics WHERE tenant_id = ? AND day = ?"_s,
            {of("tenant_id"), of("day")}};
}

// One prediction per booking: a later row of the page for the same salon and booking under
// another id replaces row `i`, and a later row with the same id stands for it.
bool replacedLater(const SalonTable &t, const QJsonArray &rows, qsizetype i)
{
    if (t.name != QLatin1String("predictions"))
        return false;
    const QJsonObject r = rows.at(i).toObject();
    for (qsizetype j = i + 1; j < rows.size(); ++j) {
        const QJsonObject later = rows.at(j).toObject();
        if (textOf(later.value(u"id"_s)) == textOf(r.value(u"id"_s)) ||
            (textOf(later.value(u"tenant_id"_s)) == textOf(r.value(u"tenant_id"_s)) &&
             textOf(later.value(u"booking_id"_s)) == textOf(r.value(u"booking_id"_s))))
            return true;
    }
    return false;
}

// The contract for one page of one table, given what the store's change counter did.
QString checkStored(SalonWorkspace &w, const SalonTable &t, const QJsonArray &rows,
                    const Outcome &o, bool changed)
{
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (!rows.at(i).isObject() || !localKey(t, rows.at(i).toObject().value(t.key)))
            return u"row %1 of %2 has no usable “%3” but the page was stored"_s.arg(i + 1)
                .arg(rows.size())
                .arg(t.key);
    if (rows.isEmpty())
        return changed ? u"an empty page changed the store"_s : QString();
    w.touched(t);
    QString why;
    const SalonWorkspace::State now = w.read(t, &why);
    if (!why.isEmpty())
        return why;
    SalonWorkspace::State &before = w.known(t);
    if (now.cursor.at != o.next.at || now.cursor.key != o.next.key)
        return u"the cursor is (%1, %2), not the page's last row (%3, %4)"_s.arg(
            now.cursor.at, now.cursor.key, o.next.at, o.next.key);
    if (o.written > rows.size() || now.rows.size() - before.rows.size() > o.written)
        return u"%1 rows written of %2, but %3 rows added"_s.arg(o.written)
            .arg(rows.size())
            .arg(now.rows.size() - before.rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (replacedLater(t, rows, i))
            continue;
        const QJsonObject r = rows.at(i).toObject();
        const Probe p = probe(t, r, *localKey(t, r.value(t.key)));
        if (!p.parentSql.isEmpty() && !w.exists(p.parentSql, p.parent, &why)) {
            if (!why.isEmpty())
                return why;
            continue; // skipped: its parent is not in the store
        }
        if (!w.exists(p.rowSql, p.row, &why))
            return why.isEmpty()
                       ? u"row %1 of %2 has its parent but is not in the store"_s.arg(i + 1).arg(
                             rows.size())
                       : why;
    }
    before = now;
    return {};
}

QString checkPage(SalonWorkspace &w, const SalonTable &t, const std::optional<QJsonValue> &body,
                  int *written)
{
    // Only a list reaches the store; the counter is read around it alone.
    const bool list = body && body->isArray();
    const qint64 start = list ? w.totalChanges() : 0;
    const Outcome o = pull(w, t, body);
    const bool changed = list && w.totalChanges() != start;
    if (written)
        *written = o.stored ? o.written : -1;
    if (o.stored)
        return checkStored(w, t, body->toArray(), o, changed);
    if (o.error.isEmpty())
        return u"a page refused without a message"_s;
    if (o.kind && *o.kind == StoreError::Kind::None)
        return u"a page refused by the store without a kind (%1)"_s.arg(o.error);
    if (!changed)
        return {};
    // Statements ran and were rolled back: the rows and the cursor must be as they were.
    w.touched(t);
    QString why;
    if (!(w.read(t, &why) == w.known(t)))
        return why.isEmpty() ? u"a refused page (%1) changed the store or its cursor"_s.arg(o.error)
                             : why;
    return {};
}

QString check(QByteArrayView data, const std::vector<const SalonTable *> &tables, int *written)
{
    QString why;
    SalonWorkspace *w = SalonWorkspace::instance(&why);
    if (!w)
        return why;
    const std::optional<QJsonValue> body = parseBody(data);
    QString violation;
    for (const SalonTable *t : tables) {
        violation = checkPage(*w, *t, body, written);
        if (!violation.isEmpty()) {
            violation = t->name + u": "_s + violation;
            break;
        }
    }
    const QString undone = w->undo();
    return violation.isEmpty() ? undone : violation;
}

} // namespace

QString salonRows(QByteArrayView data)
{
    std::vector<const SalonTable *> all;
    for (const SalonTable &t : SalonMirror::tables())
        all.push_back(&t);
    return check(data, all, nullptr);
}

QString salonPage(const QString &table, QByteArrayView data, int *written)
{
    const SalonTable *t = SalonMirror::table(table);
    if (!t)
        return u"no salon table "_s + table;
    return check(data, {t}, written);
}

} // namespace agentp::fuzz
