#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace agentp::app {

// Picks and installs the UI language. Russian is the default for a Russian system locale,
// English otherwise; --lang beats the saved setting, which beats the locale.
struct Translations
{
    static QString choose(const QString &commandLine, const QString &saved, const QLocale &system);
    // Installs our texts and Qt's own (standard dialogs); returns false when ours are missing.
    static bool install(QCoreApplication &app, const QString &language);
};

} // namespace agentp::app
