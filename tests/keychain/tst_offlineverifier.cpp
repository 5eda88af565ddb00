// The offline-unlock verifier: PBKDF2-HMAC-SHA256 against RFC 7914's published vectors and an
// independent implementation (Python's hashlib, for a Cyrillic password), the stored form, the
// right and wrong password, salts that differ per verifier, and damaged or weakened verifiers
// that never match.
#include "models/security/OfflineVerifier.h"

#include <QTest>

using agentp::security::OfflineVerifier;

class TestOfflineVerifier : public QObject
{
    Q_OBJECT
private slots:
    void pbkdf2Vectors()
    {
        QCOMPARE(OfflineVerifier::pbkdf2Sha256("passwd", "salt", 1, 64).toHex(),
                 QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                            "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"));
        QCOMPARE(OfflineVerifier::pbkdf2Sha256("Password", "NaCl", 80000, 64).toHex(),
                 QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                            "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d"));
        // hashlib.pbkdf2_hmac('sha256', 'Пароль-2026'.encode(), bytes.fromhex('0011…eeff'),
        // 120000, 32)
        QCOMPARE(OfflineVerifier::pbkdf2Sha256(
                     QStringLiteral("Пароль-2026").toUtf8(),
                     QByteArray::fromHex("00112233445566778899aabbccddeeff"), 120000, 32)
                     .toHex(),
                 QByteArray("5500e6143c0408c825ba9aff7773590031e592a7b10406cfb5a884cfacdf3461"));
    }

    void rightAndWrongPassword()
    {
        // The default strength once; the rest at the allowed minimum, to keep the test quick.
        const QString strong = OfflineVerifier::create(QStringLiteral("Пароль-2026"));
        QCOMPARE(strong.split(QLatin1Char('$')).value(1).toInt(), OfflineVerifier::kIterations);
        QVERIFY(OfflineVerifier::kIterations >= 100000);
        QVERIFY(OfflineVerifier::verify(QStringLiteral("Пароль-2026"), strong));
        const QString v =
            OfflineVerifier::create(QStringLiteral("Пароль-2026"), OfflineVerifier::kMinIterations);
        const QStringList parts = v.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts[0], QStringLiteral("pbkdf2-sha256"));
        QVERIFY(!v.contains(QStringLiteral("Пароль")));
        QVERIFY(OfflineVerifier::verify(QStringLiteral("Пароль-2026"), v));
        QVERIFY(!OfflineVerifier::verify(QStringLiteral("пароль-2026"), v));
        QVERIFY(!OfflineVerifier::verify(QString(), v));
        // A fresh salt every time: the same password never gives the same verifier.
        const QString again =
            OfflineVerifier::create(QStringLiteral("Пароль-2026"), OfflineVerifier::kMinIterations);
        QVERIFY(again != v);
        QVERIFY(OfflineVerifier::verify(QStringLiteral("Пароль-2026"), again));
    }

    void damagedOrWeakenedNeverMatches()
    {
        const QString v =
            OfflineVerifier::create(QStringLiteral("secret"), OfflineVerifier::kMinIterations);
        QStringList parts = v.split(QLatin1Char('$'));
        QVERIFY(!OfflineVerifier::verify(QStringLiteral("secret"), QString()));
        QVERIFY(!OfflineVerifier::verify(QStringLiteral("secret"), QStringLiteral("garbage")));
        QStringList other = parts;
        other[0] = QStringLiteral("md5");
        QVERIFY(!OfflineVerifier::verify(QStringLiteral("secret"), other.join(QLatin1Char('$'))));
        // Edited down to few iterations (cheap to guess): refused even with the right key.
        const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
        const QString weak =
            QStringList{parts[0], QStringLiteral("1000"), parts[2],
                        QString::fromLatin1(
                            OfflineVerifier::pbkdf2Sha256("secret", salt, 1000, 32).toBase64())}
                .join(QLatin1Char('$'));
        QVERIFY(!OfflineVerifier::verify(QStringLiteral("secret"), weak));
        other = parts;
        other[3] = other[3].left(10);
        QVERIFY(!OfflineVerifier::verify(QStringLiteral("secret"), other.join(QLatin1Char('$'))));
        other = parts;
        other[1] = QStringLiteral("lots");
        QVERIFY(!OfflineVerifier::verify(QStringLiteral("secret"), other.join(QLatin1Char('$'))));
    }
};

QTEST_GUILESS_MAIN(TestOfflineVerifier)
#include "tst_offlineverifier.moc"
