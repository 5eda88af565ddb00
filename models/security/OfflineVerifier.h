#pragma once

#include <QByteArray>
#include <QString>

namespace agentp::security {

// Lets a salon manager unlock the console offline with the password of their last online login
// (docs/supabase.md). What is kept locally is a salted PBKDF2-HMAC-SHA256 verifier — never the
// password and never the session token — in the form
//   pbkdf2-sha256$<iterations>$<salt, base64>$<derived key, base64>
// so a stolen workspace file only allows guessing at the cost of the iterations per guess.
class OfflineVerifier final
{
public:
    static constexpr int kIterations = 150000; // above the required 100,000; a fraction of a second
    static constexpr int kMinIterations = 100000;
    static constexpr int kSaltBytes = 16;
    static constexpr int kKeyBytes = 32;

    // A new verifier with a fresh random salt.
    static QString create(const QString &password, int iterations = kIterations);
    // Whether `password` matches. A damaged or weaker-than-allowed verifier never matches.
    static bool verify(const QString &password, const QString &verifier);
    // RFC 8018 PBKDF2 with HMAC-SHA256 (QtCore only: models/ links no QtNetwork, whose
    // QPasswordDigestor would otherwise do).
    static QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt,
                                   int iterations, int keyBytes);
};

} // namespace agentp::security
