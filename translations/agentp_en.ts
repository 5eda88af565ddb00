<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>CommandLine</name>
    <message>
      <source>Show this help and exit.</source>
      <translation />
    </message>
    <message>
      <source>Show the program version and exit.</source>
      <translation />
    </message>
    <message>
      <source>Open the built-in demo workspace (created on first use in your data folder).</source>
      <translation />
    </message>
    <message>
      <source>Open the workspace file PATH.</source>
      <translation />
    </message>
    <message>
      <source>User interface language: ru or en (default: the saved choice, else the system language).</source>
      <translation />
    </message>
    <message>
      <source>Render every pane of the opened workspace to DIR/&lt;pane&gt;.png and exit.</source>
      <translation />
    </message>
    <message>
      <source>demo create: multiply every volume by N (1–1000, default 1).</source>
      <translation />
    </message>
    <message>
      <source>demo create: random seed; the same seed gives the same data.</source>
      <translation />
    </message>
    <message>
      <source>demo create: replace PATH if it exists.</source>
      <translation />
    </message>
    <message>
      <source>Agent P Console — buyer chats and salon bot analytics.

Usage:
  agentp-console [--demo | --workspace PATH] [--lang ru|en] [--screenshot DIR]
  agentp-console demo create PATH [--scale N] [--seed N] [--force]</source>
      <translation />
    </message>
    <message>
      <source>Unknown language “%1”; use ru or en.</source>
      <translation />
    </message>
    <message>
      <source>Unknown demo command; use: demo create PATH [--scale N].</source>
      <translation />
    </message>
    <message>
      <source>demo create needs exactly one PATH.</source>
      <translation />
    </message>
    <message>
      <source>demo create takes only --scale, --seed and --force.</source>
      <translation />
    </message>
    <message>
      <source>--scale must be a whole number from 1 to 1000.</source>
      <translation />
    </message>
    <message>
      <source>--seed must be a positive whole number.</source>
      <translation />
    </message>
    <message>
      <source>Unknown argument “%1”.</source>
      <translation />
    </message>
    <message>
      <source>--scale, --seed and --force belong to demo create.</source>
      <translation />
    </message>
    <message>
      <source>Use either --demo or --workspace, not both.</source>
      <translation />
    </message>
    <message>
      <source>Workspace not found: %1</source>
      <translation />
    </message>
    <message>
      <source>--screenshot needs a folder.</source>
      <translation />
    </message>
    <message>
      <source>Try --help.</source>
      <translation />
    </message>
    <message>
      <source>%1 already exists; add --force to replace it.</source>
      <translation />
    </message>
    <message>
      <source>Cannot replace %1.</source>
      <translation />
    </message>
    <message>
      <source>Creating… %1%</source>
      <translation />
    </message>
    <message>
      <source>Created %1: %2 salons, %3 bot dialogs (%4 messages), %5 seller accounts, %6 chats (%7 messages) in %8 s</source>
      <translation />
    </message>
  </context>
  <context>
    <name>QObject</name>
    <message>
      <source>Agent P Console</source>
      <translation />
    </message>
    <message>
      <source>Cannot prepare the demo rows for table %1</source>
      <translation />
    </message>
    <message>
      <source>Cannot write demo rows %1–%2 of table %3</source>
      <translation />
    </message>
    <message>
      <source>The demo scale must be between 1 and %1 (got %2).</source>
      <translation />
    </message>
    <message>
      <source>No file name was given for the demo workspace.</source>
      <translation />
    </message>
    <message>
      <source>%1 already exists; the demo workspace was not created and the file was left unchanged. Choose another name or remove the file first.</source>
      <translation />
    </message>
    <message>
      <source>Cannot create the folder for %1.</source>
      <translation />
    </message>
    <message>
      <source>Cannot write the demo workspace %1</source>
      <translation />
    </message>
    <message>
      <source>Cannot read the schema</source>
      <translation />
    </message>
    <message>
      <source>Cannot move the finished demo workspace to %1 (it may have been created meanwhile, or the folder is not writable). Nothing was changed.</source>
      <translation />
    </message>
    <message>
      <source>The workspace %1 was written by a newer version of Agent P Console (schema %2; this program knows up to %3). Update the program to open it; the file was not changed.</source>
      <translation />
    </message>
    <message>
      <source>The workspace %1 does not exist.</source>
      <translation />
    </message>
    <message>
      <source>Cannot read %1: %2</source>
      <translation />
    </message>
    <message>
      <source>%1 is not an Agent P workspace (not an SQLite database). Choose another file.</source>
      <translation />
    </message>
    <message>
      <source>Cannot open %1</source>
      <translation />
    </message>
    <message>
      <source>Cannot prepare %1</source>
      <translation />
    </message>
    <message>
      <source>The workspace %1 does not have the expected tables (%2). It may have been edited by another tool.</source>
      <translation />
    </message>
    <message>
      <source>Cannot read the schema version</source>
      <translation />
    </message>
    <message>
      <source>Cannot start a migration</source>
      <translation />
    </message>
    <message>
      <source>Upgrading the workspace to version %1 (%2) failed: %3</source>
      <translation />
    </message>
    <message>
      <source>Cannot commit schema version %1: %2</source>
      <translation />
    </message>
    <message>
      <source>Cannot queue the action</source>
      <translation />
    </message>
    <message>
      <source>Cannot withdraw the action</source>
      <translation />
    </message>
    <message>
      <source>Cannot read the outbox</source>
      <translation />
    </message>
    <message>
      <source>Cannot update the outbox</source>
      <translation />
    </message>
    <message>
      <source>Cannot retry the action</source>
      <translation />
    </message>
    <message>
      <source>Cannot read bot dialogs</source>
      <translation />
    </message>
    <message>
      <source>The workspace file is damaged (%1). Restore it from a backup or create a new workspace.</source>
      <translation />
    </message>
    <message>
      <source>Cannot save workspace settings</source>
      <translation />
    </message>
  </context>
  <context>
    <name>SessionLabels</name>
    <message>
      <source>Booked</source>
      <translation />
    </message>
    <message>
      <source>Completed</source>
      <translation />
    </message>
    <message>
      <source>Abandoned</source>
      <translation />
    </message>
    <message>
      <source>Handed to admin</source>
      <translation />
    </message>
    <message>
      <source>Active</source>
      <translation />
    </message>
    <message>
      <source>Cancelled</source>
      <translation />
    </message>
    <message>
      <source>Error</source>
      <translation />
    </message>
    <message>
      <source>Booking</source>
      <translation />
    </message>
    <message>
      <source>Reschedule</source>
      <translation />
    </message>
    <message>
      <source>Cancellation</source>
      <translation />
    </message>
    <message>
      <source>Question</source>
      <translation />
    </message>
    <message>
      <source>Price enquiry</source>
      <translation />
    </message>
    <message>
      <source>Unknown client</source>
      <translation />
    </message>
    <message>
      <source>Booking %1</source>
      <translation />
    </message>
  </context>
  <context>
    <name>agentp::app::ConsoleController</name>
    <message>
      <source>Cannot open the workspace</source>
      <translation />
    </message>
  </context>
  <context>
    <name>agentp::app::CredentialStore</name>
    <message>
      <source>The system keychain could not complete the request (%1). Try again; if it keeps failing, check that the keyring service is running and unlocked.</source>
      <translation />
    </message>
    <message>
      <source>No system keychain is available; passwords and keys are kept in memory until you quit and must be entered again next time.</source>
      <translation />
    </message>
  </context>
  <context>
    <name>agentp::app::ScreenshotRunner</name>
    <message>
      <source>Cannot create the folder %1.</source>
      <translation />
    </message>
    <message>
      <source>Screenshots written to %1:</source>
      <translation />
    </message>
    <message>
      <source>Cannot write %1.</source>
      <translation />
    </message>
  </context>
  <context>
    <name>agentp::models::SessionTableModel</name>
    <message>
      <source>ID</source>
      <translation />
    </message>
    <message>
      <source>Date</source>
      <translation />
    </message>
    <message>
      <source>Client</source>
      <translation />
    </message>
    <message>
      <source>Status</source>
      <translation />
    </message>
    <message>
      <source>Intent</source>
      <translation />
    </message>
    <message>
      <source>Service</source>
      <translation />
    </message>
    <message>
      <source>Salon</source>
      <translation />
    </message>
  </context>
  <context>
    <name>agentp::net::UrlPolicy</name>
    <message>
      <source>“%1” is not a valid address.</source>
      <translation />
    </message>
    <message>
      <source>The address %1 must use HTTPS: keys and passwords are never sent unencrypted to another machine.</source>
      <translation />
    </message>
  </context>
  <context>
    <name>agentp::security::SecretStore</name>
    <message>
      <source>The credential name “%1” is not valid.</source>
      <translation />
    </message>
    <message>
      <source>An empty password or key cannot be saved; remove it instead.</source>
      <translation />
    </message>
  </context>
  <context>
    <name>agentp::views::MainWindow</name>
    <message>
      <source>%1 — Agent P Console</source>
      <translation />
    </message>
    <message>
      <source>Workspace: %1 (demo)</source>
      <translation />
    </message>
    <message>
      <source>Workspace: %1</source>
      <translation />
    </message>
    <message>
      <source>%1 (Ctrl+%2)</source>
      <translation />
    </message>
    <message>
      <source>● Online</source>
      <translation />
    </message>
    <message>
      <source>○ Offline — working from the local copy</source>
      <translation />
    </message>
    <message>
      <source>Demo data, no server</source>
      <translation />
    </message>
    <message>
      <source>Network state unknown</source>
      <translation />
    </message>
    <message>
      <source>Last sync: %1</source>
      <translation />
    </message>
    <message>
      <source>Never synced</source>
      <translation />
    </message>
    <message>
      <source>&amp;File</source>
      <translation />
    </message>
    <message>
      <source>&amp;Open workspace…</source>
      <translation />
    </message>
    <message>
      <source>Open the &amp;demo workspace</source>
      <translation />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation />
    </message>
    <message>
      <source>&amp;View</source>
      <translation />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation />
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation />
    </message>
    <message>
      <source>&amp;About Agent P Console</source>
      <translation />
    </message>
    <message>
      <source>Open workspace</source>
      <translation />
    </message>
    <message>
      <source>Agent P workspaces (*.agentp);;All files (*)</source>
      <translation />
    </message>
    <message>
      <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1…9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Switch pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open the selected dialog&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Reset the filters&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open a workspace&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;</source>
      <translation />
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation />
    </message>
    <message>
      <source>About Agent P Console</source>
      <translation />
    </message>
    <message>
      <source>&lt;b&gt;Agent P Console&lt;/b&gt; %1&lt;br&gt;Buyer chats and salon bot analytics, fast and offline.</source>
      <translation />
    </message>
    <message>
      <source>Sessions</source>
      <translation />
    </message>
  </context>
  <context>
    <name>agentp::views::SessionHistoryDialog</name>
    <message>
      <source>Dialog with %1</source>
      <translation />
    </message>
    <message>
      <source>The dialog could not be read: %1</source>
      <translation />
    </message>
    <message>
      <source>This dialog has no messages.</source>
      <translation />
    </message>
  </context>
  <context>
    <name>agentp::views::SessionsPane</name>
    <message>
      <source>All salons</source>
      <translation />
    </message>
    <message>
      <source>All statuses</source>
      <translation />
    </message>
    <message>
      <source>All time</source>
      <translation />
    </message>
    <message>
      <source>Today</source>
      <translation />
    </message>
    <message>
      <source>Last 7 days</source>
      <translation />
    </message>
    <message>
      <source>Last 30 days</source>
      <translation />
    </message>
    <message>
      <source>Last 90 days</source>
      <translation />
    </message>
    <message>
      <source>Custom range</source>
      <translation />
    </message>
    <message>
      <source>Client name…</source>
      <translation />
    </message>
    <message>
      <source>Reset filters</source>
      <translation />
    </message>
    <message>
      <source>Show every dialog again (Ctrl+R)</source>
      <translation />
    </message>
    <message>
      <source>Ctrl+R</source>
      <translation />
    </message>
    <message>
      <source>Open dialog</source>
      <translation />
    </message>
    <message numerus="yes">
      <source>%n dialog(s)</source>
      <translation>
        <numerusform>%n dialog</numerusform>
        <numerusform>%n dialogs</numerusform>
      </translation>
    </message>
  </context>
</TS>