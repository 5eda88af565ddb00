#pragma once

#include "models/domain/MarketplaceTypes.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace agentp::views {

// Where a reply is typed: a multi-line field (Ctrl+Enter sends), "Attach…" for a file, a
// character counter against the marketplace's limit, and a line for problems (the text is too
// long, the file is refused). When the reply window is closed the field is disabled and the
// reason is shown in its place. The composer only asks; ChatView queues.
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

signals:
    void sendRequested(const QString &text);
    // The user chose a file; ChatView checks and queues it.
    void attachRequested(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCounter();
    void send();
    void chooseFile();

    QPlainTextEdit *m_editor;
    QLabel *m_counter;
    QLabel *m_problem;
    QLabel *m_closedReason;
    QToolButton *m_attach;
    QPushButton *m_send;
    int m_maxLength = 1000;
    domain::ReplyWindow m_window;
};

} // namespace agentp::views
