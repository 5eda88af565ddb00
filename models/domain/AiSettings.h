#pragma once

#include <QString>

namespace agentp::domain {

// How reply drafts are written (docs/drafts.md). Model names of hosted services change every few
// months, so the endpoint and the model are settings, never constants in code paths.
struct AiSettings
{
    bool enabled = true;
    QString baseUrl = QStringLiteral("https://api.deepseek.com");
    QString model = QStringLiteral("deepseek-flash");
    bool streaming = true;
    // Short replies need no reasoning; the flag is always sent because providers disagree on
    // the default.
    bool thinking = false;
    int historyMessages = 20;   // the newest N messages of the chat go into the prompt
    int maxPromptChars = 12000; // oldest messages are dropped beyond this
    int maxReplyTokens = 600;
    int timeoutSeconds = 60; // without a byte from the service

    static constexpr int kMinHistory = 1;
    static constexpr int kMaxHistory = 100;
    static constexpr int kMaxMessageChars = 2000; // one long message cannot crowd out the rest

    // An empty string when usable, otherwise one translated line naming the bad field.
    QString problem() const;
    bool operator==(const AiSettings &) const = default;

    // The built-in system prompt; {marketplace}, {account}, {chat_type}, {order_number} and
    // {product} are filled per chat.
    static QString defaultPrompt();
};

} // namespace agentp::domain
