#pragma once

#include "models/store/StoreError.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace agentp::store {

// One AI reply draft (ai_drafts, schema v8) as the panel and the sync side see it.
struct AiDraft
{
    enum class State
    {
        Queued,    // waiting for the service (also while offline, with `error` saying why)
        Streaming, // text grows as the service writes
        Done,
        Failed, // `error` says why; the agent can regenerate
        Cancelled,
    };
    qint64 id = 0;
    qint64 chatId = 0;
    QString contextHash;
    qint64 promptId = 0;
    QString model;
    QString request; // the messages sent, JSON: what a reviewer needs to see what produced it
    State state = State::Queued;
    QString text;
    QString error;
    QString requestedBy;
    QDateTime requestedAt;
    QDateTime finishedAt;
    QDateTime insertedAt;
    qint64 sentMessageId = 0;
    bool sentEdited = false;

    bool isActive() const { return state == State::Queued || state == State::Streaming; }
    static QString stateName(State state);
    static State stateFromName(const QString &name);
};

// Drafts per agent in a period (the compliance report's "AI drafts" table).
struct DraftUsage
{
    QString agent;
    int requested = 0;
    int inserted = 0;
    int sentUnchanged = 0;
    int sentEdited = 0;
};

// Reads and writes ai_drafts. Every write is one statement; callers announce "ai_drafts".
class AiDraftRepository final
{
public:
    explicit AiDraftRepository(QSqlDatabase db);

    std::optional<AiDraft> find(qint64 id, StoreError *error) const;
    // Only the state: the sync side polls it while a stream stalls.
    std::optional<AiDraft::State> stateOf(qint64 id, StoreError *error) const;
    std::optional<AiDraft> latestForChat(qint64 chatId, StoreError *error) const;
    // The newest draft of the chat with this hash that finished or is still being written.
    std::optional<AiDraft> reusable(qint64 chatId, const QString &contextHash,
                                    StoreError *error) const;
    qint64 create(const AiDraft &draft, StoreError *error);

    // Sync side. Each returns false without error when the draft is no longer in the expected
    // state (the agent cancelled or replaced it): the caller stops writing.
    bool startStreaming(qint64 id, StoreError *error);
    bool updateText(qint64 id, const QString &text, StoreError *error);
    bool finish(qint64 id, AiDraft::State state, const QString &text, const QString &error,
                StoreError *storeError);
    // Back to queued with a reason shown in the panel ("offline, will retry").
    bool requeue(qint64 id, const QString &reason, StoreError *error);

    // UI side.
    bool cancel(qint64 id, StoreError *error);
    bool markInserted(qint64 id, const QDateTime &at, StoreError *error);
    bool markSent(qint64 id, qint64 messageId, bool edited, StoreError *error);

    // Drafts requested in [from, to), per agent (requested_by), sorted by agent.
    QList<DraftUsage> usage(const QDateTime &from, const QDateTime &to, StoreError *error) const;

private:
    bool exec(const QString &sql, const QVariantList &binds, StoreError *error,
              int *rowsAffected = nullptr) const;
    QSqlDatabase m_db;
};

} // namespace agentp::store
