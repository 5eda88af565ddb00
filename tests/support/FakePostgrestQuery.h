#pragma once
// FakePostgrestServer's reading of PostgREST's URL grammar, written from PostgREST's parser
// (QueryParams.hs), not from our client, so the two can disagree and a test then fails:
//  - the query string is split on `&` and the first `=`, `+` is a space, then percent-decoded;
//  - a top-level `col=[not.]op.value` takes everything after `op.` literally (no quotes);
//  - in `in.(…)` lists and or/and trees an element is either "quoted" (backslash escapes any
//    character; it counts only when `,` or `)` follows) or everything up to the next `,`/`)`;
//  - or=/and=/not.or=/not.and= take a tree; `or(…)`/`and(…)` (optionally `not.`) nest in it;
//  - like/ilike turn every `*` into `%`, then match as Postgres' LIKE with `\` as the escape;
//  - comparisons follow SQL's three-valued logic: NULL compares as unknown, so even `neq` and
//    `not.` skip NULL rows; only `is` tests for NULL.
// Supported operators: eq neq gt gte lt lte like ilike is in. select: `*`, columns,
// `alias:column`, `column::text`, and one level of embedding `name(…)`/`alias:name!inner(…)`.

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace agentp::testing::fakepg {

// An error as PostgREST answers it: {"code","message","details","hint"} with `status`.
struct PgError
{
    int status = 0;
    QString code;
    QString message;
    QString details;
    QString hint;
    bool isError() const { return status != 0; }
    QByteArray body() const;
    static PgError make(int status, const QString &code, const QString &message,
                        const QString &details = {}, const QString &hint = {});
};

struct Condition
{
    enum class Kind
    {
        Filter,
        Or,
        And,
    };
    Kind kind = Kind::Filter;
    bool negated = false;
    QString column;
    QString op;         // eq, neq, gt, gte, lt, lte, like, ilike, is, in
    QStringList values; // one value, or the list of `in`
    QList<Condition> children;
};

struct SelectItem
{
    bool star = false;
    QString alias; // the key in the answer
    QString column;
    QString cast; // `text` converts to a string; others are ignored
    bool embed = false;
    bool inner = false; // `!inner`: parents without a match are dropped
    QList<SelectItem> children;
};

struct OrderTerm
{
    QString column;
    bool descending = false;
    int nulls = 0; // 0: Postgres' default (last ascending, first descending), 1 first, 2 last
};

struct ParsedQuery
{
    QList<QPair<QString, QString>> items; // decoded, in order
    QList<Condition> filters;
    QList<SelectItem> select; // empty: `*`
    QList<OrderTerm> order;
    qint64 limit = -1;
    qint64 offset = 0;
    QString onConflict;
    QStringList columns; // `columns=` of an insert
};

enum class Truth
{
    False,
    True,
    Unknown,
};

// `+` as a space, then percent-decoding, as WAI's parseQuery does.
QList<QPair<QString, QString>> decodeQuery(const QByteArray &raw);
// A PGRST100 error (400) when the grammar is violated.
PgError parseQuery(const QByteArray &raw, ParsedQuery *out);
PgError parseSelect(const QString &text, QList<SelectItem> *out, int depth = 0);
// Every column a condition names (for the "does not exist" check).
void conditionColumns(const Condition &c, QStringList *out);
// Evaluates a condition on a row; errors are Postgres' (22P02 bad input, 22025 LIKE escape).
Truth evaluate(const Condition &c, const QJsonObject &row, PgError *error);
// For `order`: the order of two non-null JSON values of one column.
int compareJson(const QJsonValue &a, const QJsonValue &b);
bool isNull(const QJsonValue &v);
// A value as Postgres prints it (`::text` casts, like/ilike on non-text columns).
QString jsonText(const QJsonValue &v);

} // namespace agentp::testing::fakepg
