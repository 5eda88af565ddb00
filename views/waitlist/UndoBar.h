#pragma once

#include <QDeadlineTimer>
#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace agentp::views {

// The inline bar after a waitlist or risk action: "Converted Мария П." and an "Undo (5 s)" button
// counting down the undo window. It hides itself when the window closes (the change then goes
// to the server); a new action replaces the text and restarts the countdown.
class UndoBar final : public QFrame
{
    Q_OBJECT
public:
    explicit UndoBar(QWidget *parent = nullptr);

    // Shows `text` with an Undo button for `windowMs` milliseconds.
    void start(const QString &text, int windowMs);
    // Shows a message without Undo (after an undo, or when it came too late).
    void showMessage(const QString &text);
    void dismiss();

    QString text() const;
    bool canUndo() const;
    QPushButton *undoButton() const { return m_undo; }

signals:
    void undoRequested();
    void expired();

private:
    void tick();

    QLabel *m_text;
    QPushButton *m_undo;
    QTimer *m_ticker;
    QDeadlineTimer m_deadline;
};

} // namespace agentp::views
