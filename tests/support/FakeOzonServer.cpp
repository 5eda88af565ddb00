#include "tests/support/FakeOzonServer.h"

#include "tests/support/FakeOzonJson.h"

#include <QMutexLocker>
#include <QThread>

namespace agentp::testing {

using Response = FakeHttpServer::Response;
using namespace fakeozon;

QByteArray FakeOzonServer::Recorded::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers)
        if (h.first == lowerName)
            return h.second;
    return {};
}

FakeOzonServer::FakeOzonServer(QObject *parent)
    : FakeOzonServer(Options{}, parent)
{}

FakeOzonServer::FakeOzonServer(const Options &options, QObject *parent)
    : QObject(parent)
    , m_http(
          new FakeHttpServer([this](const FakeHttpServer::Request &r) { return handle(r); }, this))
    , m_options(options)
{
    m_clock.start();
}

FakeOzonServer::~FakeOzonServer() = default;

bool FakeOzonServer::listen(quint16 port)
{
    if (!m_http->listen(QHostAddress::LocalHost, port))
        return false;
    QMutexLocker lock(&m_mutex);
    m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_http->port()));
    return true;
}

bool FakeOzonServer::listenTls(const QSslCertificate &certificate, const QSslKey &key, quint16 port)
{
    if (!m_http->listenTls(certificate, key, QHostAddress::LocalHost, port))
        return false;
    QMutexLocker lock(&m_mutex);
    m_baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_http->port()));
    return true;
}

QUrl FakeOzonServer::baseUrl() const
{
    QMutexLocker lock(&m_mutex);
    return m_baseUrl;
}

FakeOzonServer::Options FakeOzonServer::options() const
{
    QMutexLocker lock(&m_mutex);
    return m_options;
}

void FakeOzonServer::setOptions(const Options &options)
{
    QMutexLocker lock(&m_mutex);
    m_options = options;
}

void FakeOzonServer::setPremium(bool premium)
{
    QMutexLocker lock(&m_mutex);
    m_options.premium = premium;
}

void FakeOzonServer::setRateLimit(int perSecond, const QByteArray &retryAfter)
{
    QMutexLocker lock(&m_mutex);
    m_options.rateLimitPerSecond = perSecond;
    m_options.retryAfterOn429 = retryAfter;
    m_window.clear();
}

void FakeOzonServer::setIdsAsStrings(bool strings)
{
    QMutexLocker lock(&m_mutex);
    m_options.idsAsStrings = strings;
}

QString FakeOzonServer::addChat(const FakeOzonData::Chat &chat)
{
    QMutexLocker lock(&m_mutex);
    return m_data.addChat(chat);
}

QString FakeOzonServer::addMessage(const QString &chatId, const FakeOzonData::Message &message)
{
    QMutexLocker lock(&m_mutex);
    return m_data.addMessage(chatId, message);
}

void FakeOzonServer::generate(int chats, int messagesPerChat, quint64 seed)
{
    QMutexLocker lock(&m_mutex);
    m_data.generate(chats, messagesPerChat, seed);
}

QList<FakeOzonData::Message> FakeOzonServer::messages(const QString &chatId) const
{
    QMutexLocker lock(&m_mutex);
    return m_data.messages(chatId);
}

int FakeOzonServer::messageCount(const QString &chatId) const
{
    QMutexLocker lock(&m_mutex);
    return m_data.messageCount(chatId);
}

int FakeOzonServer::unreadCount(const QString &chatId) const
{
    QMutexLocker lock(&m_mutex);
    return m_data.unreadCount(chatId);
}

QString FakeOzonServer::readUpTo(const QString &chatId) const
{
    QMutexLocker lock(&m_mutex);
    return m_data.readUpTo(chatId);
}

int FakeOzonServer::sendCount(const QString &chatId) const
{
    QMutexLocker lock(&m_mutex);
    return m_data.sendCount(chatId);
}

QByteArray FakeOzonServer::fileContent(const QString &fileId) const
{
    QMutexLocker lock(&m_mutex);
    return m_files.value(fileId);
}

void FakeOzonServer::injectFault(const Fault &fault)
{
    QMutexLocker lock(&m_mutex);
    m_faults.push_back(fault);
}

void FakeOzonServer::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

QList<FakeOzonServer::Recorded> FakeOzonServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int FakeOzonServer::requestCount(const QByteArray &path) const
{
    QMutexLocker lock(&m_mutex);
    if (path.isEmpty())
        return int(m_requests.size());
    int n = 0;
    for (const auto &r : m_requests)
        n += r.path == path ? 1 : 0;
    return n;
}

void FakeOzonServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

Response FakeOzonServer::handle(const FakeHttpServer::Request &request)
{
    QMutexLocker lock(&m_mutex);
    Recorded record;
    record.method = request.method;
    record.path = request.path;
    record.headers = request.headers;
    record.body = request.body;
    record.receivedMs = m_clock.elapsed();

    Response response;
    // The first fault that still applies to this path decides.
    auto fault = m_faults.begin();
    for (; fault != m_faults.end(); ++fault)
        if (fault->count != 0 && (fault->path.isEmpty() || fault->path == request.path))
            break;
    if (fault != m_faults.end()) {
        const Fault applied = *fault;
        if (fault->count > 0 && --fault->count == 0)
            m_faults.erase(fault);
        using K = Fault::Kind;
        if (applied.kind == K::WrongTypes || applied.kind == K::MissingFields ||
            applied.kind == K::UnknownEnums || applied.kind == K::TruncatedJson) {
            m_shape = &applied;
            response = route(request);
            m_shape = nullptr;
            if (applied.kind == K::TruncatedJson)
                response.body.truncate(response.body.size() / 2);
        } else {
            response = faultResponse(applied, request.path);
        }
    } else {
        response = route(request);
    }
    record.status = response.action == Response::Action::Send ||
                            response.action == Response::Action::CutShort ||
                            response.action == Response::Action::Trickle
                        ? response.status
                        : 0;
    if (m_options.recordRequests)
        m_requests.append(std::move(record));
    return response;
}

Response FakeOzonServer::faultResponse(const Fault &fault, const QByteArray &path)
{
    using K = Fault::Kind;
    Response r;
    switch (fault.kind) {
    case K::RateLimit:
        r = errorResponse(429, 8, QStringLiteral("You have reached request rate limit per second"));
        if (!fault.retryAfter.isEmpty())
            r.headers.append({QByteArrayLiteral("Retry-After"), fault.retryAfter});
        return r;
    case K::ServerError:
        return errorResponse(fault.status ? fault.status : 500, 13,
                             QStringLiteral("internal error"));
    case K::Status:
        return errorResponse(fault.status ? fault.status : 400, fault.code,
                             fault.message.isEmpty() ? QStringLiteral("error") : fault.message);
    case K::Stall:
        r.action = Response::Action::Stall;
        return r;
    case K::Reset:
        r.action = Response::Action::Reset;
        return r;
    case K::CutShort:
    case K::Trickle:
        r.action =
            fault.kind == K::CutShort ? Response::Action::CutShort : Response::Action::Trickle;
        r.body = "{\"chats\":[],\"messages\":[],\"has_next\":false,\"result\":\"success\"}";
        return r;
    case K::HtmlPage:
        r.status = fault.status ? fault.status : 502;
        r.contentType = QByteArrayLiteral("text/html");
        r.body = "<!DOCTYPE html>\n<html><head><title>" + QByteArray::number(r.status) +
                 " Bad Gateway</title></head><body><h1>Bad Gateway</h1><hr>nginx</body></html>\n";
        return r;
    case K::MalformedJson:
        r.body = "{\"chats\": [{\"chat\": {\"chat_id\": \"x\",, }], \"messages\": [}";
        return r;
    case K::HugeBody:
        r.body = "{\"chats\":[],\"messages\":[],\"has_next\":false,\"pad\":\"";
        r.body.reserve(fault.size + 64);
        r.body.append(QByteArray(std::max<qint64>(0, fault.size - r.body.size() - 2), 'x'));
        r.body.append("\"}");
        return r;
    default:
        return route({QByteArrayLiteral("POST"), path, {}, {}, {}});
    }
}

bool FakeOzonServer::overRate()
{
    if (m_options.rateLimitPerSecond <= 0)
        return false;
    const qint64 now = m_clock.elapsed();
    while (!m_window.empty() && m_window.front() <= now - 1000)
        m_window.pop_front();
    if (int(m_window.size()) >= m_options.rateLimitPerSecond)
        return true;
    m_window.push_back(now); // only accepted requests count, as with a token bucket
    return false;
}

QByteArray FakeOzonServer::idJson(const QString &id) const
{
    const QString value = id.isEmpty() ? QStringLiteral("0") : id;
    return m_options.idsAsStrings ? jsonString(value) : value.toLatin1();
}

QByteArray FakeOzonServer::boolJson(bool value) const
{
    if (m_options.hasNextAsString)
        return value ? "\"true\"" : "\"false\"";
    return value ? "true" : "false";
}

Response FakeOzonServer::route(const FakeHttpServer::Request &request)
{
    const QByteArray &path = request.path;
    static const QList<QByteArray> removed = {"/v1/chat/list", "/v2/chat/history",
                                              "/v1/chat/updates"};
    static const QList<QByteArray> known = {"/v3/chat/list", "/v3/chat/history",
                                            "/v1/chat/send/message", "/v1/chat/send/file",
                                            "/v2/chat/read"};
    const bool isFile = path.startsWith("/v2/chat/file/");
    if (removed.contains(path) || (!known.contains(path) && !isFile))
        return errorResponse(404, 5, QStringLiteral("Not Found"));

    const QByteArray clientId = request.header("client-id");
    const QByteArray apiKey = request.header("api-key");
    if (clientId.isEmpty() || apiKey.isEmpty())
        return errorResponse(401, 16, QStringLiteral("Client-Id and Api-Key headers are required"));
    if (clientId != m_options.clientId.toUtf8() || apiKey != m_options.apiKey)
        return errorResponse(401, 16, QStringLiteral("Invalid Api-Key, please contact support"));
    if (overRate()) {
        Response r =
            errorResponse(429, 8, QStringLiteral("You have reached request rate limit per second"));
        if (!m_options.retryAfterOn429.isEmpty())
            r.headers.append({QByteArrayLiteral("retry-after"), m_options.retryAfterOn429});
        return r;
    }
    if (!m_options.premium)
        return errorResponse(403, 7,
                             QStringLiteral("Method is available only for sellers with Premium "
                                            "Plus or Premium Pro subscription"));
    if (isFile)
        return request.method == "GET" ? file(path)
                                       : errorResponse(404, 5, QStringLiteral("Not Found"));
    if (request.method != "POST")
        return errorResponse(404, 5, QStringLiteral("Not Found"));
    if (path == "/v3/chat/list")
        return chatList(request.body);
    if (path == "/v3/chat/history")
        return history(request.body);
    if (path == "/v1/chat/send/message")
        return sendMessage(request.body);
    if (path == "/v1/chat/send/file")
        return sendFile(request.body);
    return read(request.body);
}

// The JSON endpoints, the file download and the thread runner are in FakeOzonEndpoints.cpp.

} // namespace agentp::testing
