#pragma once

// The workspace the console-level benchmarks (B1 start-up, B5 memory, B6 idle CPU) open: a copy
// of a given workspace, or a demo generated at a scale (250: 100,000 chats, over a million chat
// messages), with every seller account paused so nothing syncs — what is measured is the console
// itself, not the demo marketplace's passes. Also the private HOME the console runs in, so it
// opens with default settings (the Chats pane first) and never touches the user's own.
#include "models/demo/DemoGenerator.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace agentp::bench {

// Fills `path` (inside `dir`); false with the reason printed on `out`.
inline bool prepareWorkspace(const QString &given, int scale, bool pauseAccounts,
                             const QString &path, QTextStream &out)
{
    if (!given.isEmpty()) {
        if (!QFile::copy(given, path)) {
            out << "FAILED: cannot copy " << given << Qt::endl;
            return false;
        }
    } else {
        demo::DemoOptions options;
        options.scale = scale;
        options.anchor = QDateTime::currentDateTimeUtc();
        demo::DemoSummary summary;
        store::StoreError error;
        out << "generating the demo at scale " << options.scale << " …" << Qt::endl;
        if (!demo::DemoGenerator::create(path, options, &summary, &error)) {
            out << "FAILED: " << error.message << Qt::endl;
            return false;
        }
    }
    const QString connection = QStringLiteral("bench-prepare");
    bool ok = true;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        if (ok && pauseAccounts)
            ok = q.exec(QStringLiteral("UPDATE seller_accounts SET enabled = 0"));
        if (ok &&
            q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM chats),"
                                  " (SELECT COUNT(*) FROM chat_messages)")) &&
            q.next())
            out << q.value(0).toLongLong() << " chats, " << q.value(1).toLongLong()
                << " chat messages" << (pauseAccounts ? ", accounts paused" : "") << Qt::endl;
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok)
        out << "FAILED: cannot prepare " << path << Qt::endl;
    return ok;
}

// A private HOME under `dir` for the console and the floor program.
inline QProcessEnvironment privateHome(const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("home/.local")));
    QDir().mkpath(dir.filePath(QStringLiteral("home/.config")));
    return env;
}

} // namespace agentp::bench
