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
                [this]() -> QWidget * {
                    auto *overview = new OverviewPane(m_workspace, this);
                    connect(overview, &OverviewPane::errorOccurred, this, &MainWindow::showNotice);
                    return overview;
                });

    addLazyPane(QStringLiteral("sessions"), tr("Sessions"),
                style()->standardIcon(QStyle::SP_FileDialogDetailedView), [this]() -> QWidget * {
                    auto *sessions = new SessionsPane(m_workspace.database().connection(), this);
                    connect(sessions, &SessionsPane::errorOccurred, this, &MainWindow::showNotice);
                    return sessions;
                });

    addLazyPane(QStringLiteral("waitlist"), tr("Waitlist & risks"),
                QIcon::fromTheme(QStringLiteral("view-list-details"),
                                 style()->standardIcon(QStyle::SP_FileDialogListView)),
                [this]() -> QWidget * {
                    auto *waitlist = new WaitlistRisksPane(m_workspace, this);
                    connect(waitlist, &WaitlistRisksPane::notice, this, &MainWindow::showNotice);
                    return waitlist;
                });

    addLazyPane(QStringLiteral("winback"), tr("Win-back"),
                QIcon::fromTheme(QStringLiteral("view-refresh"),
                                 style()->standardIcon(QStyle::SP_BrowserReload)),
                [this]() -> QWidget * {
                    auto *winBack = new WinBackPane(m_workspace, this);
                    connect(winBack, &WinBackPane::notice, this, &MainWindow::showNotice);
                    return winBack;
                });

    addLazyPane(QStringLiteral("clients"), tr("Clients"),
                QIcon::fromTheme(QStringLiteral("system-users"),
                                 style()->standardIcon(QStyle::SP_DirHomeIcon)),
                [this]() -> QWidget * {
                    auto *clients = new ClientsPane(m_workspace, this);
                    connect(clients, &ClientsPane::notice, this, &MainWindow::showNotice);
                    return clients;
                });

    // Last in the list, and only for a super admin (the server refuses others' patches too).
    if (m_workspace.currentUser().isSuperAdmin()) {
        addLazyPane(QStringLiteral("settings"), tr("Tenant settings"),
                    QIcon::fromTheme(QStringLiteral("preferences-system"),
                                     style()->standardIcon(QStyle::SP_FileDialogContentsView)),
                    [this]() -> QWidget * {
                        auto *settings = new TenantSettingsPane(m_workspace, this);
                        connect(settings, &TenantSettingsPane::errorOccurred, this,
                                &MainWindow::showNotice);
                        return settings;
                    });
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
