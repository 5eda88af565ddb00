#pragma once

namespace agentp::app {

// The whole program behind main(): parses the command line, creates the right kind of
// application object (none with a GUI for headless commands) and runs it.
int consoleMain(int argc, char *argv[]);

} // namespace agentp::app
