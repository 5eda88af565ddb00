#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace agentp::net {

// What one sync pass of one seller account came to (status bar, `sync --once`).
struct ChatSyncSummary
{
    qint64 accountId = 0;
    QString accountName;
    QString marketplace;
    int chats = 0;        // chats seen in the chat list
    int newMessages = 0;  // messages stored for the first time (adopted replies not counted)
    int errors = 0;       // failed calls (list pages and chat histories)
    QString error;        // the last failure, translated; empty when the pass succeeded
    bool offline = false; // the pass stopped because the marketplace was unreachable
    QDateTime finishedAt;

    bool ok() const { return errors == 0; }
};

} // namespace agentp::net

Q_DECLARE_METATYPE(agentp::net::ChatSyncSummary)
