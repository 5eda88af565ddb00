#include "app/AppSettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace agentp::app {

void AppSettings::setUpIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AgentP"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("agentp.ru"));
    QCoreApplication::setApplicationName(QStringLiteral("agentp-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGENTP_VERSION));
}

QString AppSettings::language()
{
    const QString value = QSettings().value(QStringLiteral("ui/language")).toString();
    return value == QLatin1String("ru") || value == QLatin1String("en") ? value : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString AppSettings::demoWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/workspaces/demo.agentp");
}

} // namespace agentp::app
