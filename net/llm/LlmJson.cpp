#include "net/llm/LlmJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace agentp::net::llm {

namespace {

bool parseObject(const QByteArray &json, QJsonObject *object, QString *detail)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        *detail = QStringLiteral("not JSON: %1 at offset %2 of %3 bytes")
                      .arg(error.errorString())
                      .arg(error.offset)
                      .arg(json.size());
        return false;
    }
    if (!doc.isObject()) {
        *detail = QStringLiteral("JSON is not an object");
        return false;
    }
    *object = doc.object();
    return true;
}

// Absent and null are both "nothing"; any other type than string is an error.
bool optionalString(const QJsonObject &object, const QString &key, const QString &where,
                    QString *out, QString *detail)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        *detail = QStringLiteral("%1.%2 is not a string").arg(where, key);
        return false;
    }
    *out = value.toString();
    return true;
}

bool optionalCount(const QJsonObject &object, const QString &key, int *out, QString *detail)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isDouble() || value.toDouble() < 0) {
        *detail = QStringLiteral("usage.%1 is not a count").arg(key);
        return false;
    }
    *out = int(value.toDouble());
    return true;
}

bool readUsage(const QJsonObject &root, LlmChunk *out, QString *detail)
{
    const QJsonValue usage = root.value(QLatin1String("usage"));
    if (usage.isUndefined() || usage.isNull())
        return true;
    if (!usage.isObject()) {
        *detail = QStringLiteral("usage is not an object");
        return false;
    }
    const QJsonObject u = usage.toObject();
    return optionalCount(u, QStringLiteral("prompt_tokens"), &out->promptTokens, detail) &&
           optionalCount(u, QStringLiteral("completion_tokens"), &out->completionTokens, detail);
}

LlmRemoteError errorFrom(const QJsonObject &root)
{
    LlmRemoteError out;
    const QJsonValue error = root.value(QLatin1String("error"));
    // Proxies and other compatible servers vary: a bare string, or the fields at the top.
    if (error.isString()) {
        out.message = error.toString();
        return out;
    }
    const QJsonObject fields = error.isObject() ? error.toObject() : root;
    const auto text = [&fields](const char *key) {
        const QJsonValue v = fields.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 12);
        return QString();
    };
    out.message = text("message");
    if (out.message.isEmpty())
        out.message = text("detail");
    out.type = text("type");
    out.code = text("code");
    return out;
}

// The fields every chunk and answer share: model, usage, an error object, the first choice.
// `body` names the object inside the choice: "delta" for chunks, "message" for answers.
bool readCommon(const QJsonObject &root, const QString &body, LlmChunk *out, QString *detail)
{
    const QJsonValue error = root.value(QLatin1String("error"));
    if (!error.isUndefined() && !error.isNull()) {
        const LlmRemoteError remote = errorFrom(root);
        out->remoteError = remote.isEmpty() ? QStringLiteral("error") : remote.summary();
        return true;
    }
    if (!optionalString(root, QStringLiteral("model"), QStringLiteral("root"), &out->model,
                        detail) ||
        !readUsage(root, out, detail))
        return false;
    const QJsonValue choices = root.value(QLatin1String("choices"));
    if (choices.isUndefined() || choices.isNull())
        return true;
    if (!choices.isArray()) {
        *detail = QStringLiteral("choices is not an array");
        return false;
    }
    const QJsonArray list = choices.toArray();
    if (list.isEmpty())
        return true; // the final usage chunk
    if (!list.first().isObject()) {
        *detail = QStringLiteral("choices[0] is not an object");
        return false;
    }
    const QJsonObject choice = list.first().toObject();
    if (!optionalString(choice, QStringLiteral("finish_reason"), QStringLiteral("choices[0]"),
                        &out->finishReason, detail))
        return false;
    const QJsonValue inner = choice.value(body);
    if (inner.isUndefined() || inner.isNull())
        return true;
    if (!inner.isObject()) {
        *detail = QStringLiteral("choices[0].%1 is not an object").arg(body);
        return false;
    }
    // reasoning_content is the model thinking aloud: never part of the reply, so not read.
    return optionalString(inner.toObject(), QStringLiteral("content"),
                          QStringLiteral("choices[0].") + body, &out->content, detail);
}

} // namespace

QString LlmRemoteError::summary() const
{
    QStringList kinds;
    if (!type.isEmpty())
        kinds << type;
    if (!code.isEmpty())
        kinds << code;
    return kinds.isEmpty() ? message
                           : QStringLiteral("%1 [%2]").arg(message, kinds.join(QLatin1Char('/')));
}

QByteArray LlmJson::requestBody(const LlmConfig &config, const QList<LlmMessage> &messages)
{
    QJsonArray list;
    for (const auto &message : messages)
        list.append(QJsonObject{{QStringLiteral("role"), message.role},
                                {QStringLiteral("content"), message.content}});
    QJsonObject body{
        {QStringLiteral("model"), config.model},
        {QStringLiteral("messages"), list},
        {QStringLiteral("stream"), config.stream},
        {QStringLiteral("thinking"),
         QJsonObject{{QStringLiteral("type"),
                      config.thinking ? QStringLiteral("enabled") : QStringLiteral("disabled")}}},
        {QStringLiteral("max_tokens"), config.maxTokens},
        {QStringLiteral("temperature"), config.temperature},
    };
    if (config.stream)
        body.insert(QStringLiteral("stream_options"),
                    QJsonObject{{QStringLiteral("include_usage"), true}});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

bool LlmJson::parseChunk(const QByteArray &json, LlmChunk *chunk, QString *detail)
{
    QJsonObject root;
    *chunk = {};
    return parseObject(json, &root, detail) &&
           readCommon(root, QStringLiteral("delta"), chunk, detail);
}

bool LlmJson::parseResponse(const QByteArray &body, LlmChunk *response, QString *detail)
{
    QJsonObject root;
    *response = {};
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('<')) {
        *detail = QStringLiteral("an HTML page instead of JSON (%1 bytes)").arg(body.size());
        return false;
    }
    if (!parseObject(trimmed, &root, detail) ||
        !readCommon(root, QStringLiteral("message"), response, detail))
        return false;
    if (!response->remoteError.isEmpty())
        return true;
    const QJsonValue choices = root.value(QLatin1String("choices"));
    if (!choices.isArray() || choices.toArray().isEmpty()) {
        *detail = QStringLiteral("the answer has no choices");
        return false;
    }
    return true;
}

LlmRemoteError LlmJson::parseError(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body.trimmed());
    return doc.isObject() ? errorFrom(doc.object()) : LlmRemoteError();
}

} // namespace agentp::net::llm
