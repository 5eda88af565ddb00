// SLA rules in the store: a new workspace has one default rule (all chats, around the clock);
// rules are validated before they are written, the default keeps its scope and cannot be
// removed, the editor's order is kept, and a calendar edited into nonsense counts around the
// clock with a message instead of losing the rule.
#include "models/store/Database.h"
#include "models/store/SlaRuleRepository.h"
#include "tests/support/TempWorkspace.h"

#include <QSqlQuery>
#include <QTest>

using namespace agentp;
using domain::SlaRule;

class TestSlaRuleRepository : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Database> m_db;

    QList<qint64> ids()
    {
        store::StoreError e;
        QList<qint64> out;
        for (const SlaRule &r : store::SlaRuleRepository(m_db->connection()).rules(&e))
            out << r.id;
        return out;
    }

private slots:
    void init()
    {
        m_db.reset();
        QFile::remove(m_tmp.file());
        store::StoreError e;
        m_db = store::Database::open(m_tmp.file(), &e);
        QVERIFY2(m_db, qPrintable(e.message));
    }
    void cleanup() { m_db.reset(); }

    void aNewWorkspaceHasTheDefaultRule()
    {
        store::StoreError e;
        const auto rules = store::SlaRuleRepository(m_db->connection()).rules(&e);
        QCOMPARE(rules.size(), 1);
        QVERIFY(rules[0].isDefault);
        QCOMPARE(rules[0].scope, SlaRule::Scope::All);
        QVERIFY(rules[0].calendar.isAlwaysOpen());
        QVERIFY(rules[0].validate().isEmpty());
    }

    void saveValidatesAndRoundTrips()
    {
        store::SlaRuleRepository repo(m_db->connection());
        SlaRule r;
        r.name = QStringLiteral("Ozon в рабочие часы");
        r.scope = SlaRule::Scope::Marketplace;
        r.scopeValue = QStringLiteral("ozon");
        r.firstResponseMinutes = 30;
        r.nextResponseMinutes = 45;
        r.warningMinutes = 40; // after the shorter target: refused
        std::array<domain::BusinessCalendar::DayShifts, 7> week;
        week[0] = {{QTime(9, 0), 240}, {QTime(14, 0), 240}};
        r.calendar = domain::BusinessCalendar::weekly(QTimeZone("Europe/Moscow"), week);
        QString problem;
        store::StoreError e;
        QCOMPARE(repo.save(r, &problem, &e), 0);
        QVERIFY(!problem.isEmpty());
        QCOMPARE(ids().size(), 1); // nothing written

        r.warningMinutes = 10;
        problem.clear();
        const qint64 id = repo.save(r, &problem, &e);
        QVERIFY2(id > 0, qPrintable(problem + e.message));
        const auto rules = repo.rules(&e);
        QCOMPARE(rules.size(), 2);
        const SlaRule &back = rules[1];
        QCOMPARE(back.name, r.name);
        QCOMPARE(back.scopeValue, QStringLiteral("ozon"));
        QCOMPARE(back.nextResponseMinutes, 45);
        QVERIFY(back.calendar == r.calendar);
        QVERIFY(!back.isDefault);

        SlaRule edited = back;
        edited.firstResponseMinutes = 20;
        QCOMPARE(repo.save(edited, &problem, &e), id);
        QCOMPARE(repo.rules(&e)[1].firstResponseMinutes, 20);
    }

    void theDefaultRuleStays()
    {
        store::SlaRuleRepository repo(m_db->connection());
        store::StoreError e;
        SlaRule def = repo.rules(&e)[0];
        QString problem;
        QVERIFY(!repo.remove(def.id, &problem, &e));
        QVERIFY(!problem.isEmpty());
        def.scope = SlaRule::Scope::Marketplace;
        def.scopeValue = QStringLiteral("ozon");
        problem.clear();
        QCOMPARE(repo.save(def, &problem, &e), 0);
        QVERIFY(!problem.isEmpty());
        def.scope = SlaRule::Scope::All;
        def.firstResponseMinutes = 15;
        def.warningMinutes = 5;
        problem.clear();
        QCOMPARE(repo.save(def, &problem, &e), def.id); // its targets can change
        QCOMPARE(ids().size(), 1);
    }

    void orderAndRemoval()
    {
        store::SlaRuleRepository repo(m_db->connection());
        store::StoreError e;
        QString problem;
        QList<qint64> added;
        for (const char *name : {"a", "b", "c"}) {
            SlaRule r;
            r.name = QLatin1String(name);
            r.scope = SlaRule::Scope::ChatType;
            r.scopeValue = QStringLiteral("BUYER_SELLER");
            added << repo.save(r, &problem, &e);
        }
        const qint64 def = ids().first();
        QCOMPARE(ids(), (QList<qint64>{def, added[0], added[1], added[2]}));
        QVERIFY(repo.move(added[2], 0, &e));
        QCOMPARE(ids(), (QList<qint64>{added[2], def, added[0], added[1]}));
        QVERIFY(repo.move(added[2], 99, &e)); // clamped to the end
        QCOMPARE(ids(), (QList<qint64>{def, added[0], added[1], added[2]}));
        QVERIFY(repo.remove(added[1], &problem, &e));
        QVERIFY(repo.remove(added[1], &problem, &e)); // already gone is fine
        QCOMPARE(ids(), (QList<qint64>{def, added[0], added[2]}));
    }

    void anUnreadableCalendarCountsAroundTheClock()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE sla_rules SET calendar = '{\"timezone\":\"Nowhere\"}'")));
        store::StoreError e;
        QStringList problems;
        const auto rules = store::SlaRuleRepository(m_db->connection()).rules(&e, &problems);
        QCOMPARE(rules.size(), 1);
        QVERIFY(rules[0].calendar.isAlwaysOpen());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].contains(QStringLiteral("Nowhere")), qPrintable(problems[0]));
    }
};

QTEST_GUILESS_MAIN(TestSlaRuleRepository)
#include "tst_slarulerepository.moc"
