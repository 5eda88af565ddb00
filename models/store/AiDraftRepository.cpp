#include "models/store/AiDraftRepository.h"

#include "models/store/SqlErrors.h"
#include "models/store/SqlValues.h"
#include "models/store/TimeFormat.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace agentp::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("agentp::store::AiDraftRepository", text);
}

const char *const kColumns =
    "id, chat_id, context_hash, COALESCE(prompt_id, 0), model, request, state, text, error,"
    " requested_by, requested_at, finished_at, inserted_at, COALESCE(sent_message_id, 0),"
    " COALESCE(sent_edited, 0)";

AiDraft read(const QSqlQuery &q)
{
    AiDraft d;
    d.id = q.value(0).toLongLong();
    d.chatId = q.value(1).toLongLong();
    d.contextHash = q.value(2).toString();
    d.promptId = q.value(3).toLongLong();
    d.model = q.value(4).toString();
    d.request = q.value(5).toString();
    d.state = AiDraft::stateFromName(q.value(6).toString());
    d.text = q.value(7).toString();
    d.error = q.value(8).toString();
    d.requestedBy = q.value(9).toString();
    d.requestedAt = fromStoredTime(q.value(10).toString());
    d.finishedAt = fromStoredTime(q.value(11).toString());
    d.insertedAt = fromStoredTime(q.value(12).toString());
    d.sentMessageId = q.value(13).toLongLong();
    d.sentEdited = q.value(14).toBool();
    return d;
}

QVariant timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(toStoredTime(at)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

QString AiDraft::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Streaming:
        return QStringLiteral("streaming");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("queued");
}

AiDraft::State AiDraft::stateFromName(const QString &name)
{
    for (State s : {State::Queued, State::Streaming, State::Done, State::Failed, State::Cancelled})
        if (stateName(s) == name)
            return s;
    return State::Failed;
}

AiDraftRepository::AiDraftRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool AiDraftRepository::exec(const QString &sql, const QVariantList &binds, StoreError *error,
                             int *rowsAffected) const
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!execQuery(q, error, tr("Cannot save the draft")))
        return false;
    if (rowsAffected)
        *rowsAffected = q.numRowsAffected();
    return true;
}

std::optional<AiDraft> AiDraftRepository::find(qint64 id, StoreError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM ai_drafts WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!execQuery(q, error, tr("Cannot read the draft")) || !q.next())
        return std::nullopt;
    return read(q);
}

std::optional<AiDraft::State> AiDraftRepository::stateOf(qint64 id, StoreError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT state FROM ai_drafts WHERE id = ?"));
    q.addBindValue(id);
    if (!execQuery(q, error, tr("Cannot read the draft")) || !q.next())
        return std::nullopt;
    return AiDraft::stateFromName(q.value(0).toString());
}

std::optional<AiDraft> AiDraftRepository::latestForChat(qint64 chatId, StoreError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM ai_drafts WHERE chat_id = ? ORDER BY id DESC LIMIT 1")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(chatId);
    if (!execQuery(q, error, tr("Cannot read the draft")) || !q.next())
        return std::nullopt;
    return read(q);
}

std::optional<AiDraft> AiDraftRepository::reusable(qint64 chatId, const QString &contextHash,
                                                   StoreError *error) const
{
    QSqlQuery q(m_db);
    // A waiting or streaming draft counts only while its intent is alive: a row some failure
    // left behind must not be shown as "waiting" forever.
    q.prepare(QStringLiteral("SELECT %1 FROM ai_drafts d WHERE chat_id = ? AND context_hash = ?"
                             " AND (state = 'done' OR (state IN ('queued', 'streaming') AND"
                             "  EXISTS (SELECT 1 FROM outbox o WHERE o.target = 'ai-draft:' ||"
                             "   d.chat_id AND o.state IN ('queued', 'sending')"
                             "   AND json_extract(o.payload, '$.draft_id') = d.id)))"
                             " ORDER BY id DESC LIMIT 1")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(chatId);
    q.addBindValue(contextHash);
    if (!execQuery(q, error, tr("Cannot read the draft")) || !q.next())
        return std::nullopt;
    return read(q);
}

qint64 AiDraftRepository::create(const AiDraft &d, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO ai_drafts(chat_id, context_hash, prompt_id, model, request, state, text,"
        " error, requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(d.chatId);
    q.addBindValue(d.contextHash);
    q.addBindValue(d.promptId > 0 ? QVariant(d.promptId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(text(d.model));
    q.addBindValue(text(d.request));
    q.addBindValue(AiDraft::stateName(d.state));
    q.addBindValue(text(d.text));
    q.addBindValue(text(d.error));
    q.addBindValue(text(d.requestedBy));
    q.addBindValue(toStoredTime(d.requestedAt));
    if (!execQuery(q, error, tr("Cannot save the draft")))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool AiDraftRepository::startStreaming(qint64 id, StoreError *error)
{
    int rows = 0;
    return exec(QStringLiteral("UPDATE ai_drafts SET state = 'streaming', text = '', error = ''"
                               " WHERE id = ? AND state IN ('queued', 'streaming')"),
                {id}, error, &rows) &&
           rows == 1;
}

bool AiDraftRepository::updateText(qint64 id, const QString &newText, StoreError *error)
{
    int rows = 0;
    return exec(
               QStringLiteral("UPDATE ai_drafts SET text = ? WHERE id = ? AND state = 'streaming'"),
               {text(newText), id}, error, &rows) &&
           rows == 1;
}

bool AiDraftRepository::finish(qint64 id, AiDraft::State state, const QString &newText,
                               const QString &message, StoreError *storeError)
{
    int rows = 0;
    return exec(
               QStringLiteral("UPDATE ai_drafts SET state = ?, text = ?, error = ?,"
                              " finished_at = ? WHERE id = ? AND state IN ('queued', 'streaming')"),
               {AiDraft::stateName(state), text(newText), text(message),
                toStoredTime(QDateTime::currentDateTimeUtc()), id},
               storeError, &rows) &&
           rows == 1;
}

bool AiDraftRepository::requeue(qint64 id, const QString &reason, StoreError *error)
{
    int rows = 0;
    return exec(QStringLiteral("UPDATE ai_drafts SET state = 'queued', text = '', error = ?"
                               " WHERE id = ? AND state IN ('queued', 'streaming')"),
                {text(reason), id}, error, &rows) &&
           rows == 1;
}

bool AiDraftRepository::cancel(qint64 id, StoreError *error)
{
    return exec(QStringLiteral("UPDATE ai_drafts SET state = 'cancelled', finished_at = ?"
                               " WHERE id = ? AND state IN ('queued', 'streaming')"),
                {toStoredTime(QDateTime::currentDateTimeUtc()), id}, error);
}

bool AiDraftRepository::markInserted(qint64 id, const QDateTime &at, StoreError *error)
{
    return exec(QStringLiteral("UPDATE ai_drafts SET inserted_at = COALESCE(inserted_at, ?)"
                               " WHERE id = ?"),
                {timeOrNull(at), id}, error);
}

bool AiDraftRepository::markSent(qint64 id, qint64 messageId, bool edited, StoreError *error)
{
    return exec(QStringLiteral("UPDATE ai_drafts SET sent_message_id = ?, sent_edited = ?"
                               " WHERE id = ? AND sent_message_id IS NULL"),
                {messageId, edited ? 1 : 0, id}, error);
}

QList<DraftUsage> AiDraftRepository::usage(const QDateTime &from, const QDateTime &to,
                                           StoreError *error) const
{
    QList<DraftUsage> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT requested_by, COUNT(*), COUNT(inserted_at),"
                             " SUM(sent_message_id IS NOT NULL AND sent_edited = 0),"
                             " SUM(sent_message_id IS NOT NULL AND sent_edited = 1)"
                             " FROM ai_drafts WHERE requested_at >= ? AND requested_at < ?"
                             " GROUP BY requested_by ORDER BY requested_by"));
    q.addBindValue(toStoredTime(from));
    q.addBindValue(toStoredTime(to));
    if (!execQuery(q, error, tr("Cannot read the draft usage")))
        return out;
    while (q.next())
        out << DraftUsage{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(),
                          q.value(3).toInt(), q.value(4).toInt()};
    return out;
}

} // namespace agentp::store
