#include "app/CommandLine.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace agentp::app {

namespace {

struct Options
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")}};
    QCommandLineOption demo{QStringLiteral("demo")};
    QCommandLineOption workspace{QStringLiteral("workspace"), QString(), QStringLiteral("PATH")};
    QCommandLineOption lang{QStringLiteral("lang"), QString(), QStringLiteral("ru|en")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"), QString(), QStringLiteral("DIR")};
    QCommandLineOption scale{QStringLiteral("scale"), QString(), QStringLiteral("N")};
    QCommandLineOption seed{QStringLiteral("seed"), QString(), QStringLiteral("N")};
    QCommandLineOption force{QStringLiteral("force")};
    QCommandLineOption marketplace{QStringLiteral("marketplace"), QString(), QStringLiteral("M")};
    QCommandLineOption name{QStringLiteral("name"), QString(), QStringLiteral("NAME")};
    QCommandLineOption clientId{QStringLiteral("client-id"), QString(), QStringLiteral("ID")};
    QCommandLineOption baseUrl{QStringLiteral("base-url"), QString(), QStringLiteral("URL")};
    QCommandLineOption once{QStringLiteral("once")};
    QCommandLineOption account{QStringLiteral("account"), QString(), QStringLiteral("NAME")};
    QCommandLineOption date{QStringLiteral("date"), QString(), QStringLiteral("YYYY-MM-DD")};

    Options()
    {
        help.setDescription(CommandLine::tr("Show this help and exit."));
        version.setDescription(CommandLine::tr("Show the program version and exit."));
        demo.setDescription(CommandLine::tr("Open the built-in demo workspace (created on first "
                                            "use in your data folder)."));
        workspace.setDescription(CommandLine::tr("Open the workspace file PATH."));
        lang.setDescription(CommandLine::tr("User interface language: ru or en (default: the "
                                            "saved choice, else the system language)."));
        screenshot.setDescription(CommandLine::tr("Render every pane of the opened workspace to "
                                                  "DIR/<pane>.png and exit."));
        scale.setDescription(CommandLine::tr("demo create: multiply every volume by N "
                                             "(1–1000, default 1)."));
        seed.setDescription(CommandLine::tr("demo create: random seed; the same seed gives the "
                                            "same data."));
        force.setDescription(CommandLine::tr("demo create: replace PATH if it exists."));
        marketplace.setDescription(CommandLine::tr("account add: the marketplace (ozon)."));
        name.setDescription(CommandLine::tr("account add: the account's name."));
        clientId.setDescription(CommandLine::tr("account add: the Ozon Client-Id. The Api-Key "
                                                "is read from standard input or AGENTP_API_KEY, "
                                                "never from arguments."));
        baseUrl.setDescription(CommandLine::tr("account add: the API address (default: the "
                                               "marketplace's own)."));
        once.setDescription(CommandLine::tr("sync: one full pass of every enabled account, "
                                            "then exit."));
        account.setDescription(CommandLine::tr("sync: only the account with this name."));
        date.setDescription(CommandLine::tr("collect-metrics: the day to count (default: "
                                            "yesterday in each salon's time zone)."));
    }

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            CommandLine::tr("Agent P Console — buyer chats and salon bot analytics.\n\n"
                            "Usage:\n"
                            "  agentp-console [--demo | --workspace PATH] [--lang ru|en] "
                            "[--screenshot DIR]\n"
                            "  agentp-console demo create PATH [--scale N] [--seed N] [--force]\n"
                            "  agentp-console predict-risk --workspace PATH\n"
                            "  agentp-console account add --workspace PATH --marketplace ozon "
                            "--name NAME --client-id ID [--base-url URL]\n"
                            "  agentp-console sync --workspace PATH --once [--account NAME]\n"
                            "  agentp-console collect-metrics --workspace PATH "
                            "[--date YYYY-MM-DD]"));
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions({help, version, demo, workspace, lang, screenshot, scale, seed, force,
                           marketplace, name, clientId, baseUrl, once, account, date});
    }
};

CommandLine failure(const QString &message)
{
    CommandLine c;
    c.action = CommandLine::Action::Error;
    c.error = message;
    return c;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    const Options o;
    QCommandLineParser parser;
    o.addTo(parser);
    if (!parser.parse(arguments))
        return failure(parser.errorText());

    CommandLine c;
    if (parser.isSet(o.help)) {
        c.action = Action::ShowHelp;
        return c;
    }
    if (parser.isSet(o.version)) {
        c.action = Action::ShowVersion;
        return c;
    }
    if (parser.isSet(o.lang)) {
        c.language = parser.value(o.lang).toLower();
        if (c.language != QLatin1String("ru") && c.language != QLatin1String("en"))
            return failure(tr("Unknown language “%1”; use ru or en.").arg(parser.value(o.lang)));
    }

    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.isEmpty() ? QString() : positional.first();
    const bool accountOption = parser.isSet(o.marketplace) || parser.isSet(o.name) ||
                               parser.isSet(o.clientId) || parser.isSet(o.baseUrl);
    const bool syncOption = parser.isSet(o.once) || parser.isSet(o.account);
    if (verb == QLatin1String("account") || verb == QLatin1String("sync")) {
        if (parser.isSet(o.scale) || parser.isSet(o.seed) || parser.isSet(o.force) ||
            parser.isSet(o.demo) || parser.isSet(o.screenshot))
            return failure(
                tr("%1 takes no --demo, --screenshot or demo create options.").arg(verb));
        c.workspace = parser.value(o.workspace);
        if (c.workspace.isEmpty())
            return failure(tr("%1 needs --workspace PATH.").arg(verb));
    }
    if (verb == QLatin1String("account")) {
        if (positional.size() != 2 || positional.at(1) != QLatin1String("add"))
            return failure(tr("Unknown account command; use: account add --workspace PATH "
                              "--marketplace ozon --name NAME --client-id ID."));
        if (syncOption)
            return failure(tr("--once and --account belong to sync."));
        c.marketplace = parser.value(o.marketplace);
        c.accountName = parser.value(o.name).trimmed();
        c.clientId = parser.value(o.clientId).trimmed();
        c.baseUrl = parser.value(o.baseUrl).trimmed();
        if (c.marketplace.isEmpty() || c.accountName.isEmpty())
            return failure(tr("account add needs --marketplace and --name."));
        c.action = Action::AccountAdd;
        return c;
    }
    if (verb == QLatin1String("sync")) {
        if (positional.size() != 1 || accountOption)
            return failure(tr("sync takes only --workspace PATH, --once and --account NAME."));
        if (!parser.isSet(o.once))
            return failure(tr("sync runs only with --once (the window syncs continuously)."));
        if (!QFileInfo(c.workspace).isFile())
            return failure(tr("Workspace not found: %1").arg(c.workspace));
        c.accountName = parser.value(o.account).trimmed();
        if (parser.isSet(o.account) && c.accountName.isEmpty())
            return failure(tr("--account needs a name."));
        c.action = Action::SyncOnce;
        return c;
    }
    if (verb == QLatin1String("collect-metrics")) {
        if (positional.size() != 1 || accountOption || syncOption || parser.isSet(o.scale) ||
            parser.isSet(o.seed) || parser.isSet(o.force) || parser.isSet(o.demo) ||
            parser.isSet(o.screenshot))
            return failure(tr("collect-metrics takes only --workspace PATH and --date "
                              "YYYY-MM-DD."));
        c.workspace = parser.value(o.workspace);
        if (c.workspace.isEmpty())
            return failure(tr("collect-metrics needs --workspace PATH."));
        if (!QFileInfo(c.workspace).isFile())
            return failure(tr("Workspace not found: %1").arg(c.workspace));
        if (parser.isSet(o.date)) {
            c.date = QDate::fromString(parser.value(o.date), Qt::ISODate);
            if (!c.date.isValid() || parser.value(o.date).size() != 10)
                return failure(tr("--date must be a date such as 2026-11-20."));
        }
        c.action = Action::CollectMetrics;
        return c;
    }
    if (parser.isSet(o.date))
        return failure(tr("--date belongs to collect-metrics."));
    if (accountOption)
        return failure(tr("--marketplace, --name, --client-id and --base-url belong to "
                          "account add."));
    if (syncOption)
        return failure(tr("--once and --account belong to sync."));
    const bool demoCommand = !positional.isEmpty() && positional.first() == QLatin1String("demo");
    const bool demoOnlyOption =
        parser.isSet(o.scale) || parser.isSet(o.seed) || parser.isSet(o.force);
    if (demoCommand) {
        if (positional.size() < 2 || positional.at(1) != QLatin1String("create"))
            return failure(tr("Unknown demo command; use: demo create PATH [--scale N]."));
        if (positional.size() != 3)
            return failure(tr("demo create needs exactly one PATH."));
        if (parser.isSet(o.demo) || parser.isSet(o.workspace) || parser.isSet(o.screenshot))
            return failure(tr("demo create takes only --scale, --seed and --force."));
        c.action = Action::DemoCreate;
        c.demoPath = positional.at(2);
        c.force = parser.isSet(o.force);
        if (parser.isSet(o.scale)) {
            bool ok = false;
            c.scale = parser.value(o.scale).toInt(&ok);
            if (!ok || c.scale < 1 || c.scale > 1000)
                return failure(tr("--scale must be a whole number from 1 to 1000."));
        }
        if (parser.isSet(o.seed)) {
            bool ok = false;
            c.seed = parser.value(o.seed).toULongLong(&ok);
            if (!ok || c.seed == 0)
                return failure(tr("--seed must be a positive whole number."));
        }
        return c;
    }
    if (!positional.isEmpty() && positional.first() == QLatin1String("predict-risk")) {
        if (positional.size() != 1 || demoOnlyOption || parser.isSet(o.demo) ||
            parser.isSet(o.screenshot))
            return failure(tr("predict-risk takes only --workspace PATH."));
        c.workspace = parser.value(o.workspace);
        if (c.workspace.isEmpty())
            return failure(tr("predict-risk needs --workspace PATH."));
        if (!QFileInfo(c.workspace).isFile())
            return failure(tr("Workspace not found: %1").arg(c.workspace));
        c.action = Action::PredictRisk;
        return c;
    }
    if (!positional.isEmpty())
        return failure(tr("Unknown argument “%1”.").arg(positional.first()));
    if (demoOnlyOption)
        return failure(tr("--scale, --seed and --force belong to demo create."));

    c.demo = parser.isSet(o.demo);
    c.workspace = parser.value(o.workspace);
    if (c.demo && !c.workspace.isEmpty())
        return failure(tr("Use either --demo or --workspace, not both."));
    if (!c.workspace.isEmpty() && !QFileInfo(c.workspace).isFile())
        return failure(tr("Workspace not found: %1").arg(c.workspace));
    if (!c.demo && c.workspace.isEmpty())
        c.demo = true; // the embedded default: a first start shows something useful
    c.screenshotDir = parser.value(o.screenshot);
    if (parser.isSet(o.screenshot) && c.screenshotDir.isEmpty())
        return failure(tr("--screenshot needs a folder."));
    return c;
}

QString CommandLine::helpText()
{
    const Options o;
    QCommandLineParser parser;
    o.addTo(parser);
    return parser.helpText();
}

} // namespace agentp::app
