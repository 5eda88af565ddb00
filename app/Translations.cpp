#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace agentp::app {

namespace {
bool isSupported(const QString &language)
{
    return language == QLatin1String("ru") || language == QLatin1String("en");
}
} // namespace

QString Translations::choose(const QString &commandLine, const QString &saved,
                             const QLocale &system)
{
    if (isSupported(commandLine))
        return commandLine;
    if (isSupported(saved))
        return saved;
    return system.language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

bool Translations::install(QCoreApplication &app, const QString &language)
{
    // Dates and numbers follow the UI language when it differs from the system's.
    const QLocale locale(language == QLatin1String("ru") ? QLocale::Russian : QLocale::English,
                         language == QLatin1String("ru") ? QLocale::Russia
                                                         : QLocale::UnitedKingdom);
    if (QLocale().language() != locale.language())
        QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;

    auto *ours = new QTranslator(&app);
    if (!ours->load(QStringLiteral(":/i18n/agentp_%1.qm").arg(language))) {
        delete ours;
        return false;
    }
    app.installTranslator(ours);
    return true;
}

} // namespace agentp::app
