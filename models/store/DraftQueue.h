#pragma once

#include "models/store/AiDraftRepository.h"
#include "models/store/StoreError.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace agentp::store {

class StoreNotifier;

// What asking for a draft came to.
struct DraftRequest
{
    qint64 draftId = 0;
    bool cached = false; // an existing draft for the same chat state is shown again
    QString problem;     // translated: drafts are switched off, the chat is gone …
    bool ok() const { return draftId != 0; }
};

// What the composer's "Draft with AI" writes (docs/drafts.md): a suggestion is an intent. The
// prompt is built here from the store (system prompt version, newest messages, chat context)
// and saved with the draft, then an "ai.draft" outbox intent asks the sync side to call the
// service. The same conversation state reuses the draft it already has unless `regenerate`.
// A newer request for a chat cancels the one still waiting or streaming.
class DraftQueue final
{
public:
    static constexpr const char *kDraft = "ai.draft";
    using Clock = std::function<QDateTime()>;

    DraftQueue(QSqlDatabase db, StoreNotifier *notifier = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setAuthor(QString author) { m_author = std::move(author); }

    DraftRequest request(qint64 chatId, bool regenerate, StoreError *error);
    // Stops a draft that is waiting or being written (the worker sees it and hangs up).
    bool cancel(qint64 draftId, StoreError *error);
    bool markInserted(qint64 draftId, StoreError *error);
    // The reply queued from the composer came from this draft; `edited` when its text differs.
    bool markSent(qint64 draftId, qint64 messageId, bool edited, StoreError *error);

    static QString target(qint64 chatId); // "ai-draft:<chat id>"

private:
    void announce(const QStringList &tables) const;

    QSqlDatabase m_db;
    StoreNotifier *m_notifier;
    Clock m_clock;
    QString m_author;
};

} // namespace agentp::store
