#include "views/chats/PlaceholderHighlighter.h"

#include "models/domain/CannedTemplate.h"

namespace agentp::views {

PlaceholderHighlighter::PlaceholderHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_format(placeholderFormat())
{
    setObjectName(QStringLiteral("placeholderHighlighter"));
}

QTextCharFormat PlaceholderHighlighter::placeholderFormat()
{
    QTextCharFormat format;
    format.setBackground(QColor(0xff, 0xd8, 0xa8));
    format.setForeground(QColor(0x7a, 0x3e, 0x00)); // readable on the orange in dark themes too
    format.setUnderlineStyle(QTextCharFormat::DashUnderline);
    return format;
}

void PlaceholderHighlighter::highlightBlock(const QString &text)
{
    // A placeholder never spans lines ("{" + identifier + "}"), so one block at a time is enough.
    for (const domain::TemplatePlaceholder &p : domain::CannedTemplate::placeholders(text))
        setFormat(p.position, p.length, m_format);
}

} // namespace agentp::views
