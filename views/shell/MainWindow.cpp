#include "views/shell/MainWindow.h"

#include "models/store/Workspace.h"
#include "views/shell/TrayNotifier.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace agentp::views {

MainWindow::MainWindow(store::Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_workspaceLabel(new QLabel(this))
    , m_networkLabel(new QLabel(this))
    , m_syncLabel(new QLabel(this))
    , m_salonLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — Agent P Console").arg(workspace.name()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/agentp-console.svg")));
    resize(1280, 800);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setMaximumWidth(220);
    m_navigation->setMinimumWidth(150);
    m_navigation->setFrameShape(QFrame::NoFrame);

    // The sidebar: the panes, then the saved chat views (MainWindowPanes.cpp fills it).
    m_sidebar = new QSplitter(Qt::Vertical, this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->addWidget(m_navigation);
    m_sidebar->setMaximumWidth(220);
    m_sidebar->setChildrenCollapsible(false);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({180, 1100}); // the panes get the room; the sidebar its names
    setCentralWidget(splitter);

    buildPanes();

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        ensurePane(row);
        m_stack->setCurrentIndex(row);
    });

    m_workspaceLabel->setObjectName(QStringLiteral("workspaceStatus"));
    m_networkLabel->setObjectName(QStringLiteral("networkStatus"));
    m_syncLabel->setObjectName(QStringLiteral("syncStatus"));
    m_salonLabel->setObjectName(QStringLiteral("salonStatus"));
    m_salonLabel->hide();
    m_workspaceLabel->setText(workspace.isDemo() ? tr("Workspace: %1 (demo)").arg(workspace.name())
                                                 : tr("Workspace: %1").arg(workspace.name()));
    m_workspaceLabel->setToolTip(QDir::toNativeSeparators(workspace.path()));
    statusBar()->addPermanentWidget(m_workspaceLabel);
    // Who is signed in decides which panes exist (tenant settings), so say it where it is seen.
    if (const domain::CurrentUser user = workspace.currentUser(); user.isValid()) {
        static const QMap<QString, const char *> roles{
            {QStringLiteral("super_admin"), QT_TR_NOOP("super admin")},
            {QStringLiteral("admin"), QT_TR_NOOP("admin")},
            {QStringLiteral("manager"), QT_TR_NOOP("manager")},
            {QStringLiteral("agent"), QT_TR_NOOP("agent")},
            {QStringLiteral("sales"), QT_TR_NOOP("sales")}};
        const char *role = roles.value(user.role);
        auto *userLabel =
            new QLabel(tr("Signed in as %1 (%2)")
                           .arg(user.displayName.isEmpty() ? user.email : user.displayName,
                                role ? tr(role) : user.role),
                       this);
        userLabel->setObjectName(QStringLiteral("userStatus"));
        userLabel->setToolTip(user.email);
        statusBar()->addPermanentWidget(userLabel);
    }
    statusBar()->addPermanentWidget(m_networkLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_salonLabel);
    setNetworkState(NetworkState::Unknown);
    setLastSync(workspace.lastSyncAt());

    buildMenus();
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPane(const QString &id, const QString &title, const QIcon &icon,
                         QWidget *widget)
{
    m_paneIds << id;
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, id);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(m_paneIds.size()));
    m_stack->addWidget(widget);
    // Ctrl+1, Ctrl+2 … switch panes, in the order of the sidebar.
    auto *action = new QAction(title, this);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + m_paneIds.size())));
    connect(action, &QAction::triggered, this, [this, id] { showPane(id); });
    addAction(action);
}

void MainWindow::addLazyPane(const QString &id, const QString &title, const QIcon &icon,
                             PaneFactory factory)
{
    m_paneFactories.insert(id, std::move(factory));
    addPane(id, title, icon, new QWidget(this)); // a placeholder until first shown
}

QWidget *MainWindow::ensurePane(int index) const
{
    if (index < 0 || index >= m_paneIds.size())
        return nullptr;
    const auto it = m_paneFactories.find(m_paneIds.at(index));
    if (it == m_paneFactories.end())
        return m_stack->widget(index);
    const PaneFactory factory = std::move(it.value());
    m_paneFactories.erase(it);
    QWidget *placeholder = m_stack->widget(index);
    const bool current = m_stack->currentIndex() == index;
    QWidget *made = factory();
    m_stack->insertWidget(index, made);
    if (current)
        m_stack->setCurrentIndex(index);
    m_stack->removeWidget(placeholder);
    placeholder->deleteLater();
    return made;
}

QString MainWindow::currentPaneId() const
{
    const int i = m_stack->currentIndex();
    return i >= 0 && i < m_paneIds.size() ? m_paneIds.at(i) : QString();
}

bool MainWindow::showPane(const QString &id)
{
    const int i = m_paneIds.indexOf(id);
    if (i < 0)
        return false;
    ensurePane(i);
    m_navigation->setCurrentRow(i);
    m_stack->setCurrentIndex(i);
    return true;
}

QWidget *MainWindow::pane(const QString &id) const
{
    return ensurePane(int(m_paneIds.indexOf(id)));
}

void MainWindow::setNetworkState(NetworkState state)
{
    switch (state) {
    case NetworkState::Online:
        m_networkLabel->setText(tr("● Online"));
        break;
    case NetworkState::Offline:
        m_networkLabel->setText(tr("○ Offline — working from the local copy"));
        break;
    case NetworkState::Unknown:
        m_networkLabel->setText(m_workspace.isDemo() ? tr("Demo data, no server")
                                                     : tr("Network state unknown"));
        break;
    }
}

void MainWindow::setLastSync(const QDateTime &when)
{
    m_lastSync = when;
    if (!m_syncProgress.isEmpty())
        return; // shown when the running pass ends
    m_syncLabel->setText(
        when.isValid()
            ? tr("Last sync: %1").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat))
            : tr("Never synced"));
}

void MainWindow::setSyncProgress(const QString &text)
{
    m_syncProgress = text;
    if (text.isEmpty())
        setLastSync(m_lastSync);
    else
        m_syncLabel->setText(text);
}

void MainWindow::showNotice(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::setSalonStatus(bool live, const QString &text)
{
    m_salonLabel->setText((live ? QStringLiteral("● ") : QStringLiteral("○ ")) + text);
    m_salonLabel->setVisible(!text.isEmpty());
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open workspace…"), this, &MainWindow::chooseWorkspace);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open the &demo workspace"), this, &MainWindow::openDemoRequested);
    file->addSeparator();
    QAction *syncNow = file->addAction(tr("&Sync now"), this, &MainWindow::syncNowRequested);
    // F9 as mail clients' "Send/Receive"; F5 already refreshes the Overview.
    syncNow->setShortcut(QKeySequence(Qt::Key_F9));
    file->addSeparator();
    if (!m_workspace.isDemo()) {
        QMenu *salon = file->addMenu(tr("Sa&lon server"));
        QAction *signIn =
            salon->addAction(tr("&Sign in…"), this, &MainWindow::salonSignInRequested);
        signIn->setObjectName(QStringLiteral("salonSignIn"));
        signIn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        QAction *signOut =
            salon->addAction(tr("Sign &out"), this, &MainWindow::salonSignOutRequested);
        signOut->setObjectName(QStringLiteral("salonSignOut"));
        file->addSeparator();
    }
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_paneIds.size(); ++i) {
        const QString id = m_paneIds.at(i);
        QAction *a =
            view->addAction(m_navigation->item(i)->text(), this, [this, id] { showPane(id); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    if (m_tray) {
        view->addSeparator();
        QAction *dnd = m_tray->doNotDisturbAction();
        dnd->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        view->addAction(dnd);
        addAction(dnd);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Agent P Console"), this, &MainWindow::showAbout);
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open workspace"), QFileInfo(m_workspace.path()).absolutePath(),
        tr("Agent P workspaces (*.agentp);;All files (*)"));
    if (!path.isEmpty())
        emit openWorkspaceRequested(path);
}

void MainWindow::showShortcuts()
{
    const QString rows =
        tr("<tr><td><b>Ctrl+1…9</b></td><td>Switch pane</td></tr>"
           "<tr><td><b>Enter</b></td><td>Open the selected dialog or client</td></tr>"
           "<tr><td><b>Ctrl+F</b></td><td>Search (Clients)</td></tr>"
           "<tr><td><b>Ctrl+R</b></td><td>Reset the filters; revert unsaved settings</td></tr>"
           "<tr><td><b>Ctrl+E</b></td><td>Export the table as CSV</td></tr>"
           "<tr><td><b>F5</b></td><td>Refresh the Overview</td></tr>"
           "<tr><td><b>F9</b></td><td>Sync now (all seller accounts)</td></tr>"
           "<tr><td><b>Ctrl+Shift+L</b></td><td>Sign in to the salon server</td></tr>"
           "<tr><td colspan=2><i>Chats</i></td></tr>"
           "<tr><td><b>Ctrl+K</b></td><td>Search the chats</td></tr>"
           "<tr><td><b>Alt+Up</b> / <b>Alt+Down</b></td><td>Previous / next chat</td></tr>"
           "<tr><td><b>Ctrl+Shift+U</b></td><td>Next chat with unread messages</td></tr>"
           "<tr><td><b>Ctrl+Enter</b></td><td>Send the reply</td></tr>"
           "<tr><td><b>Ctrl+Shift+R</b></td><td>Retry the reply that failed</td></tr>"
           "<tr><td><b>Ctrl+Shift+M</b></td><td>Mute / unmute the chat's notifications</td></tr>"
           "<tr><td><b>Ctrl+Shift+S</b></td><td>Save the filters as a view</td></tr>"
           "<tr><td><b>F2</b> / <b>Delete</b></td><td>Rename / delete the view (sidebar)</td></tr>"
           "<tr><td><b>Ctrl+Shift+D</b></td><td>Do not disturb</td></tr>"
           "<tr><td colspan=2><i>Waitlist &amp; risks</i></td></tr>"
           "<tr><td><b>Ctrl+Enter</b></td><td>Convert</td></tr>"
           "<tr><td><b>Ctrl+Delete</b></td><td>Cancel the request</td></tr>"
           "<tr><td><b>Ctrl+T</b></td><td>Contact</td></tr>"
           "<tr><td><b>Ctrl+M</b></td><td>Match with the selected slot</td></tr>"
           "<tr><td><b>Ctrl+N</b> / <b>Ctrl+I</b></td><td>Notify / ignore a risk</td></tr>"
           "<tr><td><b>Ctrl+Z</b></td><td>Undo within 5 seconds</td></tr>"
           "<tr><td><b>Ctrl+Shift+R</b></td><td>Retry a failed action</td></tr>"
           "<tr><td><b>Ctrl+B</b></td><td>Bring a client back (Win-back)</td></tr>"
           "<tr><td><b>Ctrl+S</b></td><td>Save tenant settings</td></tr>"
           "<tr><td><b>Ctrl+O</b></td><td>Open a workspace</td></tr>"
           "<tr><td><b>F1</b></td><td>This list</td></tr>"
           "<tr><td><b>Ctrl+Q</b></td><td>Quit</td></tr>");
    QMessageBox::information(this, tr("Keyboard shortcuts"),
                             QStringLiteral("<table cellspacing=6>") + rows +
                                 QStringLiteral("</table>"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Agent P Console"),
                       tr("<b>Agent P Console</b> %1<br>Buyer chats and salon bot analytics, "
                          "fast and offline.")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::restoreState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry); // a bad blob is ignored by Qt, the default size stays
    const QString pane = settings.value(QStringLiteral("pane")).toString();
    if (!showPane(pane))
        showPane(m_paneIds.value(0));
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("pane"), currentPaneId());
    settings.endGroup();
    event->accept();
}

} // namespace agentp::views
