#include "net/http/ApiClient.h"

#include "models/LogCategories.h"
#include "net/http/RequestBudget.h"

#include <QPointer>
#include <QTimer>

#include <limits>

namespace agentp::net {

ApiClient::ApiClient(Classifier classify, QObject *parent)
    : QObject(parent)
    , m_classify(std::move(classify))
    , m_transport(new HttpTransport(this))
    , m_budget(new RequestBudget(20, 5, this))
{}

ApiClient::~ApiClient()
{
    // Silent: callers that are being destroyed too must not be called back.
    m_budget->cancelAll();
    m_transport->cancelAll();
}

void ApiClient::setTransportOptions(const HttpTransport::Options &options)
{
    m_transport->setOptions(options);
}

void ApiClient::setRate(double ratePerSecond, int burst)
{
    m_budget->setRate(ratePerSecond, burst);
}

quint64 ApiClient::start(const HttpRequest &request, Done done)
{
    const quint64 id = m_nextId++;
    Call call;
    call.request = request;
    call.done = std::move(done);
    m_calls.insert(id, std::move(call));
    attempt(id);
    return id;
}

void ApiClient::attempt(quint64 id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    it->ticket = m_budget->acquire([this, id] {
        auto call = m_calls.find(id);
        if (call == m_calls.end())
            return;
        call->ticket = 0;
        call->transfer = m_transport->send(
            call->request, [this, id](const HttpResult &result) { onResult(id, result); });
    });
}

void ApiClient::onResult(quint64 id, const HttpResult &raw)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    it->transfer = 0;
    HttpResult result = raw;
    if (!result.error.isError() && (result.status < 200 || result.status > 299)) {
        result.error = m_classify(result);
        if (!result.error.isError()) // a classifier must not turn a failure into success
            result.error.kind = ConnectorError::Kind::Server;
    }
    if (m_observer)
        m_observer(it->request, result);
    if (!result.error.isError()) {
        finish(id, result);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 delay =
        m_retry.nextDelay(result.error, it->request.idempotent, result.notSent, it->attempt, now);
    if (delay < 0) {
        finish(id, result);
        return;
    }
    qCDebug(lcNet) << "retrying" << it->request.url.path() << "in" << delay << "ms after"
                   << int(result.error.kind) << result.status;
    it->wait = new QTimer(this);
    it->wait->setSingleShot(true);
    connect(it->wait, &QTimer::timeout, this, [this, id] {
        auto call = m_calls.find(id);
        if (call == m_calls.end())
            return;
        call->wait->deleteLater();
        call->wait = nullptr;
        attempt(id);
    });
    it->wait->start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

void ApiClient::finish(quint64 id, const HttpResult &result)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Done done = std::move(it->done);
    if (it->wait)
        it->wait->deleteLater();
    m_calls.erase(it);
    done(result);
}

void ApiClient::cancelAll()
{
    const auto ids = m_calls.keys();
    for (quint64 id : ids) {
        auto it = m_calls.find(id);
        if (it == m_calls.end())
            continue; // a callback cancelled it meanwhile
        if (it->ticket)
            m_budget->cancel(it->ticket);
        if (it->transfer)
            m_transport->cancel(it->transfer);
        if (it->wait)
            it->wait->stop();
        HttpResult result;
        result.error.kind = ConnectorError::Kind::Cancelled;
        result.error.message = tr("The request was cancelled.");
        QPointer<ApiClient> alive(this);
        finish(id, result);
        if (!alive)
            return;
    }
}

} // namespace agentp::net
