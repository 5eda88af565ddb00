#pragma once

#include "net/sync/IntentHandler.h"

#include <QCoreApplication>
#include <QPointer>

namespace agentp::net {

class ChatSyncEngine;
class MarketplaceConnector;
struct ConnectorError;

// Carries out the chat intents of docs/chats.md through the account's connector, which the
// sync engine owns: chat.send_text, chat.send_file, chat.mark_read and account.test.
//
// Never twice: an intent seen before (attempts > 0: a crash left it "sending", or an earlier
// attempt timed out or failed on the way) first refreshes the chat's newest history; when the
// reply's row adopted a remote id meanwhile, the marketplace has it and the intent is done
// without sending again. The reply window and the text/file rules are checked again before
// sending, because they may have changed while the intent waited.
class ChatIntentHandler final : public IntentHandler
{
    Q_DECLARE_TR_FUNCTIONS(ChatIntentHandler)

public:
    static constexpr const char *kSendText = "chat.send_text";
    static constexpr const char *kSendFile = "chat.send_file";
    static constexpr const char *kMarkRead = "chat.mark_read";
    static constexpr const char *kTestAccount = "account.test";

    explicit ChatIntentHandler(ChatSyncEngine *engine);

    bool handles(const QString &kind) const override;
    void handle(QSqlDatabase db, const domain::OutboxIntent &intent, Done done) override;

    // How a failed call ends the intent: transient → RetryLater (honouring retryAt), the rest
    // → Failed with the connector's message.
    static IntentOutcome outcomeOf(const ConnectorError &error);

private:
    void send(QSqlDatabase db, const domain::OutboxIntent &intent, Done done);
    void sendNow(QSqlDatabase db, const domain::OutboxIntent &intent, Done done);
    void markRead(QSqlDatabase db, const domain::OutboxIntent &intent, Done done);
    void testAccount(const domain::OutboxIntent &intent, Done done);

    QPointer<ChatSyncEngine> m_engine;
};

} // namespace agentp::net
