#pragma once

#include "net/llm/LlmClient.h"
#include "net/llm/LlmTypes.h"

#include <memory>

namespace agentp::net {

// Who writes drafts: the OpenAI-compatible service over HTTP, or the demo's local writer. Made
// in the sync thread on first use, because both are QObjects living there.
class DraftBackend
{
public:
    virtual ~DraftBackend() = default;
    // Same contract as LlmClient::complete: deltas in order, done exactly once, later.
    virtual quint64 complete(const llm::LlmConfig &config, const QList<llm::LlmMessage> &messages,
                             llm::LlmClient::Delta onDelta, llm::LlmClient::Done done) = 0;
    virtual void cancel(quint64 id) = 0;
    // The demo needs no key and no network.
    virtual bool needsKey() const { return true; }
};

// The real service.
class HttpDraftBackend final : public DraftBackend
{
public:
    quint64 complete(const llm::LlmConfig &config, const QList<llm::LlmMessage> &messages,
                     llm::LlmClient::Delta onDelta, llm::LlmClient::Done done) override
    {
        return m_client.complete(config, messages, std::move(onDelta), std::move(done));
    }
    void cancel(quint64 id) override { m_client.cancel(id); }

private:
    llm::LlmClient m_client;
};

} // namespace agentp::net
