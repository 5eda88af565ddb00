// The Overview pane on a generated demo workspace, offscreen: it is the first pane of the main
// window; the period switch changes the cards (to the repository's numbers); the charts have
// data and hovering shows the values; the tenant selector is there for a super admin only; the
// pane refreshes when the store announces new dialogs.
#include "models/demo/DemoGenerator.h"
#include "models/store/SalonMetricsRepository.h"
#include "models/store/StoreNotifier.h"
#include "models/store/TimeFormat.h"
#include "models/store/Workspace.h"
#include "tests/support/TempWorkspace.h"
#include "views/overview/FunnelChart.h"
#include "views/overview/KpiCard.h"
#include "views/overview/KpiText.h"
#include "views/overview/OverviewPane.h"
#include "views/overview/TrendChart.h"
#include "views/shell/MainWindow.h"

#include <QBarSet>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>

using namespace agentp;
using domain::PeriodPreset;

class TestOverviewPane : public QObject
{
    Q_OBJECT

    const QDateTime m_anchor = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Workspace> m_workspace;

    views::OverviewPane *overviewOf(views::MainWindow &window)
    {
        auto *pane = qobject_cast<views::OverviewPane *>(window.pane(QStringLiteral("overview")));
        if (pane)
            pane->setClock([this] { return m_anchor; });
        return pane;
    }

    store::PeriodTotals totals(const QString &tenant, const domain::DatePeriod &period)
    {
        store::StoreError error;
        const store::SalonMetricsRepository repo(m_workspace->database().connection());
        const store::PeriodTotals t = repo.totals(tenant, period, &error);
        if (error.isError())
            qWarning("%s", qPrintable(error.message));
        return t;
    }

    // A card's value as a number, read back in the locale it was written in.
    static qint64 number(views::KpiCard *card)
    {
        bool ok = false;
        const qint64 value = QLocale().toLongLong(card->valueText(), &ok);
        if (!ok)
            qWarning("not a number: %s", qPrintable(card->valueText()));
        return value;
    }

    static void choosePeriod(views::OverviewPane *pane, PeriodPreset preset)
    {
        auto *combo = pane->findChild<QComboBox *>(QStringLiteral("periodSelector"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(int(preset)));
        QCOMPARE(pane->preset(), preset);
    }

    // The three cards show exactly what the repository counts for the pane's period and scope.
    void verifyCards(views::OverviewPane *pane)
    {
        const domain::DatePeriod period = pane->currentPeriod();
        const store::PeriodTotals now = totals(pane->tenantScope(), period);
        const store::PeriodTotals before =
            totals(pane->tenantScope(), domain::previousPeriod(period));
        QCOMPARE(pane->sessionsCard()->valueText(), views::KpiText::count(now.sessions));
        QCOMPARE(pane->bookingsCard()->valueText(), views::KpiText::count(now.bookings));
        QCOMPARE(pane->conversionCard()->valueText(),
                 views::KpiText::percent(domain::conversion(now.bookings, now.sessions)));
        const domain::KpiValue sessions = domain::countKpi(now.sessions, before.sessions);
        QCOMPARE(pane->sessionsCard()->trend(), sessions.trend());
        QCOMPARE(pane->sessionsCard()->changeText(),
                 views::KpiText::countChange(sessions, period.days()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        demo::DemoOptions options;
        options.anchor = m_anchor;
        demo::DemoSummary summary;
        store::StoreError error;
        QVERIFY2(demo::DemoGenerator::create(m_tmp.file(), options, &summary, &error),
                 qPrintable(error.message));
        m_workspace = store::Workspace::open(m_tmp.file(), false, &error);
        QVERIFY2(m_workspace, qPrintable(error.message));
        QVERIFY(m_workspace->currentUser().isSuperAdmin());
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void isTheFirstPane()
    {
        views::MainWindow window(*m_workspace);
        // Chats come first (issue 3); the Overview follows them.
        QCOMPARE(window.paneIds().value(1), QStringLiteral("overview"));
        QVERIFY(overviewOf(window));
    }

    void periodSwitchChangesTheCards()
    {
        views::MainWindow window(*m_workspace);
        views::OverviewPane *pane = overviewOf(window);
        QVERIFY(pane);
        choosePeriod(pane, PeriodPreset::Last7Days);
        QCOMPARE(pane->currentPeriod(),
                 (domain::DatePeriod{QDate(2026, 11, 14), QDate(2026, 11, 20)}));
        verifyCards(pane);
        const QString week = pane->sessionsCard()->valueText();
        QVERIFY(number(pane->sessionsCard()) > 0);

        choosePeriod(pane, PeriodPreset::Last90Days);
        QCOMPARE(pane->currentPeriod().days(), 90);
        verifyCards(pane);
        QVERIFY(pane->sessionsCard()->valueText() != week);
        QVERIFY(number(pane->sessionsCard()) > QLocale().toLongLong(week));

        choosePeriod(pane, PeriodPreset::Last30Days);
        verifyCards(pane);
    }

    // A store that may hold more dialogs than the threshold is counted on a thread: reload()
    // returns before the figures are in (the window keeps painting), a period chosen meanwhile
    // wins over the one being counted, and the cards end with the repository's numbers.
    void largeStoreIsCountedOnAThread()
    {
        views::MainWindow window(*m_workspace);
        views::OverviewPane *pane = overviewOf(window);
        QVERIFY(pane);
        choosePeriod(pane, PeriodPreset::Last7Days);
        QVERIFY(!pane->isLoading()); // the demo is small: counted at once
        const QString week = pane->sessionsCard()->valueText();

        pane->setBackgroundThreshold(0);
        QSignalSpy loaded(pane, &views::OverviewPane::loaded);
        choosePeriod(pane, PeriodPreset::Last90Days);
        QVERIFY(pane->isLoading());
        QCOMPARE(pane->sessionsCard()->valueText(), week); // not yet replaced
        choosePeriod(pane, PeriodPreset::Last30Days);      // while the 90 days are counted
        QTRY_VERIFY(!pane->isLoading());
        QCOMPARE(loaded.count(), 1); // the 90 days' figures were dropped, not shown
        QCOMPARE(pane->preset(), PeriodPreset::Last30Days);
        verifyCards(pane);
        QCOMPARE(pane->trendChart()->sessionsSeries()->count(), 30);
    }

    void changeHasArrowAndSign()
    {
        views::MainWindow window(*m_workspace);
        views::OverviewPane *pane = overviewOf(window);
        choosePeriod(pane, PeriodPreset::Last30Days);
        for (views::KpiCard *card :
             {pane->sessionsCard(), pane->bookingsCard(), pane->conversionCard()}) {
            const QString change = card->changeText();
            switch (card->trend()) {
            case domain::KpiValue::Trend::Up:
                QVERIFY2(change.startsWith(QStringLiteral("▲ +")), qPrintable(change));
                break;
            case domain::KpiValue::Trend::Down:
                QVERIFY2(change.startsWith(QStringLiteral("▼ −")), qPrintable(change));
                break;
            case domain::KpiValue::Trend::Flat:
                QVERIFY2(change.startsWith(QStringLiteral("=")), qPrintable(change));
                break;
            case domain::KpiValue::Trend::Unknown:
                QFAIL("the demo has dialogs in both periods");
            }
            QVERIFY2(change.contains(QStringLiteral("vs previous 30")), qPrintable(change));
            QVERIFY(!card->toolTip().isEmpty());
        }
        QVERIFY(pane->conversionCard()->changeText().contains(QStringLiteral(" pp ")) ||
                pane->conversionCard()->trend() == domain::KpiValue::Trend::Flat);
    }

    void customRangeUsesTheDateEdits()
    {
        views::MainWindow window(*m_workspace);
        window.show();
        QVERIFY(window.showPane(QStringLiteral("overview")));
        views::OverviewPane *pane = overviewOf(window);
        auto *from = pane->findChild<QDateEdit *>(QStringLiteral("fromDate"));
        auto *to = pane->findChild<QDateEdit *>(QStringLiteral("toDate"));
        QVERIFY(from && to);
        QVERIFY(!from->isVisible());
        choosePeriod(pane, PeriodPreset::Custom);
        QVERIFY(from->isVisible() && to->isVisible());
        // Across a month boundary: 25 October … 5 November, against 13 … 24 October.
        from->setDate(QDate(2026, 10, 25));
        to->setDate(QDate(2026, 11, 5));
        QCOMPARE(pane->currentPeriod(),
                 (domain::DatePeriod{QDate(2026, 10, 25), QDate(2026, 11, 5)}));
        verifyCards(pane);
        QCOMPARE(pane->trendChart()->sessionsSeries()->count(), 12);
        QVERIFY(pane->sessionsCard()->changeText().contains(QStringLiteral("12")));
    }

    void chartsHaveData()
    {
        views::MainWindow window(*m_workspace);
        views::OverviewPane *pane = overviewOf(window);
        choosePeriod(pane, PeriodPreset::Last90Days);
        const store::PeriodTotals now = totals(QString(), pane->currentPeriod());

        QBarSet *bars = pane->funnelChart()->barSet();
        QCOMPARE(bars->count(), domain::kFunnelStageCount);
        using views::FunnelChart;
        QCOMPARE(qint64(bars->at(FunnelChart::barIndex(domain::FunnelStage::Started))),
                 now.sessions);
        QCOMPARE(qint64(bars->at(FunnelChart::barIndex(domain::FunnelStage::Booked))),
                 now.bookings);
        for (int k = 1; k < domain::kFunnelStageCount; ++k) {
            QVERIFY(bars->at(FunnelChart::barIndex(domain::FunnelStage(k))) <=
                    bars->at(FunnelChart::barIndex(domain::FunnelStage(k - 1))));
        }
        QVERIFY(bars->at(FunnelChart::barIndex(domain::FunnelStage::Booked)) > 0);

        views::TrendChart *trend = pane->trendChart();
        QCOMPARE(trend->sessionsSeries()->count(), 90);
        QCOMPARE(trend->bookingsSeries()->count(), 90);
        QVERIFY(trend->conversionSeries()->count() > 0);
        qint64 sum = 0;
        int computed = 0;
        for (const domain::DailyKpi &day : trend->days()) {
            sum += day.sessions;
            computed += day.computed ? 1 : 0;
        }
        // Today has no metrics row yet and the demo collector "missed" two or three days.
        QVERIFY(computed >= 3);
        QCOMPARE(trend->computedSeries()->count(), computed);
        QVERIFY(trend->days().back().computed);
        // The demo's collected rows agree with its dialogs, so the trend adds up to the card.
        QCOMPARE(sum, now.sessions);
    }

    void hoverShowsTheValues()
    {
        views::MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        views::OverviewPane *pane = overviewOf(window);
        choosePeriod(pane, PeriodPreset::Last7Days);

        views::FunnelChart *funnel = pane->funnelChart();
        const auto stage = domain::FunnelStage::ServiceChosen;
        emit funnel->barSet()->hovered(true, views::FunnelChart::barIndex(stage));
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), funnel->stageText(stage));
        QVERIFY(QToolTip::text().contains(views::KpiText::count(funnel->funnel().reached(stage))));
        emit funnel->barSet()->hovered(false, views::FunnelChart::barIndex(stage));

        views::TrendChart *trend = pane->trendChart();
        const QPointF point = trend->sessionsSeries()->at(3);
        emit trend->sessionsSeries()->hovered(point, true);
        QTRY_COMPARE(QToolTip::text(), trend->dayText(3));
        const domain::DailyKpi &day = trend->days()[3];
        QVERIFY(QToolTip::text().contains(views::KpiText::count(day.sessions)));
        QVERIFY(QToolTip::text().contains(views::KpiText::percent(day.conversion())));
        // The line near a point counts as that point.
        QCOMPARE(trend->dayIndexAt(point.x() + 3.0 * 3600 * 1000), 3);

        // Today's point says it was counted from the dialogs.
        QVERIFY(trend->dayText(6).contains(QStringLiteral("no daily metrics")));
    }

    void superAdminChoosesTheSalon()
    {
        views::MainWindow window(*m_workspace);
        views::OverviewPane *pane = overviewOf(window);
        QComboBox *tenant = pane->tenantSelector();
        QVERIFY(!tenant->isHidden());
        QSqlQuery q(m_workspace->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM tenants")) && q.next());
        QCOMPARE(tenant->count(), q.value(0).toInt() + 1);
        QVERIFY(pane->tenantScope().isEmpty()); // all salons first
        choosePeriod(pane, PeriodPreset::Last30Days);
        const QString all = pane->sessionsCard()->valueText();
        tenant->setCurrentIndex(1);
        QCOMPARE(pane->tenantScope(), tenant->itemData(1).toString());
        verifyCards(pane);
        QVERIFY(number(pane->sessionsCard()) < QLocale().toLongLong(all));
    }

    void showsDataAsOf()
    {
        views::MainWindow window(*m_workspace);
        views::OverviewPane *pane = overviewOf(window);
        auto *label = pane->findChild<QLabel *>(QStringLiteral("dataAsOf"));
        QVERIFY(label);
        QVERIFY2(label->text().startsWith(QStringLiteral("Data as of ")),
                 qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("2026")) ||
                label->text().contains(QStringLiteral("26")));
    }

    void refreshesWhenDialogsArrive()
    {
        views::MainWindow window(*m_workspace);
        window.show();
        window.showPane(QStringLiteral("overview"));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        views::OverviewPane *pane = overviewOf(window);
        choosePeriod(pane, PeriodPreset::Last7Days);
        const qint64 before = number(pane->sessionsCard());
        const qint64 bookingsBefore = number(pane->bookingsCard());

        QSqlQuery q(m_workspace->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM tenants LIMIT 1")) && q.next());
        const QString tenant = q.value(0).toString();
        const QString at = store::toStoredTime(m_anchor.addSecs(-600));
        q.prepare(
            QStringLiteral("INSERT INTO bot_sessions(id, tenant_id, started_at, status,"
                           " service, slot_at, booking_id, updated_at)"
                           " VALUES ('overview-test', ?, ?, 'booked', 'Стрижка', ?, '1', ?)"));
        q.addBindValue(tenant);
        q.addBindValue(at);
        q.addBindValue(at);
        q.addBindValue(at);
        QVERIFY(q.exec());
        m_workspace->notifier().notify({QStringLiteral("bot_sessions")});
        QTRY_COMPARE(number(pane->sessionsCard()), before + 1);
        QCOMPARE(number(pane->bookingsCard()), bookingsBefore + 1);
        QVERIFY(pane->trendChart()->days().back().computed);

        QVERIFY(q.exec(QStringLiteral("DELETE FROM bot_sessions WHERE id = 'overview-test'")));
        m_workspace->notifier().notify({QStringLiteral("bot_sessions")});
        QTRY_COMPARE(number(pane->sessionsCard()), before);
    }

    void refreshesWhenMetricsArrive()
    {
        views::MainWindow window(*m_workspace);
        window.show();
        window.showPane(QStringLiteral("overview"));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        views::OverviewPane *pane = overviewOf(window);
        choosePeriod(pane, PeriodPreset::Last90Days);
        // A past day the demo collector "missed": counted from the dialogs until its rows arrive.
        const std::vector<domain::DailyKpi> &days = pane->trendChart()->days();
        int gap = -1;
        for (int i = 0; i + 1 < int(days.size()); ++i) {
            if (days[size_t(i)].computed)
                gap = i;
        }
        QVERIFY(gap >= 0);
        const QString day = days[size_t(gap)].day.toString(Qt::ISODate);

        QSqlQuery q(m_workspace->database().connection());
        q.prepare(QStringLiteral("INSERT INTO daily_metrics(tenant_id, day, dialogs_started,"
                                 " bookings) SELECT id, ?, 100, 40 FROM tenants"));
        q.addBindValue(day);
        QVERIFY(q.exec());
        const qint64 tenants = q.numRowsAffected();
        m_workspace->notifier().notify({QStringLiteral("daily_metrics")});
        QTRY_VERIFY(!pane->trendChart()->days()[size_t(gap)].computed);
        QCOMPARE(pane->trendChart()->days()[size_t(gap)].sessions, 100 * tenants);
        QCOMPARE(pane->trendChart()->days()[size_t(gap)].bookings, 40 * tenants);

        q.prepare(QStringLiteral("DELETE FROM daily_metrics WHERE day = ?"));
        q.addBindValue(day);
        QVERIFY(q.exec());
        m_workspace->notifier().notify({QStringLiteral("daily_metrics")});
        QTRY_VERIFY(pane->trendChart()->days()[size_t(gap)].computed);
    }

    void hiddenPaneRefreshesWhenShown()
    {
        views::MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        views::OverviewPane *pane = overviewOf(window);
        choosePeriod(pane, PeriodPreset::Last7Days);
        QVERIFY(window.showPane(QStringLiteral("sessions")));
        QVERIFY(!pane->isVisible());
        const qint64 before = number(pane->sessionsCard());

        QSqlQuery q(m_workspace->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM tenants LIMIT 1")) && q.next());
        const QString tenant = q.value(0).toString();
        const QString at = store::toStoredTime(m_anchor.addSecs(-900));
        q.prepare(QStringLiteral("INSERT INTO bot_sessions(id, tenant_id, started_at, status,"
                                 " updated_at) VALUES ('overview-hidden', ?, ?, 'active', ?)"));
        q.addBindValue(tenant);
        q.addBindValue(at);
        q.addBindValue(at);
        QVERIFY(q.exec());
        QSignalSpy changed(&m_workspace->notifier(), &store::StoreNotifier::changed);
        m_workspace->notifier().notify({QStringLiteral("bot_sessions")});
        QVERIFY(changed.wait());
        QCOMPARE(number(pane->sessionsCard()), before); // not re-read while hidden

        QVERIFY(window.showPane(QStringLiteral("overview")));
        QTRY_COMPARE(number(pane->sessionsCard()), before + 1);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM bot_sessions WHERE id = 'overview-hidden'")));
    }

    void managerSeesOnlyTheirSalon()
    {
        QSqlQuery q(m_workspace->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM users WHERE role = 'super_admin' LIMIT 1")) &&
                q.next());
        const QString admin = q.value(0).toString();
        QVERIFY(q.exec(QStringLiteral("SELECT id, tenant_id FROM users WHERE role = 'manager'"
                                      " AND active = 1 AND tenant_id IS NOT NULL LIMIT 1")) &&
                q.next());
        const QString manager = q.value(0).toString();
        const QString tenant = q.value(1).toString();
        store::StoreError error;
        QVERIFY2(m_workspace->setCurrentUser(manager, &error), qPrintable(error.message));
        {
            views::MainWindow window(*m_workspace);
            window.show();
            views::OverviewPane *pane = overviewOf(window);
            QVERIFY(pane);
            QVERIFY(pane->tenantSelector()->isHidden());
            QCOMPARE(pane->tenantScope(), tenant);
            choosePeriod(pane, PeriodPreset::Last30Days);
            verifyCards(pane);
            QVERIFY(number(pane->sessionsCard()) > 0);
        }
        QVERIFY2(m_workspace->setCurrentUser(admin, &error), qPrintable(error.message));
    }
};

QTEST_MAIN(TestOverviewPane)
#include "tst_overviewpane.moc"
