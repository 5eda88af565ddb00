#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace agentp::store {
class Workspace;
}
namespace agentp::views {
class MainWindow;
}
namespace agentp::net {
class ConnectivityMonitor;
}

namespace agentp::app {

class CredentialStore;
class SalonConnection;
class SyncHost;

// Owns the opened workspace and its window and wires them to the app-level services (network
// state, credentials). Switching workspaces replaces both; a failure keeps the current one.
class ConsoleController final : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleController(QObject *parent = nullptr);
    ~ConsoleController() override;

    // Opens path (creating the demo when demo is true). Returns false with a one-line message.
    bool open(const QString &path, bool demo, QString *error);
    views::MainWindow *window() const { return m_window.get(); }
    CredentialStore &credentials() const { return *m_credentials; }

private:
    void reopen(const QString &path, bool demo);
    void wireSalon();
    void forwardSalonSession();

    std::unique_ptr<store::Workspace> m_workspace;
    std::unique_ptr<views::MainWindow> m_window;
    std::unique_ptr<SyncHost> m_sync;
    std::unique_ptr<SalonConnection> m_salon;
    net::ConnectivityMonitor *m_connectivity;
    CredentialStore *m_credentials;
};

} // namespace agentp::app
