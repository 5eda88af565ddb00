#pragma once

#include "models/domain/OutboxIntent.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace agentp::net {

// What carrying out one intent came to.
struct IntentOutcome
{
    enum class Kind
    {
        Done,       // the remote side accepted it
        RetryLater, // temporary (offline, 429, 5xx): try again at retryAt
        Failed,     // permanent: shown to the user with `message` and a Retry action
        Conflict,   // the remote side changed meanwhile: its version was kept, `message` says so
    };
    Kind kind = Kind::Done;
    QString message;           // translated, for people
    QDateTime retryAt;         // for RetryLater
    QStringList changedTables; // tables the handler wrote, for the item models

    static IntentOutcome make(Kind kind, const QString &message = {},
                              const QStringList &tables = {}, const QDateTime &retryAt = {})
    {
        IntentOutcome o;
        o.kind = kind;
        o.message = message;
        o.changedTables = tables;
        o.retryAt = retryAt;
        return o;
    }
};

// Carries out intents of some kinds against one remote system (or the demo simulation). Runs in
// the sync thread; `db` is that thread's connection to the workspace. The handler calls `done`
// exactly once, possibly later (network replies).
class IntentHandler
{
public:
    using Done = std::function<void(const IntentOutcome &)>;
    virtual ~IntentHandler() = default;

    virtual bool handles(const QString &kind) const = 0;
    virtual void handle(QSqlDatabase db, const domain::OutboxIntent &intent, Done done) = 0;
    // The worker stops and closes `db`: drop what is in flight without answering (an intent
    // left "sending" is requeued at the next start). Handlers that finish at once need nothing.
    virtual void abort() {}
};

} // namespace agentp::net
