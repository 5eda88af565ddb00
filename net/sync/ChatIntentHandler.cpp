#include "net/sync/ChatIntentHandler.h"

#include "models/LogCategories.h"
#include "models/domain/ReplyRules.h"
#include "models/store/ChatRepository.h"
#include "net/sync/ChatSyncEngine.h"

#include <QFile>
#include <QFileInfo>

namespace agentp::net {

namespace {

IntentOutcome failed(const QString &message)
{
    IntentOutcome o;
    o.kind = IntentOutcome::Kind::Failed;
    o.message = message;
    return o;
}

IntentOutcome succeeded(const QStringList &tables = {})
{
    IntentOutcome o;
    o.kind = IntentOutcome::Kind::Done;
    o.changedTables = tables;
    return o;
}

qint64 idOf(const QJsonObject &payload, const char *key)
{
    return payload.value(QLatin1String(key)).toVariant().toLongLong();
}

} // namespace

ChatIntentHandler::ChatIntentHandler(ChatSyncEngine *engine)
    : m_engine(engine)
{}

bool ChatIntentHandler::handles(const QString &kind) const
{
    return kind == QLatin1String(kSendText) || kind == QLatin1String(kSendFile) ||
           kind == QLatin1String(kMarkRead) || kind == QLatin1String(kTestAccount);
}

IntentOutcome ChatIntentHandler::outcomeOf(const ConnectorError &error)
{
    IntentOutcome o;
    o.message = error.message;
    if (error.isTransient() || error.kind == ConnectorError::Kind::Cancelled) {
        o.kind = IntentOutcome::Kind::RetryLater;
        o.retryAt = error.retryAt;
    } else {
        o.kind = IntentOutcome::Kind::Failed;
    }
    return o;
}

void ChatIntentHandler::handle(QSqlDatabase db, const domain::OutboxIntent &intent, Done done)
{
    if (!m_engine) {
        IntentOutcome o;
        o.kind = IntentOutcome::Kind::RetryLater;
        o.message = tr("Chat sync is not running.");
        done(o);
        return;
    }
    if (intent.kind == QLatin1String(kSendText) || intent.kind == QLatin1String(kSendFile))
        send(std::move(db), intent, std::move(done));
    else if (intent.kind == QLatin1String(kMarkRead))
        markRead(std::move(db), intent, std::move(done));
    else
        testAccount(intent, std::move(done));
}

void ChatIntentHandler::send(QSqlDatabase db, const domain::OutboxIntent &intent, Done done)
{
    const qint64 chatId = idOf(intent.payload, "chat_id");
    const qint64 messageId = idOf(intent.payload, "message_id");
    store::StoreError error;
    const auto reply = store::ChatRepository(db).localReply(messageId, &error);
    if (!reply || reply->chatId != chatId) {
        done(failed(error.isError() ? error.message
                                    : tr("The reply was removed before it was sent.")));
        return;
    }
    if (!reply->remoteId.isEmpty()) {
        done(succeeded()); // the marketplace has it: the history pull brought it back
        return;
    }
    if (intent.attempts == 0) {
        sendNow(std::move(db), intent, std::move(done));
        return;
    }
    // Seen before: the marketplace may have it although we never heard so. Look first.
    QPointer<ChatSyncEngine> engine = m_engine;
    m_engine->refreshChat(
        chatId, [this, engine, db, intent, messageId, done](const ChatPullResult &result) {
            if (!engine)
                return;
            if (!result.ok()) {
                // Without knowing, sending could duplicate the message: wait and look again.
                IntentOutcome o =
                    result.error.isError() ? outcomeOf(result.error) : failed(result.problem);
                if (o.kind == IntentOutcome::Kind::Failed && result.error.isError())
                    o.message = tr("Could not check whether the reply already arrived: %1")
                                    .arg(result.error.message);
                done(o);
                return;
            }
            store::StoreError e;
            const auto again = store::ChatRepository(db).localReply(messageId, &e);
            if (again && !again->remoteId.isEmpty()) {
                qCInfo(lcNet) << "reply" << messageId << "was already delivered; not sent again";
                done(succeeded(result.changedTables));
                return;
            }
            sendNow(db, intent, done);
        });
}

void ChatIntentHandler::sendNow(QSqlDatabase db, const domain::OutboxIntent &intent, Done done)
{
    const qint64 chatId = idOf(intent.payload, "chat_id");
    store::StoreError error;
    const auto chat = store::ChatRepository(db).chat(chatId, &error);
    if (!chat) {
        done(failed(error.isError() ? error.message : tr("This chat no longer exists.")));
        return;
    }
    const domain::ReplyRules rules(chat->marketplace);
    const domain::ReplyWindow window = rules.window(
        chat->chatType, chat->status, chat->lastBuyerMessageAt, QDateTime::currentDateTimeUtc());
    if (!window.allowed) {
        done(failed(window.reason));
        return;
    }
    const bool isFile = intent.kind == QLatin1String(kSendFile);
    const QString text = intent.payload.value(QLatin1String("text")).toString();
    QString name;
    QByteArray content;
    if (isFile) {
        const QString path = intent.payload.value(QLatin1String("path")).toString();
        name = intent.payload.value(QLatin1String("name")).toString();
        if (name.isEmpty())
            name = QFileInfo(path).fileName();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            done(failed(tr("The copy of “%1” made when the reply was queued is gone; remove "
                           "the reply and attach the file again.")
                            .arg(name)));
            return;
        }
        content = file.readAll();
        const QString problem = rules.checkFile(name, content.size());
        if (!problem.isEmpty()) {
            done(failed(problem));
            return;
        }
    } else {
        const QString problem = rules.checkText(text);
        if (!problem.isEmpty()) {
            done(failed(problem));
            return;
        }
    }
    QPointer<ChatSyncEngine> engine = m_engine;
    const QString remoteChat = chat->remoteId;
    m_engine->withConnector(
        chat->accountId, [engine, isFile, remoteChat, text, name, content, chatId,
                          done](MarketplaceConnector *connector, const QString &problem) {
            if (!connector) {
                done(failed(problem));
                return;
            }
            auto answered = [engine, chatId, done](const ConnectorError &e) {
                if (e.isError()) {
                    IntentOutcome o = outcomeOf(e);
                    if (e.kind == ConnectorError::Kind::Timeout)
                        o.message = tr("No answer from the marketplace; it will be checked whether "
                                       "the reply arrived before it is sent again.");
                    done(o);
                    return;
                }
                // Bring the message back now, so the row adopts its remote id in seconds.
                if (engine)
                    engine->refreshChat(chatId, {});
                done(succeeded());
            };
            if (isFile)
                connector->sendFile(remoteChat, name, content, answered);
            else
                connector->sendText(remoteChat, text, answered);
        });
}

void ChatIntentHandler::markRead(QSqlDatabase db, const domain::OutboxIntent &intent, Done done)
{
    const qint64 chatId = idOf(intent.payload, "chat_id");
    const QString upTo =
        intent.payload.value(QLatin1String("up_to_message_id")).toVariant().toString();
    store::StoreError error;
    const auto chat = store::ChatRepository(db).chat(chatId, &error);
    if (!chat || upTo.isEmpty()) {
        if (error.isError())
            done(failed(error.message));
        else
            done(succeeded()); // nothing left to mark
        return;
    }
    const QString remoteChat = chat->remoteId;
    m_engine->withConnector(chat->accountId, [db, chatId, remoteChat, upTo,
                                              done](MarketplaceConnector *connector,
                                                    const QString &problem) {
        if (!connector) {
            done(failed(problem));
            return;
        }
        connector->markRead(
            remoteChat, upTo, [db, chatId, upTo, done](int unreadLeft, const ConnectorError &e) {
                if (e.isError()) {
                    done(outcomeOf(e));
                    return;
                }
                store::StoreError storeError;
                if (!store::ChatRepository(db).recordRead(chatId, upTo, unreadLeft, &storeError)) {
                    qCWarning(lcNet) << "read state not saved:" << storeError.message;
                }
                done(succeeded({QStringLiteral("chats"), QStringLiteral("chat_messages")}));
            });
    });
}

void ChatIntentHandler::testAccount(const domain::OutboxIntent &intent, Done done)
{
    const qint64 accountId = idOf(intent.payload, "account_id");
    m_engine->testAccount(accountId, [done](const ConnectorError &e, const QString &problem) {
        // The user asked and waits for a verdict: every failure ends the intent, with its reason.
        if (!problem.isEmpty())
            done(failed(problem));
        else if (e.isError())
            done(failed(e.message));
        else
            done(succeeded({QStringLiteral("seller_accounts")}));
    });
}

} // namespace agentp::net
