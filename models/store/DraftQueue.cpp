#include "models/store/DraftQueue.h"

#include "models/domain/PromptBuilder.h"
#include "models/store/AiSettingsRepository.h"
#include "models/store/OutboxRepository.h"
#include "models/store/SalonActionUndo.h"
#include "models/store/SqlErrors.h"
#include "models/store/StoreNotifier.h"
#include "models/store/TimeFormat.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace agentp::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("agentp::store::DraftQueue", text);
}

} // namespace

DraftQueue::DraftQueue(QSqlDatabase db, StoreNotifier *notifier)
    : m_db(std::move(db))
    , m_notifier(notifier)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

QString DraftQueue::target(qint64 chatId)
{
    return QStringLiteral("ai-draft:%1").arg(chatId);
}

void DraftQueue::announce(const QStringList &tables) const
{
    if (m_notifier)
        m_notifier->notify(tables);
}

DraftRequest DraftQueue::request(qint64 chatId, bool regenerate, StoreError *error)
{
    DraftRequest r;
    // Read and write under the write lock from the start: the sync thread writes drafts several
    // times a second, and a deferred transaction would fail to upgrade after such a write.
    ImmediateWrite tx(m_db, error);
    if (!tx.isOpen())
        return r;
    AiSettingsRepository config(m_db);
    const domain::AiSettings settings = config.settings(error);
    if (error->isError())
        return r;
    if (!settings.enabled) {
        r.problem = tr("AI drafts are switched off in the draft settings.");
        return r;
    }

    QSqlQuery chat(m_db);
    chat.prepare(QStringLiteral(
        "SELECT c.account_id, a.marketplace, a.name, c.chat_type, COALESCE(c.order_number, ''),"
        " COALESCE(c.product, '') FROM chats c JOIN seller_accounts a ON a.id = c.account_id"
        " WHERE c.id = ?"));
    chat.addBindValue(chatId);
    if (!execQuery(chat, error, tr("Cannot read the chat")))
        return r;
    if (!chat.next()) {
        r.problem = tr("This chat no longer exists.");
        return r;
    }
    const qint64 accountId = chat.value(0).toLongLong();
    domain::PromptContext context{chat.value(1).toString(), chat.value(2).toString(),
                                  chat.value(3).toString(), chat.value(4).toString(),
                                  chat.value(5).toString()};

    // The newest messages by time; a generous window because empty bodies are skipped.
    QSqlQuery messages(m_db);
    messages.prepare(QStringLiteral(
        "SELECT sender_type, body FROM (SELECT sender_type, body, created_at, id"
        " FROM chat_messages WHERE chat_id = ? ORDER BY created_at DESC, id DESC LIMIT ?)"
        " ORDER BY created_at, id"));
    messages.addBindValue(chatId);
    messages.addBindValue(settings.historyMessages * 2);
    if (!execQuery(messages, error, tr("Cannot read the chat")))
        return r;
    QList<domain::PromptHistoryItem> history;
    while (messages.next())
        history << domain::PromptHistoryItem{messages.value(0).toString(),
                                             messages.value(1).toString()};

    const AiSettingsRepository::Prompt prompt = config.promptForUse(accountId, error);
    if (error->isError())
        return r;
    const domain::BuiltPrompt built =
        domain::PromptBuilder::build(prompt.body, context, history, settings, prompt.id);

    AiDraftRepository drafts(m_db);
    if (!regenerate) {
        const auto existing = drafts.reusable(chatId, built.contextHash, error);
        if (error->isError())
            return r;
        if (existing) {
            // Commit anyway: promptForUse may have saved the built-in prompt's first version.
            if (!tx.commit(error))
                return r;
            r.draftId = existing->id;
            r.cached = true;
            return r;
        }
    }
    // Only one draft per chat is worth the service's time: the older one is stale, whether it
    // waits, is being written, or its worker is still fetching the key.
    OutboxRepository outbox(m_db);
    for (const auto &intent : outbox.forTarget(target(chatId), error)) {
        if (intent.state == domain::OutboxIntent::State::Queued)
            outbox.withdraw(intent.id, error);
    }
    if (error->isError())
        return r;
    QSqlQuery cancelOlder(m_db);
    cancelOlder.prepare(
        QStringLiteral("UPDATE ai_drafts SET state = 'cancelled', finished_at = ? WHERE chat_id = ?"
                       " AND state IN ('queued', 'streaming')"));
    cancelOlder.addBindValue(toStoredTime(m_clock()));
    cancelOlder.addBindValue(chatId);
    if (!execQuery(cancelOlder, error, tr("Cannot queue the draft")))
        return r;

    AiDraft draft;
    draft.chatId = chatId;
    draft.contextHash = built.contextHash;
    draft.promptId = prompt.id;
    draft.model = settings.model.trimmed();
    draft.request = QString::fromUtf8(built.toJson());
    draft.requestedBy = m_author;
    draft.requestedAt = m_clock();
    const qint64 id = drafts.create(draft, error);
    if (!id)
        return r;
    const qint64 intent = outbox.enqueue(
        QLatin1String(kDraft), target(chatId),
        QJsonObject{{QStringLiteral("draft_id"), id}, {QStringLiteral("chat_id"), chatId}},
        QDateTime(), error);
    if (!intent || !tx.commit(error))
        return r;
    r.draftId = id;
    announce({QStringLiteral("ai_drafts"), QStringLiteral("outbox")});
    return r;
}

bool DraftQueue::cancel(qint64 draftId, StoreError *error)
{
    AiDraftRepository drafts(m_db);
    const auto draft = drafts.find(draftId, error);
    if (!draft || !draft->isActive())
        return !error->isError();
    OutboxRepository outbox(m_db);
    for (const auto &intent : outbox.forTarget(target(draft->chatId), error))
        if (intent.state == domain::OutboxIntent::State::Queued &&
            intent.payload.value(QLatin1String("draft_id")).toInteger() == draftId)
            outbox.withdraw(intent.id, error);
    const bool ok = drafts.cancel(draftId, error);
    announce({QStringLiteral("ai_drafts"), QStringLiteral("outbox")});
    return ok;
}

bool DraftQueue::markInserted(qint64 draftId, StoreError *error)
{
    const bool ok = AiDraftRepository(m_db).markInserted(draftId, m_clock(), error);
    announce({QStringLiteral("ai_drafts")});
    return ok;
}

bool DraftQueue::markSent(qint64 draftId, qint64 messageId, bool edited, StoreError *error)
{
    const bool ok = AiDraftRepository(m_db).markSent(draftId, messageId, edited, error);
    announce({QStringLiteral("ai_drafts")});
    return ok;
}

} // namespace agentp::store
