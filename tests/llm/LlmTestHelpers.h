#pragma once
// Shared by the LlmClient tests: a client and a FakeLlmServer, and a call whose deltas and
// single answer are collected through the event loop (waited for with QTRY_*, never by sleeping).

#include "net/llm/LlmClient.h"
#include "tests/support/FakeLlmServer.h"

#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace llmtest {

using namespace agentp::net::llm;
using agentp::testing::FakeLlmServer;
using Kind = LlmError::Kind;
using Misbehaviour = FakeLlmServer::Misbehaviour;

constexpr int kWaitMs = 20000;

inline const QString kReply = QStringLiteral(
    "Здравствуйте! Да, завтра в 10:00 свободно 💅🏽. "
    "We look forward to seeing you — ёжик 🦔 says hi.");

// The loopback fake with the default reply and a fresh client, per test function.
struct Rig
{
    std::unique_ptr<FakeLlmServer> server;
    std::unique_ptr<LlmClient> client;

    bool start()
    {
        server = std::make_unique<FakeLlmServer>();
        if (!server->listen())
            return false;
        server->setReplyText(kReply);
        client = std::make_unique<LlmClient>();
        return true;
    }
    void stop()
    {
        client.reset();
        server.reset();
    }
};

// What one call reported.
struct Outcome
{
    QStringList deltas;
    std::optional<LlmResult> result;
    int doneCalls = 0;
    bool deltaAfterDone = false;
    int deltasAtDone = -1;
};

inline std::shared_ptr<Outcome> start(LlmClient &client, const LlmConfig &config,
                                      const QList<LlmMessage> &messages = {},
                                      std::function<void(quint64, const QString &)> onDelta = {},
                                      quint64 *idOut = nullptr)
{
    auto outcome = std::make_shared<Outcome>();
    const QList<LlmMessage> sent =
        messages.isEmpty()
            ? QList<LlmMessage>{{QStringLiteral("system"), QStringLiteral("Be brief.")},
                                {QStringLiteral("user"), QStringLiteral("Привет!")}}
            : messages;
    auto id = std::make_shared<quint64>(0);
    *id = client.complete(
        config, sent,
        [outcome, onDelta, id](const QString &fragment) {
            if (outcome->result)
                outcome->deltaAfterDone = true;
            outcome->deltas << fragment;
            if (onDelta)
                onDelta(*id, fragment);
        },
        [outcome](const LlmResult &result) {
            ++outcome->doneCalls;
            outcome->deltasAtDone = int(outcome->deltas.size());
            outcome->result = result;
        });
    if (idOut)
        *idOut = *id;
    return outcome;
}

inline LlmConfig configFor(const FakeLlmServer &server)
{
    LlmConfig c;
    c.baseUrl = server.baseUrl();
    c.model = QStringLiteral("deepseek-v4-flash");
    c.apiKey = server.apiKey();
    c.timeoutMs = 10000;
    return c;
}

// The key must never appear, not even its first part (the service echoes the last four).
inline void verifyNoKey(const LlmResult &result, const QByteArray &key)
{
    const QString k = QString::fromUtf8(key);
    QVERIFY2(!result.error.message.contains(k), qPrintable(result.error.message));
    QVERIFY2(!result.error.detail.contains(k), qPrintable(result.error.detail));
    QVERIFY(!result.error.message.contains(k.left(10)));
    QVERIFY(!result.error.detail.contains(k.left(10)));
}

} // namespace llmtest

#define WAIT_DONE(o) QTRY_VERIFY_WITH_TIMEOUT((o)->result.has_value(), llmtest::kWaitMs)
