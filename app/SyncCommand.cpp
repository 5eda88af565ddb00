#include "app/SyncCommand.h"

#include "app/CredentialStore.h"
#include "app/SyncHost.h"
#include "models/store/AccountRepository.h"
#include "models/store/ChatRepository.h"
#include "models/store/Database.h"
#include "net/sync/ChatIntentHandler.h"
#include "net/sync/OutboxWorker.h"

#include <QEventLoop>
#include <QSqlQuery>
#include <QTimer>

#include <map>
#include <optional>

namespace agentp::app {

namespace {

bool isDemoWorkspace(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'kind'")) &&
           q.next() && q.value(0).toString() == QLatin1String("demo");
}

struct Replies
{
    int sent = 0;
    int waiting = 0; // to be retried later (offline, rate limit)
    QStringList failed;
};

// Runs an outbox worker with the chat handler until nothing it can carry out is due.
Replies sendQueuedReplies(const QString &workspace, net::ChatSyncEngine &engine, QEventLoop &loop,
                          bool *timedOut)
{
    Replies replies;
    net::OutboxWorker worker(workspace);
    worker.addHandler(std::make_unique<net::ChatIntentHandler>(&engine));
    worker.setExcludedKindPrefix(QStringLiteral("ai.")); // drafts wait for the console
    bool idle = false;
    QObject::connect(&worker, &net::OutboxWorker::idle, &loop, [&] {
        idle = true;
        loop.quit();
    });
    QObject::connect(&worker, &net::OutboxWorker::intentFinished, &loop,
                     [&](qint64, const QString &kind, int outcome, const QString &message) {
                         if (kind != QLatin1String(net::ChatIntentHandler::kSendText) &&
                             kind != QLatin1String(net::ChatIntentHandler::kSendFile))
                             return;
                         switch (net::IntentOutcome::Kind(outcome)) {
                         case net::IntentOutcome::Kind::Done:
                             ++replies.sent;
                             break;
                         case net::IntentOutcome::Kind::RetryLater:
                             ++replies.waiting;
                             break;
                         case net::IntentOutcome::Kind::Failed:
                         case net::IntentOutcome::Kind::Conflict:
                             replies.failed
                                 << CommandLine::tr("a reply was not sent: %1").arg(message);
                             break;
                         }
                     });
    worker.start();
    while (!idle && !*timedOut)
        loop.exec();
    worker.stop();
    return replies;
}

} // namespace

int syncOnce(const CommandLine &command, net::ChatSyncEngine::ConnectorFactory factory,
             net::ChatSyncEngine::KeyProvider keys, QTextStream &out, QTextStream &err)
{
    store::StoreError error;
    store::Database::Options dbOptions;
    dbOptions.createIfMissing = false;
    auto db = store::Database::open(command.workspace, dbOptions, &error);
    if (!db) {
        err << QStringLiteral("agentp-console: ") << error.message << Qt::endl;
        return 1;
    }
    net::ChatSyncEngine::Options options;
    options.startPasses = false;
    // A repository keeps a handle of the connection: it must be gone before the connection.
    std::optional<store::AccountRepository> repository(std::in_place, db->connection());
    store::AccountRepository &accounts = *repository;
    if (!command.accountName.isEmpty()) {
        const auto account = accounts.findByName(command.accountName, {}, &error);
        if (!account) {
            err << QStringLiteral("agentp-console: ")
                << (error.isError() ? error.message
                                    : CommandLine::tr("No seller account is called “%1”.")
                                          .arg(command.accountName))
                << Qt::endl;
            return 1;
        }
        if (!account->enabled) {
            err << CommandLine::tr("agentp-console: the account “%1” is disabled.")
                       .arg(account->name)
                << Qt::endl;
            return 1;
        }
        options.onlyAccount = account->id;
    } else if (accounts.enabledAccounts(&error).empty()) {
        err << QStringLiteral("agentp-console: ")
            << (error.isError() ? error.message
                                : CommandLine::tr("The workspace has no enabled seller account; "
                                                  "add one with: account add."))
            << Qt::endl;
        return 1;
    }
    // A chat-list walk that a kill or a failure interrupted resumes at its stored cursor, so the
    // next pass walks only the rest of the list and leaves the chats before it unsynced until a
    // later pass (docs/chats.md). `--once` promises every chat synced when it exits: then a
    // second pass walks the list from the top, and each account's line tells both together.
    bool resumesListWalk = false;
    {
        store::StoreError readError; // unreadable: one pass, which then meets the same error
        store::ChatRepository chats(db->connection());
        for (const store::SellerAccount &a : accounts.enabledAccounts(&readError)) {
            if ((options.onlyAccount == 0 || a.id == options.onlyAccount) &&
                !chats.listCursor(a.id, &readError).isEmpty())
                resumesListWalk = true;
        }
    }
    repository.reset();
    db.reset();

    net::ChatSyncEngine engine(command.workspace, std::move(factory), std::move(keys), options);
    int failed = 0;
    QStringList reasons;
    int passesLeft = resumesListWalk ? 2 : 1;
    std::map<qint64, int> earlierMessages; // new messages of the resumed pass, per account
    QObject::connect(&engine, &net::ChatSyncEngine::passFinished, &engine,
                     [&](qint64 accountId, const net::ChatSyncSummary &pass) {
                         if (passesLeft > 1) { // the last pass decides and reports
                             earlierMessages[accountId] += pass.newMessages;
                             return;
                         }
                         net::ChatSyncSummary s = pass;
                         s.newMessages += earlierMessages[accountId];
                         out << CommandLine::tr("%1 (%2): %3 chats, %4 new messages, %5 errors")
                                    .arg(s.accountName, s.marketplace)
                                    .arg(s.chats)
                                    .arg(s.newMessages)
                                    .arg(s.errors)
                             << Qt::endl;
                         if (!s.ok()) {
                             ++failed;
                             reasons << s.accountName + QStringLiteral(": ") + s.error;
                         }
                     });
    QEventLoop loop;
    QObject::connect(&engine, &net::ChatSyncEngine::allPassesFinished, &loop, &QEventLoop::quit);
    QObject::connect(&engine, &net::ChatSyncEngine::problem, &loop, [&](const QString &message) {
        if (!engine.isStarted()) { // the workspace could not be opened
            reasons << message;
            ++failed;
            loop.quit();
        }
    });
    bool timedOut = false;
    QTimer::singleShot(30 * 60 * 1000, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    engine.start();
    // Replies queued in the console (or left in flight by a crash) go out first, so the pass
    // that follows brings them back with their remote ids. Only when every account is synced:
    // the handler would otherwise fail the replies of accounts this run does not load.
    Replies replies;
    if (engine.isStarted() && options.onlyAccount == 0)
        replies = sendQueuedReplies(command.workspace, engine, loop, &timedOut);
    for (; passesLeft > 0 && engine.isStarted() && !timedOut; --passesLeft) {
        engine.syncNow();
        loop.exec();
    }
    engine.stop();
    if (replies.sent + replies.waiting + replies.failed.size() > 0) {
        out << CommandLine::tr("Replies: %1 sent, %2 waiting, %3 failed")
                   .arg(replies.sent)
                   .arg(replies.waiting)
                   .arg(replies.failed.size())
            << Qt::endl;
        failed += int(replies.failed.size());
        reasons << replies.failed;
    }
    if (timedOut) {
        err << CommandLine::tr("agentp-console: the sync did not finish within 30 minutes.")
            << Qt::endl;
        return 1;
    }
    for (const QString &reason : reasons)
        err << QStringLiteral("agentp-console: ") << reason << Qt::endl;
    return failed > 0 ? 1 : 0;
}

int runSyncOnce(const CommandLine &command)
{
    store::StoreError error;
    store::Database::Options dbOptions;
    dbOptions.createIfMissing = false;
    bool demo = false;
    if (auto db = store::Database::open(command.workspace, dbOptions, &error))
        demo = isDemoWorkspace(db->connection());
    CredentialStore secrets;
    QTextStream out(stdout);
    QTextStream err(stderr);
    return syncOnce(command, SyncHost::connectorFactory(command.workspace, demo),
                    SyncHost::keyProvider(&secrets, demo), out, err);
}

} // namespace agentp::app
