#pragma once

#include "net/marketplace/MarketplaceConnector.h"
#include "net/ozon/OzonConfig.h"

#include <QHash>

namespace agentp::net {

class ApiClient;
class RequestBudget;
struct HttpRequest;
struct HttpResult;

// The Ozon Seller API behind MarketplaceConnector (spec §1): /v3/chat/list, /v3/chat/history,
// /v1/chat/send/message, /v1/chat/send/file, /v2/chat/read and authenticated downloads of
// chat files. Every call waits for the account's request budget; 429 is retried with backoff
// honouring Retry-After, 5xx/timeouts a bounded number of times (sends only when the request
// certainly did not arrive: a lost answer is reconciled by the caller, never resent blindly).
//
// Lives in the sync thread (create it there or move it there before the first call). The
// Api-Key travels only in the Api-Key header of requests to the configured base URL's origin
// and is never logged.
class OzonConnector final : public MarketplaceConnector
{
    Q_OBJECT
public:
    explicit OzonConnector(const OzonConfig &config, QObject *parent = nullptr);
    ~OzonConnector() override; // drops pending calls silently (no callbacks)

    // Applies new credentials, limits or trust anchors to later calls.
    void setConfig(const OzonConfig &config);
    const OzonConfig &config() const { return m_config; }

    QString marketplace() const override { return QStringLiteral("ozon"); }

    // Chat list limit is clamped to 1…100, history to 1…1000. Newer needs fromMessageId
    // (Ozon requires it for Forward); without one the call fails with BadRequest.
    void listChats(const QString &cursor, int limit, ChatsDone done) override;
    void history(const QString &chatId, const QString &fromMessageId, Direction direction,
                 int limit, HistoryDone done) override;
    void sendText(const QString &chatId, const QString &text, SendDone done) override;
    void sendFile(const QString &chatId, const QString &fileName, const QByteArray &content,
                  SendDone done) override;
    void markRead(const QString &chatId, const QString &upToMessageId, ReadDone done) override;
    // Relative URLs resolve against the base URL. Credentials are sent only to the base URL's
    // own scheme, host and port; another host is fetched without them (and must be HTTPS).
    void download(const QString &url, DownloadDone done) override;
    // Answers every pending call with Cancelled, inside this call.
    void cancelAll() override;

    // Checks the credentials and the subscription with one small chat list request.
    void testConnection(SendDone done);

    // For tests and diagnostics: the account's token bucket (granted() counts requests sent).
    RequestBudget *budget() const;
    ApiClient *client() const { return m_client; }

private:
    using Handler = std::function<void(const HttpResult &)>;
    using Failure = std::function<void(const ConnectorError &)>;
    HttpRequest post(const char *path, const QByteArray &body, bool idempotent) const;
    void start(const HttpRequest &request, Handler handler);
    // Validation failures answer from the event loop, like every other outcome.
    void failLater(const ConnectorError &error, Failure failure);
    bool checkCredentials(Failure failure);
    static ConnectorError badRequest(const QString &message);

    OzonConfig m_config;
    ApiClient *m_client;
    QHash<quint64, Failure> m_deferred;
    quint64 m_nextDeferred = 1;
};

} // namespace agentp::net
