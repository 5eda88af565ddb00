#pragma once

#include "app/CommandLine.h"

namespace agentp::app {

// `agentp-console demo create PATH [--scale N] [--seed N] [--force]`: writes a demo workspace
// and prints a one-line summary; errors are one line on stderr with a non-zero exit code.
int runDemoCreate(const CommandLine &command);

// Creates the demo workspace at path when it does not exist yet. Returns false with a message.
bool ensureDemoWorkspace(const QString &path, QString *error);

} // namespace agentp::app
