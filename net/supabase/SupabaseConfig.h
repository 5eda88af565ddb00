#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace agentp::net::supabase {

// What the console needs to reach one Supabase project's Data API. Only the public
// (anon/publishable) key ever lives here: the data is protected by row-level security on the
// server, not by keeping this key secret (docs/supabase.md).
struct SupabaseConfig
{
    Q_DECLARE_TR_FUNCTIONS(SupabaseConfig)

public:
    QUrl projectUrl;   // https://<ref>.supabase.co, or http://127.0.0.1:<port> for tests
    QByteArray apiKey; // public anon/publishable key; sent as `apikey` on every call
    int timeoutMs = 30000;
    // Extra TLS anchors (a self-signed local server). Never a reason to ignore TLS errors.
    QList<QSslCertificate> trustedCertificates;
    // Transient failures of idempotent calls (GET, RPCs marked idempotent) are retried at
    // most this often, waiting retryBaseMs, then twice as long each time.
    int maxRetries = 3;
    int retryBaseMs = 1000;
    int maxBackoffMs = 30000; // a 429 whose Retry-After lies further out fails at once
    // Token bucket per project, so a sync loop cannot flood the gateway.
    double requestsPerSecond = 20;
    int burst = 10;

    // Empty when usable; otherwise one translated sentence saying what is wrong.
    QString problem() const;
};

} // namespace agentp::net::supabase
