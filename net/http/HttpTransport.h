#pragma once

#include "net/http/HttpTypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace agentp::net {

// Sends single HTTP requests over one QNetworkAccessManager and reports each exactly once:
// with the HTTP answer, or with a transport error classified into ConnectorError kinds. The
// timeout covers the whole exchange until the last byte of the body; bodies above the cap are
// cut off (Malformed "too large") instead of filling memory. TLS errors are never ignored: a
// certificate is accepted only when it chains to the system roots or to `trustedCertificates`.
//
// Streaming (a `chunk` callback given to send()): a 2xx body is handed over as it arrives and is
// neither kept nor capped, `done` then gets an empty body; any other status is collected as
// usual so the caller can read the error. The timeout becomes an inactivity timeout, because a
// long answer that keeps sending (even keep-alive comments) is healthy, a silent one is not.
class HttpTransport final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int timeoutMs = 30000;
        qint64 maxBodyBytes = 32 * 1024 * 1024;
        QList<QSslCertificate> trustedCertificates;
    };
    using Done = std::function<void(const HttpResult &)>;
    using Chunk = std::function<void(const QByteArray &bytes)>;

    explicit HttpTransport(QObject *parent = nullptr);
    ~HttpTransport() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    // Returns an id for cancel(). `done` runs from the event loop, never inside send(); so does
    // `chunk`, which may call cancel() for its own request.
    quint64 send(const HttpRequest &request, Done done, Chunk chunk = {});
    // Drops the request without calling its `done` (or its `chunk` again).
    void cancel(quint64 id);
    void cancelAll();
    int inFlight() const { return int(m_pending.size()); }

private:
    struct Pending
    {
        QNetworkReply *reply = nullptr;
        QTimer *deadline = nullptr;
        Done done;
        Chunk chunk;
        QByteArray body;
        QString sslDetail;
        bool tooLarge = false;
        bool timedOut = false;
    };
    bool streamsBody(const Pending &pending) const;
    void onReadyRead(quint64 id);
    void onFinished(quint64 id);
    void drop(quint64 id);
    void failLater(Done done, const ConnectorError &error);

    QNetworkAccessManager *m_nam = nullptr;
    Options m_options;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
};

} // namespace agentp::net
