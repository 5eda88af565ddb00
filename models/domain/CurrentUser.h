#pragma once

#include <QString>

namespace agentp::domain {

// Who is using the console in this workspace (dashboard.users, cached). The role decides which
// panes are offered; the server enforces the same rules with RLS, so this is convenience only.
struct CurrentUser
{
    QString id;
    QString email;
    QString displayName;
    QString role; // super_admin, admin, manager, agent, sales
    QString tenantId;

    bool isValid() const { return !id.isEmpty(); }
    bool isSuperAdmin() const { return role == QLatin1String("super_admin"); }
};

} // namespace agentp::domain
