#include "app/DemoCommand.h"

#include "models/demo/DemoGenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace agentp::app {

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "agentp-console: %s\n", qUtf8Printable(message));
}

bool removeWorkspaceFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(path + suffix);
        if (f.exists() && !f.remove())
            return false;
    }
    return true;
}

} // namespace

int runDemoCreate(const CommandLine &command)
{
    const QString path = command.demoPath;
    if (QFileInfo::exists(path)) {
        if (!command.force) {
            fail(CommandLine::tr("%1 already exists; add --force to replace it.").arg(path));
            return 1;
        }
        if (!QFileInfo(path).isFile() || !removeWorkspaceFiles(path)) {
            fail(CommandLine::tr("Cannot replace %1.").arg(path));
            return 1;
        }
    }
    demo::DemoOptions options;
    options.scale = command.scale;
    if (command.seed != 0)
        options.seed = command.seed;

    const bool interactive = isatty(fileno(stderr));
    int shown = -1;
    demo::DemoSummary summary;
    store::StoreError error;
    const bool ok = demo::DemoGenerator::create(path, options, &summary, &error, [&](int percent) {
        if (interactive && percent != shown) {
            shown = percent;
            std::fprintf(stderr, "\r%s",
                         qUtf8Printable(CommandLine::tr("Creating… %1%").arg(percent)));
            std::fflush(stderr);
        }
    });
    if (interactive)
        std::fprintf(stderr, "\r\033[K");
    if (!ok) {
        fail(error.message);
        return 1;
    }
    const QLocale c = QLocale::c();
    std::printf("%s\n", qUtf8Printable(
                            CommandLine::tr("Created %1: %2 salons, %3 bot dialogs (%4 messages), "
                                            "%5 seller accounts, %6 chats (%7 messages) in %8 s")
                                .arg(QDir::toNativeSeparators(path))
                                .arg(summary.tenants)
                                .arg(summary.sessions)
                                .arg(summary.botMessages)
                                .arg(summary.accounts)
                                .arg(summary.chats)
                                .arg(summary.chatMessages)
                                .arg(c.toString(summary.elapsedMs / 1000.0, 'f', 1))));
    return 0;
}

bool ensureDemoWorkspace(const QString &path, QString *error)
{
    if (QFileInfo::exists(path))
        return true;
    demo::DemoSummary summary;
    store::StoreError storeError;
    if (!demo::DemoGenerator::create(path, demo::DemoOptions{}, &summary, &storeError)) {
        *error = storeError.message;
        return false;
    }
    return true;
}

} // namespace agentp::app
