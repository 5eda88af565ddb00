// Tenant settings, pure logic: validation of each field with its message, reading the demo's
// metadata, the merge patch of the changed keys, and RFC 7396 merging (the RFC's own examples).
#include "models/domain/TenantSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace agentp;
using domain::TenantSettings;
using Field = TenantSettings::Field;

Q_DECLARE_METATYPE(TenantSettings::Field)

namespace {

TenantSettings valid()
{
    TenantSettings s;
    s.name = QStringLiteral("Лаванда");
    s.yclientsId = QStringLiteral("123456");
    s.adminChatId = QStringLiteral("-1001234567890");
    s.closingTime = QStringLiteral("21:00");
    s.gapFilter = true;
    return s;
}

void set(TenantSettings &s, Field field, const QString &value)
{
    switch (field) {
    case Field::Name:
        s.name = value;
        break;
    case Field::YClientsId:
        s.yclientsId = value;
        break;
    case Field::AdminChatId:
        s.adminChatId = value;
        break;
    case Field::ClosingTime:
        s.closingTime = value;
        break;
    case Field::GapFilter:
        s.gapFilter = !value.isEmpty();
        break;
    }
}

// Any JSON value, scalars included (wrapped in an array to parse).
QJsonValue json(const char *text)
{
    const QByteArray wrapped = QByteArray("[") + text + QByteArray("]");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", text);
    return doc.array().at(0);
}

QJsonObject object(const char *text)
{
    return json(text).toObject();
}

} // namespace

class TestTenantSettings : public QObject
{
    Q_OBJECT

private slots:
    void validSettingsHaveNoMessages()
    {
        QVERIFY(valid().validate().isEmpty());
        QVERIFY(valid().isValid());
    }

    void rejectsEachBadField_data()
    {
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");

        const QString nameRequired = QStringLiteral("Enter the salon's name.");
        QTest::newRow("empty name") << Field::Name << QString() << nameRequired;
        QTest::newRow("blank name") << Field::Name << QStringLiteral("   ") << nameRequired;
        QTest::newRow("long name")
            << Field::Name << QString(101, QLatin1Char('x'))
            << QStringLiteral("The name is too long: 101 characters, at most 100.");

        const QString digitsOnly =
            QStringLiteral("The YClients ID may contain digits only, e.g. 123456.");
        QTest::newRow("empty yclients")
            << Field::YClientsId << QString()
            << QStringLiteral("Enter the YClients company ID (digits).");
        QTest::newRow("letters in yclients")
            << Field::YClientsId << QStringLiteral("12a456") << digitsOnly;
        QTest::newRow("only letters in yclients")
            << Field::YClientsId << QStringLiteral("abc") << digitsOnly;
        QTest::newRow("space in yclients")
            << Field::YClientsId << QStringLiteral("123 456") << digitsOnly;
        QTest::newRow("negative yclients")
            << Field::YClientsId << QStringLiteral("-123") << digitsOnly;
        QTest::newRow("19 digits yclients")
            << Field::YClientsId << QString(19, QLatin1Char('1'))
            << QStringLiteral("The YClients ID is too long: at most 18 digits.");

        const QString wholeNumber =
            QStringLiteral("Enter a whole number, e.g. -1001234567890, or leave it empty.");
        const QString tooLarge =
            QStringLiteral("The number is too large for a chat ID (64-bit range).");
        QTest::newRow("letters chat") << Field::AdminChatId << QStringLiteral("abc") << wholeNumber;
        QTest::newRow("fraction chat")
            << Field::AdminChatId << QStringLiteral("-100.5") << wholeNumber;
        QTest::newRow("exponent chat")
            << Field::AdminChatId << QStringLiteral("1e5") << wholeNumber;
        QTest::newRow("double minus chat")
            << Field::AdminChatId << QStringLiteral("--5") << wholeNumber;
        QTest::newRow("lone minus chat")
            << Field::AdminChatId << QStringLiteral("-") << wholeNumber;
        QTest::newRow("overflow chat")
            << Field::AdminChatId << QStringLiteral("9223372036854775808") << tooLarge;
        QTest::newRow("underflow chat")
            << Field::AdminChatId << QStringLiteral("-9223372036854775809") << tooLarge;
        QTest::newRow("huge chat")
            << Field::AdminChatId << QStringLiteral("-100123456789012345678901234567890")
            << tooLarge;

        const QString format = QStringLiteral(
            "Use the 24-hour format HH:MM with two digits each, e.g. 09:05 or 21:00.");
        const QString range =
            QStringLiteral("No such time: hours go from 00 to 23 and minutes from 00 to 59.");
        QTest::newRow("25:00") << Field::ClosingTime << QStringLiteral("25:00") << range;
        QTest::newRow("24:00") << Field::ClosingTime << QStringLiteral("24:00") << range;
        QTest::newRow("12:60") << Field::ClosingTime << QStringLiteral("12:60") << range;
        QTest::newRow("9:5") << Field::ClosingTime << QStringLiteral("9:5") << format;
        QTest::newRow("9:05") << Field::ClosingTime << QStringLiteral("9:05") << format;
        QTest::newRow("ab:cd") << Field::ClosingTime << QStringLiteral("ab:cd") << format;
        QTest::newRow("seconds") << Field::ClosingTime << QStringLiteral("21:00:00") << format;
        QTest::newRow("no colon") << Field::ClosingTime << QStringLiteral("2100") << format;
        QTest::newRow("empty time") << Field::ClosingTime << QString()
                                    << QStringLiteral("Enter the closing time as HH:MM, e.g. "
                                                      "21:00.");
    }

    void rejectsEachBadField()
    {
        QFETCH(Field, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        TenantSettings s = valid();
        set(s, field, value);
        const QMap<Field, QString> errors = s.validate();
        QCOMPARE(errors.size(), 1); // only the bad field is reported
        QVERIFY(errors.contains(field));
        QCOMPARE(errors.value(field), message);
        QVERIFY(!s.isValid());
    }

    void acceptsBoundaryValues_data()
    {
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("negative chat") << Field::AdminChatId << QStringLiteral("-1001234567890");
        QTest::newRow("positive chat") << Field::AdminChatId << QStringLiteral("123456789");
        QTest::newRow("min int64 chat")
            << Field::AdminChatId << QStringLiteral("-9223372036854775808");
        QTest::newRow("max int64 chat")
            << Field::AdminChatId << QStringLiteral("9223372036854775807");
        QTest::newRow("no chat") << Field::AdminChatId << QString();
        QTest::newRow("chat with spaces around")
            << Field::AdminChatId << QStringLiteral("  -100123  ");
        QTest::newRow("00:00") << Field::ClosingTime << QStringLiteral("00:00");
        QTest::newRow("23:59") << Field::ClosingTime << QStringLiteral("23:59");
        QTest::newRow("100 char name") << Field::Name << QString(100, QLatin1Char('x'));
        QTest::newRow("padded name") << Field::Name << QStringLiteral("  Борода  ");
        QTest::newRow("18 digits yclients") << Field::YClientsId << QString(18, QLatin1Char('9'));
        QTest::newRow("leading zero yclients") << Field::YClientsId << QStringLiteral("0012");
    }

    void acceptsBoundaryValues()
    {
        QFETCH(Field, field);
        QFETCH(QString, value);
        TenantSettings s = valid();
        set(s, field, value);
        QVERIFY2(s.validate().isEmpty(), qPrintable(s.validate().values().join(u' ')));
    }

    void readsTheDemoMetadataKeys()
    {
        const QJsonObject metadata =
            object(R"({"name":"Борода","yclients_id":"654321","admin_chat_id":-1001999999999,)"
                   R"("closing_time":"22:00","gap_filter":false,"greeting":"Привет"})");
        const TenantSettings s = TenantSettings::fromMetadata(metadata, QStringLiteral("row"));
        QCOMPARE(s.name, QStringLiteral("Борода"));
        QCOMPARE(s.yclientsId, QStringLiteral("654321"));
        QCOMPARE(s.adminChatId, QStringLiteral("-1001999999999"));
        QCOMPARE(s.closingTime, QStringLiteral("22:00"));
        QCOMPARE(s.gapFilter, false);
        QVERIFY(s.isValid());
    }

    void readsLenientlyWhatTheServerHolds()
    {
        // A number where text is expected and the reverse, and no name: shown, not lost.
        const TenantSettings s = TenantSettings::fromMetadata(
            object(R"({"yclients_id":654321,"admin_chat_id":"-100","gap_filter":true})"),
            QStringLiteral("Row name"));
        QCOMPARE(s.name, QStringLiteral("Row name"));
        QCOMPARE(s.yclientsId, QStringLiteral("654321"));
        QCOMPARE(s.adminChatId, QStringLiteral("-100"));
        QCOMPARE(s.closingTime, QString());
        QCOMPARE(s.gapFilter, true);
    }

    void patchHoldsOnlyChangedKeys()
    {
        const TenantSettings original = valid();
        QVERIFY(domain::toPatch(original, original).isEmpty());

        TenantSettings edited = original;
        edited.closingTime = QStringLiteral("20:00");
        edited.gapFilter = false;
        QCOMPARE(domain::toPatch(original, edited),
                 object(R"({"closing_time":"20:00","gap_filter":false})"));
    }

    void patchSavesNormalizedValues()
    {
        const TenantSettings original = valid();
        TenantSettings edited = original;
        edited.name = QStringLiteral("  Лаванда  "); // only spaces around: no change
        edited.adminChatId = QStringLiteral(" -1001234567890 ");
        QVERIFY(domain::toPatch(original, edited).isEmpty());

        edited.name = QStringLiteral("  Лаванда Plus ");
        edited.yclientsId = QStringLiteral(" 42 ");
        const QJsonObject patch = domain::toPatch(original, edited);
        QCOMPARE(patch, object(R"({"name":"Лаванда Plus","yclients_id":"42"})"));
        QVERIFY(patch.value(QLatin1String("yclients_id")).isString()); // text, as the bot has it
    }

    void chatIdIsAnExactInteger()
    {
        const TenantSettings original = valid();
        TenantSettings edited = original;
        edited.adminChatId = QStringLiteral("-9223372036854775807");
        const QJsonObject patch = domain::toPatch(original, edited);
        // Through JSON text and back, as the outbox stores it: not rounded to a double.
        const QJsonObject stored =
            QJsonDocument::fromJson(QJsonDocument(patch).toJson(QJsonDocument::Compact)).object();
        QCOMPARE(stored.value(QLatin1String("admin_chat_id")).toInteger(),
                 Q_INT64_C(-9223372036854775807));
        QVERIFY(QJsonDocument(patch).toJson().contains("-9223372036854775807"));
    }

    void clearingTheChatRemovesTheKey()
    {
        const TenantSettings original = valid();
        TenantSettings edited = original;
        edited.adminChatId.clear();
        const QJsonObject patch = domain::toPatch(original, edited);
        QCOMPARE(patch, object(R"({"admin_chat_id":null})"));
        const QJsonObject metadata =
            object(R"({"name":"Лаванда","admin_chat_id":-1001234567890,"closing_time":"21:00"})");
        QCOMPARE(domain::applyPatch(metadata, patch),
                 object(R"({"name":"Лаванда","closing_time":"21:00"})"));
    }

    // RFC 7396, Appendix A: every example.
    void mergePatchFollowsRfc7396_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QString>("result");
        auto row = [](const char *name, const char *t, const char *p, const char *r) {
            QTest::newRow(name) << QString::fromUtf8(t) << QString::fromUtf8(p)
                                << QString::fromUtf8(r);
        };
        row("replace", R"({"a":"b"})", R"({"a":"c"})", R"({"a":"c"})");
        row("add", R"({"a":"b"})", R"({"b":"c"})", R"({"a":"b","b":"c"})");
        row("remove only", R"({"a":"b"})", R"({"a":null})", R"({})");
        row("remove one", R"({"a":"b","b":"c"})", R"({"a":null})", R"({"b":"c"})");
        row("array by scalar", R"({"a":["b"]})", R"({"a":"c"})", R"({"a":"c"})");
        row("scalar by array", R"({"a":"c"})", R"({"a":["b"]})", R"({"a":["b"]})");
        row("nested", R"({"a":{"b":"c"}})", R"({"a":{"b":"d","c":null}})", R"({"a":{"b":"d"}})");
        row("arrays replaced whole", R"({"a":[{"b":"c"}]})", R"({"a":[1]})", R"({"a":[1]})");
        row("array target and patch", R"(["a","b"])", R"(["c","d"])", R"(["c","d"])");
        row("object by array", R"({"a":"b"})", R"(["c"])", R"(["c"])");
        row("object by null", R"({"a":"foo"})", "null", "null");
        row("object by string", R"({"a":"foo"})", R"("bar")", R"("bar")");
        row("null in target kept", R"({"e":null})", R"({"a":1})", R"({"e":null,"a":1})");
        row("array target, object patch", "[1,2]", R"({"a":"b","c":null})", R"({"a":"b"})");
        row("nested nulls dropped", "{}", R"({"a":{"bb":{"ccc":null}}})", R"({"a":{"bb":{}}})");
    }

    void mergePatchFollowsRfc7396()
    {
        QFETCH(QString, target);
        QFETCH(QString, patch);
        QFETCH(QString, result);
        QCOMPARE(
            domain::mergePatch(json(target.toUtf8().constData()), json(patch.toUtf8().constData())),
            json(result.toUtf8().constData()));
    }

    void applyPatchKeepsKeysItDoesNotName()
    {
        // The bot's own settings in the same metadata survive an edit from the console.
        const QJsonObject metadata =
            object(R"({"name":"A","closing_time":"21:00","greeting":"Hi","limits":{"a":1,"b":2}})");
        QCOMPARE(
            domain::applyPatch(metadata, object(R"({"closing_time":"20:00","limits":{"b":null}})")),
            object(R"({"name":"A","closing_time":"20:00","greeting":"Hi","limits":{"a":1}})"));
    }

    void baseRecordsTheValuesBefore()
    {
        const QJsonObject metadata = object(R"({"name":"A","closing_time":"21:00"})");
        QCOMPARE(
            domain::patchBase(metadata, object(R"({"closing_time":"20:00","admin_chat_id":-5})")),
            object(R"({"closing_time":"21:00","admin_chat_id":null})"));
    }

    void displaysValuesForPeople()
    {
        QCOMPARE(domain::displayValue(QJsonValue(QJsonValue::Null)), QStringLiteral("—"));
        QCOMPARE(domain::displayValue(QJsonValue()), QStringLiteral("—"));
        QCOMPARE(domain::displayValue(true), QStringLiteral("On"));
        QCOMPARE(domain::displayValue(false), QStringLiteral("Off"));
        QCOMPARE(domain::displayValue(QJsonValue(Q_INT64_C(-1001234567890))),
                 QStringLiteral("-1001234567890"));
        QCOMPARE(domain::displayValue(QStringLiteral("21:00")), QStringLiteral("21:00"));
        QCOMPARE(domain::displayValue(json(R"({"a":1})")), QStringLiteral(R"({"a":1})"));
    }
};

QTEST_GUILESS_MAIN(TestTenantSettings)
#include "tst_tenantsettings.moc"
