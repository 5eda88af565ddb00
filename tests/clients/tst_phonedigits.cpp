// Phone numbers to digits: every way a Russian number is written normalises to "7…", and what a
// search for a typed (part of a) number looks for in clients.phone_digits.
#include "models/domain/PhoneDigits.h"

#include <QTest>

using agentp::domain::PhoneDigits;

class TestPhoneDigits : public QObject
{
    Q_OBJECT

private slots:
    void normalise_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("digits");
        const QString n = QStringLiteral("79991234567");
        QTest::addRow("8 with spaces") << QStringLiteral("8 999 123-45-67") << n;
        QTest::addRow("8 with brackets") << QStringLiteral("8 (999) 123-45-67") << n;
        QTest::addRow("8 with dashes") << QStringLiteral("8-999-123-45-67") << n;
        QTest::addRow("8 bare") << QStringLiteral("89991234567") << n;
        QTest::addRow("+7 with spaces") << QStringLiteral("+7 999 123 45 67") << n;
        QTest::addRow("+7 with brackets") << QStringLiteral("+7 (999) 123-45-67") << n;
        QTest::addRow("+7 bare") << QStringLiteral("+79991234567") << n;
        QTest::addRow("7 without plus") << QStringLiteral("7 999 1234567") << n;
        QTest::addRow("10-digit national") << QStringLiteral("999 123-45-67") << n;
        QTest::addRow("10 digits bare") << QStringLiteral("9991234567") << n;
        QTest::addRow("surrounding text") << QStringLiteral(" tel: 8 999 123 45 67 ") << n;
        QTest::addRow("foreign, 12 digits")
            << QStringLiteral("+44 20 7946 0958") << QStringLiteral("442079460958");
        QTest::addRow("foreign, 10 digits with +")
            << QStringLiteral("+49 30 123456") << QStringLiteral("4930123456");
        QTest::addRow("short") << QStringLiteral("12-34") << QStringLiteral("1234");
        QTest::addRow("Arabic-Indic digits") << QStringLiteral("٨٩٩٩١٢٣٤٥٦٧") << n;
        QTest::addRow("no digits") << QStringLiteral("нет") << QString();
        QTest::addRow("empty") << QString() << QString();
    }

    void normalise()
    {
        QFETCH(QString, text);
        QFETCH(QString, digits);
        QCOMPARE(PhoneDigits::normalise(text), digits);
    }

    void searchVariants_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("variants");
        QTest::addRow("whole number, 8")
            << QStringLiteral("8 (999) 123-45-67") << QStringList{QStringLiteral("79991234567")};
        QTest::addRow("whole number, +7")
            << QStringLiteral("+7 999 1234567") << QStringList{QStringLiteral("79991234567")};
        QTest::addRow("whole national number")
            << QStringLiteral("9991234567") << QStringList{QStringLiteral("79991234567")};
        QTest::addRow("three digits")
            << QStringLiteral("999") << QStringList{QStringLiteral("999")};
        QTest::addRow("a formatted middle part")
            << QStringLiteral("123-45") << QStringList{QStringLiteral("12345")};
        QTest::addRow("part with +7")
            << QStringLiteral("+7 999 12") << QStringList{QStringLiteral("799912")};
        QTest::addRow("part with trunk 8")
            << QStringLiteral("8 999 12")
            << QStringList{QStringLiteral("899912"), QStringLiteral("799912")};
        QTest::addRow("two digits: too short") << QStringLiteral("99") << QStringList();
        QTest::addRow("a name") << QStringLiteral("Мария") << QStringList();
        QTest::addRow("a name with digits") << QStringLiteral("Мария 999") << QStringList();
        QTest::addRow("a percent sign: not a phone") << QStringLiteral("100%") << QStringList();
        QTest::addRow("brackets and dots")
            << QStringLiteral("(999) 12.34") << QStringList{QStringLiteral("9991234")};
        QTest::addRow("empty") << QString() << QStringList();
    }

    void searchVariants()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, variants);
        QCOMPARE(PhoneDigits::searchVariants(query), variants);
    }
};

QTEST_APPLESS_MAIN(TestPhoneDigits)
#include "tst_phonedigits.moc"
