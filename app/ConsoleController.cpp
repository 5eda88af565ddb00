#include "app/ConsoleController.h"

#include "app/AppSettings.h"
#include "app/CredentialStore.h"
#include "app/DemoCommand.h"
#include "app/FirstPaintProbe.h"
#include "app/SalonConnection.h"
#include "app/SyncHost.h"
#include "models/store/Workspace.h"
#include "net/http/ConnectivityMonitor.h"
#include "views/chats/ChatsPane.h"
#include "views/shell/MainWindow.h"

#include <QAbstractItemView>
#include <QGuiApplication>
#include <QMessageBox>
#include <QTimer>

namespace agentp::app {

namespace {
views::MainWindow::NetworkState toView(net::ConnectivityMonitor::State state)
{
    switch (state) {
    case net::ConnectivityMonitor::State::Online:
        return views::MainWindow::NetworkState::Online;
    case net::ConnectivityMonitor::State::Offline:
        return views::MainWindow::NetworkState::Offline;
    case net::ConnectivityMonitor::State::Unknown:
        break;
    }
    return views::MainWindow::NetworkState::Unknown;
}
} // namespace

ConsoleController::ConsoleController(QObject *parent)
    : QObject(parent)
    , m_connectivity(new net::ConnectivityMonitor(this))
    , m_credentials(new CredentialStore(this))
{
    // Told once per run, in the status bar: a missing keychain is a background condition.
    connect(m_credentials, &security::SecretStore::persistenceLost, this,
            [this](const QString &message) {
                if (m_window)
                    m_window->showNotice(message);
            });
    connect(m_connectivity, &net::ConnectivityMonitor::stateChanged, this,
            [this](net::ConnectivityMonitor::State state) {
                if (m_window)
                    m_window->setNetworkState(toView(state));
            });
}

ConsoleController::~ConsoleController()
{
    m_sync.reset();   // stop the sync thread before its workspace goes
    m_window.reset(); // views hold the workspace's connection: close them first
    m_salon.reset();
    m_workspace.reset();
}

bool ConsoleController::open(const QString &path, bool demo, QString *error)
{
    if (demo && !ensureDemoWorkspace(path, error))
        return false;
    store::StoreError storeError;
    auto workspace = store::Workspace::open(path, false, &storeError);
    if (!workspace) {
        *error = storeError.message;
        return false;
    }
    // The salon sign-in comes before the window: which panes it has depends on the user. The
    // same workspace opened again (after another user signed in) keeps its session.
    auto salon = std::make_unique<SalonConnection>(*workspace, m_credentials);
    if (m_salon && m_workspace && m_workspace->path() == workspace->path())
        salon->adopt(*m_salon);
    else if (salon->isConfigured() && !salon->resume() &&
             QGuiApplication::platformName() != QLatin1String("offscreen"))
        salon->signIn(m_window.get()); // cancelled: the local copy, signed out
    auto window = std::make_unique<views::MainWindow>(*workspace);
    if (m_connectivity->state() != net::ConnectivityMonitor::State::Unknown)
        window->setNetworkState(toView(m_connectivity->state()));
    connect(window.get(), &views::MainWindow::openWorkspaceRequested, this,
            [this](const QString &p) { reopen(p, false); });
    connect(window.get(), &views::MainWindow::openDemoRequested, this,
            [this] { reopen(AppSettings::demoWorkspacePath(), true); });

    if (m_window)
        m_window->close();
    m_sync.reset();
    m_window = std::move(window);
    m_salon = std::move(salon);
    m_workspace = std::move(workspace);
    m_sync = std::make_unique<SyncHost>(*m_workspace, m_credentials);
    connect(m_sync.get(), &SyncHost::problem, m_window.get(), &views::MainWindow::showNotice);
    m_window->setSecretStore(m_credentials);
    connect(m_sync.get(), &SyncHost::lastSyncChanged, m_window.get(),
            &views::MainWindow::setLastSync);
    connect(m_sync.get(), &SyncHost::syncProgress, m_window.get(),
            &views::MainWindow::setSyncProgress);
    connect(m_window.get(), &views::MainWindow::syncNowRequested, m_sync.get(), &SyncHost::syncNow);
    connect(m_sync.get(), &SyncHost::onlineChanged, m_window.get(), [this](bool online) {
        m_window->setNetworkState(online ? views::MainWindow::NetworkState::Online
                                         : views::MainWindow::NetworkState::Offline);
    });
    // The chats pane asks the sync side through plain signals (views never include net/).
    if (auto *chats = qobject_cast<views::ChatsPane *>(m_window->pane(QStringLiteral("chats")))) {
        connect(chats, &views::ChatsPane::openChatChanged, m_sync.get(), &SyncHost::setOpenChat);
        connect(chats, &views::ChatsPane::olderHistoryWanted, m_sync.get(), &SyncHost::fetchOlder);
        connect(chats, &views::ChatsPane::attachmentWanted, m_sync.get(),
                &SyncHost::downloadAttachment);
        FirstPaintProbe::installIfAsked(
            chats->findChild<QAbstractItemView *>(QStringLiteral("chatList")));
    }
    // The system says the network is back: the chat sync stops waiting on its backoff.
    connect(m_connectivity, &net::ConnectivityMonitor::stateChanged, m_sync.get(),
            [sync = m_sync.get()](net::ConnectivityMonitor::State state) {
                if (state == net::ConnectivityMonitor::State::Online)
                    sync->setNetworkAvailable(true);
            });
    wireSalon();
    return true;
}

void ConsoleController::wireSalon()
{
    SalonConnection *salon = m_salon.get();
    views::MainWindow *window = m_window.get();
    const QString path = m_workspace->path();
    connect(salon, &SalonConnection::sessionChanged, this, &ConsoleController::forwardSalonSession);
    // A different user: the panes depend on the role, so the window is built again.
    connect(salon, &SalonConnection::userChanged, this,
            [this, path] { QTimer::singleShot(0, this, [this, path] { reopen(path, false); }); });
    connect(window, &views::MainWindow::salonSignInRequested, salon,
            [salon, window] { salon->signIn(window); });
    connect(window, &views::MainWindow::salonSignOutRequested, salon, &SalonConnection::signOut);
    connect(m_sync.get(), &SyncHost::salonModeChanged, window, &views::MainWindow::setSalonStatus);
    connect(m_sync.get(), &SyncHost::salonSessionExpired, salon, [salon, window] {
        salon->expire();
        // Out of the signal's stack: the dialog runs its own event loop.
        QTimer::singleShot(0, window, [salon, window] {
            salon->signIn(window, tr("Your session on the salon server has expired. Sign in "
                                     "again; the changes you made meanwhile are kept and sent "
                                     "after sign-in."));
        });
    });
    forwardSalonSession();
}

void ConsoleController::forwardSalonSession()
{
    m_window->setSalonStatus(false, m_salon->statusText());
    m_sync->setSalonSession(m_salon->projectUrl(), m_salon->apiKey(), m_salon->token(),
                            m_salon->tenantId(), m_salon->isSuperAdmin());
}

void ConsoleController::reopen(const QString &path, bool demo)
{
    QString error;
    // The old window stays until the new workspace is known to be good.
    const bool wasVisible = m_window && m_window->isVisible();
    if (!open(path, demo, &error)) {
        QMessageBox::warning(m_window.get(), tr("Cannot open the workspace"), error);
        return;
    }
    if (wasVisible)
        m_window->show();
}

} // namespace agentp::app
