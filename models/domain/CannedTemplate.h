#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace agentp::domain {

// A "{name}" span in a text: where it starts, how long it is (braces included) and the name.
struct TemplatePlaceholder
{
    int position = 0;
    int length = 0;
    QString name;

    bool operator==(const TemplatePlaceholder &o) const = default;
};

// A canned reply's body with the variables filled in, and the placeholders that are still in
// it (positions in `text`).
struct FilledTemplate
{
    QString text;
    QList<TemplatePlaceholder> placeholders;
};

// The variables of canned replies (CH-8): "{buyer_name}", "{order_number}" and "{product}".
// A placeholder is "{" + identifier + "}", where an identifier is a letter (any script) or "_"
// followed by letters, digits and "_": "{номер}" counts, so a mistyped Russian variable is
// shown as unfilled instead of slipping into the reply unnoticed. Any other brace ("{", "{}",
// "{ a }", "{{") is plain text.
class CannedTemplate final
{
public:
    static QString buyerName() { return QStringLiteral("buyer_name"); }
    static QString orderNumber() { return QStringLiteral("order_number"); }
    static QString product() { return QStringLiteral("product"); }
    // The variables the console knows, in the order the settings list them.
    static QStringList variables();
    static bool isVariable(const QString &name);
    // "{name}".
    static QString placeholderOf(const QString &name);

    // Replaces every placeholder whose value is known and not blank. Unknown names and blank
    // values stay verbatim ("{order_number}") and are listed, so the agent sees what to fix
    // before sending. Values are inserted as they are, never scanned for placeholders again.
    static FilledTemplate fill(const QString &body, const QHash<QString, QString> &values);
    // Every placeholder in `text`, left to right (for the highlighter and the composer's hint).
    static QList<TemplatePlaceholder> placeholders(const QString &text);
};

} // namespace agentp::domain
