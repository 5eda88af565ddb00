#pragma once

#include "net/llm/LlmTypes.h"

#include <QByteArray>
#include <QString>

namespace agentp::net::llm {

// What one stream chunk, or a whole non-streaming answer, carried.
struct LlmChunk
{
    QString content;      // empty when the chunk carried none (role, reasoning, usage)
    QString finishReason; // empty while the service still writes
    QString model;
    int promptTokens = -1;
    int completionTokens = -1;
    QString remoteError; // an {"error":…} object sent instead of an answer
};

// An OpenAI-style error body {"error":{"message","type","code"}}; empty fields when absent.
struct LlmRemoteError
{
    QString message;
    QString type;
    QString code;
    bool isEmpty() const { return message.isEmpty() && type.isEmpty() && code.isEmpty(); }
    QString summary() const; // "message [type/code]" for logs
};

// The JSON of the chat-completions protocol (spec §4). Parsers are strict about types, since a
// number where text belongs means the answer cannot be trusted, and lenient about absent
// optional fields. `detail` says what was wrong and where, for the log.
struct LlmJson
{
    static QByteArray requestBody(const LlmConfig &config, const QList<LlmMessage> &messages);
    static bool parseChunk(const QByteArray &json, LlmChunk *chunk, QString *detail);
    // Leading whitespace and blank lines (sent while the request is queued) are skipped.
    static bool parseResponse(const QByteArray &body, LlmChunk *response, QString *detail);
    // Never fails: bodies that are no JSON (HTML from a proxy) give an empty error.
    static LlmRemoteError parseError(const QByteArray &body);
};

} // namespace agentp::net::llm
