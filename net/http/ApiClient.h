#pragma once

#include "net/http/HttpTransport.h"
#include "net/http/HttpTypes.h"
#include "net/http/RetryPolicy.h"

#include <QHash>
#include <QObject>

#include <functional>

class QTimer;

namespace agentp::net {

class RequestBudget;

// One remote API account: every call waits for a token of the account's RequestBudget, goes
// out through the HttpTransport, and failed attempts are retried as RetryPolicy says (waiting
// with QTimers). What reaches `done` is final. The API-specific part is the `classify`
// function, which turns a non-2xx answer into a ConnectorError (kind, message, retryAt).
class ApiClient final : public QObject
{
    Q_OBJECT
public:
    using Classifier = std::function<ConnectorError(const HttpResult &)>;
    // `result.error` is None for a 2xx answer; otherwise the final classified error.
    using Done = std::function<void(const HttpResult &result)>;
    // Observes every attempt (for logs and tests): path, attempt number, outcome.
    using AttemptObserver = std::function<void(const HttpRequest &, const HttpResult &)>;

    ApiClient(Classifier classify, QObject *parent = nullptr);
    ~ApiClient() override;

    void setTransportOptions(const HttpTransport::Options &options);
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setRate(double ratePerSecond, int burst);
    RequestBudget *budget() const { return m_budget; }
    HttpTransport *transport() const { return m_transport; }
    void setAttemptObserver(AttemptObserver observer) { m_observer = std::move(observer); }

    // Answers exactly once, from the event loop.
    quint64 start(const HttpRequest &request, Done done);
    // Answers every pending call with Kind::Cancelled, inside this call.
    void cancelAll();
    int pending() const { return int(m_calls.size()); }

private:
    struct Call
    {
        HttpRequest request;
        Done done;
        RetryPolicy::Attempt attempt;
        quint64 ticket = 0;     // budget ticket while waiting for a token
        quint64 transfer = 0;   // transport id while in flight
        QTimer *wait = nullptr; // backoff timer while waiting to retry
    };
    void attempt(quint64 id);
    void onResult(quint64 id, const HttpResult &result);
    void finish(quint64 id, const HttpResult &result);

    Classifier m_classify;
    HttpTransport *m_transport;
    RequestBudget *m_budget;
    RetryPolicy m_retry;
    AttemptObserver m_observer;
    QHash<quint64, Call> m_calls;
    quint64 m_nextId = 1;
};

} // namespace agentp::net
