#include "net/llm/LlmClient.h"

#include "models/LogCategories.h"
#include "net/http/HttpTransport.h"
#include "net/llm/LlmJson.h"
#include "net/llm/SseParser.h"

#include <QTimer>

namespace agentp::net::llm {

namespace {

using Kind = LlmError::Kind;

// A JSON answer is a few kilobytes; an event stream is bounded by max_tokens. Both caps only
// stop a broken or hostile server from filling memory.
constexpr qint64 kMaxJsonBytes = 8 * 1024 * 1024;
constexpr qint64 kMaxStreamBytes = 32 * 1024 * 1024;
constexpr int kDetailChars = 300;

QUrl endpointFor(const QUrl &base)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/chat/completions")))
        path += QLatin1String("/chat/completions");
    url.setPath(path);
    return url;
}

// Remote messages may echo what they were sent; the key must not reach a log or the screen.
QString redact(QString text, const QByteArray &key)
{
    if (!key.isEmpty())
        text.replace(QString::fromUtf8(key), QLatin1String("***"));
    return text;
}

QDateTime retryAtFrom(const QByteArray &value)
{
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok && seconds >= 0)
        return QDateTime::currentDateTimeUtc().addSecs(seconds);
    const QDateTime date =
        QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    return date.isValid() ? date.toUTC() : QDateTime();
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

Kind kindOf(ConnectorError::Kind kind)
{
    switch (kind) {
    case ConnectorError::Kind::Timeout:
        return Kind::Timeout;
    case ConnectorError::Kind::Tls:
        return Kind::Tls;
    case ConnectorError::Kind::Malformed:
        return Kind::Malformed;
    case ConnectorError::Kind::Cancelled:
        return Kind::Cancelled;
    case ConnectorError::Kind::BadRequest: // refused by UrlPolicy before anything was sent
        return Kind::BadRequest;
    default:
        return Kind::Network;
    }
}

// What an HTTP error status means for the caller; the remote message goes to the detail only.
LlmError statusError(const HttpResult &http, const QString &host, const QString &model)
{
    const int status = http.status;
    const LlmRemoteError remote = LlmJson::parseError(http.body);
    LlmError e;
    e.httpStatus = status;
    e.detail = QStringLiteral("HTTP %1").arg(status);
    if (!remote.isEmpty())
        e.detail += QLatin1String(": ") + remote.summary();
    else if (!http.body.isEmpty())
        e.detail += QLatin1String(", not an error object: ") +
                    QString::fromUtf8(http.body.left(kDetailChars)).simplified();
    const bool aboutModel = remote.message.contains(QLatin1String("model"), Qt::CaseInsensitive);
    if (status == 401 || status == 403) {
        e.kind = Kind::Auth;
        e.message = LlmClient::tr("%1 refused the API key.").arg(host);
    } else if (status == 402) {
        e.kind = Kind::Balance;
        e.message = LlmClient::tr("The account at %1 has run out of balance.").arg(host);
    } else if (status == 429 || status == 408) {
        e.kind = status == 429 ? Kind::RateLimited : Kind::Timeout;
        e.message =
            LlmClient::tr("%1 is busy (%2); the draft will be retried.").arg(host).arg(status);
        if (status == 429)
            e.retryAt = retryAtFrom(http.header("Retry-After"));
    } else if (status == 503) {
        e.kind = Kind::Server;
        e.message = LlmClient::tr("%1 is overloaded (%2); the draft will be retried.")
                        .arg(host)
                        .arg(status);
    } else if (status >= 500 && status <= 599) {
        e.kind = Kind::Server;
        e.message = LlmClient::tr("%1 had an internal error (%2); the draft will be retried.")
                        .arg(host)
                        .arg(status);
    } else if (status >= 400 && status <= 499) {
        // Model names change every few months (spec §4.1): a retired one is the likely cause.
        e.kind = Kind::BadRequest;
        if (aboutModel)
            e.message = LlmClient::tr("%1 does not accept the model “%2”.").arg(host, model);
        else if (status == 404)
            e.message =
                LlmClient::tr("%1 offers no chat completions at this address (404).").arg(host);
        else
            e.message = LlmClient::tr("%1 rejected the request (%2).").arg(host).arg(status);
    } else {
        e.kind = Kind::Malformed;
        e.message = LlmClient::tr("%1 gave an unexpected answer (%2).").arg(host).arg(status);
    }
    return e;
}

} // namespace

struct LlmClient::Call
{
    enum class Mode
    {
        Unknown, // nothing but whitespace yet
        Events,  // text/event-stream
        Json,    // a server that ignored "stream": one JSON answer
    };
    QString host;
    QString model;
    QByteArray apiKey;
    bool stream = true;
    Delta onDelta;
    Done done;
    quint64 transportId = 0;
    Mode mode = Mode::Unknown;
    QByteArray head; // leading bytes until the first one that tells the kind of answer
    QByteArray json;
    qint64 received = 0;
    SseParser parser;
    LlmResult result;
};

LlmClient::LlmClient(QObject *parent)
    : QObject(parent)
    , m_transport(new HttpTransport(this))
{}

LlmClient::~LlmClient()
{
    m_transport->cancelAll();
    m_calls.clear();
}

QByteArray LlmClient::requestBody(const LlmConfig &config, const QList<LlmMessage> &messages)
{
    return LlmJson::requestBody(config, messages);
}

LlmClient::Call *LlmClient::find(quint64 id) const
{
    const auto it = m_calls.find(id);
    return it == m_calls.end() ? nullptr : it->second.get();
}

quint64 LlmClient::complete(const LlmConfig &config, const QList<LlmMessage> &messages,
                            Delta onDelta, Done done)
{
    const quint64 id = m_nextId++;
    auto call = std::make_unique<Call>();
    call->host = config.baseUrl.host();
    call->model = config.model;
    call->apiKey = config.apiKey;
    call->stream = config.stream;
    call->onDelta = std::move(onDelta);
    call->done = std::move(done);
    m_calls.emplace(id, std::move(call));

    const QUrl &base = config.baseUrl;
    const QString scheme = base.scheme().toLower();
    if (!base.isValid() || base.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        fail(id, Kind::BadRequest,
             tr("The AI service address “%1” is not valid.")
                 .arg(base.toDisplayString(QUrl::RemoveUserInfo)),
             {});
        return id;
    }
    if (config.model.trimmed().isEmpty()) {
        fail(id, Kind::BadRequest, tr("No AI model is configured."), {});
        return id;
    }
    if (config.apiKey.isEmpty()) {
        fail(id, Kind::BadRequest, tr("No API key is configured for the AI service."), {});
        return id;
    }
    for (const char c : config.apiKey) {
        // It goes into a header line: a stray newline would end the header early.
        if (uchar(c) <= 0x20 || uchar(c) == 0x7f) {
            fail(id, Kind::BadRequest,
                 tr("The API key for the AI service contains spaces or control characters."), {});
            return id;
        }
    }

    HttpRequest request;
    request.url = endpointFor(base);
    request.headers = {
        {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + config.apiKey},
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
        {QByteArrayLiteral("Accept"), config.stream ? QByteArrayLiteral("text/event-stream")
                                                    : QByteArrayLiteral("application/json")},
    };
    request.body = LlmJson::requestBody(config, messages);

    HttpTransport::Options options = m_transport->options();
    options.timeoutMs = config.timeoutMs > 0 ? config.timeoutMs : LlmConfig().timeoutMs;
    options.maxBodyBytes = kMaxJsonBytes;
    options.trustedCertificates = config.trustedCertificates;
    m_transport->setOptions(options); // read by send() only, so calls may differ
    HttpTransport::Chunk chunk;
    if (config.stream)
        chunk = [this, id](const QByteArray &bytes) {
            onBytes(id, bytes);
        };
    const quint64 transportId = m_transport->send(
        request, [this, id](const HttpResult &http) { onHttpDone(id, http); }, std::move(chunk));
    if (Call *c = find(id))
        c->transportId = transportId;
    return id;
}

void LlmClient::cancel(quint64 id)
{
    if (!find(id))
        return;
    LlmError error;
    error.kind = Kind::Cancelled;
    error.message = tr("The AI request was cancelled.");
    finish(id, error);
}

void LlmClient::onBytes(quint64 id, const QByteArray &bytes)
{
    Call *call = find(id);
    if (!call)
        return;
    const auto unreadable = [call] {
        return tr("%1 sent an answer that could not be read.").arg(call->host);
    };
    call->received += bytes.size();
    if (call->received > kMaxStreamBytes ||
        (call->mode == Call::Mode::Json && call->received > kMaxJsonBytes)) {
        fail(id, Kind::Malformed, tr("The answer from %1 is too large.").arg(call->host),
             QStringLiteral("over %1 bytes").arg(call->received));
        return;
    }
    QByteArray data = bytes;
    if (call->mode == Call::Mode::Json) {
        call->json += bytes;
        return;
    }
    if (call->mode == Call::Mode::Unknown) {
        // The Content-Type is not known before the end, and servers that ignore "stream" send
        // JSON (after blank keep-alive lines): the first visible byte tells them apart.
        call->head += bytes;
        qsizetype i = 0;
        while (i < call->head.size() && isSpace(call->head.at(i)))
            ++i;
        if (i == call->head.size())
            return;
        const char first = call->head.at(i);
        if (first == '<') {
            fail(id, Kind::Malformed, unreadable(),
                 QStringLiteral("an HTML page instead of an event stream"));
            return;
        }
        if (first == '{') {
            call->mode = Call::Mode::Json;
            call->json = std::exchange(call->head, {});
            return;
        }
        call->mode = Call::Mode::Events;
        data = std::exchange(call->head, {});
    }
    const QList<SseParser::Event> events = call->parser.feed(data);
    for (const auto &event : events)
        if (!handleEvent(id, event.type, event.data))
            return;
    call = find(id);
    if (call && call->parser.hasError())
        fail(id, Kind::Malformed, unreadable(), call->parser.error());
}

bool LlmClient::handleEvent(quint64 id, const QString &type, const QString &data)
{
    Call *call = find(id);
    if (!call)
        return false;
    const QString trimmed = data.trimmed();
    if (trimmed == QLatin1String("[DONE]")) {
        finish(id, {});
        return false;
    }
    const QString remoteTrouble =
        tr("%1 reported an error while answering; the draft will be retried.").arg(call->host);
    if (type == QLatin1String("error")) {
        fail(id, Kind::Server, remoteTrouble, data.left(kDetailChars));
        return false;
    }
    if (trimmed.isEmpty())
        return true;
    LlmChunk chunk;
    QString detail;
    if (!LlmJson::parseChunk(data.toUtf8(), &chunk, &detail)) {
        fail(id, Kind::Malformed, tr("%1 sent an answer that could not be read.").arg(call->host),
             detail);
        return false;
    }
    if (!chunk.remoteError.isEmpty()) {
        fail(id, Kind::Server, remoteTrouble, chunk.remoteError);
        return false;
    }
    if (!chunk.model.isEmpty())
        call->result.model = chunk.model;
    if (chunk.promptTokens >= 0)
        call->result.promptTokens = chunk.promptTokens;
    if (chunk.completionTokens >= 0)
        call->result.completionTokens = chunk.completionTokens;
    if (!chunk.finishReason.isEmpty())
        call->result.finishReason = chunk.finishReason;
    return chunk.content.isEmpty() || deliver(id, chunk.content);
}

bool LlmClient::deliver(quint64 id, const QString &fragment)
{
    Call *call = find(id);
    if (!call)
        return false;
    call->result.text += fragment;
    if (!call->onDelta)
        return true;
    // A copy: the callback may cancel the call, which frees the stored function while it runs.
    const Delta onDelta = call->onDelta;
    onDelta(fragment);
    return find(id) != nullptr;
}

void LlmClient::finishJson(quint64 id, const QByteArray &body)
{
    Call *call = find(id);
    if (!call)
        return;
    LlmChunk response;
    QString detail;
    if (!LlmJson::parseResponse(body, &response, &detail)) {
        fail(id, Kind::Malformed, tr("%1 sent an answer that could not be read.").arg(call->host),
             detail);
        return;
    }
    if (!response.remoteError.isEmpty()) {
        fail(id, Kind::Server,
             tr("%1 reported an error while answering; the draft will be retried.").arg(call->host),
             response.remoteError);
        return;
    }
    call->result.model = response.model;
    call->result.finishReason = response.finishReason;
    call->result.promptTokens = response.promptTokens;
    call->result.completionTokens = response.completionTokens;
    if (!response.content.isEmpty() && !deliver(id, response.content))
        return;
    finish(id, {});
}

void LlmClient::onHttpDone(quint64 id, const HttpResult &http)
{
    Call *call = find(id);
    if (!call)
        return;
    call->transportId = 0;
    if (http.error.isError()) {
        fail(id, kindOf(http.error.kind), http.error.message, http.error.detail);
        return;
    }
    if (http.status < 200 || http.status > 299) {
        finish(id, statusError(http, call->host, call->model));
        return;
    }
    if (!call->stream || call->mode == Call::Mode::Json) {
        finishJson(id, call->stream ? call->json : http.body);
        return;
    }
    if (call->mode == Call::Mode::Unknown) {
        fail(id, Kind::Malformed, tr("%1 sent an empty answer.").arg(call->host),
             QStringLiteral("no body"));
        return;
    }
    const QList<SseParser::Event> events = call->parser.finish();
    for (const auto &event : events)
        if (!handleEvent(id, event.type, event.data))
            return;
    call = find(id);
    if (!call)
        return;
    // Without [DONE] but with a finish_reason the answer is complete; only its last line got
    // lost. Without either the text may stop in mid-sentence, which must not be sent as is.
    if (!call->result.finishReason.isEmpty()) {
        finish(id, {});
        return;
    }
    fail(id, Kind::Malformed, tr("The answer from %1 broke off.").arg(call->host),
         QStringLiteral("the stream ended without [DONE] or a finish_reason"));
}

void LlmClient::fail(quint64 id, Kind kind, const QString &message, const QString &detail,
                     int httpStatus)
{
    LlmError error;
    error.kind = kind;
    error.httpStatus = httpStatus;
    error.message = message;
    error.detail = detail;
    finish(id, error);
}

void LlmClient::finish(quint64 id, LlmError error)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    const std::unique_ptr<Call> call = std::move(it->second);
    m_calls.erase(it);
    if (call->transportId)
        m_transport->cancel(call->transportId);
    error.message = redact(error.message, call->apiKey);
    error.detail = redact(error.detail, call->apiKey);
    if (error.isError())
        qCDebug(lcNet) << "LLM call to" << call->host << "failed:" << error.detail;
    LlmResult result = std::move(call->result);
    result.error = std::move(error);
    if (!call->done)
        return;
    // Always from the event loop: the caller may be inside complete(), cancel() or onDelta.
    QTimer::singleShot(
        0, this, [done = std::move(call->done), result = std::move(result)] { done(result); });
}

} // namespace agentp::net::llm
