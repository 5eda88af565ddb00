#pragma once

#include <QString>

namespace agentp::app {

// Preferences kept in QSettings. Values read back are validated: a hand-edited or stale entry
// falls back to the default instead of breaking start-up. Secrets never go here.
class AppSettings final
{
public:
    static void setUpIdentity(); // organisation and application names for QSettings and paths

    static QString language(); // "ru", "en" or empty (follow the system)
    static void setLanguage(const QString &language);
    static QString demoWorkspacePath(); // in the user's data folder
};

} // namespace agentp::app
