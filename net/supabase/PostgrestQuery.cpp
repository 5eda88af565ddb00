#include "net/supabase/PostgrestQuery.h"

#include <QUrl>

namespace agentp::net::supabase {

namespace {

using Op = PostgrestFilter::Op;

// Grammar characters left readable in the query string. PostgREST percent-decodes the whole
// query before parsing it, so this only changes how the URL looks, never what it means.
const QByteArray kReadable = QByteArrayLiteral("(),*:!");

const char *opName(Op op)
{
    switch (op) {
    case Op::Eq:
        return "eq";
    case Op::Neq:
        return "neq";
    case Op::Gt:
        return "gt";
    case Op::Gte:
        return "gte";
    case Op::Lt:
        return "lt";
    case Op::Lte:
        return "lte";
    case Op::Like:
        return "like";
    case Op::Ilike:
        return "ilike";
    case Op::Is:
        return "is";
    case Op::In:
        return "in";
    case Op::Or:
        return "or";
    case Op::And:
        return "and";
    }
    return "eq";
}

bool needsQuotes(const QString &value)
{
    if (value.isEmpty())
        return true;
    for (const QChar c : value) {
        if (c.isSpace())
            return true;
        switch (c.unicode()) {
        case ',':
        case '.':
        case ':':
        case '(':
        case ')':
        case '"':
        case '\\':
        case '{': // `{…}` is read as a Postgres array literal inside or/and lists
        case '}':
            return true;
        default:
            break;
        }
    }
    return false;
}

// postgrest-js drops whitespace outside quotes so `id, name` and `id,name` mean the same.
QString cleanSelect(const QString &select)
{
    QString out;
    bool quoted = false;
    for (const QChar c : select) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c.isSpace() && !quoted)
            continue;
        out += c;
    }
    return out;
}

} // namespace

PostgrestFilter PostgrestFilter::make(Op op, const QString &column, const QStringList &values)
{
    PostgrestFilter f;
    f.m_op = op;
    f.m_column = column;
    f.m_values = values;
    return f;
}

PostgrestFilter PostgrestFilter::group(Op op, const QList<PostgrestFilter> &filters)
{
    PostgrestFilter f;
    f.m_op = op;
    for (const auto &child : filters)
        if (child.isValid())
            f.m_children << child;
    return f;
}

PostgrestFilter PostgrestFilter::eq(const QString &column, const QString &value)
{
    return make(Op::Eq, column, {value});
}

PostgrestFilter PostgrestFilter::neq(const QString &column, const QString &value)
{
    return make(Op::Neq, column, {value});
}

PostgrestFilter PostgrestFilter::gt(const QString &column, const QString &value)
{
    return make(Op::Gt, column, {value});
}

PostgrestFilter PostgrestFilter::gte(const QString &column, const QString &value)
{
    return make(Op::Gte, column, {value});
}

PostgrestFilter PostgrestFilter::lt(const QString &column, const QString &value)
{
    return make(Op::Lt, column, {value});
}

PostgrestFilter PostgrestFilter::lte(const QString &column, const QString &value)
{
    return make(Op::Lte, column, {value});
}

PostgrestFilter PostgrestFilter::like(const QString &column, const QString &pattern)
{
    return make(Op::Like, column, {pattern});
}

PostgrestFilter PostgrestFilter::ilike(const QString &column, const QString &pattern)
{
    return make(Op::Ilike, column, {pattern});
}

PostgrestFilter PostgrestFilter::is(const QString &column, IsValue value)
{
    static const char *const names[] = {"null", "true", "false", "unknown"};
    return make(Op::Is, column, {QLatin1String(names[int(value)])});
}

PostgrestFilter PostgrestFilter::in(const QString &column, const QStringList &values)
{
    return make(Op::In, column, values);
}

PostgrestFilter PostgrestFilter::anyOf(const QList<PostgrestFilter> &filters)
{
    return group(Op::Or, filters);
}

PostgrestFilter PostgrestFilter::allOf(const QList<PostgrestFilter> &filters)
{
    return group(Op::And, filters);
}

PostgrestFilter PostgrestFilter::negated() const
{
    PostgrestFilter f = *this;
    f.m_negated = !f.m_negated;
    return f;
}

QString PostgrestFilter::likeLiteral(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            out += QLatin1Char('\\');
        out += c == QLatin1Char('*') ? QLatin1Char('_') : c;
    }
    return out;
}

PostgrestFilter PostgrestFilter::search(const QStringList &columns, const QString &text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty() || columns.isEmpty())
        return {};
    const QString pattern = QLatin1Char('*') + likeLiteral(needle) + QLatin1Char('*');
    QList<PostgrestFilter> any;
    for (const auto &column : columns)
        any << ilike(column, pattern);
    return anyOf(any);
}

bool PostgrestFilter::isValid() const
{
    if (m_op == Op::Or || m_op == Op::And)
        return !m_children.isEmpty();
    return !m_column.isEmpty() && (m_op == Op::In || m_values.size() == 1);
}

QString PostgrestFilter::quoteValue(const QString &value)
{
    if (!needsQuotes(value))
        return value;
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out + QLatin1Char('"');
}

QByteArray PostgrestFilter::percentEncode(const QString &text)
{
    return QUrl::toPercentEncoding(text, kReadable);
}

QString PostgrestFilter::operatorText(bool inList) const
{
    QString out = m_negated ? QStringLiteral("not.") : QString();
    out += QLatin1String(opName(m_op)) + QLatin1Char('.');
    if (m_op == Op::In) {
        QStringList quoted;
        for (const auto &v : m_values)
            quoted << quoteValue(v);
        return out + QLatin1Char('(') + quoted.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    const QString value = m_values.value(0);
    // `is` takes a keyword; top-level values are read literally up to the end.
    return out + ((inList && m_op != Op::Is) ? quoteValue(value) : value);
}

QString PostgrestFilter::listElement() const
{
    if (m_op == Op::Or || m_op == Op::And) {
        QStringList parts;
        for (const auto &child : m_children)
            parts << child.listElement();
        return (m_negated ? QStringLiteral("not.") : QString()) + QLatin1String(opName(m_op)) +
               QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    return m_column + QLatin1Char('.') + operatorText(true);
}

QByteArray PostgrestFilter::encode() const
{
    if (!isValid())
        return {};
    if (m_op == Op::Or || m_op == Op::And) {
        QStringList parts;
        for (const auto &child : m_children)
            parts << child.listElement();
        const QString key =
            (m_negated ? QStringLiteral("not.") : QString()) + QLatin1String(opName(m_op));
        return percentEncode(key) + '=' +
               percentEncode(QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')'));
    }
    return percentEncode(m_column) + '=' + percentEncode(operatorText(false));
}

PostgrestQuery::PostgrestQuery(const QString &table, const QString &schema)
    : schema(schema)
    , table(table)
{}

PostgrestQuery &PostgrestQuery::where(const PostgrestFilter &filter)
{
    if (filter.isValid())
        filters << filter;
    return *this;
}

PostgrestQuery &PostgrestQuery::orderBy(const QString &column, bool ascending,
                                        PostgrestOrder::Nulls nulls)
{
    order << PostgrestOrder{column, ascending, nulls};
    return *this;
}

QByteArray PostgrestQuery::filterString() const
{
    QByteArrayList parts;
    const QString columns = cleanSelect(select);
    if (!columns.isEmpty())
        parts << "select=" + PostgrestFilter::percentEncode(columns);
    for (const auto &filter : filters)
        if (filter.isValid())
            parts << filter.encode();
    return parts.join('&');
}

QByteArray PostgrestQuery::queryString() const
{
    QByteArrayList parts;
    const QByteArray filtered = filterString();
    if (!filtered.isEmpty())
        parts << filtered;
    if (!order.isEmpty()) {
        QStringList terms;
        for (const auto &o : order) {
            QString term =
                o.column + (o.ascending ? QStringLiteral(".asc") : QStringLiteral(".desc"));
            if (o.nulls == PostgrestOrder::Nulls::First)
                term += QStringLiteral(".nullsfirst");
            else if (o.nulls == PostgrestOrder::Nulls::Last)
                term += QStringLiteral(".nullslast");
            terms << term;
        }
        parts << "order=" + PostgrestFilter::percentEncode(terms.join(QLatin1Char(',')));
    }
    if (limit >= 0)
        parts << "limit=" + QByteArray::number(limit);
    if (offset > 0)
        parts << "offset=" + QByteArray::number(offset);
    return parts.join('&');
}

} // namespace agentp::net::supabase
