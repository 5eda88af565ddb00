#pragma once

#include <QObject>

namespace agentp::net {

// Tells the rest of the program whether the network is reachable. It relies on the platform's
// QNetworkInformation backend when one is loaded (NetworkManager on Linux desktops); without a
// backend the state is Unknown and the sync engine learns about connectivity from its requests.
class ConnectivityMonitor final : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Unknown,
        Online,
        Offline
    };
    Q_ENUM(State)

    explicit ConnectivityMonitor(QObject *parent = nullptr);
    State state() const { return m_state; }

    // Reports what a request just learned (e.g. a connection refused vs. a reply received).
    void reportObserved(State state);

signals:
    void stateChanged(agentp::net::ConnectivityMonitor::State state);

private:
    void setState(State state);
    State m_state = State::Unknown;
};

} // namespace agentp::net
