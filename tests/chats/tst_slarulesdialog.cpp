// The SLA rules dialog offscreen: the default rule is listed and cannot be removed, each bad
// field is refused with a reason and nothing is written, a valid rule with split shifts and
// holidays is saved (and announced to the chat list), and the order can be changed.
#include "models/store/SlaRuleRepository.h"
#include "models/store/StoreNotifier.h"
#include "tests/chats/ChatFixture.h"
#include "views/chats/SlaRulesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace agentp;
using domain::BusinessCalendar;
using testing::ChatFixture;

class TestSlaRulesDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChatFixture> m_f;

    template<typename T> static T *field(views::SlaRulesDialog &d, const char *name)
    {
        T *w = d.findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no field %s", name);
        return w;
    }
    int storedRules()
    {
        store::StoreError e;
        return int(store::SlaRuleRepository(m_f->db()).rules(&e).size());
    }

private slots:
    void init()
    {
        m_f = std::make_unique<ChatFixture>();
        QVERIFY(m_f->open());
    }
    void cleanup() { m_f.reset(); }

    void theDefaultRuleStays()
    {
        views::SlaRulesDialog d(m_f->workspace());
        QCOMPARE(d.ruleCount(), 1);
        QVERIFY(!field<QPushButton>(d, "remove")->isEnabled());
        QVERIFY(!d.removeSelected());
        QVERIFY(!d.problem().isEmpty());
        QCOMPARE(storedRules(), 1);
    }

    void badFieldsAreRefusedThenAValidRuleIsSaved()
    {
        views::SlaRulesDialog d(m_f->workspace());
        QSignalSpy changed(&m_f->workspace().notifier(), &store::StoreNotifier::changed);
        d.newRule();
        field<QLineEdit>(d, "name")->setText(QStringLiteral("Ozon в рабочие часы"));
        field<QSpinBox>(d, "firstResponse")->setValue(30);
        field<QSpinBox>(d, "nextResponse")->setValue(60);
        field<QSpinBox>(d, "warning")->setValue(45); // not before the shorter target
        QVERIFY(!d.save());
        QVERIFY(d.problem().contains(QStringLiteral("warning")));
        field<QSpinBox>(d, "warning")->setValue(10);

        field<QCheckBox>(d, "always")->setChecked(false);
        field<QComboBox>(d, "timeZone")->setCurrentText(QStringLiteral("Mars/Olympus"));
        QVERIFY(!d.save());
        QVERIFY(d.problem().contains(QStringLiteral("Mars/Olympus")));
        field<QComboBox>(d, "timeZone")->setCurrentText(QStringLiteral("Europe/Moscow"));

        field<QLineEdit>(d, "day1")->setText(QStringLiteral("09:00-13:00, 12:00-18:00"));
        QVERIFY(!d.save());
        QVERIFY2(d.problem().startsWith(QStringLiteral("Monday")), qPrintable(d.problem()));
        field<QLineEdit>(d, "day1")->setText(QStringLiteral("09:00-13:00, 14:00-18:00"));
        field<QLineEdit>(d, "holidays")->setText(QStringLiteral("31.12.2026"));
        QVERIFY(!d.save());
        QVERIFY(d.problem().contains(QStringLiteral("31.12.2026")));
        QCOMPARE(storedRules(), 1); // nothing written so far

        field<QLineEdit>(d, "holidays")->setText(QStringLiteral("2026-12-31, 2027-01-01"));
        // Special days: a date and its own hours; each mistake named.
        auto *special = field<QLineEdit>(d, "specialDays");
        special->setText(QStringLiteral("30.12.2026 09:00-15:00"));
        QVERIFY(!d.save());
        QVERIFY(d.problem().contains(QStringLiteral("30.12.2026")));
        special->setText(QStringLiteral("2026-12-30 09:00-25:00"));
        QVERIFY(!d.save());
        QVERIFY(d.problem().contains(QStringLiteral("2026-12-30")));
        special->setText(QStringLiteral("2026-12-30"));
        QVERIFY(!d.save());
        QVERIFY(d.problem().contains(QStringLiteral("Holidays")));
        special->setText(QStringLiteral("2026-12-30 09:00-15:00; 2026-12-30 10:00-12:00"));
        QVERIFY(!d.save());
        QVERIFY(d.problem().contains(QStringLiteral("twice")));
        special->setText(QStringLiteral("2026-12-31 10:00-12:00"));
        QVERIFY(!d.save());
        QVERIFY(d.problem().contains(QStringLiteral("both")));
        QCOMPARE(storedRules(), 1);
        special->setText(QStringLiteral("2026-12-30\t09:00-15:00; 2026-12-26 10:00-12:00, "
                                        "13:00-16:00"));
        QVERIFY2(d.save(), qPrintable(d.problem()));
        QCOMPARE(storedRules(), 2);
        QTRY_VERIFY(!changed.isEmpty());
        QVERIFY(changed.last().at(0).value<QSet<QString>>().contains(QStringLiteral("sla_rules")));

        store::StoreError e;
        const auto rules = store::SlaRuleRepository(m_f->db()).rules(&e);
        const domain::SlaRule &saved = rules.at(1);
        QCOMPARE(saved.scope, domain::SlaRule::Scope::Marketplace);
        QCOMPARE(saved.scopeValue, QStringLiteral("ozon"));
        QCOMPARE(saved.calendar.zone().id(), QByteArray("Europe/Moscow"));
        QCOMPARE(saved.calendar.week()[0].size(), 2);
        QVERIFY(saved.calendar.week()[6].isEmpty());
        QCOMPARE(saved.calendar.closedDates().size(), 2);
        QCOMPARE(saved.calendar.specialDays().size(), 2);
        QCOMPARE(saved.calendar.shiftsOn(QDate(2026, 12, 26)).size(), 2); // a working Saturday
        QCOMPARE(BusinessCalendar::formatShifts(saved.calendar.shiftsOn(QDate(2026, 12, 30))),
                 QStringLiteral("09:00–15:00"));
        // Shown again as typed when the rule is selected.
        field<QListWidget>(d, "rules")->setCurrentRow(0);
        field<QListWidget>(d, "rules")->setCurrentRow(1);
        QCOMPARE(special->text(),
                 QStringLiteral("2026-12-26 10:00–12:00, 13:00–16:00; 2026-12-30 09:00–15:00"));

        // The new rule moves above the default one, then goes away again.
        field<QListWidget>(d, "rules")->setCurrentRow(1);
        field<QPushButton>(d, "moveUp")->click();
        QCOMPARE(store::SlaRuleRepository(m_f->db()).rules(&e).at(0).id, saved.id);
        QVERIFY(d.removeSelected());
        QCOMPARE(storedRules(), 1);
    }
};

QTEST_MAIN(TestSlaRulesDialog)
#include "tst_slarulesdialog.moc"
