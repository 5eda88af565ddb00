// Which panes the window offers, in sidebar order. Only panes that work are listed; a pane that
// needs a role (tenant settings: super_admin) is added only for that role — the server enforces
// the same rule, this just keeps the console honest about what the user can do.
#include "views/shell/MainWindow.h"

#include "models/store/Workspace.h"
#include "views/sessions/SessionsPane.h"

#include <QStyle>

namespace agentp::views {

void MainWindow::buildPanes()
{
    auto *sessions = new SessionsPane(m_workspace.database().connection(), this);
    connect(sessions, &SessionsPane::errorOccurred, this, &MainWindow::showNotice);
    addPane(QStringLiteral("sessions"), tr("Sessions"),
            style()->standardIcon(QStyle::SP_FileDialogDetailedView), sessions);
}

} // namespace agentp::views
