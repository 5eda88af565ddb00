#pragma once

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QStringList>

#include <functional>

class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;

namespace agentp::security {
class SecretStore;
}

namespace agentp::store {
class Workspace;
}

namespace agentp::views {

class TrayNotifier;

// The console's window: a navigation sidebar on the left, the selected pane on the right and a
// status bar with the workspace, the network state and the last sync time. Only panes that work
// are listed; each has a stable id ("sessions", …) used for screenshots and saved state.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum class NetworkState
    {
        Unknown,
        Online,
        Offline
    };

    explicit MainWindow(store::Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    QStringList paneIds() const { return m_paneIds; }
    QString currentPaneId() const;
    bool showPane(const QString &id);
    QWidget *pane(const QString &id) const;
    TrayNotifier *trayNotifier() const { return m_tray; }
    // Brings the window up (also from minimised or the tray) with the chat open.
    bool openChat(qint64 chatId);
    // Brings the window up with the chat list showing the urgent chats, most urgent first.
    void showUrgentChats();
    // Where seller-account keys are kept (the Chats pane's account dialog); optional.
    void setSecretStore(security::SecretStore *secrets);

public slots:
    void setNetworkState(agentp::views::MainWindow::NetworkState state);
    void setLastSync(const QDateTime &when);
    // What the sync is doing now ("Syncing chats: …"); empty: idle, the last sync time shows.
    void setSyncProgress(const QString &text);
    // A background problem: shown in the status bar, never as a dialog.
    void showNotice(const QString &message);
    // The salon server's state ("salon server: live", "… polling (reason)"); empty hides it.
    void setSalonStatus(bool live, const QString &text);

signals:
    void openWorkspaceRequested(const QString &path);
    void openDemoRequested();
    // File ▸ Sync now (F5): every account's pass at once.
    void syncNowRequested();
    // File ▸ Salon server ▸ Sign in… / Sign out.
    void salonSignInRequested();
    void salonSignOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPanes(); // MainWindowPanes.cpp: which panes exist, in sidebar order
    void addPane(const QString &id, const QString &title, const QIcon &icon, QWidget *widget);
    // A pane made the first time it is shown or asked for (pane()): each salon pane reads its
    // data when made, and none of that should delay the window's first paint.
    using PaneFactory = std::function<QWidget *()>;
    void addLazyPane(const QString &id, const QString &title, const QIcon &icon,
                     PaneFactory factory);
    QWidget *ensurePane(int index) const;
    void buildMenus();
    void chooseWorkspace();
    void showShortcuts();
    void showAbout();
    void restoreState();
    void bringUp();

    store::Workspace &m_workspace;
    QSplitter *m_sidebar = nullptr;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    mutable QHash<QString, PaneFactory> m_paneFactories; // panes not made yet
    QLabel *m_workspaceLabel;
    QLabel *m_networkLabel;
    QLabel *m_syncLabel;
    QLabel *m_salonLabel;
    QDateTime m_lastSync;
    QString m_syncProgress;
    QStringList m_paneIds;
    TrayNotifier *m_tray = nullptr;
};

} // namespace agentp::views
