// FakePostgrestServer: inserts, upserts, updates and RPCs (spec §2.5, §2.7). Every write is
// checked on a copy and committed only when it succeeds, as one transaction would be.
#include "tests/support/FakePostgrestServer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace agentp::testing {

using namespace fakepg;

namespace {

const QString kErrorMarker = QStringLiteral("$fake_postgrest_error");

QByteArray jsonBytes(const QJsonValue &v)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

struct Prefer
{
    QString returning;  // representation, minimal, headers-only
    QString resolution; // merge-duplicates, ignore-duplicates
};

Prefer parsePrefer(const QByteArray &header)
{
    Prefer p;
    for (const QByteArray &part : header.split(',')) {
        const QString item = QString::fromUtf8(part.trimmed());
        if (item.startsWith(QLatin1String("return=")))
            p.returning = item.mid(7);
        else if (item.startsWith(QLatin1String("resolution=")))
            p.resolution = item.mid(11);
    }
    return p;
}

PgError badJson(const QString &details)
{
    return PgError::make(400, QStringLiteral("PGRST102"), QStringLiteral("Empty or invalid json"),
                         details);
}

} // namespace

PgError FakePostgrestServer::uniqueViolation(const QString &table, const QJsonArray &rows) const
{
    const QString bare = table.section(QLatin1Char('.'), 1);
    for (const auto &column : m_tables.value(table).unique) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonValue a = rows.at(i).toObject().value(column);
            if (isNull(a))
                continue; // NULLs never collide in a unique index
            for (qsizetype j = i + 1; j < rows.size(); ++j) {
                const QJsonValue b = rows.at(j).toObject().value(column);
                if (!isNull(b) && a.type() == b.type() && compareJson(a, b) == 0)
                    return PgError::make(
                        409, QStringLiteral("23505"),
                        QStringLiteral("duplicate key value violates unique "
                                       "constraint \"%1_%2_key\"")
                            .arg(bare, column),
                        QStringLiteral("Key (%1)=(%2) already exists.").arg(column, jsonText(a)));
            }
        }
    }
    return {};
}

FakeHttpServer::Response FakePostgrestServer::write(const Request &r, const QString &table,
                                                    const ParsedQuery &q)
{
    Table &t = m_tables[table];
    const QString bare = table.section(QLatin1Char('.'), 1);
    const Prefer prefer = parsePrefer(r.header("prefer"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    const auto unknownColumn = [&](const QString &column) {
        return PgError::make(400, QStringLiteral("PGRST204"),
                             QStringLiteral("Could not find the '%1' column of '%2' in the "
                                            "schema cache")
                                 .arg(column, bare));
    };
    QJsonArray rows = t.rows;
    QJsonArray returned;
    int inserted = 0;
    if (r.method == "PATCH") {
        if (!doc.isObject())
            return error(badJson(parseError.errorString()));
        const QJsonObject values = doc.object();
        for (const auto &key : values.keys())
            if (!t.columns.contains(key))
                return error(unknownColumn(key));
        if (q.filters.isEmpty() && m_options.safeUpdate)
            return error(PgError::make(400, QStringLiteral("21000"),
                                       QStringLiteral("UPDATE requires a WHERE clause")));
        QList<qsizetype> indexes;
        PgError e = filterRows(table, q, &indexes);
        if (e.isError())
            return error(e);
        for (const qsizetype i : std::as_const(indexes)) {
            QJsonObject row = rows.at(i).toObject();
            for (auto it = values.begin(); it != values.end(); ++it)
                row.insert(it.key(), it.value());
            rows[i] = row;
            returned << row;
        }
    } else {
        QJsonArray incoming;
        if (doc.isObject())
            incoming << doc.object();
        else if (doc.isArray())
            incoming = doc.array();
        else
            return error(badJson(parseError.errorString()));
        for (const auto &v : std::as_const(incoming)) {
            if (!v.isObject())
                return error(badJson(QStringLiteral("not an object")));
            if (q.columns.isEmpty() && v.toObject().keys() != incoming.first().toObject().keys())
                return error(PgError::make(400, QStringLiteral("PGRST102"),
                                           QStringLiteral("All object keys must match")));
        }
        for (const auto &column : q.columns)
            if (!t.columns.contains(column))
                return error(unknownColumn(column));
        const bool upsert = !prefer.resolution.isEmpty();
        const QString target = q.onConflict.isEmpty() ? t.unique.value(0) : q.onConflict;
        if (upsert && !t.unique.contains(target))
            return error(PgError::make(400, QStringLiteral("42P10"),
                                       QStringLiteral("there is no unique or exclusion constraint "
                                                      "matching the ON CONFLICT specification")));
        for (const auto &v : std::as_const(incoming)) {
            QJsonObject row = v.toObject();
            if (!q.columns.isEmpty()) { // only the listed keys; the others become NULL
                QJsonObject picked;
                for (const auto &column : q.columns)
                    picked.insert(column, row.value(column).isUndefined() ? QJsonValue()
                                                                          : row.value(column));
                row = picked;
            }
            for (const auto &key : row.keys())
                if (!t.columns.contains(key))
                    return error(unknownColumn(key));
            qsizetype existing = -1;
            for (qsizetype i = 0; upsert && i < rows.size() && existing < 0; ++i) {
                const QJsonValue theirs = rows.at(i).toObject().value(target);
                const QJsonValue ours = row.value(target);
                if (!isNull(theirs) && !isNull(ours) && theirs.type() == ours.type() &&
                    compareJson(theirs, ours) == 0)
                    existing = i;
            }
            if (existing >= 0) {
                if (prefer.resolution == QLatin1String("ignore-duplicates"))
                    continue;
                QJsonObject merged = rows.at(existing).toObject();
                for (auto it = row.begin(); it != row.end(); ++it)
                    merged.insert(it.key(), it.value());
                rows[existing] = merged;
                returned << merged;
                continue;
            }
            for (const auto &column : std::as_const(t.columns))
                if (!row.contains(column))
                    row.insert(column, QJsonValue());
            if (!t.serial.isEmpty() && isNull(row.value(t.serial))) {
                qint64 next = 1;
                for (const auto &other : std::as_const(rows))
                    next = std::max<qint64>(next, other.toObject().value(t.serial).toInteger() + 1);
                row.insert(t.serial, next);
            }
            rows << row;
            returned << row;
            ++inserted;
        }
    }
    const PgError conflict = uniqueViolation(table, rows);
    if (conflict.isError())
        return error(conflict); // rolled back: t.rows is untouched
    t.rows = rows;

    const bool isPatch = r.method == "PATCH";
    int status = isPatch ? 204 : 201;
    if (!isPatch && !prefer.resolution.isEmpty() && inserted == 0)
        status = 200; // an upsert that only updated
    if (prefer.returning != QLatin1String("representation")) {
        Response out = json(status, {});
        out.contentType.clear();
        out.headers.append({QByteArrayLiteral("Content-Range"), QByteArrayLiteral("*/*")});
        return out;
    }
    QJsonArray shaped;
    for (const auto &row : std::as_const(returned)) {
        QJsonObject o;
        const PgError e = shape(table, row.toObject(), q.select, &o);
        if (e.isError())
            return error(e);
        shaped << o;
    }
    return json(isPatch ? 200 : status, jsonBytes(shaped));
}

FakeHttpServer::Response FakePostgrestServer::callRpc(const Request &r, const QString &name)
{
    QJsonObject args;
    if (!r.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
        if (!doc.isObject())
            return error(badJson(parseError.errorString()));
        args = doc.object();
    }
    const auto handler = m_rpcs.constFind(name);
    if (handler == m_rpcs.cend()) {
        const QStringList keys = args.keys();
        return error(PgError::make(
            404, QStringLiteral("PGRST202"),
            QStringLiteral("Could not find the function %1%2 in the schema cache")
                .arg(name, keys.isEmpty() ? QStringLiteral(" without parameters")
                                          : QLatin1Char('(') + keys.join(QLatin1String(", ")) +
                                                QLatin1Char(')')),
            QStringLiteral("Searched for the function %1 with parameters %2")
                .arg(name, keys.join(QLatin1String(", ")))));
    }
    const QJsonValue result = (*handler)(args, r);
    const QJsonObject failure = result.toObject().value(kErrorMarker).toObject();
    if (!failure.isEmpty())
        return error(PgError::make(failure.value(QStringLiteral("status")).toInt(),
                                   failure.value(QStringLiteral("code")).toString(),
                                   failure.value(QStringLiteral("message")).toString(),
                                   failure.value(QStringLiteral("details")).toString(),
                                   failure.value(QStringLiteral("hint")).toString()));
    if (result.isUndefined()) { // a void function
        Response out = json(204, {});
        out.contentType.clear();
        return out;
    }
    return json(200, jsonBytes(result));
}

} // namespace agentp::testing
