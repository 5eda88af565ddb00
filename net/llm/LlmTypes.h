#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace agentp::net::llm {

// Where and how to ask an OpenAI-compatible chat-completions service (DeepSeek first).
struct LlmConfig
{
    QUrl baseUrl;          // e.g. https://api.deepseek.com or https://host/v1
    QString model;         // kept in configuration: the names change every few months
    QByteArray apiKey;     // sent as "Authorization: Bearer <key>"; never logged
    bool stream = true;    // false: one non-streaming call
    bool thinking = false; // always sent explicitly: the services disagree about the default
    int maxTokens = 600;
    double temperature = 0.7;
    int timeoutMs = 60000;                      // inactivity: no byte for this long -> Timeout
    QList<QSslCertificate> trustedCertificates; // extra trust anchors (tests, self-hosted)
};

struct LlmMessage
{
    QString role; // "system" | "user" | "assistant"
    QString content;
};

struct LlmError
{
    enum class Kind
    {
        None,
        Network,
        Timeout,
        Tls,
        Auth,
        Balance,
        BadRequest,
        RateLimited,
        Server,
        Malformed,
        Cancelled,
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;   // translated, one short line for the agent, never contains the key
    QString detail;    // technical (remote message, parse position) for logs
    QDateTime retryAt; // RateLimited with a Retry-After header

    bool isError() const { return kind != Kind::None; }
    // The same call may succeed later, so the outbox retries it.
    bool isTransient() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::RateLimited ||
               kind == Kind::Server;
    }
};

struct LlmResult
{
    QString text;         // the whole content received (also partial when an error ended it)
    QString finishReason; // "stop", "length", ...
    QString model;
    int promptTokens = -1;
    int completionTokens = -1;
    LlmError error;

    bool ok() const { return !error.isError(); }
};

} // namespace agentp::net::llm
