#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace agentp::net {

// What one Ozon seller account needs to talk to the Seller API.
struct OzonConfig
{
    QUrl baseUrl{QStringLiteral("https://api-seller.ozon.ru")}; // HTTPS unless loopback
    QString clientId;                                           // numeric seller id
    QByteArray apiKey;                                          // from the keychain, never logged
    double requestsPerSecond = 20; // token bucket; Ozon allows ~50/s per Client-Id
    int timeoutMs = 30000;         // per request, until the whole body has arrived
    int maxRetries = 3;            // for 5xx and timeouts; 429 retries until maxBackoffMs
    int maxBackoffMs = 30000;
    QStringList chatTypes{QStringLiteral("BUYER_SELLER"), QStringLiteral("BUYER_SELLER_SELECT")};
    // Requests saved up by the token bucket. At most burst + requestsPerSecond start in any
    // second, which stays under Ozon's 50/s with the defaults.
    int burst = 5;
    int retryBaseMs = 1000;                 // first backoff step; doubles per attempt
    qint64 maxBodyBytes = 32 * 1024 * 1024; // larger answers are refused as Malformed
    // Extra TLS anchors (tests with a self-signed local server). Certificates are never
    // accepted by ignoring errors: only a chain to the system roots or to one of these counts.
    QList<QSslCertificate> trustedCertificates;
};

} // namespace agentp::net
