#include "models/store/ClientRepository.h"

#include "models/domain/PhoneDigits.h"
#include "models/store/SqlErrors.h"
#include "models/store/TimeFormat.h"

#include <QSqlQuery>
#include <QVariantList>

namespace agentp::store {

namespace {

// WHERE clause and its bound values; values are always bound, never spliced into the SQL.
struct Where
{
    QString sql;
    QVariantList values;
    QString match; // the FTS5 query when the search uses clients_search
};

// How a page of search results is read. Few matches: look each up by rowid and sort them.
// Many matches (say "ова", a third of all names): walk the name index in order and keep the
// rows in the match set, which stops after one page — the sort of 50,000 rows costs more.
enum class PagePlan
{
    ByMatches,
    ByNameIndex,
};

// An FTS5 phrase: the text in double quotes, inner quotes doubled. Bound as one parameter, so
// the user's text can never become FTS5 syntax (NEAR, *, column filters …).
QString phrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool isAllDigits(const QString &word)
{
    for (const QChar c : word) {
        if (c.digitValue() < 0)
            return false;
    }
    return !word.isEmpty();
}

// The FTS5 query for `search`, or empty when no word is long enough for the trigram index.
QString matchExpression(const QString &search)
{
    const QStringList variants = domain::PhoneDigits::searchVariants(search);
    if (!variants.isEmpty()) {
        QStringList phrases;
        for (const QString &v : variants)
            phrases << phrase(v);
        return QStringLiteral("phone_digits : (") + phrases.join(QStringLiteral(" OR ")) +
               QLatin1Char(')');
    }
    // Words with letters can only occur in the name; a word of digits may be part of the phone
    // or of the name ("Клиент 0004"), so it is searched in both columns.
    QStringList terms;
    for (const QString &word : search.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() < 3)
            continue; // too short for a trigram; the other words still narrow the list
        terms << (isAllDigits(word) ? phrase(domain::PhoneDigits::digitsOf(word))
                                    : QStringLiteral("full_name : ") + phrase(word));
    }
    return terms.join(QStringLiteral(" AND "));
}

// GLOB has no escape character; a metacharacter is made literal by a one-character class.
QString globLiteral(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == u'*' || c == u'?' || c == u'[')
            out += QLatin1Char('[') + c + QLatin1Char(']');
        else
            out += c;
    }
    return out;
}

// Every upper/lower-case spelling of a one- or two-character prefix ("ма" → ма, мА, Ма, МА).
QStringList caseSpellings(const QString &prefix)
{
    QStringList out{QString()};
    for (const QChar c : prefix) {
        QStringList next;
        for (const QString &start : std::as_const(out)) {
            next << start + c.toLower();
            if (c.toUpper() != c.toLower())
                next << start + c.toUpper();
        }
        out = next;
    }
    out.removeDuplicates();
    return out;
}

Where whereFor(const domain::ClientFilter &f, PagePlan plan = PagePlan::ByMatches)
{
    QStringList parts;
    Where w;
    const QString search = f.search.simplified();
    if (!f.tenantId.isEmpty()) {
        // With a search, the search's own index finds the few matching rows and the salon only
        // filters them: the unary + keeps SQLite from walking the salon's whole name index
        // instead (measured: a rare name over 73,000 clients of one salon, 40 ms → 1 ms).
        parts << (search.isEmpty() ? QStringLiteral("c.tenant_id = ?")
                                   : QStringLiteral("+c.tenant_id = ?"));
        w.values << f.tenantId;
    }
    if (!search.isEmpty()) {
        const QString match = matchExpression(search);
        if (!match.isEmpty()) {
            // The unary + on the rowid makes the match set a filter instead of the driver.
            parts << (plan == PagePlan::ByMatches ? QStringLiteral("c.rowid")
                                                  : QStringLiteral("+c.rowid")) +
                         QStringLiteral(" IN (SELECT rowid FROM clients_search"
                                        " WHERE clients_search MATCH ?)");
            w.values << match;
            w.match = match;
        } else {
            // One or two characters: too short for trigrams. Names starting with them are
            // found through the name index (GLOB with a literal prefix is an index range),
            // one range per case spelling.
            const QString prefix = search.section(QLatin1Char(' '), 0, 0).left(2);
            QStringList globs;
            for (const QString &spelling : caseSpellings(prefix)) {
                globs << QStringLiteral("c.full_name GLOB ?");
                w.values << globLiteral(spelling) + QLatin1Char('*');
            }
            parts << QLatin1Char('(') + globs.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        }
    }
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

bool run(QSqlQuery &q, const QVariantList &values, StoreError *error)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), QObject::tr("Cannot read clients"));
        return false;
    }
    return true;
}

const QString kClientColumns = QStringLiteral(
    "c.id, c.tenant_id, c.full_name, c.phone, c.phone_digits, c.favourite_master, c.visit_count");

domain::ClientRow clientFrom(const QSqlQuery &q)
{
    domain::ClientRow c;
    c.id = q.value(0).toString();
    c.tenantId = q.value(1).toString();
    c.fullName = q.value(2).toString();
    c.phone = q.value(3).toString();
    c.phoneDigits = q.value(4).toString();
    c.favouriteMaster = q.value(5).toString();
    c.visitCount = q.value(6).toInt();
    return c;
}

// Visit dates come as a date ("2026-11-02") or a timestamp; whole days count, so the date part.
QDate dateOf(const QString &text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

std::optional<int> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

} // namespace

ClientRepository::ClientRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::vector<domain::ClientRow> ClientRepository::page(const domain::ClientFilter &filter,
                                                      int offset, int limit,
                                                      StoreError *error) const
{
    std::vector<domain::ClientRow> rows;
    Where w = whereFor(filter);
    if (!w.match.isEmpty()) {
        // Walking the name index visits about (offset + limit) × clients ÷ matches entries;
        // looking the matches up visits each match. Both counts are cheap to get (the FTS
        // index counts its own rows; the largest rowid approximates the table size).
        QSqlQuery sizes(m_db);
        sizes.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM clients_search"
                                     " WHERE clients_search MATCH ?), (SELECT MAX(rowid)"
                                     " FROM clients)"));
        if (!run(sizes, {w.match}, error) || !sizes.next())
            return rows;
        const double matches = sizes.value(0).toDouble();
        const double clients = sizes.value(1).toDouble();
        if (matches * matches > double(offset + limit) * clients)
            w = whereFor(filter, PagePlan::ByNameIndex);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Ties in the name follow the rowid, which every name index carries: no extra sort.
    q.prepare(QStringLiteral("SELECT ") + kClientColumns + QStringLiteral(" FROM clients c") +
              w.sql + QStringLiteral(" ORDER BY c.full_name, c.rowid LIMIT ? OFFSET ?"));
    QVariantList values = w.values;
    values << limit << offset;
    if (!run(q, values, error))
        return rows;
    rows.reserve(size_t(qBound(0, limit, 1000)));
    while (q.next())
        rows.push_back(clientFrom(q));
    return rows;
}

qint64 ClientRepository::count(const domain::ClientFilter &filter, StoreError *error) const
{
    const Where w = whereFor(filter);
    QSqlQuery q(m_db);
    // Across all salons the FTS index counts its matches itself (the triggers keep it equal to
    // the table), without looking up every matching client: 3 ms instead of 40 for "ова".
    if (!w.match.isEmpty() && filter.tenantId.isEmpty())
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM clients_search"
                                 " WHERE clients_search MATCH ?"));
    else
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM clients c") + w.sql);
    const QVariantList values =
        !w.match.isEmpty() && filter.tenantId.isEmpty() ? QVariantList{w.match} : w.values;
    if (!run(q, values, error) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

std::optional<domain::ClientRow> ClientRepository::find(const QString &clientId,
                                                        StoreError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kClientColumns +
              QStringLiteral(" FROM clients c WHERE c.id = ?"));
    if (!run(q, {clientId}, error) || !q.next())
        return std::nullopt;
    return clientFrom(q);
}

std::optional<domain::ClientMemory> ClientRepository::memory(const QString &clientId,
                                                             StoreError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ltm_data, preferred_staff, last_visit_date,"
                             " avg_visit_interval, updated_at FROM client_memory"
                             " WHERE client_id = ?"));
    if (!run(q, {clientId}, error) || !q.next())
        return std::nullopt;
    domain::ClientMemory m;
    m.ltmJson = q.value(0).toString();
    m.preferredStaff = q.value(1).toString();
    m.lastVisit = dateOf(q.value(2).toString());
    m.averageIntervalDays = optionalInt(q.value(3));
    m.updatedAt = fromStoredTime(q.value(4).toString());
    return m;
}

std::vector<domain::ClientVisit> ClientRepository::visits(const QString &clientId,
                                                          StoreError *error, int limit) const
{
    std::vector<domain::ClientVisit> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT visit_at, service, master, price, status FROM client_visits"
                             " WHERE client_id = ? ORDER BY visit_at DESC LIMIT ?"));
    if (!run(q, {clientId, limit}, error))
        return out;
    while (q.next()) {
        domain::ClientVisit v;
        v.at = fromStoredTime(q.value(0).toString());
        v.service = q.value(1).toString();
        v.master = q.value(2).toString();
        v.price = optionalInt(q.value(3));
        v.status = q.value(4).toString();
        out.push_back(std::move(v));
    }
    return out;
}

std::vector<domain::BotSession> ClientRepository::sessions(const QString &clientId,
                                                           StoreError *error, int limit) const
{
    std::vector<domain::BotSession> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.id, s.tenant_id, t.name, c.full_name, s.started_at,"
                             " s.status, s.intent, s.service, s.booking_id,"
                             " (SELECT COUNT(*) FROM bot_messages m WHERE m.session_id = s.id)"
                             " FROM bot_sessions s JOIN tenants t ON t.id = s.tenant_id"
                             " LEFT JOIN clients c ON c.id = s.client_id"
                             " WHERE s.client_id = ? ORDER BY s.started_at DESC LIMIT ?"));
    if (!run(q, {clientId, limit}, error))
        return out;
    while (q.next()) {
        domain::BotSession s;
        s.id = q.value(0).toString();
        s.tenantId = q.value(1).toString();
        s.tenantName = q.value(2).toString();
        s.clientName = q.value(3).toString();
        s.startedAt = fromStoredTime(q.value(4).toString());
        s.status = q.value(5).toString();
        s.intent = q.value(6).toString();
        s.service = q.value(7).toString();
        s.bookingId = q.value(8).toString();
        s.messageCount = q.value(9).toInt();
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<domain::ClientWaitlistEntry>
ClientRepository::waitlist(const QString &clientId, StoreError *error, int limit) const
{
    std::vector<domain::ClientWaitlistEntry> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, service, master, wanted_date, window_from, window_to,"
                             " status, created_at FROM waitlist_items WHERE client_id = ?"
                             " ORDER BY created_at DESC, id DESC LIMIT ?"));
    if (!run(q, {clientId, limit}, error))
        return out;
    while (q.next()) {
        domain::ClientWaitlistEntry e;
        e.id = q.value(0).toLongLong();
        e.service = q.value(1).toString();
        e.master = q.value(2).toString();
        e.wantedDate = dateOf(q.value(3).toString());
        e.windowFrom = q.value(4).toString();
        e.windowTo = q.value(5).toString();
        e.status = q.value(6).toString();
        e.createdAt = fromStoredTime(q.value(7).toString());
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<domain::ClientPrediction>
ClientRepository::predictions(const QString &clientId, StoreError *error, int limit) const
{
    std::vector<domain::ClientPrediction> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, booking_id, service, master, slot_at, risk_score, status"
                             " FROM risk_predictions WHERE client_id = ?"
                             " ORDER BY slot_at DESC, id DESC LIMIT ?"));
    if (!run(q, {clientId, limit}, error))
        return out;
    while (q.next()) {
        domain::ClientPrediction p;
        p.id = q.value(0).toLongLong();
        p.bookingId = q.value(1).toString();
        p.service = q.value(2).toString();
        p.master = q.value(3).toString();
        p.slotAt = fromStoredTime(q.value(4).toString());
        p.riskScore = q.value(5).toDouble();
        p.status = q.value(6).toString();
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace agentp::store
