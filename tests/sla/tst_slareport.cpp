// The SLA compliance report on a fixture computed by hand (docs/sla.md): which waits count
// (began in the period; pending ones left out; measured to a reply after the period), outcomes
// in working time (a business-hours rule across a night), figures per account and per agent
// (share within target, median and nearest-rank 90th percentile of first responses), the
// drill-down behind a figure and the one-row-per-chat table of the CSV export; all under
// QAbstractItemModelTester. Also the percentile arithmetic on its own.
#include "models/domain/SlaCompliance.h"
#include "models/items/SlaChatTableModel.h"
#include "models/items/SlaFigureModel.h"
#include "models/items/SlaReport.h"
#include "models/store/SlaRuleRepository.h"
#include "tests/chats/ChatFixture.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTest>

using namespace agentp;
using domain::SlaWait;
using models::SlaChatTableModel;
using models::SlaFigureModel;
using models::SlaReport;
using testing::ChatFixture;

namespace {

QDateTime utc(const char *text)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace

class TestSlaReport : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChatFixture> m_f;
    std::optional<SlaReport> m_report;
    QHash<QString, qint64> m_chat; // c1 … c8

    qint64 chat(qint64 account, const QString &name)
    {
        ChatFixture::Chat c;
        c.title = name;
        const qint64 id = m_f->addChat(account, c);
        m_chat.insert(name, id);
        return id;
    }
    // A message at an absolute UTC time; `author` for our replies.
    void msg(const QString &chatName, const char *sender, const char *at,
             const QString &author = {})
    {
        static int remote = 0;
        const int minutesAgo = int(utc(at).secsTo(ChatFixture::now()) / 60);
        const qint64 id =
            m_f->addMessage(m_chat.value(chatName), QString::fromLatin1(sender),
                            QStringLiteral("…"), minutesAgo, QString::number(++remote));
        if (!author.isEmpty())
            QVERIFY(m_f->exec(QStringLiteral("UPDATE chat_messages SET author = '%1' WHERE id = %2")
                                  .arg(author)
                                  .arg(id)));
    }
    static qint64 mins(double m) { return qint64(m * 60); }

private slots:
    void initTestCase()
    {
        m_f = std::make_unique<ChatFixture>();
        QVERIFY(m_f->open());
        // Now (ChatFixture) is Friday 2026-11-20 12:00 UTC. The default rule: 60/60 around the
        // clock. Account B: 30/60 on weekdays 09:00–18:00 Moscow (06:00–15:00 UTC).
        const qint64 a = m_f->addAccount(QStringLiteral("ozon"), QStringLiteral("Ozon A"));
        const qint64 b = m_f->addAccount(QStringLiteral("wildberries"), QStringLiteral("WB B"));
        QString problem;
        auto calendar = domain::BusinessCalendar::fromJson(
            QJsonDocument::fromJson(
                R"({"timezone":"Europe/Moscow","weekly":{"mon":[["09:00","18:00"]],
                    "tue":[["09:00","18:00"]],"wed":[["09:00","18:00"]],
                    "thu":[["09:00","18:00"]],"fri":[["09:00","18:00"]]}})")
                .object(),
            &problem);
        QVERIFY2(calendar, qPrintable(problem));
        domain::SlaRule rule;
        rule.name = QStringLiteral("WB hours");
        rule.scope = domain::SlaRule::Scope::Account;
        rule.scopeValue = QString::number(b);
        rule.firstResponseMinutes = 30;
        rule.nextResponseMinutes = 60;
        rule.warningMinutes = 10;
        rule.calendar = *calendar;
        store::StoreError error;
        QVERIFY(store::SlaRuleRepository(m_f->db()).save(rule, &problem, &error) > 0);

        const QString irina = QStringLiteral("Ирина"), oleg = QStringLiteral("Олег");
        chat(a, QStringLiteral("c1")); // first 20 min within (Ирина); next 120 min late (Олег)
        msg(QStringLiteral("c1"), "buyer", "2026-11-18T10:00:00");
        msg(QStringLiteral("c1"), "seller", "2026-11-18T10:20:00", irina);
        msg(QStringLiteral("c1"), "buyer", "2026-11-18T11:00:00");
        msg(QStringLiteral("c1"), "support", "2026-11-18T11:30:00"); // neither stops nor starts
        msg(QStringLiteral("c1"), "buyer", "2026-11-18T11:40:00");   // same wait
        msg(QStringLiteral("c1"), "seller", "2026-11-18T13:00:00", oleg);
        chat(a, QStringLiteral("c2")); // first 50 min within (Ирина)
        msg(QStringLiteral("c2"), "buyer", "2026-11-18T09:00:00");
        msg(QStringLiteral("c2"), "seller", "2026-11-18T09:50:00", irina);
        chat(a, QStringLiteral("c3")); // never answered: missed
        msg(QStringLiteral("c3"), "buyer", "2026-11-19T08:00:00");
        chat(a, QStringLiteral("c4")); // 30 min ago, not yet due: pending, left out
        msg(QStringLiteral("c4"), "buyer", "2026-11-20T11:30:00");
        chat(a, QStringLiteral("c5")); // answered before the period: next response, 30 within
        msg(QStringLiteral("c5"), "buyer", "2026-11-10T08:00:00");
        msg(QStringLiteral("c5"), "seller", "2026-11-10T08:05:00", oleg);
        msg(QStringLiteral("c5"), "buyer", "2026-11-17T12:00:00");
        msg(QStringLiteral("c5"), "seller", "2026-11-17T12:30:00", oleg);
        chat(a, QStringLiteral("c6")); // the wait began before the period: not counted
        msg(QStringLiteral("c6"), "buyer", "2026-11-15T23:00:00");
        msg(QStringLiteral("c6"), "seller", "2026-11-16T01:00:00", oleg);
        chat(b, QStringLiteral("c7")); // Thu 17:50 MSK → Fri 09:20 MSK: 10 + 20 = 30 working min
        msg(QStringLiteral("c7"), "buyer", "2026-11-19T14:50:00");
        msg(QStringLiteral("c7"), "seller", "2026-11-20T06:20:00", irina);
        chat(b, QStringLiteral("c8")); // Tue 08:00 MSK (closed) → 09:45 MSK: 45 min, late
        msg(QStringLiteral("c8"), "buyer", "2026-11-17T05:00:00");
        msg(QStringLiteral("c8"), "seller", "2026-11-17T06:45:00", oleg);

        m_report = SlaReport::load(m_f->db(), utc("2026-11-16T00:00:00"),
                                   utc("2026-11-21T00:00:00"), ChatFixture::now(), &error);
        QVERIFY2(m_report, qPrintable(error.message));
    }

    void cleanupTestCase()
    {
        m_report.reset();
        m_f.reset();
    }

    void percentilesByHand()
    {
        QCOMPARE(domain::medianOf({}), -1);
        QCOMPARE(domain::medianOf({7}), 7);
        QCOMPARE(domain::medianOf({9, 1, 5}), 5);
        QCOMPARE(domain::medianOf({10, 1, 4, 7}), 5); // (4 + 7) / 2 rounded down
        std::vector<qint64> ten{10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        QCOMPARE(domain::nearestRankPercentile(ten, 90), 9); // the 9th of 10
        QCOMPARE(domain::nearestRankPercentile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 90),
                 10); // ⌈9.9⌉ = 10th
        QCOMPARE(domain::nearestRankPercentile({42}, 90), 42);
    }

    void waitsAndOutcomes()
    {
        QHash<qint64, QList<SlaWait>> byChat;
        for (const SlaWait &w : m_report->waits())
            byChat[w.chatId] << w;
        QCOMPARE(byChat.value(m_chat.value(QStringLiteral("c6"))).size(), 0);
        const QList<SlaWait> c1 = byChat.value(m_chat.value(QStringLiteral("c1")));
        QCOMPARE(c1.size(), 2);
        QCOMPARE(c1.at(0).workingSecs, mins(20));
        QVERIFY(c1.at(0).firstResponse);
        QCOMPARE(c1.at(0).outcome, SlaWait::Outcome::Within);
        QCOMPARE(c1.at(1).workingSecs, mins(120));
        QVERIFY(!c1.at(1).firstResponse);
        QCOMPARE(c1.at(1).agent, QStringLiteral("Олег"));
        QCOMPARE(c1.at(1).outcome, SlaWait::Outcome::Late);
        const SlaWait c3 = byChat.value(m_chat.value(QStringLiteral("c3"))).value(0);
        QCOMPARE(c3.outcome, SlaWait::Outcome::Missed);
        QCOMPARE(c3.workingSecs, mins(28 * 60));
        QCOMPARE(byChat.value(m_chat.value(QStringLiteral("c4"))).value(0).outcome,
                 SlaWait::Outcome::Pending);
        const SlaWait c5 = byChat.value(m_chat.value(QStringLiteral("c5"))).value(0);
        QVERIFY(!c5.firstResponse);
        QCOMPARE(c5.targetMinutes, 60);
        const SlaWait c7 = byChat.value(m_chat.value(QStringLiteral("c7"))).value(0);
        QCOMPARE(c7.targetMinutes, 30);
        QCOMPARE(c7.workingSecs, mins(30));
        QCOMPARE(c7.outcome, SlaWait::Outcome::Within); // exactly on target is within
        const SlaWait c8 = byChat.value(m_chat.value(QStringLiteral("c8"))).value(0);
        QCOMPARE(c8.workingSecs, mins(45));
        QCOMPARE(c8.outcome, SlaWait::Outcome::Late);
    }

    void figuresPerAccountAndAgent_data()
    {
        QTest::addColumn<int>("by"); // SlaReport::GroupBy
        QTest::addColumn<QString>("label");
        QTest::addColumn<QList<int>>("counts"); // within, late, missed
        QTest::addColumn<QString>("share");
        QTest::addColumn<qint64>("median");
        QTest::addColumn<qint64>("p90");
        const int account = int(SlaReport::GroupBy::Account);
        const int agent = int(SlaReport::GroupBy::Agent);
        // A: c1 (20 within, 120 late), c2 (50 within), c3 missed, c5 (next, within).
        QTest::addRow("Ozon A") << account << "Ozon A" << QList<int>{3, 1, 1} << "60.0 %"
                                << mins(35) << mins(50);
        // B: c7 (30 within), c8 (45 late): median (30 + 45) / 2 = 37.5 min.
        QTest::addRow("WB B") << account << "WB B" << QList<int>{1, 1, 0} << "50.0 %" << mins(37.5)
                              << mins(45);
        QTest::addRow("all") << account << "All" << QList<int>{4, 2, 1} << "57.1 %" << mins(37.5)
                             << mins(50);
        // Ирина: first responses 20, 50, 30 → median 30, p90 the 3rd of 3 = 50.
        QTest::addRow("Ирина") << agent << "Ирина" << QList<int>{3, 0, 0} << "100.0 %" << mins(30)
                               << mins(50);
        QTest::addRow("Олег") << agent << "Олег" << QList<int>{1, 2, 0} << "33.3 %" << mins(45)
                              << mins(45);
        QTest::addRow("no reply") << agent << "No reply" << QList<int>{0, 0, 1} << "0.0 %"
                                  << qint64(-1) << qint64(-1);
    }

    void figuresPerAccountAndAgent()
    {
        QFETCH(int, by);
        QFETCH(QString, label);
        QFETCH(QList<int>, counts);
        QFETCH(QString, share);
        QFETCH(qint64, median);
        QFETCH(qint64, p90);
        SlaFigureModel model{SlaReport::GroupBy(by)};
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(&*m_report);
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data().toString() == label)
                row = r;
        }
        QVERIFY2(row >= 0, qPrintable(label));
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(SlaFigureModel::WithinColumn).toInt(), counts.at(0));
        QCOMPARE(cell(SlaFigureModel::LateColumn).toInt(), counts.at(1));
        QCOMPARE(cell(SlaFigureModel::MissedColumn).toInt(), counts.at(2));
        QCOMPARE(cell(SlaFigureModel::ShareColumn)
                     .toString()
                     .replace(QLatin1Char(','), QLatin1Char('.')),
                 share);
        QCOMPARE(cell(SlaFigureModel::MedianColumn, SlaFigureModel::SortRole).toLongLong(), median);
        QCOMPARE(cell(SlaFigureModel::P90Column, SlaFigureModel::SortRole).toLongLong(), p90);
        // "No reply" and "All" come last.
        QCOMPARE(model.index(model.rowCount() - 1, 0).data().toString(), QStringLiteral("All"));
        if (SlaReport::GroupBy(by) == SlaReport::GroupBy::Agent)
            QCOMPARE(model.index(model.rowCount() - 2, 0).data().toString(),
                     QStringLiteral("No reply"));
    }

    void drillDownListsTheChatsBehindAFigure()
    {
        SlaFigureModel agents(SlaReport::GroupBy::Agent);
        agents.setReport(&*m_report);
        int oleg = -1;
        for (int r = 0; r < agents.rowCount(); ++r) {
            if (agents.index(r, 0).data().toString() == QStringLiteral("Олег"))
                oleg = r;
        }
        SlaChatTableModel chats;
        QAbstractItemModelTester tester(&chats,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        chats.setWaits(&*m_report, m_report->select(agents.selectionAt(
                                       agents.index(oleg, SlaFigureModel::LateColumn))));
        QCOMPARE(chats.rowCount(), 2);
        QSet<qint64> ids{chats.chatIdAt(0), chats.chatIdAt(1)};
        QCOMPARE(ids, (QSet<qint64>{m_chat.value(QStringLiteral("c1")),
                                    m_chat.value(QStringLiteral("c8"))}));

        // The whole report, one row per chat (the CSV): c1 c2 c3 c5 c7 c8; c4 pending, c6 out.
        chats.setWaits(&*m_report, m_report->select({}));
        QCOMPARE(chats.rowCount(), 6);
        for (int r = 0; r < chats.rowCount(); ++r) {
            if (chats.chatIdAt(r) != m_chat.value(QStringLiteral("c1")))
                continue;
            const auto cell = [&](int c) {
                return chats.index(r, c).data();
            };
            QCOMPARE(cell(SlaChatTableModel::ChatColumn).toString(), QStringLiteral("c1"));
            QCOMPARE(cell(SlaChatTableModel::AccountColumn).toString(), QStringLiteral("Ozon A"));
            QCOMPARE(cell(SlaChatTableModel::AgentsColumn).toString(),
                     QStringLiteral("Ирина, Олег"));
            QCOMPARE(cell(SlaChatTableModel::WaitsColumn).toInt(), 2);
            QCOMPARE(cell(SlaChatTableModel::WithinColumn).toInt(), 1);
            QCOMPARE(cell(SlaChatTableModel::LateColumn).toInt(), 1);
            QCOMPARE(cell(SlaChatTableModel::FirstWaitColumn).toInt(), 20);
            QCOMPARE(cell(SlaChatTableModel::FirstTargetColumn).toInt(), 60);
        }
    }

    void anEmptyPeriodHasNoFigures()
    {
        store::StoreError error;
        const auto empty = SlaReport::load(m_f->db(), utc("2025-01-01T00:00:00"),
                                           utc("2025-02-01T00:00:00"), ChatFixture::now(), &error);
        QVERIFY(empty);
        QVERIFY(empty->waits().empty());
        QCOMPARE(empty->total().withinShare(), -1.0);
        SlaFigureModel model(SlaReport::GroupBy::Account);
        model.setReport(&*empty);
        QCOMPARE(model.rowCount(), 1); // "All"
        QCOMPARE(model.index(0, SlaFigureModel::ShareColumn).data().toString(),
                 QStringLiteral("—"));
    }
};

QTEST_GUILESS_MAIN(TestSlaReport)
#include "tst_slareport.moc"
