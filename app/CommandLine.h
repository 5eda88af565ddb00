#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace agentp::app {

// What the user asked for on the command line. Parsing needs no application object, so main()
// can decide whether a GUI is needed before creating one (a headless `demo create` must work on
// a server without a display).
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Action
    {
        RunGui,
        DemoCreate,
        PredictRisk,    // predict-risk --workspace PATH
        AccountAdd,     // account add --workspace PATH --marketplace M --name N --client-id ID
        SyncOnce,       // sync --workspace PATH --once [--account NAME]
        CollectMetrics, // collect-metrics --workspace PATH [--date YYYY-MM-DD]
        ShowHelp,
        ShowVersion,
        Error
    };

    Action action = Action::RunGui;
    QString error;         // one line, for Action::Error
    QString workspace;     // --workspace PATH
    bool demo = false;     // --demo
    QString language;      // --lang ru|en (empty: settings or system locale)
    QString screenshotDir; // --screenshot DIR
    QString demoPath;      // demo create PATH
    int scale = 1;         // demo create --scale N
    quint64 seed = 0;      // demo create --seed N (0: the default seed)
    bool force = false;    // demo create --force
    QString marketplace;   // account add --marketplace
    QString accountName;   // account add --name, sync --account
    QString clientId;      // account add --client-id
    QString baseUrl;       // account add --base-url (empty: production)
    QDate date;            // collect-metrics --date (invalid: yesterday in each salon's zone)

    static CommandLine parse(const QStringList &arguments);
    // Full help, in the current UI language (call after translators are installed).
    static QString helpText();

    bool needsGui() const { return action == Action::RunGui; }
};

} // namespace agentp::app
