#pragma once

#include "net/sync/DraftBackend.h"

#include <QHash>
#include <QObject>

class QTimer;

namespace agentp::net::demo {

// The demo workspace's stand-in for the draft service: it answers the buyer's last message from
// a few Russian reply patterns (delivery, return, size, defect, thanks …) and streams the text
// word by word at a human-visible pace, so the suggestion panel behaves as with the real
// service, offline and without a key.
class DemoDraftWriter final : public QObject, public DraftBackend
{
    Q_OBJECT
public:
    explicit DemoDraftWriter(QObject *parent = nullptr);
    ~DemoDraftWriter() override;

    quint64 complete(const llm::LlmConfig &config, const QList<llm::LlmMessage> &messages,
                     llm::LlmClient::Delta onDelta, llm::LlmClient::Done done) override;
    void cancel(quint64 id) override;
    bool needsKey() const override { return false; }

    // Pure: the reply the demo writes for a conversation (tests compare against it).
    static QString replyFor(const QList<llm::LlmMessage> &messages);

private:
    struct Stream;
    void step(quint64 id);

    QHash<quint64, Stream *> m_streams;
    quint64 m_nextId = 1;
};

} // namespace agentp::net::demo
