#include "tests/support/FakeLlmServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace agentp::testing {

namespace {

using Response = FakeHttpServer::Response;

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// Field order as the service writes it (QJsonObject would sort the keys).
QByteArray errorBody(const QString &message, const QByteArray &type, const QByteArray &code)
{
    return R"({"error":{"message":)" + jsonString(message) + R"(,"type":")" + type +
           R"(","param":null,"code":")" + code + R"("}})";
}

Response errorResponse(int status, const QString &message, const QByteArray &type,
                       const QByteArray &code = QByteArrayLiteral("invalid_request_error"))
{
    Response r;
    r.status = status;
    r.body = errorBody(message, type, code);
    return r;
}

QByteArray dataLine(const QJsonObject &object)
{
    return "data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n";
}

} // namespace

FakeLlmServer::FakeLlmServer(QObject *parent)
    : QObject(parent)
    , m_http(
          new FakeHttpServer([this](const FakeHttpServer::Request &r) { return handle(r); }, this))
{}

FakeLlmServer::~FakeLlmServer() = default;

bool FakeLlmServer::listen(quint16 port)
{
    return m_http->listen(QHostAddress::LocalHost, port);
}

QUrl FakeLlmServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_http->port()));
}

void FakeLlmServer::setUsage(int promptTokens, int completionTokens)
{
    m_promptTokens = promptTokens;
    m_completionTokens = completionTokens;
}

QByteArray FakeLlmServer::lastHeader(const QByteArray &lowerName) const
{
    for (const auto &h : m_lastHeaders)
        if (h.first == lowerName)
            return h.second;
    return {};
}

Response FakeLlmServer::handle(const FakeHttpServer::Request &request)
{
    m_lastHeaders = request.headers;
    m_lastPath = request.path;
    m_requests.append(QJsonDocument::fromJson(request.body).object());
    const Response response = route(request);
    ++m_statusCounts[response.status];
    return response;
}

Response FakeLlmServer::route(const FakeHttpServer::Request &request)
{
    if (request.path != "/chat/completions" && request.path != "/v1/chat/completions")
        return errorResponse(404, QStringLiteral("Not Found"), "invalid_request_error");
    if (request.method != "POST")
        return errorResponse(405, QStringLiteral("Method Not Allowed"), "invalid_request_error");
    const QByteArray authorization = request.header("authorization");
    if (authorization != "Bearer " + m_apiKey) {
        // DeepSeek shows the last four characters of the key it was given.
        const QByteArray given = authorization.startsWith("Bearer ") ? authorization.mid(7) : "";
        return errorResponse(401,
                             QStringLiteral("Authentication Fails, Your api key: ****%1 is invalid")
                                 .arg(QString::fromUtf8(given.right(4))),
                             "authentication_error");
    }
    if (m_noBalance)
        return errorResponse(402, QStringLiteral("Insufficient Balance"), "unknown_error");
    if (m_maxInFlight > 0 && m_inFlight >= m_maxInFlight) {
        Response r = errorResponse(429, QStringLiteral("Too many concurrent requests"),
                                   "rate_limit_error", "rate_limit_exceeded");
        if (!m_retryAfter.isEmpty())
            r.headers.append({QByteArrayLiteral("Retry-After"), m_retryAfter});
        return r;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return errorResponse(400,
                             QStringLiteral("Failed to parse the request body as JSON: %1")
                                 .arg(parseError.errorString()),
                             "invalid_request_error");
    const QJsonObject body = doc.object();
    const QString invalid = validate(body);
    if (!invalid.isEmpty())
        return errorResponse(422, invalid, "invalid_request_error");
    if (m_failure == 503)
        return errorResponse(503, QStringLiteral("Server overloaded, please try again later"),
                             "server_error", "server_overloaded");
    if (m_failure != 0)
        return errorResponse(m_failure, QStringLiteral("Internal server error"), "server_error",
                             "internal_error");
    if (m_html) {
        Response r;
        r.contentType = QByteArrayLiteral("text/html");
        r.body = QByteArrayLiteral("<!DOCTYPE html>\n<html><head><title>Welcome</title></head>"
                                   "<body><h1>Welcome to nginx!</h1></body></html>\n");
        return r;
    }
    return answer(body);
}

QString FakeLlmServer::validate(const QJsonObject &body) const
{
    const QString prefix =
        QStringLiteral("Failed to deserialize the JSON body into the target type: ");
    if (!body.value(QLatin1String("model")).isString())
        return prefix + QStringLiteral("missing field `model`");
    const QJsonValue messages = body.value(QLatin1String("messages"));
    if (!messages.isArray())
        return prefix + QStringLiteral("missing field `messages`");
    if (messages.toArray().isEmpty())
        return QStringLiteral("messages must not be empty");
    static const QStringList roles{QStringLiteral("system"), QStringLiteral("user"),
                                   QStringLiteral("assistant"), QStringLiteral("tool")};
    int index = 0;
    for (const auto &value : messages.toArray()) {
        const QJsonObject m = value.toObject();
        if (!roles.contains(m.value(QLatin1String("role")).toString()) ||
            !m.value(QLatin1String("content")).isString())
            return prefix + QStringLiteral("messages[%1]: invalid role or content").arg(index);
        ++index;
    }
    const QJsonValue stream = body.value(QLatin1String("stream"));
    if (!stream.isUndefined() && !stream.isNull() && !stream.isBool())
        return prefix + QStringLiteral("stream: invalid type");
    const QJsonValue temperature = body.value(QLatin1String("temperature"));
    if (!temperature.isUndefined() &&
        (!temperature.isDouble() || temperature.toDouble() < 0 || temperature.toDouble() > 2))
        return QStringLiteral("temperature must be between 0 and 2");
    const QJsonValue maxTokens = body.value(QLatin1String("max_tokens"));
    if (!maxTokens.isUndefined() &&
        (!maxTokens.isDouble() || maxTokens.toDouble() < 1 || maxTokens.toDouble() > 384 * 1024))
        return QStringLiteral("max_tokens is out of range");
    const QJsonValue thinking = body.value(QLatin1String("thinking"));
    if (!thinking.isUndefined()) {
        const QString type = thinking.toObject().value(QLatin1String("type")).toString();
        if (type != QLatin1String("enabled") && type != QLatin1String("disabled"))
            return prefix + QStringLiteral("thinking.type: unknown variant");
    }
    if (!m_models.contains(body.value(QLatin1String("model")).toString()))
        return QStringLiteral("Model Not Exist");
    return {};
}

Response FakeLlmServer::answer(const QJsonObject &body)
{
    ++m_answerCounter;
    const QString text = m_generator ? m_generator(body) : m_replyText;
    Response r;
    if (!body.value(QLatin1String("stream")).toBool() || m_ignoreStream) {
        const QByteArray json = jsonAnswer(body, text);
        if (m_pieceBytes <= 0 && m_stallAfter < 0) {
            r.body = json;
            return r;
        }
        return streamed(r, json);
    }
    r.contentType = QByteArrayLiteral("text/event-stream; charset=utf-8");
    r.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")});
    return streamed(r, eventStream(body, text));
}

Response FakeLlmServer::streamed(Response response, const QByteArray &body)
{
    response.action = Response::Action::Stream;
    const qsizetype step = m_pieceBytes > 0 ? m_pieceBytes : qMax<qsizetype>(body.size(), 1);
    for (qsizetype i = 0; i < body.size(); i += step)
        response.pieces.append(body.mid(i, step));
    response.pieceIntervalMs = m_pieceIntervalMs;
    response.stallAfterPieces = m_stallAfter;
    ++m_inFlight;
    response.streamEnded = [this] {
        --m_inFlight;
    };
    return response;
}

QStringList FakeLlmServer::fragments(const QString &text) const
{
    // By characters, never between the halves of a surrogate pair: the service sends whole
    // characters in each chunk; the byte pieces are what cut through them.
    QStringList out;
    QString current;
    int chars = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        current += text.at(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            current += text.at(++i);
        if (++chars >= qMax(1, m_deltaChars)) {
            out.append(current);
            current.clear();
            chars = 0;
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

QJsonObject FakeLlmServer::usage(const QJsonObject &body, int fragments) const
{
    int prompt = m_promptTokens;
    if (prompt < 0) {
        prompt = 0;
        for (const auto &m : body.value(QLatin1String("messages")).toArray())
            prompt += int(m.toObject().value(QLatin1String("content")).toString().size());
    }
    const int completion = m_completionTokens >= 0 ? m_completionTokens : fragments;
    return QJsonObject{
        {QStringLiteral("prompt_tokens"), prompt},
        {QStringLiteral("completion_tokens"), completion},
        {QStringLiteral("total_tokens"), prompt + completion},
        {QStringLiteral("prompt_cache_hit_tokens"), 0},
        {QStringLiteral("prompt_cache_miss_tokens"), prompt},
        {QStringLiteral("completion_tokens_details"),
         QJsonObject{{QStringLiteral("reasoning_tokens"), 0}}},
    };
}

QByteArray FakeLlmServer::eventStream(const QJsonObject &body, const QString &text)
{
    QByteArray out;
    for (int i = 0; i < m_keepAlive; ++i)
        out += ": keep-alive\n\n";
    const QJsonObject base{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-fake-%1").arg(m_answerCounter)},
        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
        {QStringLiteral("created"), 1700000000},
        {QStringLiteral("model"), body.value(QLatin1String("model"))},
        {QStringLiteral("system_fingerprint"), QStringLiteral("fp_fake")},
    };
    const auto chunk = [&base](const QJsonObject &delta, const QJsonValue &finish) {
        QJsonObject c = base;
        c.insert(QStringLiteral("choices"),
                 QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                        {QStringLiteral("delta"), delta},
                                        {QStringLiteral("logprobs"), QJsonValue::Null},
                                        {QStringLiteral("finish_reason"), finish}}});
        return dataLine(c);
    };
    out += chunk({{QStringLiteral("role"), QStringLiteral("assistant")},
                  {QStringLiteral("content"), QString()}},
                 QJsonValue::Null);
    const QString thinking =
        body.value(QLatin1String("thinking")).toObject().value(QLatin1String("type")).toString();
    if (thinking != QLatin1String("disabled")) // V4 thinks unless told not to
        for (const QString &f : fragments(m_reasoningText))
            out += chunk({{QStringLiteral("content"), QJsonValue::Null},
                          {QStringLiteral("reasoning_content"), f}},
                         QJsonValue::Null);
    const QStringList parts = fragments(text);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        out += chunk({{QStringLiteral("content"), parts.at(i)}}, QJsonValue::Null);
        if (i != 0)
            continue;
        if (m_misbehaviour == Misbehaviour::BadJsonLine)
            out += "data: {\"id\":\"broken\",\"choices\":[{\"delta\":{\"content\":\"x\"}\n\n";
        else if (m_misbehaviour == Misbehaviour::WrongTypes)
            out += chunk({{QStringLiteral("content"), 42}}, QJsonValue::Null);
        else if (m_misbehaviour == Misbehaviour::ErrorChunk)
            out += "data: " +
                   errorBody(QStringLiteral("Internal error while generating"), "server_error",
                             "internal_error") +
                   "\n\n";
    }
    if (m_misbehaviour == Misbehaviour::CutBeforeDone)
        return out;
    out += chunk({{QStringLiteral("content"), QString()}}, m_finishReason);
    const bool includeUsage = body.value(QLatin1String("stream_options"))
                                  .toObject()
                                  .value(QLatin1String("include_usage"))
                                  .toBool();
    if (includeUsage) {
        QJsonObject last = base;
        last.insert(QStringLiteral("choices"), QJsonArray());
        last.insert(QStringLiteral("usage"), usage(body, int(parts.size())));
        out += dataLine(last);
    }
    if (m_misbehaviour != Misbehaviour::NoDone)
        out += "data: [DONE]\n\n";
    return out;
}

QByteArray FakeLlmServer::jsonAnswer(const QJsonObject &body, const QString &text)
{
    QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                        {QStringLiteral("content"), text}};
    const QString thinking =
        body.value(QLatin1String("thinking")).toObject().value(QLatin1String("type")).toString();
    if (thinking != QLatin1String("disabled"))
        message.insert(QStringLiteral("reasoning_content"), m_reasoningText);
    const QJsonObject answer{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-fake-%1").arg(m_answerCounter)},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("created"), 1700000000},
        {QStringLiteral("model"), body.value(QLatin1String("model"))},
        {QStringLiteral("system_fingerprint"), QStringLiteral("fp_fake")},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                {QStringLiteral("message"), message},
                                {QStringLiteral("logprobs"), QJsonValue::Null},
                                {QStringLiteral("finish_reason"), m_finishReason}}}},
        {QStringLiteral("usage"), usage(body, int(fragments(text).size()))},
    };
    // While a request waits in the queue the service sends bare blank lines before the JSON.
    return QByteArray(m_keepAlive, '\n') + QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

} // namespace agentp::testing
