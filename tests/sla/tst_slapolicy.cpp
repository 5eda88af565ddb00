// SLA rules and clocks: which rule covers a chat (most specific wins, ties by position), when
// the buyer starts waiting (first unanswered message after our last reply), first vs next
// response target, support/system messages ignored, and the stages over time.
#include "models/domain/SlaPolicy.h"

#include <QTest>

using namespace agentp::domain;

namespace {

SlaRule rule(SlaRule::Scope scope, const QString &value, int position = 0, qint64 id = 0)
{
    SlaRule r;
    r.id = id;
    r.name = QStringLiteral("r%1").arg(id);
    r.scope = scope;
    r.scopeValue = value;
    r.position = position;
    return r;
}

const QDateTime t0(QDate(2026, 11, 16), QTime(10, 0), QTimeZone::utc());

QDateTime at(int minutes)
{
    return t0.addSecs(qint64(minutes) * 60);
}

} // namespace

class TestSlaPolicy : public QObject
{
    Q_OBJECT

private slots:
    void mostSpecificRuleWins()
    {
        const QList<SlaRule> rules{
            rule(SlaRule::Scope::All, {}, 0, 1),
            rule(SlaRule::Scope::Marketplace, QStringLiteral("ozon"), 5, 2),
            rule(SlaRule::Scope::ChatType, QStringLiteral("BUYER_SELLER"), 4, 3),
            rule(SlaRule::Scope::Account, QStringLiteral("7"), 9, 4),
            rule(SlaRule::Scope::Marketplace, QStringLiteral("ozon"), 1, 5), // same, lower position
        };
        QCOMPARE(chooseRule(rules, QStringLiteral("ozon"), 7, QStringLiteral("BUYER_SELLER"))->id,
                 4);
        QCOMPARE(chooseRule(rules, QStringLiteral("ozon"), 8, QStringLiteral("BUYER_SELLER"))->id,
                 3);
        QCOMPARE(chooseRule(rules, QStringLiteral("ozon"), 8, QStringLiteral("SELLER_SUPPORT"))->id,
                 5);
        QCOMPARE(chooseRule(rules, QStringLiteral("wildberries"), 8, QString())->id, 1);
        QVERIFY(!chooseRule({rules[1]}, QStringLiteral("wildberries"), 8, QString()));
    }

    void clockStartsAtTheFirstUnansweredBuyerMessage()
    {
        SlaRule r = rule(SlaRule::Scope::All, {});
        r.firstResponseMinutes = 30;
        r.nextResponseMinutes = 60;
        r.warningMinutes = 10;
        // Never answered: first response, from the first of several buyer messages.
        SlaClock c = slaClock(r, {{SenderType::System, at(0)},
                                  {SenderType::Buyer, at(1)},
                                  {SenderType::Buyer, at(5)},
                                  {SenderType::Support, at(6)}});
        QVERIFY(c.waiting);
        QVERIFY(c.firstResponse);
        QCOMPARE(c.since, at(1));
        QCOMPARE(c.due, at(31));
        QCOMPARE(c.warnAt, at(21));
        // Answered, then the buyer wrote again: next response from that message.
        c = slaClock(r, {{SenderType::Buyer, at(1)},
                         {SenderType::Seller, at(10)},
                         {SenderType::Buyer, at(20)},
                         {SenderType::Buyer, at(25)}});
        QVERIFY(!c.firstResponse);
        QCOMPARE(c.since, at(20));
        QCOMPARE(c.due, at(80));
        // Our reply last: nobody waits.
        c = slaClock(r, {{SenderType::Buyer, at(1)}, {SenderType::Seller, at(2)}});
        QVERIFY(!c.waiting);
        QCOMPARE(c.stageAt(at(1000)), SlaStage::NotWaiting);
        QVERIFY(!slaClock(r, {{SenderType::System, at(1)}}).waiting);
        QVERIFY(!slaClock(r, {}).waiting);
    }

    void stagesOverTime()
    {
        SlaRule r = rule(SlaRule::Scope::All, {});
        r.firstResponseMinutes = 30;
        r.warningMinutes = 10;
        const SlaClock c = slaClock(r, {{SenderType::Buyer, at(0)}});
        QCOMPARE(c.stageAt(at(0)), SlaStage::Ok);
        QCOMPARE(c.stageAt(at(20).addSecs(-1)), SlaStage::Ok);
        QCOMPARE(c.stageAt(at(20)), SlaStage::Warning);
        QCOMPARE(c.stageAt(at(30).addSecs(-1)), SlaStage::Warning);
        QCOMPARE(c.stageAt(at(30)), SlaStage::Breached);
    }

    void deadlinesCountWorkingTimeOnly()
    {
        // Mon–Fri 09:00–18:00 UTC: a message on Friday 17:50 with a 30-minute target is due
        // Monday 09:20, and the warning (10 minutes before) begins Monday 09:10.
        std::array<BusinessCalendar::DayShifts, 7> week;
        for (int d = 0; d < 5; ++d)
            week[size_t(d)] = {{QTime(9, 0), 9 * 60}};
        SlaRule r = rule(SlaRule::Scope::All, {});
        r.calendar = BusinessCalendar::weekly(QTimeZone::utc(), week);
        r.firstResponseMinutes = 30;
        r.warningMinutes = 10;
        const QDateTime friday(QDate(2026, 11, 20), QTime(17, 50), QTimeZone::utc());
        const SlaClock c = slaClock(r, {{SenderType::Buyer, friday}});
        QCOMPARE(c.due, QDateTime(QDate(2026, 11, 23), QTime(9, 20), QTimeZone::utc()));
        QCOMPARE(c.warnAt, QDateTime(QDate(2026, 11, 23), QTime(9, 10), QTimeZone::utc()));
        QCOMPARE(c.stageAt(friday.addSecs(3600)), SlaStage::Ok); // the weekend does not count
    }

    void validation()
    {
        SlaRule r = rule(SlaRule::Scope::All, {});
        QVERIFY(r.validate().isEmpty());
        r.warningMinutes = 60;
        QVERIFY(!r.validate().isEmpty()); // warning not before the deadline
        r = rule(SlaRule::Scope::Account, {});
        QVERIFY(!r.validate().isEmpty()); // which account?
        r = rule(SlaRule::Scope::All, {});
        r.firstResponseMinutes = 0;
        QVERIFY(!r.validate().isEmpty());
        r = rule(SlaRule::Scope::All, {});
        r.name = QStringLiteral("  ");
        QVERIFY(!r.validate().isEmpty());
        r = rule(SlaRule::Scope::All, {});
        r.calendar = BusinessCalendar::weekly(QTimeZone::utc(), {}); // never open
        QVERIFY(!r.validate().isEmpty());
        for (auto scope : {SlaRule::Scope::All, SlaRule::Scope::Marketplace,
                           SlaRule::Scope::Account, SlaRule::Scope::ChatType})
            QCOMPARE(SlaRule::scopeFromName(SlaRule::scopeName(scope)), scope);
    }
};

QTEST_GUILESS_MAIN(TestSlaPolicy)
#include "tst_slapolicy.moc"
