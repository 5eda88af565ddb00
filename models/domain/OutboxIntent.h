#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace agentp::domain {

// A user's action waiting to reach a remote system (send a reply, convert a waitlist item,
// patch tenant settings …). The UI writes it and updates the local rows optimistically; the
// sync side carries it out and records the outcome. `target` groups intents whose order matters
// (one chat, one waitlist item): they are carried out one after another, oldest first.
struct OutboxIntent
{
    enum class State
    {
        Queued,
        Sending,
        Sent,
        Read,
        Failed
    };

    qint64 id = 0;
    QString kind;   // e.g. "waitlist.convert", "chat.send_text"
    QString target; // e.g. "waitlist:42", "chat:17"
    QJsonObject payload;
    State state = State::Queued;
    int attempts = 0;
    QString lastError;
    QDateTime notBefore; // not carried out before this time (undo window, backoff)
    QDateTime createdAt;
    QDateTime updatedAt;

    static QString stateName(State state);
    static State stateFromName(const QString &name);
};

} // namespace agentp::domain
