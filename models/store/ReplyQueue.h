#pragma once

#include "models/store/StoreError.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace agentp::store {

class StoreNotifier;

// What queueing a reply produced. `problem` is set (translated, one sentence) when the reply
// broke a rule of the marketplace — empty text, too long, a closed window, a file that is too
// big — and then nothing was written. A store failure leaves `problem` empty and sets the
// StoreError instead.
struct QueuedReply
{
    qint64 messageId = 0; // chat_messages.id of the local row
    qint64 outboxId = 0;  // the send intent
    QString problem;

    bool ok() const { return outboxId != 0; }
};

// What the chat composer writes (docs/chats.md, "Intents"): a reply becomes, in one
// transaction, a local chat_messages row (sender 'seller', remote_id NULL), its outbox intent
// (chat.send_text / chat.send_file, target chat:<id>) and the link between them; the chat's
// last-activity columns move along so the list shows the reply at once. Viewing a chat queues
// chat.mark_read. Every change is announced through the notifier (when one is given).
class ReplyQueue final
{
public:
    static constexpr const char *kSendText = "chat.send_text";
    static constexpr const char *kSendFile = "chat.send_file";
    static constexpr const char *kMarkRead = "chat.mark_read";
    using Clock = std::function<QDateTime()>;

    // `workspacePath` decides where files are copied (outgoingFolder()); `notifier` may be null.
    ReplyQueue(QSqlDatabase db, QString workspacePath, StoreNotifier *notifier = nullptr);

    // "Now" for the stamps and the reply window (tests pin it); the wall clock otherwise.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Who types the replies (chat_messages.author): the compliance report's "per agent".
    void setAuthor(QString author) { m_author = std::move(author); }

    QueuedReply queueText(qint64 chatId, const QString &text, StoreError *error);
    // Copies the file into outgoingFolder() first (so a restart still has it), after checking
    // it against ReplyRules::checkFile; the copy is removed again when queueing fails.
    QueuedReply queueFile(qint64 chatId, const QString &sourcePath, StoreError *error);
    // Sets the chat's unread count to 0 locally and queues chat.mark_read up to its newest
    // remote message. Nothing happens (and true is returned) when nothing is unread.
    bool markRead(qint64 chatId, StoreError *error);
    // A failed intent back to queued (the user pressed Retry).
    bool retry(qint64 outboxId, StoreError *error);

    static QString chatTarget(qint64 chatId);                    // "chat:<id>"
    static QString readTarget(qint64 chatId);                    // "chat-read:<id>"
    static QString outgoingFolder(const QString &workspacePath); // "<workspace>.files/outgoing"

private:
    struct ChatInfo;
    QueuedReply queue(qint64 chatId, const QString &kind, const QString &body,
                      const QString &filePath, const QString &fileName, qint64 fileSize,
                      StoreError *error);
    void announce(const QStringList &tables) const;

    QSqlDatabase m_db;
    QString m_workspacePath;
    StoreNotifier *m_notifier;
    Clock m_clock;
    QString m_author;
};

} // namespace agentp::store
