#pragma once

#include <QObject>

#include <deque>
#include <functional>

class QTimer;

namespace agentp::net {

// A token bucket shared by every call of one account: `ratePerSecond` tokens a second, at most
// `burst` saved up. Callers queue for a token in FIFO order; waiting is a QTimer, never a
// blocking sleep. Grants are always delivered from the event loop, never inside acquire().
// At most burst + rate × T requests start in any window of T seconds.
class RequestBudget final : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // monotonic milliseconds
    using Granted = std::function<void()>;

    RequestBudget(double ratePerSecond, int burst, QObject *parent = nullptr);

    // Returns a ticket for cancel().
    quint64 acquire(Granted granted);
    void cancel(quint64 ticket);
    void cancelAll(); // drops every waiter without calling it

    void setRate(double ratePerSecond, int burst);
    double ratePerSecond() const { return m_rate; }
    int burst() const { return m_burst; }
    // For tests: a fake clock; the default is a QElapsedTimer.
    void setClock(Clock clock);

    qint64 granted() const { return m_granted; } // tokens handed out since construction
    int waiting() const { return int(m_waiters.size()); }

private:
    void refill();
    void serve();

    struct Waiter
    {
        quint64 ticket;
        Granted granted;
    };
    double m_rate;
    int m_burst;
    double m_tokens;
    qint64 m_lastRefill = 0;
    Clock m_clock;
    std::deque<Waiter> m_waiters;
    QTimer *m_timer;
    quint64 m_nextTicket = 1;
    qint64 m_granted = 0;
};

} // namespace agentp::net
