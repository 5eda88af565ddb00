#include "models/domain/ContactGuard.h"

#include <QTest>

using agentp::domain::ContactGuard;
using Kind = ContactGuard::Kind;

Q_DECLARE_METATYPE(ContactGuard::Kind)

class TestContactGuard : public QObject
{
    Q_OBJECT
private slots:
    void finds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("found");
        const auto row = [](const char *name, const char *text, Kind kind, const char *found) {
            QTest::newRow(name) << QString::fromUtf8(text) << kind << QString::fromUtf8(found);
        };
        row("+7 brackets", "Звоните +7 (999) 123-45-67, ждём", Kind::Phone, "+7 (999) 123-45-67");
        row("8 spaces", "мой номер 8 999 123 45 67.", Kind::Phone, "8 999 123 45 67");
        row("8 solid", "пишите 89991234567", Kind::Phone, "89991234567");
        row("+7 solid", "+79991234567 в любое время", Kind::Phone, "+79991234567");
        row("dashes", "тел. 8-999-123-45-67", Kind::Phone, "8-999-123-45-67");
        row("no prefix", "номер (999) 123-45-67", Kind::Phone, "(999) 123-45-67");
        row("foreign", "or +44 20 7946 0958", Kind::Phone, "+44 20 7946 0958");
        row("email", "почта shop.help+ozon@mail.ru.", Kind::Email, "shop.help+ozon@mail.ru");
        row("cyrillic domain", "адрес продажи@магазин.рф", Kind::Email, "продажи@магазин.рф");
        row("https", "см. https://example.com/item?id=1, там всё", Kind::Link,
            "https://example.com/item?id=1");
        row("www", "на www.shop-site.ru", Kind::Link, "www.shop-site.ru");
        row("bare domain", "на сайте myshop.ru/sale!", Kind::Link, "myshop.ru/sale");
        row("rf domain", "заходите на магазин.рф", Kind::Link, "магазин.рф");
        row("handle", "пишите на @shop_helper", Kind::Handle, "@shop_helper");
        row("t.me", "канал t.me/shopnews", Kind::Handle, "t.me/shopnews");
        row("wa.me", "https://wa.me/79991234567", Kind::Handle, "https://wa.me/79991234567");
        row("whatsapp", "Напишите нам в WhatsApp", Kind::Messenger, "WhatsApp");
        row("vatsap", "лучше в ватсап", Kind::Messenger, "ватсап");
        row("telegram ru", "пишите в телеграм", Kind::Messenger, "телеграм");
        row("area code", "офис: 8 (4722) 12-34-56", Kind::Phone, "8 (4722) 12-34-56");
        row("inflected", "ответим в вотсапе", Kind::Messenger, "вотсапе");
        row("slang", "скиньте в телеге", Kind::Messenger, "телеге");
        row("tg", "напишите в тг", Kind::Messenger, "тг");
    }
    void finds()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(QString, found);
        const auto findings = ContactGuard::scan(text);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].kind, kind);
        QCOMPARE(findings[0].text, found);
        QCOMPARE(text.mid(findings[0].start, findings[0].length), found);
        QVERIFY(!ContactGuard::warning(findings).isEmpty());
    }

    void leavesOrdinaryTextAlone_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t : {
                 "Заказ 12345678-0001-1 передан в доставку.",
                 "Цена 1 500 ₽, скидка 15%.",
                 "Доставка 21.11.2026 с 10:00 до 18:00.",
                 "Размер 42, т.е. M; рост 170 см.",
                 "Артикул 987654321 есть в наличии.",
                 "Спасибо за заказ! Оставьте отзыв на странице товара.",
                 "Вес 2.5 кг, длина 1.20 м.",
                 "Ваш заказ 9876543210 уже в пути.",
                 "Трек-номер 80012345678 пришлём позже.",
                 "Артикул 7 123 456 78 90.",
                 "Сумма 8 500 000 ₽ за партию.",
             })
            QTest::newRow(t) << QString::fromUtf8(t);
    }
    void leavesOrdinaryTextAlone()
    {
        QFETCH(QString, text);
        const auto findings = ContactGuard::scan(text);
        if (!findings.isEmpty())
            qWarning() << "false positive:" << findings[0].text;
        QVERIFY(findings.isEmpty());
        QVERIFY(ContactGuard::warning(findings).isEmpty());
    }

    void severalInOrderWithoutOverlap()
    {
        const QString text = QStringLiteral("Пишите на a@b.ru или +7 999 123 45 67, сайт x.ru");
        const auto f = ContactGuard::scan(text);
        QCOMPARE(f.size(), 3);
        QCOMPARE(f[0].kind, Kind::Email);
        QCOMPARE(f[1].kind, Kind::Phone);
        QCOMPARE(f[2].kind, Kind::Link);
        QVERIFY(f[0].start < f[1].start && f[1].start < f[2].start);
        const QString warning = ContactGuard::warning(f);
        QVERIFY(warning.contains(ContactGuard::kindName(Kind::Email)));
        QVERIFY(warning.contains(ContactGuard::kindName(Kind::Phone)));
        QVERIFY(warning.contains(ContactGuard::kindName(Kind::Link)));
    }
};

QTEST_GUILESS_MAIN(TestContactGuard)
#include "tst_contactguard.moc"
