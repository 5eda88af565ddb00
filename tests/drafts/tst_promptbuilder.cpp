#include "models/domain/PromptBuilder.h"

#include <QTest>

using namespace agentp::domain;

class TestPromptBuilder : public QObject
{
    Q_OBJECT

    static PromptContext context()
    {
        return {QStringLiteral("ozon"), QStringLiteral("Shop"), QStringLiteral("BUYER_SELLER"),
                QStringLiteral("123-456"), QStringLiteral("Чайник")};
    }
    static QList<PromptHistoryItem> chat()
    {
        return {{QStringLiteral("buyer"), QStringLiteral("Здравствуйте, где заказ?")},
                {QStringLiteral("seller"), QStringLiteral("Добрый день! Уже в пути.")},
                {QStringLiteral("support"), QStringLiteral("Заказ задержан на складе.")},
                {QStringLiteral("buyer"), QStringLiteral("Так когда привезут?")}};
    }

private slots:
    void templateIsFilled()
    {
        const QString filled = PromptBuilder::fillTemplate(
            QStringLiteral("{account} on {marketplace}: {chat_type}, {order_number}, {product}"),
            context());
        QCOMPARE(filled, QStringLiteral("Shop on Ozon: BUYER_SELLER, 123-456, Чайник"));
        PromptContext empty;
        empty.marketplace = QStringLiteral("wildberries");
        QCOMPARE(PromptBuilder::fillTemplate(QStringLiteral("{marketplace} {order_number}"), empty),
                 QStringLiteral("Wildberries unknown"));
    }

    void rolesFollowTheSenders()
    {
        const BuiltPrompt p =
            PromptBuilder::build(QStringLiteral("sys {account}"), context(), chat(), {}, 1);
        QCOMPARE(p.messages.size(), 4);
        QCOMPARE(p.messages[0],
                 (PromptMessage{QStringLiteral("system"), QStringLiteral("sys Shop")}));
        QCOMPARE(p.messages[1].role, QStringLiteral("user"));
        QCOMPARE(p.messages[2].role, QStringLiteral("assistant"));
        // Support's note and the buyer's question are one "user" turn, the note labelled.
        QCOMPARE(p.messages[3].role, QStringLiteral("user"));
        QCOMPARE(p.messages[3].content, QStringLiteral("[Marketplace support] Заказ задержан на "
                                                       "складе.\n\nТак когда привезут?"));
        QCOMPARE(p.droppedMessages, 0);
    }

    void sellerLastAsksForAFollowUp()
    {
        QList<PromptHistoryItem> h = chat().mid(0, 2);
        const BuiltPrompt p = PromptBuilder::build(QStringLiteral("s"), context(), h, {}, 1);
        QCOMPARE(p.messages.last().role, QStringLiteral("user"));
        QVERIFY(p.messages.last().content.startsWith(QStringLiteral("[Instruction]")));
        const BuiltPrompt none = PromptBuilder::build(QStringLiteral("s"), context(), {}, {}, 1);
        QCOMPARE(none.messages.size(), 2);
        QVERIFY(none.messages.last().content.contains(QStringLiteral("empty")));
    }

    void limitsDropTheOldest()
    {
        AiSettings s;
        s.historyMessages = 2;
        BuiltPrompt p = PromptBuilder::build(QStringLiteral("s"), context(), chat(), s, 1);
        QCOMPARE(p.droppedMessages, 2);
        QVERIFY(!p.toJson().contains("где заказ"));
        QVERIFY(p.toJson().contains("когда привезут"));

        // A character budget that holds the newest message only.
        s = AiSettings();
        s.maxPromptChars = 1 + 40;
        p = PromptBuilder::build(QStringLiteral("s"), context(), chat(), s, 1);
        QCOMPARE(p.messages.size(), 2);
        QCOMPARE(p.messages[1].content, QStringLiteral("Так когда привезут?"));
        QCOMPARE(p.droppedMessages, 3);

        // One huge message is clipped rather than crowding out everything else.
        QList<PromptHistoryItem> huge{{QStringLiteral("buyer"), QString(10000, QLatin1Char('x'))}};
        p = PromptBuilder::build(QStringLiteral("s"), context(), huge, {}, 1);
        QVERIFY(p.messages[1].content.size() < AiSettings::kMaxMessageChars + 10);
        QVERIFY(p.messages[1].content.endsWith(QStringLiteral("[…]")));
    }

    void emptyBodiesAreSkipped()
    {
        QList<PromptHistoryItem> h{{QStringLiteral("buyer"), QStringLiteral("  ")},
                                   {QStringLiteral("buyer"), QStringLiteral("Фото выше")}};
        const BuiltPrompt p = PromptBuilder::build(QStringLiteral("s"), context(), h, {}, 1);
        QCOMPARE(p.messages.size(), 2);
        QCOMPARE(p.messages[1].content, QStringLiteral("Фото выше"));
    }

    void hashFollowsWhatDecidesTheAnswer()
    {
        const AiSettings s;
        const QString base =
            PromptBuilder::build(QStringLiteral("s"), context(), chat(), s, 1).contextHash;
        QCOMPARE(base.size(), 64);
        QCOMPARE(PromptBuilder::build(QStringLiteral("s"), context(), chat(), s, 1).contextHash,
                 base);
        AiSettings other = s;
        other.model = QStringLiteral("deepseek-v4-pro");
        QVERIFY(
            PromptBuilder::build(QStringLiteral("s"), context(), chat(), other, 1).contextHash !=
            base);
        QVERIFY(PromptBuilder::build(QStringLiteral("s"), context(), chat(), s, 2).contextHash !=
                base);
        QVERIFY(PromptBuilder::build(QStringLiteral("t"), context(), chat(), s, 1).contextHash !=
                base);
        auto more = chat();
        more << PromptHistoryItem{QStringLiteral("buyer"), QStringLiteral("Ау?")};
        QVERIFY(PromptBuilder::build(QStringLiteral("s"), context(), more, s, 1).contextHash !=
                base);
    }

    void jsonRoundTrip()
    {
        const BuiltPrompt p = PromptBuilder::build(QStringLiteral("s"), context(), chat(), {}, 1);
        bool ok = false;
        QCOMPARE(BuiltPrompt::fromJson(p.toJson(), &ok), p.messages);
        QVERIFY(ok);
        BuiltPrompt::fromJson("[{\"role\":1,\"content\":\"x\"}]", &ok);
        QVERIFY(!ok);
        BuiltPrompt::fromJson("{", &ok);
        QVERIFY(!ok);
        BuiltPrompt::fromJson("[]", &ok);
        QVERIFY(!ok);
    }

    void settingsProblems()
    {
        AiSettings s;
        QVERIFY(s.problem().isEmpty());
        s.baseUrl = QStringLiteral("api.deepseek.com");
        QVERIFY(!s.problem().isEmpty());
        s = AiSettings();
        s.model = QStringLiteral("  ");
        QVERIFY(!s.problem().isEmpty());
        s = AiSettings();
        s.historyMessages = 0;
        QVERIFY(!s.problem().isEmpty());
        s = AiSettings();
        s.timeoutSeconds = 1;
        QVERIFY(!s.problem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPromptBuilder)
#include "tst_promptbuilder.moc"
