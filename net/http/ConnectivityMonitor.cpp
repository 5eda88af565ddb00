#include "net/http/ConnectivityMonitor.h"

#include <QNetworkInformation>

namespace agentp::net {

namespace {
ConnectivityMonitor::State fromReachability(QNetworkInformation::Reachability reachability)
{
    switch (reachability) {
    case QNetworkInformation::Reachability::Online:
        return ConnectivityMonitor::State::Online;
    case QNetworkInformation::Reachability::Disconnected:
    case QNetworkInformation::Reachability::Local:
    case QNetworkInformation::Reachability::Site:
        return ConnectivityMonitor::State::Offline;
    case QNetworkInformation::Reachability::Unknown:
        break;
    }
    return ConnectivityMonitor::State::Unknown;
}
} // namespace

ConnectivityMonitor::ConnectivityMonitor(QObject *parent)
    : QObject(parent)
{
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        m_state = fromReachability(info->reachability());
        connect(info, &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) { setState(fromReachability(r)); });
    }
}

void ConnectivityMonitor::reportObserved(State state)
{
    setState(state);
}

void ConnectivityMonitor::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace agentp::net
