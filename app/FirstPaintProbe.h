#pragma once

#include <QObject>

class QAbstractItemView;

namespace agentp::app {

// For the start-up benchmark (bench/bench_startup, B1): when the environment variable
// AGENTP_BENCH_FIRST_PAINT is set, prints the line "agentp-first-paint" on standard output once
// the chat list has painted with chats in it, then nothing more; the benchmark times the line.
// A user never sets the variable; without it nothing is installed.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
public:
    // Installs the probe on `list`'s viewport when the variable is set; otherwise does nothing.
    static void installIfAsked(QAbstractItemView *list);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QAbstractItemView *list);
    void report();

    QAbstractItemView *m_list;
    bool m_done = false;
};

} // namespace agentp::app
