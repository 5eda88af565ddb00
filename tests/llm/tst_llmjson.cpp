// The chat-completions JSON (spec §4): the request body as sent, stream chunks, whole answers
// (with the blank lines sent while queued), OpenAI-style error bodies, and wrong types, which
// must be refused with a detail rather than read as an empty reply.
#include "net/llm/LlmClient.h"
#include "net/llm/LlmJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace agentp::net::llm;

namespace {

QJsonObject bodyOf(const LlmConfig &config, const QList<LlmMessage> &messages)
{
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(LlmClient::requestBody(config, messages), &error);
    [&] {
        QCOMPARE(error.error, QJsonParseError::NoError);
    }();
    return doc.object();
}

const QList<LlmMessage> kMessages{
    {QStringLiteral("system"), QStringLiteral("You answer buyers of a beauty salon.")},
    {QStringLiteral("user"), QStringLiteral("Можно записаться на завтра? 💅")},
    {QStringLiteral("assistant"), QStringLiteral("Да, на 10:00.")},
};

} // namespace

class TestLlmJson : public QObject
{
    Q_OBJECT

private slots:
    void requestBodyStreaming()
    {
        LlmConfig config;
        config.model = QStringLiteral("deepseek-v4-flash");
        config.maxTokens = 321;
        config.temperature = 0.25;
        const QJsonObject body = bodyOf(config, kMessages);
        QCOMPARE(body.value(QLatin1String("model")).toString(), config.model);
        QCOMPARE(body.value(QLatin1String("stream")), QJsonValue(true));
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 321);
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.25);
        // Sent even though false: the services disagree about the default.
        QCOMPARE(body.value(QLatin1String("thinking")).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("disabled")}}));
        QCOMPARE(body.value(QLatin1String("stream_options")).toObject(),
                 (QJsonObject{{QStringLiteral("include_usage"), true}}));
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 3);
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const QJsonObject m = messages.at(i).toObject();
            QCOMPARE(m.size(), 2);
            QCOMPARE(m.value(QLatin1String("role")).toString(), kMessages.at(i).role);
            QCOMPARE(m.value(QLatin1String("content")).toString(), kMessages.at(i).content);
        }
        QVERIFY(LlmClient::requestBody(config, kMessages).contains("💅"));
        QCOMPARE(body.size(), 7);
    }

    void requestBodyNonStreamingWithThinking()
    {
        LlmConfig config;
        config.model = QStringLiteral("deepseek-v4-pro");
        config.stream = false;
        config.thinking = true;
        const QJsonObject body = bodyOf(config, kMessages);
        QCOMPARE(body.value(QLatin1String("stream")), QJsonValue(false));
        QVERIFY(!body.contains(QLatin1String("stream_options")));
        QCOMPARE(body.value(QLatin1String("thinking")).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("enabled")}}));
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 600);
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.7);
        QCOMPARE(body.size(), 6);
    }

    void chunks()
    {
        LlmChunk chunk;
        QString detail;
        QVERIFY(LlmJson::parseChunk(
            R"({"id":"x","object":"chat.completion.chunk","model":"deepseek-v4-flash","choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}]})",
            &chunk, &detail));
        QCOMPARE(chunk.content, QString());
        QCOMPARE(chunk.finishReason, QString());
        QCOMPARE(chunk.model, QStringLiteral("deepseek-v4-flash"));
        QCOMPARE(chunk.promptTokens, -1);

        QVERIFY(LlmJson::parseChunk(
            QStringLiteral(
                R"({"choices":[{"index":0,"delta":{"content":"Привет 👋"},"finish_reason":null}]})")
                .toUtf8(),
            &chunk, &detail));
        QCOMPARE(chunk.content, QStringLiteral("Привет 👋"));
        QCOMPARE(chunk.model, QString()); // reset between chunks

        // Thinking aloud is not part of the reply.
        QVERIFY(LlmJson::parseChunk(
            R"({"choices":[{"delta":{"content":null,"reasoning_content":"hmm"}}]})", &chunk,
            &detail));
        QCOMPARE(chunk.content, QString());

        QVERIFY(LlmJson::parseChunk(
            R"({"choices":[{"delta":{"content":""},"finish_reason":"length"}],"usage":null})",
            &chunk, &detail));
        QCOMPARE(chunk.finishReason, QStringLiteral("length"));

        QVERIFY(LlmJson::parseChunk(
            R"({"choices":[],"usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15}})",
            &chunk, &detail));
        QCOMPARE(chunk.promptTokens, 10);
        QCOMPARE(chunk.completionTokens, 5);
        QVERIFY(chunk.content.isEmpty());

        QVERIFY(LlmJson::parseChunk(R"({"error":{"message":"overloaded","type":"server_error"}})",
                                    &chunk, &detail));
        QCOMPARE(chunk.remoteError, QStringLiteral("overloaded [server_error]"));
    }

    void malformedChunks_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("detail");
        QTest::newRow("not json") << QByteArray(R"({"choices":[{"delta":)") << "not JSON";
        QTest::newRow("array") << QByteArray("[1,2]") << "not an object";
        QTest::newRow("content number")
            << QByteArray(R"({"choices":[{"delta":{"content":42}}]})") << "content";
        QTest::newRow("choices object")
            << QByteArray(R"({"choices":{"delta":{"content":"x"}}})") << "choices";
        QTest::newRow("choice string") << QByteArray(R"({"choices":["x"]})") << "choices[0]";
        QTest::newRow("delta string") << QByteArray(R"({"choices":[{"delta":"x"}]})") << "delta";
        QTest::newRow("finish number")
            << QByteArray(R"({"choices":[{"delta":{},"finish_reason":1}]})") << "finish_reason";
        QTest::newRow("usage string") << QByteArray(R"({"choices":[],"usage":"10"})") << "usage";
        QTest::newRow("tokens string")
            << QByteArray(R"({"choices":[],"usage":{"prompt_tokens":"10"}})") << "prompt_tokens";
        QTest::newRow("model number") << QByteArray(R"({"model":7,"choices":[]})") << "model";
    }
    void malformedChunks()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, detail);
        LlmChunk chunk;
        QString got;
        QVERIFY(!LlmJson::parseChunk(json, &chunk, &got));
        QVERIFY2(got.contains(detail), qPrintable(got));
    }

    void wholeAnswer()
    {
        const QByteArray spec =
            R"({"id":"a","object":"chat.completion","created":1700000000,"model":"deepseek-v4-flash","system_fingerprint":"fp",)"
            R"("choices":[{"index":0,"message":{"role":"assistant","content":"Добрый день!","reasoning_content":"think"},)"
            R"("logprobs":null,"finish_reason":"stop"}],)"
            R"("usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15,"prompt_cache_hit_tokens":0,)"
            R"("prompt_cache_miss_tokens":10,"completion_tokens_details":{"reasoning_tokens":0}}})";
        for (const QByteArray &prefix :
             {QByteArray(), QByteArray("\n\n\n"), QByteArray(" \r\n\t")}) {
            LlmChunk answer;
            QString detail;
            QVERIFY2(LlmJson::parseResponse(prefix + spec, &answer, &detail), qPrintable(detail));
            QCOMPARE(answer.content, QStringLiteral("Добрый день!"));
            QCOMPARE(answer.finishReason, QStringLiteral("stop"));
            QCOMPARE(answer.model, QStringLiteral("deepseek-v4-flash"));
            QCOMPARE(answer.promptTokens, 10);
            QCOMPARE(answer.completionTokens, 5);
        }
    }

    void malformedAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        QTest::newRow("html") << QByteArray("\n<html><body>Bad gateway</body></html>") << "HTML";
        QTest::newRow("empty") << QByteArray("\n\n") << "not JSON";
        // Not a raw string: moc misreads this one and then skips the whole class.
        QTest::newRow("truncated")
            << QByteArray("{\"choices\":[{\"message\":{\"content\":\"x") << "not JSON";
        QTest::newRow("no choices") << QByteArray(R"({"id":"a"})") << "no choices";
        QTest::newRow("empty choices") << QByteArray(R"({"choices":[]})") << "no choices";
        QTest::newRow("content number")
            << QByteArray(R"({"choices":[{"message":{"content":5}}]})") << "message.content";
        QTest::newRow("message array")
            << QByteArray(R"({"choices":[{"message":["x"]}]})") << "message is not an object";
    }
    void malformedAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        LlmChunk answer;
        QString got;
        QVERIFY(!LlmJson::parseResponse(body, &answer, &got));
        QVERIFY2(got.contains(detail), qPrintable(got));
    }

    void errorBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("code");
        QTest::newRow("401 spec")
            << QByteArray(
                   R"({"error":{"message":"Authentication Fails, Your api key: ****abcd is invalid","type":"authentication_error","param":null,"code":"invalid_request_error"}})")
            << "Authentication Fails, Your api key: ****abcd is invalid"
            << "authentication_error"
            << "invalid_request_error";
        QTest::newRow("402 spec")
            << QByteArray(
                   R"({"error":{"message":"Insufficient Balance","type":"unknown_error","param":null,"code":"invalid_request_error"}})")
            << "Insufficient Balance"
            << "unknown_error"
            << "invalid_request_error";
        QTest::newRow("numeric code")
            << QByteArray(R"({"error":{"message":"x","code":429}})") << "x"
            << ""
            << "429";
        QTest::newRow("bare string")
            << QByteArray(R"({"error":"Model Not Exist"})") << "Model Not Exist"
            << ""
            << "";
        QTest::newRow("top level")
            << QByteArray(R"({"message":"busy","type":"overloaded"})") << "busy"
            << "overloaded"
            << "";
        QTest::newRow("detail") << QByteArray(R"({"detail":"Not Found"})") << "Not Found"
                                << ""
                                << "";
        QTest::newRow("odd types") << QByteArray(R"({"error":{"message":["a"],"type":{}}})") << ""
                                   << ""
                                   << "";
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << ""
                              << ""
                              << "";
        QTest::newRow("empty") << QByteArray() << ""
                               << ""
                               << "";
        QTest::newRow("array") << QByteArray("[]") << ""
                               << ""
                               << "";
    }
    void errorBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(QString, type);
        QFETCH(QString, code);
        const LlmRemoteError error = LlmJson::parseError(body);
        QCOMPARE(error.message, message);
        QCOMPARE(error.type, type);
        QCOMPARE(error.code, code);
        QCOMPARE(error.isEmpty(), message.isEmpty() && type.isEmpty() && code.isEmpty());
    }

    void errorKinds()
    {
        LlmError error;
        QVERIFY(!error.isError());
        QVERIFY(LlmResult().ok());
        using K = LlmError::Kind;
        for (K kind : {K::Network, K::Timeout, K::RateLimited, K::Server}) {
            error.kind = kind;
            QVERIFY(error.isError());
            QVERIFY(error.isTransient());
        }
        for (K kind : {K::Tls, K::Auth, K::Balance, K::BadRequest, K::Malformed, K::Cancelled}) {
            error.kind = kind;
            QVERIFY(error.isError());
            QVERIFY(!error.isTransient());
        }
    }
};

QTEST_GUILESS_MAIN(TestLlmJson)
#include "tst_llmjson.moc"
