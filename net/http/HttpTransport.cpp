#include "net/http/HttpTransport.h"

#include "models/LogCategories.h"
#include "net/http/UrlPolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

namespace agentp::net {

namespace {

using Kind = ConnectorError::Kind;

ConnectorError makeError(Kind kind, QString message, QString detail = {})
{
    ConnectorError e;
    e.kind = kind;
    e.message = std::move(message);
    e.detail = std::move(detail);
    return e;
}

// Errors QNetworkReply reports for an HTTP status (the answer itself arrived) as opposed to
// failures of the connection. Codes from QNetworkReply::NetworkError.
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return code == 0 || (code >= 201 && code <= 299) || code == 302 || (code >= 401 && code <= 499);
}

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port())
                          : url.host();
}

} // namespace

HttpTransport::HttpTransport(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    // No cookies: every call carries its credentials in headers, nothing else may stick.
    m_nam->setCookieJar(nullptr);
}

HttpTransport::~HttpTransport()
{
    cancelAll();
}

void HttpTransport::failLater(Done done, const ConnectorError &error)
{
    HttpResult result;
    result.error = error;
    QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
}

quint64 HttpTransport::send(const HttpRequest &request, Done done, Chunk chunk)
{
    const quint64 id = m_nextId++;
    const QString policyError = UrlPolicy::check(request.url);
    if (!policyError.isEmpty()) {
        failLater(std::move(done), makeError(Kind::BadRequest, policyError));
        return id;
    }

    QNetworkRequest req(request.url);
    for (const auto &header : request.headers)
        req.setRawHeader(header.first, header.second);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     request.followSameOriginRedirects ? QNetworkRequest::SameOriginRedirectPolicy
                                                       : QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (request.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        // Trust is extended by adding anchors, never by ignoring errors: a host name mismatch
        // or an expired certificate still fails.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_options.trustedCertificates.isEmpty())
            ssl.addCaCertificates(m_options.trustedCertificates);
        req.setSslConfiguration(ssl);
    }

    QNetworkReply *reply = nullptr;
    if (request.verb == "GET" && request.body.isEmpty())
        reply = m_nam->get(req);
    else
        reply = m_nam->sendCustomRequest(req, request.verb, request.body);

    Pending pending;
    pending.reply = reply;
    pending.done = std::move(done);
    pending.chunk = std::move(chunk);
    pending.deadline = new QTimer(this);
    pending.deadline->setSingleShot(true);
    connect(pending.deadline, &QTimer::timeout, this, [this, id] {
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        it->timedOut = true;
        it->reply->abort(); // finishes the reply: onFinished reports the timeout
    });
    pending.deadline->start(m_options.timeoutMs);
    m_pending.insert(id, std::move(pending));

    connect(reply, &QNetworkReply::readyRead, this, [this, id] { onReadyRead(id); });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        QStringList texts;
        for (const auto &error : errors)
            texts << error.errorString();
        it->sslDetail = texts.join(QLatin1String("; "));
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] {
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        if (it->chunk)
            it->deadline->start(); // the headers count as a sign of life
        if (streamsBody(*it))
            return; // nothing is kept, so there is nothing to cap
        const QVariant length = it->reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_options.maxBodyBytes) {
            it->tooLarge = true;
            it->reply->abort();
        }
    });
    return id;
}

bool HttpTransport::streamsBody(const Pending &pending) const
{
    if (!pending.chunk)
        return false;
    const int status = pending.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 200 && status <= 299;
}

void HttpTransport::onReadyRead(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    if (it->chunk)
        it->deadline->start(); // restarts with the request's own interval
    if (streamsBody(*it)) {
        const QByteArray bytes = it->reply->readAll();
        if (bytes.isEmpty())
            return;
        // A copy: the callback may cancel this request (or send another), which frees or moves
        // the entry and the function object it holds. Nothing of `it` is used afterwards.
        const Chunk chunk = it->chunk;
        chunk(bytes);
        return;
    }
    // Read as it arrives so the cap is enforced before the body sits in memory twice.
    it->body += it->reply->readAll();
    if (it->body.size() > m_options.maxBodyBytes) {
        it->tooLarge = true;
        it->body.clear();
        it->reply->abort();
    }
}

void HttpTransport::onFinished(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    if (it->reply->bytesAvailable() > 0 && streamsBody(*it)) {
        // The last bytes may arrive together with the end: they go out before `done`.
        const QPointer<HttpTransport> alive(this);
        onReadyRead(id);
        if (!alive)
            return;
        it = m_pending.find(id);
        if (it == m_pending.end())
            return;
    }
    Pending p = std::move(*it);
    m_pending.erase(it);
    p.deadline->stop();
    p.deadline->deleteLater();
    const int timeoutMs = p.deadline->interval();
    QNetworkReply *reply = p.reply;
    reply->disconnect(this);
    reply->deleteLater();

    HttpResult result;
    const QUrl url = reply->request().url();
    const QString host = hostOf(url);
    if (p.tooLarge) {
        result.error = makeError(Kind::Malformed,
                                 tr("The answer from %1 is too large (over %2 MB).")
                                     .arg(host)
                                     .arg(m_options.maxBodyBytes / (1024 * 1024)),
                                 QStringLiteral("body over %1 bytes").arg(m_options.maxBodyBytes));
    } else if (p.timedOut) {
        result.error =
            makeError(Kind::Timeout, tr("%1 did not answer within %2 seconds.")
                                         .arg(host)
                                         .arg(QString::number(timeoutMs / 1000.0, 'g', 3)));
    } else {
        const auto error = reply->error();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid() && status.toInt() > 0 && isHttpStatusError(error)) {
            if (!reply->isFinished() || reply->bytesAvailable() > 0)
                p.body += reply->readAll();
            result.status = status.toInt();
            result.body = std::move(p.body);
            for (const auto &pair : reply->rawHeaderPairs())
                result.headers.append(pair);
        } else {
            switch (error) {
            case QNetworkReply::SslHandshakeFailedError:
                result.error =
                    makeError(Kind::Tls,
                              tr("The secure connection to %1 could not be verified, so "
                                 "nothing was sent.")
                                  .arg(host),
                              p.sslDetail.isEmpty() ? reply->errorString() : p.sslDetail);
                result.notSent = true;
                break;
            case QNetworkReply::TimeoutError:
                result.error = makeError(Kind::Timeout, tr("%1 did not answer in time.").arg(host),
                                         reply->errorString());
                break;
            case QNetworkReply::OperationCanceledError:
                result.error = makeError(Kind::Cancelled, tr("The request was cancelled."));
                break;
            case QNetworkReply::ConnectionRefusedError:
            case QNetworkReply::HostNotFoundError:
                result.notSent = true;
                result.error = makeError(Kind::Network, tr("Could not connect to %1.").arg(host),
                                         reply->errorString());
                break;
            default:
                result.error =
                    makeError(Kind::Network, tr("The connection to %1 failed.").arg(host),
                              reply->errorString());
                break;
            }
        }
    }
    if (result.error.isError())
        qCDebug(lcNet) << "HTTP" << url.path() << "failed:" << result.error.detail;
    p.done(result);
}

void HttpTransport::drop(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending p = std::move(*it);
    m_pending.erase(it);
    delete p.deadline;
    p.reply->disconnect(this);
    p.reply->abort();
    p.reply->deleteLater();
}

void HttpTransport::cancel(quint64 id)
{
    drop(id);
}

void HttpTransport::cancelAll()
{
    const auto ids = m_pending.keys();
    for (quint64 id : ids)
        drop(id);
}

} // namespace agentp::net
