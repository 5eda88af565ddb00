#include "models/items/DraftTracker.h"

#include "models/LogCategories.h"
#include "models/store/StoreNotifier.h"

namespace agentp::models {

DraftTracker::DraftTracker(QSqlDatabase db, store::StoreNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    if (notifier)
        connect(notifier, &store::StoreNotifier::changed, this, [this](const QSet<QString> &t) {
            if (t.contains(QStringLiteral("ai_drafts")) || t.contains(QStringLiteral("chats")))
                reload();
        });
}

void DraftTracker::setChat(qint64 chatId)
{
    m_chatId = chatId;
    reload();
}

void DraftTracker::reload()
{
    std::optional<store::AiDraft> next;
    if (m_chatId > 0) {
        store::StoreError error;
        next = store::AiDraftRepository(m_db).latestForChat(m_chatId, &error);
        if (error.isError())
            qCWarning(lcStore) << "draft read failed:" << error.message;
    }
    const bool same = next.has_value() == m_draft.has_value() &&
                      (!next || (next->id == m_draft->id && next->state == m_draft->state &&
                                 next->text == m_draft->text && next->error == m_draft->error &&
                                 next->insertedAt == m_draft->insertedAt));
    m_draft = std::move(next);
    if (!same)
        emit changed();
}

} // namespace agentp::models
