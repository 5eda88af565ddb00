#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace agentp::views {

// Marks every "{variable}" left in a text (domain::CannedTemplate::placeholders): a canned reply
// whose variable had no value keeps it verbatim, and the agent should see it before sending.
// An orange background with a dashed underline, so it also shows without colour.
class PlaceholderHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit PlaceholderHighlighter(QTextDocument *document);

    static QTextCharFormat placeholderFormat();

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_format;
};

} // namespace agentp::views
