#include "models/domain/CannedTemplate.h"

namespace agentp::domain {

namespace {

bool startsIdentifier(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool continuesIdentifier(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.isMark(); // marks: "й" typed as и + breve
}

// The length of the placeholder starting at `from` (which holds "{"), 0 when there is none.
qsizetype placeholderLength(const QString &text, qsizetype from)
{
    qsizetype i = from + 1;
    if (i >= text.size() || !startsIdentifier(text.at(i)))
        return 0;
    while (i < text.size() && continuesIdentifier(text.at(i)))
        ++i;
    return i < text.size() && text.at(i) == u'}' ? i - from + 1 : 0;
}

} // namespace

QStringList CannedTemplate::variables()
{
    return {buyerName(), orderNumber(), product()};
}

bool CannedTemplate::isVariable(const QString &name)
{
    return variables().contains(name);
}

QString CannedTemplate::placeholderOf(const QString &name)
{
    return u'{' + name + u'}';
}

FilledTemplate CannedTemplate::fill(const QString &body, const QHash<QString, QString> &values)
{
    FilledTemplate out;
    out.text.reserve(body.size());
    qsizetype copied = 0; // body[copied, i) is still to be copied
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) != u'{')
            continue;
        const qsizetype length = placeholderLength(body, i);
        if (length == 0)
            continue;
        out.text += QStringView(body).mid(copied, i - copied);
        const QString name = body.mid(i + 1, length - 2);
        const QString value = values.value(name);
        if (value.trimmed().isEmpty()) {
            out.placeholders.append({int(out.text.size()), int(length), name});
            out.text += QStringView(body).mid(i, length);
        } else {
            out.text += value;
        }
        i += length - 1;
        copied = i + 1;
    }
    out.text += QStringView(body).mid(copied);
    return out;
}

QList<TemplatePlaceholder> CannedTemplate::placeholders(const QString &text)
{
    QList<TemplatePlaceholder> out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'{')
            continue;
        const qsizetype length = placeholderLength(text, i);
        if (length == 0)
            continue;
        out.append({int(i), int(length), text.mid(i + 1, length - 2)});
        i += length - 1;
    }
    return out;
}

} // namespace agentp::domain
