// Russian and English UI texts: the choice of language, that every Russian text is translated,
// and that the embedded catalogues load and translate (including plural forms).
#include "app/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using agentp::app::Translations;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void choosesLanguage_data()
    {
        QTest::addColumn<QString>("cli");
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QLocale>("system");
        QTest::addColumn<QString>("expected");
        const QLocale ru(QLocale::Russian, QLocale::Russia);
        const QLocale de(QLocale::German, QLocale::Germany);
        QTest::addRow("russian locale") << QString() << QString() << ru << QStringLiteral("ru");
        QTest::addRow("other locale") << QString() << QString() << de << QStringLiteral("en");
        QTest::addRow("saved beats locale") << QString() << QStringLiteral("en") << ru
                                            << QStringLiteral("en");
        QTest::addRow("command line beats saved") << QStringLiteral("ru") << QStringLiteral("en")
                                                  << de << QStringLiteral("ru");
        QTest::addRow("bad saved value ignored") << QString() << QStringLiteral("xx") << ru
                                                 << QStringLiteral("ru");
    }

    void choosesLanguage()
    {
        QFETCH(QString, cli);
        QFETCH(QString, saved);
        QFETCH(QLocale, system);
        QFETCH(QString, expected);
        QCOMPARE(Translations::choose(cli, saved, system), expected);
    }

    void everyRussianTextIsTranslated()
    {
        QFile file(qEnvironmentVariable("AGENTP_SOURCE_DIR") +
                   QStringLiteral("/translations/agentp_ru.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString source;
        QStringList untranslated;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const bool unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (unfinished || text.trimmed().isEmpty())
                    untranslated << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 50);
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }

    void embeddedCataloguesTranslate()
    {
        QTranslator ru;
        QVERIFY(ru.load(QStringLiteral(":/i18n/agentp_ru.qm")));
        QCOMPARE(ru.translate("agentp::views::MainWindow", "Sessions"), QStringLiteral("Диалоги"));
        QCOMPARE(ru.translate("agentp::views::SessionsPane", "%n dialog(s)", nullptr, 2),
                 QStringLiteral("%n диалога"));
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(":/i18n/agentp_en.qm")));
        QCOMPARE(en.translate("agentp::views::SessionsPane", "%n dialog(s)", nullptr, 1),
                 QStringLiteral("%n dialog"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
