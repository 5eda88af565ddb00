#pragma once

#include "models/domain/AiSettings.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace agentp::domain {

// One message sent to the language model ("system", "user", "assistant").
struct PromptMessage
{
    QString role;
    QString content;
    bool operator==(const PromptMessage &) const = default;
};

// What the model learns about the chat besides its messages.
struct PromptContext
{
    QString marketplace; // "ozon", "demo" …
    QString account;     // the seller account's name
    QString chatType;    // BUYER_SELLER, SELLER_SUPPORT …
    QString orderNumber;
    QString product;
};

struct PromptHistoryItem
{
    QString senderType; // buyer, seller, support, system
    QString body;
};

// A prompt ready to send, with the hash of everything that decides the answer: the same chat
// state, prompt version and model give the same hash, so an existing draft can be shown again
// instead of paying for another call.
struct BuiltPrompt
{
    QList<PromptMessage> messages;
    QString contextHash;       // hex SHA-256
    int droppedMessages = 0;   // older messages left out by the length limit
    QByteArray toJson() const; // the request's messages, as stored with the draft
    static QList<PromptMessage> fromJson(const QByteArray &json, bool *ok);
};

// Pure: turns a system prompt template and the newest messages (oldest first) into chat
// completion messages. The buyer speaks as "user", the seller as "assistant"; marketplace
// support and system notices are labelled so the model does not mistake them for the buyer.
// When the seller spoke last, a closing instruction asks for a follow-up, because a conversation
// ending on "assistant" makes some models continue that message instead of writing a new one.
class PromptBuilder final
{
public:
    static BuiltPrompt build(const QString &promptTemplate, const PromptContext &context,
                             const QList<PromptHistoryItem> &history, const AiSettings &settings,
                             qint64 promptVersion);
    static QString fillTemplate(const QString &promptTemplate, const PromptContext &context);
    static QString marketplaceName(const QString &marketplace);
};

} // namespace agentp::domain
