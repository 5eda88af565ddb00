// FakePostgrestServer's evaluation of parsed filters on rows, as Postgres would: the filter
// text cast to the column's type, LIKE with `\` escapes, SQL's three-valued logic.
#include "tests/support/FakePostgrestQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace agentp::testing::fakepg {

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
    }
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

namespace {

// Postgres casts the filter text to the column's type; a failed cast is an error, not "false".
int compareToText(const QJsonValue &v, const QString &text, PgError *error)
{
    if (v.isDouble()) {
        bool ok = false;
        const double d = text.trimmed().toDouble(&ok);
        if (!ok) {
            const bool integral = v.toDouble() == double(qint64(v.toDouble()));
            *error = PgError::make(
                400, QStringLiteral("22P02"),
                QStringLiteral("invalid input syntax for type %1: \"%2\"")
                    .arg(integral ? QStringLiteral("bigint") : QStringLiteral("numeric"), text));
            return 0;
        }
        return v.toDouble() < d ? -1 : (v.toDouble() > d ? 1 : 0);
    }
    if (v.isBool()) {
        const QString t = text.trimmed().toLower();
        static const QStringList yes{QStringLiteral("t"),  QStringLiteral("true"),
                                     QStringLiteral("y"),  QStringLiteral("yes"),
                                     QStringLiteral("on"), QStringLiteral("1")};
        static const QStringList no{QStringLiteral("f"),   QStringLiteral("false"),
                                    QStringLiteral("n"),   QStringLiteral("no"),
                                    QStringLiteral("off"), QStringLiteral("0")};
        if (!yes.contains(t) && !no.contains(t)) {
            *error = PgError::make(
                400, QStringLiteral("22P02"),
                QStringLiteral("invalid input syntax for type boolean: \"%1\"").arg(text));
            return 0;
        }
        return int(v.toBool()) - int(yes.contains(t));
    }
    const int c = jsonText(v).compare(text);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

bool likeMatch(const QString &subject, const QString &pattern, bool caseless, PgError *error)
{
    const QString s = caseless ? subject.toCaseFolded() : subject;
    const QString p = caseless ? pattern.toCaseFolded() : pattern;
    QString rx = QStringLiteral("\\A");
    QString literal;
    const auto flush = [&] {
        rx += QRegularExpression::escape(literal);
        literal.clear();
    };
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar c = p.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= p.size()) {
                *error = PgError::make(400, QStringLiteral("22025"),
                                       QStringLiteral("LIKE pattern must not end with escape "
                                                      "character"));
                return false;
            }
            literal += p.at(++i);
        } else if (c == QLatin1Char('%') || c == QLatin1Char('_')) {
            flush();
            rx += c == QLatin1Char('%') ? QStringLiteral(".*") : QStringLiteral(".");
        } else {
            literal += c;
        }
    }
    flush();
    rx += QStringLiteral("\\z");
    const QRegularExpression re(rx, QRegularExpression::DotMatchesEverythingOption);
    return re.match(s).hasMatch();
}

Truth truth(bool b)
{
    return b ? Truth::True : Truth::False;
}

Truth negate(Truth t, bool negated)
{
    if (!negated || t == Truth::Unknown)
        return t;
    return t == Truth::True ? Truth::False : Truth::True;
}

} // namespace

QByteArray PgError::body() const
{
    QJsonObject o{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    o.insert(QStringLiteral("details"), details.isEmpty() ? QJsonValue() : QJsonValue(details));
    o.insert(QStringLiteral("hint"), hint.isEmpty() ? QJsonValue() : QJsonValue(hint));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

PgError PgError::make(int status, const QString &code, const QString &message,
                      const QString &details, const QString &hint)
{
    return PgError{status, code, message, details, hint};
}

bool isNull(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined();
}

void conditionColumns(const Condition &c, QStringList *out)
{
    if (c.kind == Condition::Kind::Filter)
        *out << c.column;
    for (const auto &child : c.children)
        conditionColumns(child, out);
}

Truth evaluate(const Condition &c, const QJsonObject &row, PgError *error)
{
    if (c.kind != Condition::Kind::Filter) {
        const bool isOr = c.kind == Condition::Kind::Or;
        bool unknown = false;
        for (const auto &child : c.children) {
            const Truth t = evaluate(child, row, error);
            if (error->isError())
                return Truth::Unknown;
            if (t == Truth::Unknown)
                unknown = true;
            else if ((t == Truth::True) == isOr)
                return negate(isOr ? Truth::True : Truth::False, c.negated);
        }
        return negate(unknown ? Truth::Unknown : (isOr ? Truth::False : Truth::True), c.negated);
    }
    const QJsonValue v = row.value(c.column);
    const QString &op = c.op;
    const QString value = c.values.value(0);
    if (op == QLatin1String("is")) {
        if (value == QLatin1String("null") || value == QLatin1String("unknown"))
            return negate(truth(isNull(v)), c.negated);
        return negate(truth(v.isBool() && v.toBool() == (value == QLatin1String("true"))),
                      c.negated);
    }
    if (isNull(v))
        return Truth::Unknown;
    if (op == QLatin1String("in")) {
        bool found = false;
        for (const auto &item : c.values) {
            found = found || compareToText(v, item, error) == 0;
            if (error->isError())
                return Truth::Unknown;
        }
        return negate(truth(found), c.negated);
    }
    if (op == QLatin1String("like") || op == QLatin1String("ilike")) {
        const QString pattern = QString(value).replace(QLatin1Char('*'), QLatin1Char('%'));
        const bool match = likeMatch(jsonText(v), pattern, op == QLatin1String("ilike"), error);
        return error->isError() ? Truth::Unknown : negate(truth(match), c.negated);
    }
    const int cmp = compareToText(v, value, error);
    if (error->isError())
        return Truth::Unknown;
    bool result = false;
    if (op == QLatin1String("eq"))
        result = cmp == 0;
    else if (op == QLatin1String("neq"))
        result = cmp != 0;
    else if (op == QLatin1String("gt"))
        result = cmp > 0;
    else if (op == QLatin1String("gte"))
        result = cmp >= 0;
    else if (op == QLatin1String("lt"))
        result = cmp < 0;
    else if (op == QLatin1String("lte"))
        result = cmp <= 0;
    return negate(truth(result), c.negated);
}

int compareJson(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    const int c = jsonText(a).compare(jsonText(b));
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

} // namespace agentp::testing::fakepg
