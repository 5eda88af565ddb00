#pragma once

#include "models/domain/MarketplaceTypes.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace agentp::models {
class CannedReplyModel;
}

namespace agentp::views {

class CannedReplyPopup;
class PlaceholderHighlighter;

// Where a reply is typed: a multi-line field (Ctrl+Enter sends), "Attach…" for a file, a
// character counter against the marketplace's limit, and a line for problems (the text is too
// long, the file is refused). When the reply window is closed the field is disabled and the
// reason is shown in its place. The composer only asks; ChatView queues.
// Canned replies (CH-8): "/" opens CannedReplyPopup; the variables a reply leaves unfilled are
// highlighted (PlaceholderHighlighter) and named in a hint line; sending stays allowed.
class Composer final : public QWidget
{
    Q_OBJECT
public:
    explicit Composer(QWidget *parent = nullptr);

    // The marketplace's text limit and whether a reply may be written now.
    void setRules(int maxTextLength, const domain::ReplyWindow &window);
    bool canWrite() const { return m_window.allowed; }
    QString disabledReason() const { return m_window.reason; }

    QPlainTextEdit *editor() const { return m_editor; }
    QString text() const;
    void clearText();
    // A problem with the last send or attachment; empty hides the line.
    void showProblem(const QString &message);
    QString problem() const;

    // The replies the "/" popup offers (not owned; null turns the popup off).
    void setCannedReplies(models::CannedReplyModel *model);
    // The open chat's {buyer_name}, {order_number} and {product} (domain::CannedTemplate).
    void setTemplateValues(const QHash<QString, QString> &values);
    QHash<QString, QString> templateValues() const;
    CannedReplyPopup *cannedPopup() const { return m_popup; }
    PlaceholderHighlighter *highlighter() const { return m_highlighter; }
    // "Fill in {order_number} before sending." while the text has placeholders; else empty.
    QString placeholderHint() const;

signals:
    void sendRequested(const QString &text);
    // The user chose a file; ChatView checks and queues it.
    void attachRequested(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCounter();
    void updatePlaceholderHint();
    void send();
    void chooseFile();

    QPlainTextEdit *m_editor;
    QLabel *m_counter;
    QLabel *m_problem;
    QLabel *m_closedReason;
    QLabel *m_placeholders;
    QToolButton *m_attach;
    QPushButton *m_send;
    CannedReplyPopup *m_popup = nullptr;
    PlaceholderHighlighter *m_highlighter;
    int m_maxLength = 1000;
    domain::ReplyWindow m_window;
};

} // namespace agentp::views
