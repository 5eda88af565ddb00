#include "net/ozon/OzonConnector.h"

#include "models/LogCategories.h"
#include "net/http/ApiClient.h"
#include "net/http/RequestBudget.h"
#include "net/ozon/OzonJson.h"

#include <QTimer>

#include <algorithm>

namespace agentp::net {

using Kind = ConnectorError::Kind;

OzonConnector::OzonConnector(const OzonConfig &config, QObject *parent)
    : MarketplaceConnector(parent)
    , m_client(new ApiClient(&OzonJson::classifyError, this))
{
    setConfig(config);
}

OzonConnector::~OzonConnector() = default; // m_client drops its calls silently

void OzonConnector::setConfig(const OzonConfig &config)
{
    m_config = config;
    HttpTransport::Options transport;
    transport.timeoutMs = std::max(1, config.timeoutMs);
    transport.maxBodyBytes = config.maxBodyBytes;
    transport.trustedCertificates = config.trustedCertificates;
    m_client->setTransportOptions(transport);
    m_client->setRetryPolicy(
        RetryPolicy::bounded(config.maxRetries, config.retryBaseMs, config.maxBackoffMs));
    m_client->setRate(config.requestsPerSecond, config.burst);
}

RequestBudget *OzonConnector::budget() const
{
    return m_client->budget();
}

ConnectorError OzonConnector::badRequest(const QString &message)
{
    ConnectorError e;
    e.kind = Kind::BadRequest;
    e.message = message;
    return e;
}

HttpRequest OzonConnector::post(const char *path, const QByteArray &body, bool idempotent) const
{
    HttpRequest request;
    request.verb = QByteArrayLiteral("POST");
    QUrl url = m_config.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                QLatin1String(path));
    request.url = url;
    request.headers = {{QByteArrayLiteral("Client-Id"), m_config.clientId.toUtf8()},
                       {QByteArrayLiteral("Api-Key"), m_config.apiKey},
                       {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.body = body;
    request.idempotent = idempotent;
    return request;
}

void OzonConnector::start(const HttpRequest &request, Handler handler)
{
    m_client->start(request, std::move(handler));
}

void OzonConnector::failLater(const ConnectorError &error, Failure failure)
{
    const quint64 id = m_nextDeferred++;
    m_deferred.insert(id, std::move(failure));
    QTimer::singleShot(0, this, [this, id, error] {
        const Failure f = m_deferred.take(id);
        if (f)
            f(error);
    });
}

bool OzonConnector::checkCredentials(Failure failure)
{
    if (!m_config.clientId.trimmed().isEmpty() && !m_config.apiKey.trimmed().isEmpty())
        return true;
    ConnectorError e;
    e.kind = Kind::Auth;
    e.message = tr("The Ozon account has no Client-Id or Api-Key.");
    failLater(e, std::move(failure));
    return false;
}

void OzonConnector::listChats(const QString &cursor, int limit, ChatsDone done)
{
    if (!checkCredentials([done](const ConnectorError &e) { done({}, e); }))
        return;
    const QStringList types = m_config.chatTypes;
    start(post("/v3/chat/list", OzonJson::chatListBody(cursor, std::clamp(limit, 1, 100)), true),
          [done, types](const HttpResult &result) {
              domain::ChatListPage page;
              if (result.error.isError()) {
                  done(page, result.error);
                  return;
              }
              const ConnectorError error = OzonJson::parseChatList(result.body, types, &page);
              if (error.isError())
                  qCWarning(lcNet) << "Ozon chat list:" << error.detail;
              done(page, error);
          });
}

void OzonConnector::history(const QString &chatId, const QString &fromMessageId,
                            Direction direction, int limit, HistoryDone done)
{
    const Failure fail = [done](const ConnectorError &e) {
        done({}, e);
    };
    if (!checkCredentials(fail))
        return;
    const bool forward = direction == Direction::Newer;
    if (chatId.isEmpty() || (forward && fromMessageId.isEmpty())) {
        failLater(badRequest(tr("Reading newer messages needs the chat and a message to start "
                                "from.")),
                  fail);
        return;
    }
    start(post("/v3/chat/history",
               OzonJson::historyBody(chatId, fromMessageId, forward, std::clamp(limit, 1, 1000)),
               true),
          [done](const HttpResult &result) {
              domain::HistoryPage page;
              if (result.error.isError()) {
                  done(page, result.error);
                  return;
              }
              const ConnectorError error = OzonJson::parseHistory(result.body, &page);
              if (error.isError())
                  qCWarning(lcNet) << "Ozon chat history:" << error.detail;
              done(page, error);
          });
}

void OzonConnector::sendText(const QString &chatId, const QString &text, SendDone done)
{
    if (!checkCredentials(done))
        return;
    if (chatId.isEmpty() || text.trimmed().isEmpty()) {
        failLater(badRequest(tr("An empty message cannot be sent.")), done);
        return;
    }
    start(post("/v1/chat/send/message", OzonJson::sendTextBody(chatId, text), false),
          [done](const HttpResult &result) {
              done(result.error.isError() ? result.error : OzonJson::parseSendResult(result.body));
          });
}

void OzonConnector::sendFile(const QString &chatId, const QString &fileName,
                             const QByteArray &content, SendDone done)
{
    if (!checkCredentials(done))
        return;
    if (chatId.isEmpty() || fileName.trimmed().isEmpty() || content.isEmpty()) {
        failLater(badRequest(tr("An empty file cannot be sent.")), done);
        return;
    }
    start(post("/v1/chat/send/file", OzonJson::sendFileBody(chatId, fileName, content), false),
          [done](const HttpResult &result) {
              done(result.error.isError() ? result.error : OzonJson::parseSendResult(result.body));
          });
}

void OzonConnector::markRead(const QString &chatId, const QString &upToMessageId, ReadDone done)
{
    const Failure fail = [done](const ConnectorError &e) {
        done(-1, e);
    };
    if (!checkCredentials(fail))
        return;
    if (chatId.isEmpty() || upToMessageId.isEmpty()) {
        failLater(badRequest(tr("Marking read needs the chat and a message.")), fail);
        return;
    }
    start(post("/v2/chat/read", OzonJson::readBody(chatId, upToMessageId), true),
          [done](const HttpResult &result) {
              if (result.error.isError()) {
                  done(-1, result.error);
                  return;
              }
              int unread = 0;
              const ConnectorError error = OzonJson::parseReadResult(result.body, &unread);
              done(error.isError() ? -1 : unread, error);
          });
}

void OzonConnector::download(const QString &url, DownloadDone done)
{
    const Failure fail = [done](const ConnectorError &e) {
        done({}, e);
    };
    const QUrl target = m_config.baseUrl.resolved(QUrl(url));
    if (url.trimmed().isEmpty() || !target.isValid()) {
        failLater(badRequest(tr("The attachment has no valid address.")), fail);
        return;
    }
    HttpRequest request;
    request.verb = QByteArrayLiteral("GET");
    request.url = target;
    request.followSameOriginRedirects = true;
    const QUrl &base = m_config.baseUrl;
    const bool sameOrigin = target.scheme().compare(base.scheme(), Qt::CaseInsensitive) == 0 &&
                            target.host().compare(base.host(), Qt::CaseInsensitive) == 0 &&
                            target.port(base.scheme() == QLatin1String("http") ? 80 : 443) ==
                                base.port(base.scheme() == QLatin1String("http") ? 80 : 443);
    if (sameOrigin) {
        if (!checkCredentials(fail))
            return;
        request.headers = {{QByteArrayLiteral("Client-Id"), m_config.clientId.toUtf8()},
                           {QByteArrayLiteral("Api-Key"), m_config.apiKey}};
    }
    start(request, [done](const HttpResult &result) {
        done(result.error.isError() ? QByteArray() : result.body, result.error);
    });
}

void OzonConnector::cancelAll()
{
    ConnectorError cancelled;
    cancelled.kind = Kind::Cancelled;
    cancelled.message = tr("The request was cancelled.");
    const auto deferred = std::exchange(m_deferred, {});
    for (const auto &failure : deferred)
        failure(cancelled);
    m_client->cancelAll();
}

void OzonConnector::testConnection(SendDone done)
{
    listChats({}, 1,
              [done](const domain::ChatListPage &, const ConnectorError &error) { done(error); });
}

} // namespace agentp::net
