#pragma once

#include "models/store/AiDraftRepository.h"

#include <QObject>
#include <QSqlDatabase>

#include <optional>

namespace agentp::store {
class StoreNotifier;
}

namespace agentp::models {

// The newest AI draft of the open chat, re-read whenever the sync side writes "ai_drafts" (a
// streaming draft is flushed a few times a second). The suggestion panel shows it.
class DraftTracker final : public QObject
{
    Q_OBJECT
public:
    DraftTracker(QSqlDatabase db, store::StoreNotifier *notifier, QObject *parent = nullptr);

    void setChat(qint64 chatId);
    qint64 chatId() const { return m_chatId; }
    const std::optional<store::AiDraft> &draft() const { return m_draft; }
    void reload();

signals:
    void changed();

private:
    QSqlDatabase m_db;
    qint64 m_chatId = 0;
    std::optional<store::AiDraft> m_draft;
};

} // namespace agentp::models
