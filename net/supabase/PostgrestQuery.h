#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace agentp::net::supabase {

// One PostgREST filter (spec §2.2): a condition on a column, or an or/and group of filters
// (groups nest). Pure value type; encode() writes it in PostgREST's URL grammar.
//
// Values are plain text exactly as the column should compare. Where the grammar needs it they
// are double-quoted with `"` and `\` backslash-escaped: inside `in.(…)` lists and inside
// or/and groups, whenever they contain any of , . : ( ) " \ { } or whitespace, or are empty.
// A top-level `col=op.value` is never quoted, because PostgREST takes everything after `op.`
// literally there. Everything is then percent-encoded (QUrl::toPercentEncoding), so `+`, `%`,
// `&`, `=`, `#`, quotes, backslashes and non-ASCII (UTF-8) survive the trip; only the grammar's
// own ( ) , * : ! stay readable.
class PostgrestFilter
{
public:
    enum class Op
    {
        Eq,
        Neq,
        Gt,
        Gte,
        Lt,
        Lte,
        Like,  // pattern: `*` is the wildcard (PostgREST turns every `*` into `%`)
        Ilike, // the same, case-insensitive
        Is,    // null, true, false, unknown
        In,    // any of a list
        Or,    // any child holds
        And,   // every child holds
    };
    enum class IsValue
    {
        Null,
        True,
        False,
        Unknown,
    };

    PostgrestFilter() = default; // not valid: PostgrestQuery::where() skips it

    static PostgrestFilter eq(const QString &column, const QString &value);
    static PostgrestFilter neq(const QString &column, const QString &value);
    static PostgrestFilter gt(const QString &column, const QString &value);
    static PostgrestFilter gte(const QString &column, const QString &value);
    static PostgrestFilter lt(const QString &column, const QString &value);
    static PostgrestFilter lte(const QString &column, const QString &value);
    static PostgrestFilter like(const QString &column, const QString &pattern);
    static PostgrestFilter ilike(const QString &column, const QString &pattern);
    static PostgrestFilter is(const QString &column, IsValue value);
    static PostgrestFilter in(const QString &column, const QStringList &values);
    static PostgrestFilter anyOf(const QList<PostgrestFilter> &filters); // or=(…)
    static PostgrestFilter allOf(const QList<PostgrestFilter> &filters); // and=(…)
    // The same condition under `not.` (negating twice gives the original back).
    PostgrestFilter negated() const;

    // A case-insensitive substring search for what a user typed, over several columns:
    // or=(c1.ilike.*text*,c2.ilike.*text*) with `text` made literal by likeLiteral() and quoted
    // as the grammar needs, so commas, parentheses and quotes cannot break the query. Blank
    // text gives an invalid filter, which where() skips (an empty search box matches all).
    static PostgrestFilter search(const QStringList &columns, const QString &text);
    // `text` as a like/ilike pattern that matches it literally: `\`, `%` and `_` are
    // backslash-escaped (Postgres' LIKE escape). PostgREST replaces every `*` with `%` before
    // Postgres sees the pattern and offers no escape for it, so a literal `*` becomes `_` (any
    // one character): the pattern then also matches that position filled by another character.
    static QString likeLiteral(const QString &text);

    bool isValid() const;
    Op op() const { return m_op; }
    QString column() const { return m_column; }
    QStringList values() const { return m_values; }
    QList<PostgrestFilter> children() const { return m_children; }
    bool isNegated() const { return m_negated; }

    // `key=value` for the query string, percent-encoded; empty when not valid.
    QByteArray encode() const;
    // The filter as an element of an or/and list, before percent-encoding:
    // `col.op.value` with quoted values, or `[not.]or(…)`.
    QString listElement() const;
    // A value inside `in.(…)` or an or/and list: quoted and escaped when the grammar needs it.
    static QString quoteValue(const QString &value);
    // Percent-encoding shared by every part of the query string.
    static QByteArray percentEncode(const QString &text);

private:
    static PostgrestFilter make(Op op, const QString &column, const QStringList &values);
    static PostgrestFilter group(Op op, const QList<PostgrestFilter> &filters);
    QString operatorText(bool inList) const; // `[not.]op.value`

    Op m_op = Op::Eq;
    QString m_column;
    QStringList m_values;
    QList<PostgrestFilter> m_children;
    bool m_negated = false;
};

struct PostgrestOrder
{
    enum class Nulls
    {
        Default, // Postgres: last when ascending, first when descending
        First,
        Last,
    };
    QString column;
    bool ascending = true;
    Nulls nulls = Nulls::Default;
};

// A read (or the filters of an update) against one table: GET /rest/v1/<table>?<query>.
struct PostgrestQuery
{
    QString schema = QStringLiteral("public"); // another schema travels as Accept/Content-Profile
    QString table;
    // Columns and embedded resources, e.g. `*,clients_v2(full_name)`; empty means all columns.
    // Whitespace outside double quotes is dropped, as postgrest-js does.
    QString select;
    QList<PostgrestFilter> filters; // combined with AND
    QList<PostgrestOrder> order;
    int limit = -1; // -1: none (the server's max-rows still applies: 1000 on hosted projects)
    int offset = 0;
    bool exactCount = false; // Prefer: count=exact → PostgrestResult::totalCount
    // Accept: application/vnd.pgrst.object+json — the body is one object; zero or several
    // rows fail with NotFound (PGRST116).
    bool single = false;

    PostgrestQuery() = default;
    explicit PostgrestQuery(const QString &table, const QString &schema = QStringLiteral("public"));

    // Adds a filter (invalid ones, such as a blank search, are skipped).
    PostgrestQuery &where(const PostgrestFilter &filter);
    PostgrestQuery &orderBy(const QString &column, bool ascending = true,
                            PostgrestOrder::Nulls nulls = PostgrestOrder::Nulls::Default);

    // The query string without `?`: select, the filters in order, order, limit, offset.
    QByteArray queryString() const;
    // Only the parts an update uses: select (the returned columns) and the filters.
    QByteArray filterString() const;
};

} // namespace agentp::net::supabase
