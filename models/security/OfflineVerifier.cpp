#include "models/security/OfflineVerifier.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringList>

namespace agentp::security {

namespace {

const QLatin1String kScheme("pbkdf2-sha256");

// Compares without stopping at the first difference, so timing tells nothing.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

QByteArray OfflineVerifier::pbkdf2Sha256(const QByteArray &password, const QByteArray &salt,
                                         int iterations, int keyBytes)
{
    QByteArray out;
    if (iterations < 1 || keyBytes < 1)
        return out;
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    for (quint32 block = 1; out.size() < keyBytes; ++block) {
        QByteArray index(4, '\0');
        index[0] = char(block >> 24);
        index[1] = char(block >> 16);
        index[2] = char(block >> 8);
        index[3] = char(block);
        mac.reset();
        mac.addData(salt);
        mac.addData(index);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (qsizetype j = 0; j < t.size(); ++j)
                t[j] = char(t[j] ^ u[j]);
        }
        out += t;
    }
    out.truncate(keyBytes);
    return out;
}

QString OfflineVerifier::create(const QString &password, int iterations)
{
    QByteArray salt(kSaltBytes, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          kSaltBytes / int(sizeof(quint32)));
    const QByteArray key = pbkdf2Sha256(password.toUtf8(), salt, iterations, kKeyBytes);
    return QStringList{kScheme, QString::number(iterations), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(key.toBase64())}
        .join(QLatin1Char('$'));
}

bool OfflineVerifier::verify(const QString &password, const QString &verifier)
{
    const QStringList parts = verifier.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != kScheme)
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    // A verifier edited down to a few iterations would make guessing cheap: refuse it.
    if (!ok || iterations < kMinIterations || iterations > 10'000'000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray key = QByteArray::fromBase64(parts[3].toLatin1());
    if (salt.size() < kSaltBytes || key.size() != kKeyBytes)
        return false;
    return sameBytes(pbkdf2Sha256(password.toUtf8(), salt, iterations, kKeyBytes), key);
}

} // namespace agentp::security
