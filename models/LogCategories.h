#pragma once

#include <QLoggingCategory>

// One logging category per subsystem, all declared here so they are easy to find and to switch
// on (QT_LOGGING_RULES="agentp.store.debug=true"). By default only warnings are printed, so
// headless commands stay quiet. Secrets are never logged, in any category.
Q_DECLARE_LOGGING_CATEGORY(lcStore)       // agentp.store: opening, migrations, queries
Q_DECLARE_LOGGING_CATEGORY(lcDemo)        // agentp.demo: the demo workspace generator
Q_DECLARE_LOGGING_CATEGORY(lcCredentials) // agentp.credentials: keychain and fallback
Q_DECLARE_LOGGING_CATEGORY(lcNet)         // agentp.net: remote APIs and connectivity
Q_DECLARE_LOGGING_CATEGORY(lcUi)          // agentp.ui: views and the main window
