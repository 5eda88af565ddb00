// Which panes the window offers, in sidebar order. Only panes that work are listed; a pane that
// needs a role (tenant settings: super_admin) is added only for that role — the server enforces
// the same rule, this just keeps the console honest about what the user can do.
#include "views/shell/MainWindow.h"

#include "models/store/Workspace.h"
#include "views/chats/ChatsPane.h"
#include "views/chats/SavedViewList.h"
#include "views/clients/ClientsPane.h"
#include "views/overview/OverviewPane.h"
#include "views/sessions/SessionsPane.h"
#include "views/settings/TenantSettingsPane.h"
#include "views/shell/TrayNotifier.h"
#include "views/waitlist/WaitlistRisksPane.h"
#include "views/winback/WinBackPane.h"

#include <QSplitter>
#include <QStyle>

namespace agentp::views {

namespace {

// A lazy pane's factory: `make` builds the pane, whose `notice` signal goes to the status bar.
template<class Make, class Notice>
std::function<QWidget *()> noticed(MainWindow *window, Make make, Notice notice)
{
    return [window, make, notice]() -> QWidget * {
        auto *pane = make();
        QObject::connect(pane, notice, window, &MainWindow::showNotice);
        return pane;
    };
}

} // namespace

void MainWindow::buildPanes()
{
    auto *chats = new ChatsPane(m_workspace, this);
    connect(chats, &ChatsPane::notice, this, &MainWindow::showNotice);
    connect(chats, &ChatsPane::paneWanted, this, [this] { showPane(QStringLiteral("chats")); });
    addPane(QStringLiteral("chats"), tr("Chats"),
            QIcon::fromTheme(QStringLiteral("mail-message"),
                             style()->standardIcon(QStyle::SP_MessageBoxInformation)),
            chats);
    SavedViewList *views = chats->savedViewList();
    m_sidebar->addWidget(views);
    m_sidebar->setStretchFactor(0, 3);
    m_sidebar->setStretchFactor(1, 2);
    views->show();
    connect(views, &SavedViewList::viewChosen, this, [this] { showPane(QStringLiteral("chats")); });
    m_tray = new TrayNotifier(chats->alertTracker(), this);
    connect(m_tray, &TrayNotifier::openChatRequested, this, &MainWindow::openChat);
    connect(m_tray, &TrayNotifier::showUrgentRequested, this, &MainWindow::showUrgentChats);
    connect(m_tray, &TrayNotifier::showWindowRequested, this, &MainWindow::bringUp);
    connect(m_tray, &TrayNotifier::quitRequested, this, &QWidget::close);
    connect(m_tray, &TrayNotifier::fallbackNotice, this, &MainWindow::showNotice);

    // The salon panes read their data when made: they are made when first shown.
    addLazyPane(QStringLiteral("overview"), tr("Overview"),
                QIcon::fromTheme(QStringLiteral("office-chart-bar"),
                                 style()->standardIcon(QStyle::SP_FileDialogInfoView)),
                noticed(
                    this, [this] { return new OverviewPane(m_workspace, this); },
                    &OverviewPane::errorOccurred));
    addLazyPane(QStringLiteral("sessions"), tr("Sessions"),
                style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                noticed(
                    this,
                    [this] { return new SessionsPane(m_workspace.database().connection(), this); },
                    &SessionsPane::errorOccurred));
    addLazyPane(QStringLiteral("waitlist"), tr("Waitlist & risks"),
                QIcon::fromTheme(QStringLiteral("view-list-details"),
                                 style()->standardIcon(QStyle::SP_FileDialogListView)),
                noticed(
                    this, [this] { return new WaitlistRisksPane(m_workspace, this); },
                    &WaitlistRisksPane::notice));
    addLazyPane(
        QStringLiteral("winback"), tr("Win-back"),
        QIcon::fromTheme(QStringLiteral("view-refresh"),
                         style()->standardIcon(QStyle::SP_BrowserReload)),
        noticed(
            this, [this] { return new WinBackPane(m_workspace, this); }, &WinBackPane::notice));
    addLazyPane(
        QStringLiteral("clients"), tr("Clients"),
        QIcon::fromTheme(QStringLiteral("system-users"),
                         style()->standardIcon(QStyle::SP_DirHomeIcon)),
        noticed(
            this, [this] { return new ClientsPane(m_workspace, this); }, &ClientsPane::notice));

    // Last in the list, and only for a super admin (the server refuses others' patches too).
    if (m_workspace.currentUser().isSuperAdmin()) {
        addLazyPane(QStringLiteral("settings"), tr("Tenant settings"),
                    QIcon::fromTheme(QStringLiteral("preferences-system"),
                                     style()->standardIcon(QStyle::SP_FileDialogContentsView)),
                    noticed(
                        this, [this] { return new TenantSettingsPane(m_workspace, this); },
                        &TenantSettingsPane::errorOccurred));
    }
}

void MainWindow::bringUp()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

bool MainWindow::openChat(qint64 chatId)
{
    auto *chats = qobject_cast<ChatsPane *>(pane(QStringLiteral("chats")));
    if (!chats)
        return false;
    bringUp();
    showPane(QStringLiteral("chats"));
    return chats->revealChat(chatId);
}

void MainWindow::showUrgentChats()
{
    auto *chats = qobject_cast<ChatsPane *>(pane(QStringLiteral("chats")));
    if (!chats)
        return;
    bringUp();
    showPane(QStringLiteral("chats"));
    domain::ChatViewFilter urgent;
    urgent.urgentOnly = true;
    urgent.sort = domain::ChatSort::Urgency;
    chats->applyView(urgent);
}

void MainWindow::setSecretStore(security::SecretStore *secrets)
{
    if (auto *chats = qobject_cast<ChatsPane *>(pane(QStringLiteral("chats"))))
        chats->setSecretStore(secrets);
}

} // namespace agentp::views
