#pragma once

#include "net/llm/LlmTypes.h"

#include <QObject>

#include <functional>
#include <memory>
#include <unordered_map>

namespace agentp::net {
class HttpTransport;
struct HttpResult;
} // namespace agentp::net

namespace agentp::net::llm {

// Asks an OpenAI-compatible chat-completions service (spec §4) for one reply, streamed (SSE) or
// in one piece. There are no retries here: the caller's outbox retries what isTransient() calls
// temporary, so one failure is reported once. A server that ignores "stream" and answers with
// plain JSON is understood too; its whole content then arrives as a single delta, as it does in
// non-streaming mode.
class LlmClient final : public QObject
{
    Q_OBJECT
public:
    using Delta = std::function<void(const QString &fragment)>;
    using Done = std::function<void(const LlmResult &result)>;

    explicit LlmClient(QObject *parent = nullptr);
    ~LlmClient() override; // drops pending calls without answering

    // Returns an id for cancel(). onDelta gets each content fragment in order (reasoning_content
    // is ignored); done is called exactly once, always later from the event loop (never inside
    // complete()). Do not delete the client from inside a callback; use deleteLater().
    quint64 complete(const LlmConfig &config, const QList<LlmMessage> &messages, Delta onDelta,
                     Done done);
    // Stops the call; its done() is answered with Kind::Cancelled (later, from the event loop);
    // deltas stop at once. Unknown ids are ignored. Safe to call from inside onDelta.
    void cancel(quint64 id);
    int pending() const { return int(m_calls.size()); }

    static QByteArray requestBody(const LlmConfig &config, const QList<LlmMessage> &messages);

private:
    struct Call;
    void onBytes(quint64 id, const QByteArray &bytes);
    void onHttpDone(quint64 id, const HttpResult &http);
    bool handleEvent(quint64 id, const QString &type, const QString &data);
    void finishJson(quint64 id, const QByteArray &body);
    bool deliver(quint64 id, const QString &fragment);
    void fail(quint64 id, LlmError::Kind kind, const QString &message, const QString &detail,
              int httpStatus = 0);
    void finish(quint64 id, LlmError error);
    Call *find(quint64 id) const;

    HttpTransport *m_transport;
    std::unordered_map<quint64, std::unique_ptr<Call>> m_calls;
    quint64 m_nextId = 1;
};

} // namespace agentp::net::llm
