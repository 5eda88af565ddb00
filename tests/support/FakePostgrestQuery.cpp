// FakePostgrestServer's parser for PostgREST's query string (see FakePostgrestQuery.h).
#include "tests/support/FakePostgrestQuery.h"

#include <QRegularExpression>

namespace agentp::testing::fakepg {

namespace {

const QStringList kOperators{QStringLiteral("eq"),   QStringLiteral("neq"),   QStringLiteral("gt"),
                             QStringLiteral("gte"),  QStringLiteral("lt"),    QStringLiteral("lte"),
                             QStringLiteral("like"), QStringLiteral("ilike"), QStringLiteral("is"),
                             QStringLiteral("in")};

// A cursor over one decoded parameter value, with PostgREST's value rules.
struct Cursor
{
    QString s;
    qsizetype pos = 0;
    QString expected; // what the grammar wanted where it failed

    bool atEnd() const { return pos >= s.size(); }
    QChar peek() const { return atEnd() ? QChar() : s.at(pos); }
    bool eat(QLatin1String lit)
    {
        if (QStringView(s).mid(pos).startsWith(lit)) {
            pos += lit.size();
            return true;
        }
        return false;
    }
    void skipSpaces()
    {
        while (!atEnd() && s.at(pos) == QLatin1Char(' '))
            ++pos;
    }
    bool fail(const QString &what)
    {
        expected = what;
        return false;
    }
    // "…" with backslash escapes, valid only when `,` `)` or the end follows; else nothing.
    bool quoted(QString *out)
    {
        if (peek() != QLatin1Char('"'))
            return false;
        QString v;
        qsizetype p = pos + 1;
        while (p < s.size()) {
            const QChar c = s.at(p);
            if (c == QLatin1Char('\\') && p + 1 < s.size()) {
                v += s.at(p + 1);
                p += 2;
                continue;
            }
            if (c == QLatin1Char('"')) {
                ++p;
                if (p < s.size() && s.at(p) != QLatin1Char(',') && s.at(p) != QLatin1Char(')'))
                    return false;
                pos = p;
                *out = v;
                return true;
            }
            v += c;
            ++p;
        }
        return false;
    }
    // A list or tree element: quoted, a `{…}` array literal (trees only), or up to `,`/`)`.
    QString element(bool arrays)
    {
        QString v;
        if (quoted(&v))
            return v;
        if (arrays && peek() == QLatin1Char('{')) {
            const qsizetype close = s.indexOf(QLatin1Char('}'), pos);
            if (close > 0 && (close + 1 >= s.size() || s.at(close + 1) == QLatin1Char(',') ||
                              s.at(close + 1) == QLatin1Char(')'))) {
                v = s.mid(pos, close + 1 - pos);
                pos = close + 1;
                return v;
            }
        }
        const qsizetype start = pos;
        while (!atEnd() && peek() != QLatin1Char(',') && peek() != QLatin1Char(')'))
            ++pos;
        return s.mid(start, pos - start);
    }
    bool identifier(QString *out)
    {
        if (quoted(out))
            return true;
        const qsizetype start = pos;
        while (!atEnd() && (peek().isLetterOrNumber() || peek() == QLatin1Char('_') ||
                            peek() == QLatin1Char('$') || peek() == QLatin1Char('-')))
            ++pos;
        *out = s.mid(start, pos - start);
        return !out->isEmpty() || fail(QStringLiteral("a column name"));
    }
};

bool parseOpExpr(Cursor &c, bool inTree, Condition *out)
{
    out->negated = c.eat(QLatin1String("not."));
    const qsizetype dot = c.s.indexOf(QLatin1Char('.'), c.pos);
    if (dot < 0)
        return c.fail(QStringLiteral("an operator followed by \".\""));
    out->op = c.s.mid(c.pos, dot - c.pos);
    if (!kOperators.contains(out->op))
        return c.fail(QStringLiteral("a known operator, not \"%1\"").arg(out->op));
    c.pos = dot + 1;
    if (out->op == QLatin1String("in")) {
        c.skipSpaces();
        if (!c.eat(QLatin1String("(")))
            return c.fail(QStringLiteral("\"(\""));
        if (c.eat(QLatin1String(")")))
            return true; // in.() is an empty list
        for (;;) {
            out->values << c.element(false);
            if (c.eat(QLatin1String(",")))
                continue;
            if (c.eat(QLatin1String(")")))
                return true;
            return c.fail(QStringLiteral("\",\" or \")\""));
        }
    }
    QString value;
    if (inTree) {
        value = c.element(true);
    } else {
        value = c.s.mid(c.pos);
        c.pos = c.s.size();
    }
    if (out->op == QLatin1String("is")) {
        value = value.toLower();
        if (value != QLatin1String("null") && value != QLatin1String("true") &&
            value != QLatin1String("false") && value != QLatin1String("unknown"))
            return c.fail(QStringLiteral("null, true, false or unknown"));
    }
    out->values << value;
    return true;
}

bool parseTree(Cursor &c, Condition *group);

bool parseTreeElement(Cursor &c, Condition *out)
{
    c.skipSpaces();
    static const QRegularExpression groupStart(QStringLiteral("\\A(not\\.)?(or|and)\\("));
    const auto m = groupStart.match(QStringView(c.s).mid(c.pos));
    if (m.hasMatch()) {
        out->negated = m.capturedLength(1) > 0;
        out->kind =
            m.captured(2) == QLatin1String("or") ? Condition::Kind::Or : Condition::Kind::And;
        c.pos += m.capturedLength(0) - 1; // at the "("
        const bool negated = out->negated;
        if (!parseTree(c, out))
            return false;
        out->negated = negated;
        return true;
    }
    if (!c.identifier(&out->column))
        return false;
    if (!c.eat(QLatin1String(".")))
        return c.fail(QStringLiteral("\".\" after the column name"));
    return parseOpExpr(c, true, out);
}

bool parseTree(Cursor &c, Condition *group)
{
    c.skipSpaces();
    if (!c.eat(QLatin1String("(")))
        return c.fail(QStringLiteral("\"(\""));
    for (;;) {
        Condition child;
        if (!parseTreeElement(c, &child))
            return false;
        group->children << child;
        c.skipSpaces();
        if (c.eat(QLatin1String(",")))
            continue;
        if (c.eat(QLatin1String(")")))
            return true;
        return c.fail(QStringLiteral("\",\" or \")\""));
    }
}

PgError parseFailure(const QString &what, const Cursor &c)
{
    return PgError::make(400, QStringLiteral("PGRST100"),
                         QStringLiteral("\"failed to parse %1 (%2)\" (line 1, column %3)")
                             .arg(what, c.s)
                             .arg(c.pos + 1),
                         QStringLiteral("unexpected input, expecting %1").arg(c.expected));
}

QList<QString> splitTopLevel(const QString &text)
{
    QList<QString> parts;
    int depth = 0;
    bool inQuotes = false;
    QString current;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (!inQuotes && ch == QLatin1Char('('))
            ++depth;
        else if (!inQuotes && ch == QLatin1Char(')'))
            --depth;
        if (ch == QLatin1Char(',') && depth == 0 && !inQuotes) {
            parts << current;
            current.clear();
            continue;
        }
        current += ch;
    }
    parts << current;
    return parts;
}

} // namespace

QList<QPair<QString, QString>> decodeQuery(const QByteArray &raw)
{
    QList<QPair<QString, QString>> items;
    const auto decode = [](QByteArray part) {
        part.replace('+', ' '); // WAI's parseQuery: `+` is a space, `%2B` a plus
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
    };
    for (const QByteArray &pair : raw.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        items.append(
            {decode(eq < 0 ? pair : pair.left(eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1))});
    }
    return items;
}

PgError parseSelect(const QString &text, QList<SelectItem> *out, int depth)
{
    for (QString part : splitTopLevel(text)) {
        part = part.trimmed();
        SelectItem item;
        if (part == QLatin1String("*")) {
            item.star = true;
            *out << item;
            continue;
        }
        const qsizetype paren = part.indexOf(QLatin1Char('('));
        static const QRegularExpression aliasRx(QStringLiteral("\\A([A-Za-z0-9_]+):(?!:)"));
        const auto alias = aliasRx.match(part);
        if (alias.hasMatch() && (paren < 0 || alias.capturedEnd(0) < paren)) {
            item.alias = alias.captured(1);
            part = part.mid(alias.capturedEnd(0));
        }
        if (part.contains(QLatin1String("->")))
            return PgError::make(400, QStringLiteral("PGRST100"),
                                 QStringLiteral("fake: JSON paths in select are not supported"));
        if (part.contains(QLatin1Char('('))) {
            if (depth > 0)
                return PgError::make(400, QStringLiteral("PGRST100"),
                                     QStringLiteral("fake: embedding is limited to one level"));
            if (!part.endsWith(QLatin1Char(')')))
                return PgError::make(
                    400, QStringLiteral("PGRST100"),
                    QStringLiteral("\"failed to parse select parameter (%1)\"").arg(text));
            const qsizetype open = part.indexOf(QLatin1Char('('));
            QString name = part.left(open);
            const qsizetype bang = name.indexOf(QLatin1Char('!'));
            if (bang >= 0) { // `!inner`, or a foreign key hint (one key per pair here)
                item.inner = name.mid(bang + 1) == QLatin1String("inner");
                name = name.left(bang);
            }
            item.embed = true;
            item.column = name;
            const QString inner = part.mid(open + 1).chopped(1);
            const PgError e = parseSelect(inner, &item.children, depth + 1);
            if (e.isError())
                return e;
        } else {
            const qsizetype cast = part.indexOf(QLatin1String("::"));
            item.column = cast < 0 ? part : part.left(cast);
            item.cast = cast < 0 ? QString() : part.mid(cast + 2);
            if (item.column.startsWith(QLatin1Char('"')) && item.column.endsWith(QLatin1Char('"')))
                item.column = item.column.mid(1, item.column.size() - 2);
        }
        if (item.column.isEmpty())
            return PgError::make(
                400, QStringLiteral("PGRST100"),
                QStringLiteral("\"failed to parse select parameter (%1)\"").arg(text));
        if (item.alias.isEmpty())
            item.alias = item.column;
        *out << item;
    }
    return {};
}

PgError parseQuery(const QByteArray &raw, ParsedQuery *out)
{
    out->items = decodeQuery(raw);
    for (const auto &[key, value] : std::as_const(out->items)) {
        Cursor c;
        c.s = value;
        if (key == QLatin1String("select")) {
            const PgError e = parseSelect(value, &out->select);
            if (e.isError())
                return e;
        } else if (key == QLatin1String("order")) {
            for (const QString &term : value.split(QLatin1Char(','))) {
                const QStringList bits = term.trimmed().split(QLatin1Char('.'));
                OrderTerm o;
                o.column = bits.value(0);
                for (qsizetype i = 1; i < bits.size(); ++i) {
                    if (bits[i] == QLatin1String("desc"))
                        o.descending = true;
                    else if (bits[i] == QLatin1String("nullsfirst"))
                        o.nulls = 1;
                    else if (bits[i] == QLatin1String("nullslast"))
                        o.nulls = 2;
                    else if (bits[i] != QLatin1String("asc"))
                        return parseFailure(QStringLiteral("order"), c);
                }
                out->order << o;
            }
        } else if (key == QLatin1String("limit") || key == QLatin1String("offset")) {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0)
                return parseFailure(key, c);
            (key == QLatin1String("limit") ? out->limit : out->offset) = n;
        } else if (key == QLatin1String("on_conflict")) {
            out->onConflict = value.trimmed();
        } else if (key == QLatin1String("columns")) {
            for (;;) {
                QString name;
                if (!c.identifier(&name))
                    return parseFailure(QStringLiteral("columns"), c);
                out->columns << name;
                if (!c.eat(QLatin1String(",")))
                    break;
            }
            if (!c.atEnd())
                return parseFailure(QStringLiteral("columns"), c);
        } else if (key == QLatin1String("or") || key == QLatin1String("and") ||
                   key == QLatin1String("not.or") || key == QLatin1String("not.and")) {
            Condition group;
            group.kind =
                key.endsWith(QLatin1String("or")) ? Condition::Kind::Or : Condition::Kind::And;
            group.negated = key.startsWith(QLatin1String("not."));
            if (!parseTree(c, &group) || !c.atEnd())
                return parseFailure(QStringLiteral("logic tree"), c);
            out->filters << group;
        } else if (key == QLatin1String("apikey")) {
            continue; // reserved by the platform (spec §1)
        } else if (key.contains(QLatin1Char('.'))) {
            return PgError::make(400, QStringLiteral("PGRST100"),
                                 QStringLiteral("fake: filters on embedded resources (%1) are "
                                                "not supported")
                                     .arg(key));
        } else {
            Condition f;
            f.column = key;
            if (!parseOpExpr(c, false, &f) || (!c.atEnd() && !c.fail(QStringLiteral("the end"))))
                return parseFailure(QStringLiteral("filter"), c);
            out->filters << f;
        }
    }
    return {};
}

} // namespace agentp::testing::fakepg
