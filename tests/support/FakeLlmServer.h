#pragma once

#include "tests/support/FakeHttpServer.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace agentp::testing {

// A local stand-in for DeepSeek's OpenAI-compatible chat completions (spec §4), over loopback
// HTTP/1.1: POST /chat/completions and /v1/chat/completions. Checks like the service: the
// Bearer key (401 with DeepSeek's body), the balance (402), the JSON (400) and its fields
// (422: unknown model, missing messages, values out of range), concurrency (429). Answers as
// JSON (§4.3) or as an event stream (§4.4): keep-alive comments, a role chunk, reasoning
// fragments when thinking is on, content fragments, the finish_reason chunk, the usage chunk
// with "choices": [] when asked for, then "data: [DONE]". The byte stream can be cut into
// pieces of any size (inside UTF-8 and JSON), slowed down, stalled or broken on purpose.
// Single-threaded: use it on the thread that runs the client's event loop.
class FakeLlmServer final : public QObject
{
    Q_OBJECT
public:
    enum class Misbehaviour
    {
        None,
        BadJsonLine,   // after the first content chunk, a data line that is no JSON
        WrongTypes,    // after the first content chunk, one whose content is a number
        CutBeforeDone, // close after the content: no finish_reason, no usage, no [DONE]
        NoDone,        // everything but the final "data: [DONE]"
        ErrorChunk,    // after the first content chunk, {"error":{…}} instead of a chunk
    };
    using ReplyGenerator = std::function<QString(const QJsonObject &requestBody)>;

    explicit FakeLlmServer(QObject *parent = nullptr);
    ~FakeLlmServer() override;

    bool listen(quint16 port = 0); // 0: any free port
    QUrl baseUrl() const;          // http://127.0.0.1:<port>

    void setApiKey(const QByteArray &key) { m_apiKey = key; }
    QByteArray apiKey() const { return m_apiKey; }
    void setAcceptedModels(const QStringList &models) { m_models = models; }
    void setReplyText(const QString &text) { m_replyText = text; }
    void setReplyGenerator(ReplyGenerator generator) { m_generator = std::move(generator); }
    void setReasoningText(const QString &text) { m_reasoningText = text; }
    void setFinishReason(const QString &reason) { m_finishReason = reason; }
    void setDeltaChars(int chars) { m_deltaChars = chars; } // characters per content chunk
    // Fixed usage figures; -1: computed (prompt: characters of the messages; completion:
    // content chunks).
    void setUsage(int promptTokens, int completionTokens);

    // Keep-alive comment lines before the first chunk; blank lines before a JSON answer.
    void setKeepAliveCount(int count) { m_keepAlive = count; }
    void setPieceBytes(int bytes) { m_pieceBytes = bytes; } // <= 0: the body in one piece
    void setPieceIntervalMs(int ms) { m_pieceIntervalMs = ms; }
    void setStallAfterPieces(int pieces) { m_stallAfter = pieces; } // -1: never stall
    void setIgnoreStream(bool ignore) { m_ignoreStream = ignore; }  // JSON even for stream=true
    void setMisbehaviour(Misbehaviour misbehaviour) { m_misbehaviour = misbehaviour; }

    void setInsufficientBalance(bool on) { m_noBalance = on; }            // 402
    void setFailure(int status) { m_failure = status; }                   // e.g. 500/503; 0: none
    void setHtmlError(bool on) { m_html = on; }                           // 200 text/html page
    void setMaxInFlight(int requests) { m_maxInFlight = requests; }       // 0: unlimited
    void setRetryAfter(const QByteArray &value) { m_retryAfter = value; } // on 429; empty: none

    QList<QJsonObject> requests() const { return m_requests; } // bodies ({} when no JSON)
    int requestCount() const { return int(m_requests.size()); }
    QList<QPair<QByteArray, QByteArray>> lastHeaders() const { return m_lastHeaders; }
    QByteArray lastHeader(const QByteArray &lowerName) const;
    QByteArray lastPath() const { return m_lastPath; }
    int inFlight() const { return m_inFlight; } // streamed answers not finished yet
    int answered(int status) const { return m_statusCounts.value(status); }

private:
    FakeHttpServer::Response handle(const FakeHttpServer::Request &request);
    FakeHttpServer::Response route(const FakeHttpServer::Request &request);
    FakeHttpServer::Response answer(const QJsonObject &body);
    QString validate(const QJsonObject &body) const;
    QByteArray eventStream(const QJsonObject &body, const QString &text);
    QByteArray jsonAnswer(const QJsonObject &body, const QString &text);
    QJsonObject usage(const QJsonObject &body, int fragments) const;
    FakeHttpServer::Response streamed(FakeHttpServer::Response response, const QByteArray &body);
    QStringList fragments(const QString &text) const;

    FakeHttpServer *m_http;
    QByteArray m_apiKey = QByteArrayLiteral("sk-fake-0123456789abcdef");
    QStringList m_models{QStringLiteral("deepseek-flash"), QStringLiteral("deepseek-v4-flash"),
                         QStringLiteral("deepseek-v4-pro")};
    QString m_replyText = QStringLiteral("Hello! How can I help you?");
    ReplyGenerator m_generator;
    QString m_reasoningText = QStringLiteral("The buyer greets me; a short greeting will do.");
    QString m_finishReason = QStringLiteral("stop");
    int m_deltaChars = 3;
    int m_promptTokens = -1;
    int m_completionTokens = -1;
    int m_keepAlive = 0;
    int m_pieceBytes = 0;
    int m_pieceIntervalMs = 0;
    int m_stallAfter = -1;
    bool m_ignoreStream = false;
    Misbehaviour m_misbehaviour = Misbehaviour::None;
    bool m_noBalance = false;
    int m_failure = 0;
    bool m_html = false;
    int m_maxInFlight = 0;
    QByteArray m_retryAfter;

    QList<QJsonObject> m_requests;
    QList<QPair<QByteArray, QByteArray>> m_lastHeaders;
    QByteArray m_lastPath;
    QHash<int, int> m_statusCounts;
    int m_inFlight = 0;
    int m_answerCounter = 0;
};

} // namespace agentp::testing
