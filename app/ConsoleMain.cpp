#include "app/ConsoleMain.h"

#include "app/AccountCommand.h"
#include "app/AppSettings.h"
#include "app/CollectMetricsCommand.h"
#include "app/CommandLine.h"
#include "app/ConsoleController.h"
#include "app/DemoCommand.h"
#include "app/PredictRiskCommand.h"
#include "app/ScreenshotRunner.h"
#include "app/SyncCommand.h"
#include "app/Translations.h"
#include "views/shell/MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>
#include <memory>

namespace agentp::app {

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

int runGui(QApplication &app, const CommandLine &command)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/agentp-console.svg")));
    QApplication::setDesktopFileName(QStringLiteral("ru.agentp.Console"));
    const QString path = command.demo ? AppSettings::demoWorkspacePath() : command.workspace;
    ConsoleController controller;
    QString error;
    if (!controller.open(path, command.demo, &error)) {
        std::fprintf(stderr, "agentp-console: %s\n", qUtf8Printable(error));
        // Started from a desktop menu there is no terminal to read stderr: say it in a window.
        if (command.screenshotDir.isEmpty() &&
            qEnvironmentVariable("QT_QPA_PLATFORM") != QLatin1String("offscreen"))
            QMessageBox::critical(nullptr, QObject::tr("Agent P Console"), error);
        return 1;
    }
    if (!command.screenshotDir.isEmpty()) {
        ScreenshotRunner runner(*controller.window(), command.screenshotDir);
        QObject::connect(&runner, &ScreenshotRunner::finished, &app, &QCoreApplication::exit);
        runner.start();
        return app.exec();
    }
    controller.window()->show();
    return app.exec();
}

} // namespace

int consoleMain(int argc, char *argv[])
{
    const CommandLine command = CommandLine::parse(argumentsOf(argc, argv));
    AppSettings::setUpIdentity();

    // A screenshot run on a machine without a display renders offscreen instead of failing.
    if (command.needsGui() && !command.screenshotDir.isEmpty() && !hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");

    std::unique_ptr<QCoreApplication> app;
    if (command.needsGui())
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    Translations::install(
        *app, Translations::choose(command.language, AppSettings::language(), QLocale::system()));

    switch (command.action) {
    case CommandLine::Action::Error:
        std::fprintf(stderr, "agentp-console: %s %s\n", qUtf8Printable(command.error),
                     qUtf8Printable(CommandLine::tr("Try --help.")));
        return 2;
    case CommandLine::Action::ShowHelp:
        std::printf("%s", qUtf8Printable(CommandLine::helpText()));
        return 0;
    case CommandLine::Action::ShowVersion:
        std::printf("agentp-console %s\n", AGENTP_VERSION);
        return 0;
    case CommandLine::Action::DemoCreate:
        return runDemoCreate(command);
    case CommandLine::Action::PredictRisk:
        return runPredictRisk(command);
    case CommandLine::Action::AccountAdd:
        return runAccountAdd(command);
    case CommandLine::Action::SyncOnce:
        return runSyncOnce(command);
    case CommandLine::Action::CollectMetrics:
        return runCollectMetrics(command);
    case CommandLine::Action::RunGui:
        break;
    }
    if (!command.language.isEmpty())
        AppSettings::setLanguage(command.language);
    return runGui(static_cast<QApplication &>(*app), command);
}

} // namespace agentp::app
