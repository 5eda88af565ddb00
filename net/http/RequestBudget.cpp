#include "net/http/RequestBudget.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <cmath>
#include <memory>

namespace agentp::net {

RequestBudget::RequestBudget(double ratePerSecond, int burst, QObject *parent)
    : QObject(parent)
    , m_rate(std::max(0.01, ratePerSecond))
    , m_burst(std::max(1, burst))
    , m_tokens(m_burst)
    , m_timer(new QTimer(this))
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    m_clock = [elapsed] {
        return elapsed->elapsed();
    };
    m_lastRefill = m_clock();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RequestBudget::serve);
}

void RequestBudget::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastRefill = m_clock();
}

void RequestBudget::setRate(double ratePerSecond, int burst)
{
    refill();
    m_rate = std::max(0.01, ratePerSecond);
    m_burst = std::max(1, burst);
    m_tokens = std::min(m_tokens, double(m_burst));
}

void RequestBudget::refill()
{
    const qint64 now = m_clock();
    if (now > m_lastRefill) {
        m_tokens = std::min(double(m_burst), m_tokens + (now - m_lastRefill) * m_rate / 1000.0);
        m_lastRefill = now;
    }
}

quint64 RequestBudget::acquire(Granted granted)
{
    const quint64 ticket = m_nextTicket++;
    m_waiters.push_back({ticket, std::move(granted)});
    // Served from the event loop so that a grant never runs inside the caller's own call.
    if (!m_timer->isActive())
        m_timer->start(0);
    return ticket;
}

void RequestBudget::cancel(quint64 ticket)
{
    for (auto it = m_waiters.begin(); it != m_waiters.end(); ++it) {
        if (it->ticket == ticket) {
            m_waiters.erase(it);
            return;
        }
    }
}

void RequestBudget::cancelAll()
{
    m_waiters.clear();
    m_timer->stop();
}

void RequestBudget::serve()
{
    refill();
    while (!m_waiters.empty() && m_tokens >= 1.0) {
        m_tokens -= 1.0;
        ++m_granted;
        Granted granted = std::move(m_waiters.front().granted);
        m_waiters.pop_front();
        // The callback may acquire again or cancel others; the loop re-checks the queue.
        QPointer<RequestBudget> alive(this);
        granted();
        if (!alive)
            return;
    }
    if (!m_waiters.empty()) {
        const double missing = 1.0 - m_tokens;
        const int waitMs = std::max(1, int(std::ceil(missing * 1000.0 / m_rate)));
        m_timer->start(waitMs);
    }
}

} // namespace agentp::net
