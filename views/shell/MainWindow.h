#pragma once

#include <QDateTime>
#include <QMainWindow>
#include <QStringList>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace agentp::store {
class Workspace;
}

namespace agentp::views {

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

public slots:
    void setNetworkState(agentp::views::MainWindow::NetworkState state);
    void setLastSync(const QDateTime &when);
    // A background problem: shown in the status bar, never as a dialog.
    void showNotice(const QString &message);

signals:
    void openWorkspaceRequested(const QString &path);
    void openDemoRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPanes(); // MainWindowPanes.cpp: which panes exist, in sidebar order
    void addPane(const QString &id, const QString &title, const QIcon &icon, QWidget *widget);
    void buildMenus();
    void chooseWorkspace();
    void showShortcuts();
    void showAbout();
    void restoreState();

    store::Workspace &m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_workspaceLabel;
    QLabel *m_networkLabel;
    QLabel *m_syncLabel;
    QStringList m_paneIds;
};

} // namespace agentp::views
