// The waitlist and risk repositories: what the pane lists, every action as one transaction with
// an outbox intent in its undo window, undo restoring exactly the previous rows and withdrawing
// the intent, refusals, and the scoring job (upsert by tenant + booking, calibration on the demo).
#include "WaitlistFixture.h"
#include "models/demo/DemoGenerator.h"
#include "models/store/Database.h"
#include "models/store/OutboxRepository.h"
#include "models/store/RiskRepository.h"
#include "models/store/TimeFormat.h"
#include "models/store/WaitlistRepository.h"
#include "tests/support/TempWorkspace.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace agentp;
using store::ActionResult;
using store::UndoResult;
using testing::WaitlistFixture;

Q_DECLARE_METATYPE(store::ActionResult::Kind)

namespace {

store::ActionContext context()
{
    store::ActionContext c;
    c.now = WaitlistFixture::now();
    c.notBefore = QDateTime::currentDateTimeUtc().addSecs(5);
    c.actor = QStringLiteral("user-1");
    return c;
}

} // namespace

class TestWaitlistRepository : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Database> m_db;

    QSqlDatabase db() const { return m_db->connection(); }
    int outboxRows() const
    {
        return WaitlistFixture::count(db(), QStringLiteral("SELECT COUNT(*) FROM outbox"));
    }

    // Runs one of the six actions by name; the match pairs item 1 with prediction 10.
    ActionResult act(const QString &action, store::StoreError *e)
    {
        store::WaitlistRepository waitlist(db());
        store::RiskRepository risks(db());
        if (action == QLatin1String("convert"))
            return waitlist.convert(1, context(), e);
        if (action == QLatin1String("cancel"))
            return waitlist.cancel(1, context(), e);
        if (action == QLatin1String("contact"))
            return waitlist.contact(1, context(), e);
        if (action == QLatin1String("match"))
            return waitlist.match(1, 10, context(), e);
        if (action == QLatin1String("notify"))
            return risks.notify(10, context(), e);
        return risks.ignore(10, context(), e);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_db.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_tmp.file() + suffix);
        store::StoreError error;
        m_db = store::Database::open(m_tmp.file(), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QVERIFY(WaitlistFixture::populate(db()));
    }

    void cleanupTestCase() { m_db.reset(); }

    void pendingItemsWithClientAndWindow()
    {
        store::StoreError e;
        const auto items = store::WaitlistRepository(db()).pending(QString(), &e);
        QVERIFY(!e.isError());
        QCOMPARE(items.size(), size_t(3)); // the converted item 3 is left out
        QCOMPARE(items[0].id, 1);          // earliest wanted date, then window
        QCOMPARE(items[1].id, 4);
        QCOMPARE(items[2].id, 2);
        QCOMPARE(items[0].clientName, QStringLiteral("Мария Петрова"));
        QCOMPARE(items[0].clientPhone, QStringLiteral("+7 999 123-45-67"));
        QCOMPARE(items[0].wantedDate, QDate(2026, 12, 1));
        QCOMPARE(items[0].windowFrom, QTime(10, 0));
        QCOMPARE(items[0].windowTo, QTime(13, 0));
        QCOMPARE(items[0].createdAt, QDateTime(QDate(2026, 11, 18), QTime(9, 0), Qt::UTC));
        QCOMPARE(items[1].windowFrom, QTime(12, 0)); // "12:00:00" from PostgreSQL reads too
        QCOMPARE(items[1].tenantName, QStringLiteral("Борода"));
        QVERIFY(!items[2].windowFrom.isValid());
        QCOMPARE(items[2].master, QStringLiteral("Ирина"));
        QCOMPARE(items[2].clientChannel, QStringLiteral("whatsapp"));
        QVERIFY(!items[0].pendingIntent);

        const auto onlyA = store::WaitlistRepository(db()).pending(
            QString::fromLatin1(WaitlistFixture::kTenantA), &e);
        QCOMPARE(onlyA.size(), size_t(2));
        QCOMPARE(store::WaitlistRepository(db()).pending(QString(), &e, 1).size(), size_t(1));
    }

    void riskyBookingsAboveThreshold()
    {
        store::StoreError e;
        store::RiskRepository::Filter f;
        f.now = WaitlistFixture::now();
        f.threshold = 0.5;
        auto rows = store::RiskRepository(db()).risky(f, &e);
        QVERIFY(!e.isError());
        // 12 is below 0.5, 13 ignored, 14 in the past; 15 (notified) stays listed.
        QCOMPARE(rows.size(), size_t(3));
        QCOMPARE(rows[0].id, 10);
        QCOMPARE(rows[1].id, 15);
        QCOMPARE(rows[2].id, 11);
        QCOMPARE(rows[0].clientName, QStringLiteral("Иван Сидоров"));
        QCOMPARE(rows[0].score, 0.72);
        QCOMPARE(rows[0].factors.daysSinceLastVisit, std::optional<int>(45));
        QCOMPARE(rows[0].localSlot().time(), QTime(11, 30)); // Moscow
        QCOMPARE(rows[1].localSlot().time(), QTime(14, 0));  // Yekaterinburg
        QCOMPARE(rows[1].status, QStringLiteral("notified"));

        f.threshold = 0.3; // inclusive
        QCOMPARE(store::RiskRepository(db()).risky(f, &e).size(), size_t(4));
        f.threshold = 0.56;
        QCOMPARE(store::RiskRepository(db()).risky(f, &e).size(), size_t(2));
        f.tenantId = QString::fromLatin1(WaitlistFixture::kTenantB);
        rows = store::RiskRepository(db()).risky(f, &e);
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].id, 15);
    }

    void actionsQueueAnIntentInTheUndoWindow_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("itemStatus");
        QTest::addColumn<QString>("predictionStatus");
        QTest::addRow("convert") << "convert"
                                 << "waitlist.convert"
                                 << "waitlist:1"
                                 << "converted"
                                 << "open";
        QTest::addRow("cancel") << "cancel"
                                << "waitlist.cancel"
                                << "waitlist:1"
                                << "cancelled"
                                << "open";
        QTest::addRow("contact") << "contact"
                                 << "waitlist.contact"
                                 << "waitlist:1"
                                 << "pending"
                                 << "open";
        QTest::addRow("match") << "match"
                               << "waitlist.match"
                               << "waitlist:1"
                               << "matched"
                               << "open";
        QTest::addRow("notify") << "notify"
                                << "risk.notify"
                                << "risk:10"
                                << "pending"
                                << "notified";
        QTest::addRow("ignore") << "ignore"
                                << "risk.ignore"
                                << "risk:10"
                                << "pending"
                                << "ignored";
    }

    void actionsQueueAnIntentInTheUndoWindow()
    {
        QFETCH(QString, action);
        QFETCH(QString, kind);
        QFETCH(QString, target);
        QFETCH(QString, itemStatus);
        QFETCH(QString, predictionStatus);
        store::StoreError e;
        const ActionResult r = act(action, &e);
        QVERIFY2(r.ok(), qPrintable(e.message + r.message));
        QVERIFY(r.ticket.isValid());
        QCOMPARE(r.ticket.kind, kind);

        store::OutboxRepository outbox(db());
        const auto intent = outbox.find(r.ticket.intentId, &e);
        QVERIFY(intent);
        QCOMPARE(intent->kind, kind);
        QCOMPARE(intent->target, target);
        QCOMPARE(intent->state, domain::OutboxIntent::State::Queued);
        // Not due before the undo window ends.
        QVERIFY(outbox.due(QDateTime::currentDateTimeUtc(), 10, &e).empty());
        QCOMPARE(outbox.due(QDateTime::currentDateTimeUtc().addSecs(6), 10, &e).size(), size_t(1));
        QCOMPARE(intent->payload.value(QLatin1String("by")).toString(), QStringLiteral("user-1"));

        const auto item = store::WaitlistRepository(db()).find(1, &e);
        const auto prediction = store::RiskRepository(db()).find(10, &e);
        QCOMPARE(item->status, itemStatus);
        QCOMPARE(prediction->status, predictionStatus);
        if (itemStatus != QLatin1String("pending"))
            QCOMPARE(item->processedAt, WaitlistFixture::now());
        if (action == QLatin1String("match")) {
            QCOMPARE(item->matchedBookingId, QStringLiteral("b-1"));
            QCOMPARE(prediction->matchedWaitlistId, 1);
            QCOMPARE(intent->payload.value(QLatin1String("booking_id")).toString(),
                     QStringLiteral("b-1"));
        }
        // A contacted item stays on the list and shows the intent in its undo window.
        if (action == QLatin1String("contact")) {
            const auto pending = store::WaitlistRepository(db()).pending(QString(), &e);
            QCOMPARE(pending.front().id, 1);
            QVERIFY(pending.front().pendingIntent);
            QCOMPARE(pending.front().pendingIntent->kind, kind);
            QVERIFY(pending.front().pendingIntent->notBefore > QDateTime::currentDateTimeUtc());
        }
    }

    void undoRestoresExactlyAndWithdraws_data()
    {
        QTest::addColumn<QString>("action");
        for (const char *a : {"convert", "cancel", "contact", "match", "notify", "ignore"})
            QTest::newRow(a) << QString::fromLatin1(a);
    }

    void undoRestoresExactlyAndWithdraws()
    {
        QFETCH(QString, action);
        const QVariantList item = WaitlistFixture::row(db(), QStringLiteral("waitlist_items"), 1);
        const QVariantList prediction =
            WaitlistFixture::row(db(), QStringLiteral("risk_predictions"), 10);
        QVERIFY(!item.isEmpty() && !prediction.isEmpty());
        store::StoreError e;
        const ActionResult r = act(action, &e);
        QVERIFY(r.ok());
        QCOMPARE(outboxRows(), 1);
        const bool changedSomething =
            WaitlistFixture::row(db(), QStringLiteral("waitlist_items"), 1) != item ||
            WaitlistFixture::row(db(), QStringLiteral("risk_predictions"), 10) != prediction;
        QCOMPARE(changedSomething, action != QLatin1String("contact"));

        const UndoResult undone =
            action == QLatin1String("notify") || action == QLatin1String("ignore")
                ? store::RiskRepository(db()).undo(r.ticket, &e)
                : store::WaitlistRepository(db()).undo(r.ticket, &e);
        QCOMPARE(undone, UndoResult::Undone);
        QCOMPARE(WaitlistFixture::row(db(), QStringLiteral("waitlist_items"), 1), item);
        QCOMPARE(WaitlistFixture::row(db(), QStringLiteral("risk_predictions"), 10), prediction);
        QCOMPARE(outboxRows(), 0);
        QVERIFY(!store::OutboxRepository(db()).find(r.ticket.intentId, &e));
    }

    void undoIsRefusedOnceTheIntentLeft()
    {
        store::StoreError e;
        store::WaitlistRepository waitlist(db());
        const ActionResult r = waitlist.convert(1, context(), &e);
        QVERIFY(r.ok());
        QVERIFY(store::OutboxRepository(db()).markSending(r.ticket.intentId, &e));
        QCOMPARE(waitlist.undo(r.ticket, &e), UndoResult::TooLate);
        QVERIFY(!e.isError());
        QCOMPARE(waitlist.find(1, &e)->status, QStringLiteral("converted")); // unchanged
        QCOMPARE(outboxRows(), 1);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<qint64>("item");
        QTest::addColumn<qint64>("prediction");
        QTest::addColumn<ActionResult::Kind>("kind");
        QTest::addRow("convert processed")
            << "convert" << qint64(3) << qint64(0) << ActionResult::Kind::NotAllowed;
        QTest::addRow("contact processed")
            << "contact" << qint64(3) << qint64(0) << ActionResult::Kind::NotAllowed;
        QTest::addRow("cancel missing")
            << "cancel" << qint64(99) << qint64(0) << ActionResult::Kind::NotFound;
        QTest::addRow("ignore ignored")
            << "ignore" << qint64(0) << qint64(13) << ActionResult::Kind::NotAllowed;
        QTest::addRow("notify notified")
            << "notify" << qint64(0) << qint64(15) << ActionResult::Kind::NotAllowed;
        QTest::addRow("match other service")
            << "match" << qint64(1) << qint64(11) << ActionResult::Kind::Incompatible;
        QTest::addRow("match other salon")
            << "match" << qint64(4) << qint64(10) << ActionResult::Kind::Incompatible;
        QTest::addRow("match missing slot")
            << "match" << qint64(1) << qint64(99) << ActionResult::Kind::NotFound;
    }

    void refusals()
    {
        QFETCH(QString, action);
        QFETCH(qint64, item);
        QFETCH(qint64, prediction);
        QFETCH(ActionResult::Kind, kind);
        const QVariantList before =
            WaitlistFixture::row(db(), QStringLiteral("waitlist_items"), item ? item : 1);
        store::StoreError e;
        store::WaitlistRepository waitlist(db());
        store::RiskRepository risks(db());
        ActionResult r;
        if (action == QLatin1String("convert"))
            r = waitlist.convert(item, context(), &e);
        else if (action == QLatin1String("contact"))
            r = waitlist.contact(item, context(), &e);
        else if (action == QLatin1String("cancel"))
            r = waitlist.cancel(item, context(), &e);
        else if (action == QLatin1String("ignore"))
            r = risks.ignore(prediction, context(), &e);
        else if (action == QLatin1String("notify"))
            r = risks.notify(prediction, context(), &e);
        else
            r = waitlist.match(item, prediction, context(), &e);
        QCOMPARE(r.kind, kind);
        QVERIFY(!e.isError());
        QVERIFY(!r.ticket.isValid());
        if (kind != ActionResult::Kind::NotFound)
            QVERIFY(!r.message.isEmpty());
        QCOMPARE(outboxRows(), 0); // nothing queued …
        QCOMPARE(WaitlistFixture::row(db(), QStringLiteral("waitlist_items"), item ? item : 1),
                 before); // … and nothing changed
    }

    void failedActionKeepsTheRowVisible()
    {
        store::StoreError e;
        store::WaitlistRepository waitlist(db());
        const ActionResult converted = waitlist.convert(1, context(), &e);
        store::RiskRepository risks(db());
        const ActionResult ignored = risks.ignore(10, context(), &e);
        QVERIFY(converted.ok() && ignored.ok());
        QCOMPARE(waitlist.pending(QString(), &e).size(), size_t(2)); // gone while queued
        store::OutboxRepository outbox(db());
        QVERIFY(outbox.markFailed(converted.ticket.intentId, QStringLiteral("Нет доступа"), &e));
        QVERIFY(outbox.markFailed(ignored.ticket.intentId, QStringLiteral("Нет доступа"), &e));
        const auto items = waitlist.pending(QString(), &e);
        QCOMPARE(items.size(), size_t(3));
        QCOMPARE(items.front().id, 1);
        QCOMPARE(items.front().pendingIntent->state, domain::OutboxIntent::State::Failed);
        QCOMPARE(items.front().pendingIntent->lastError, QStringLiteral("Нет доступа"));
        store::RiskRepository::Filter f;
        f.now = WaitlistFixture::now();
        const auto rows = risks.risky(f, &e);
        QCOMPARE(rows.front().id, 10);
        QCOMPARE(rows.front().pendingIntent->state, domain::OutboxIntent::State::Failed);
    }

    void scoringUpsertsByTenantAndBooking()
    {
        store::StoreError e;
        store::RiskRepository risks(db());
        // The manager's decisions survive a new scoring run.
        QVERIFY(risks.notify(10, context(), &e).ok());
        const auto summary = risks.scoreUpcoming(WaitlistFixture::now(), &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        // 10, 11, 12, 13, 15 are ahead; b-7 is the bot's booking without a prediction.
        QCOMPARE(summary.scored, 6);
        QCOMPARE(summary.inserted, 1);
        QCOMPARE(
            WaitlistFixture::count(db(), QStringLiteral("SELECT COUNT(*) FROM risk_predictions")),
            7);
        QCOMPARE(risks.find(10, &e)->status, QStringLiteral("notified"));
        QCOMPARE(risks.find(13, &e)->status, QStringLiteral("ignored"));
        // The past booking keeps its old score; the others are rescored from the history.
        QCOMPARE(risks.find(14, &e)->score, 0.80);

        // Иван: one visit on 10 Nov (10 days), no cancellations, lead kept from the stored
        // factors (14 days) since the booking time is unknown.
        const auto ivan = risks.find(10, &e);
        domain::CancellationFactors expected;
        expected.daysSinceLastVisit = 10;
        expected.cancelRate = 0.0;
        expected.leadTimeDays = 14;
        expected.isNewClient = false;
        QCOMPARE(ivan->factors, expected);
        QCOMPARE(ivan->score, std::round(domain::CancellationRisk::score(expected) * 100) / 100);
        QCOMPARE(ivan->predictedAt, WaitlistFixture::now());

        // Мария: last completed 6 Oct (45 days), 1 of 4 bookings cancelled.
        const auto maria = risks.find(12, &e);
        QCOMPARE(maria->factors.daysSinceLastVisit, std::optional<int>(45));
        QCOMPARE(maria->factors.cancelRate, 0.25);

        // Ольга's bot booking: new client, booked 15 Nov for 5 Dec (19 full days ahead).
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM risk_predictions WHERE booking_id = 'b-7'")));
        QVERIFY(q.next());
        const qint64 olgaId = q.value(0).toLongLong();
        q.finish();
        const auto olga = risks.find(olgaId, &e);
        QVERIFY(olga->factors.isNewClient);
        QCOMPARE(olga->factors.leadTimeDays, 19);
        QCOMPARE(olga->status, QStringLiteral("open"));
        QCOMPARE(olga->service, QStringLiteral("Стрижка"));

        // Running again changes nothing but the scores' time: no duplicates.
        const auto again = risks.scoreUpcoming(WaitlistFixture::now(), &e);
        QCOMPARE(again.scored, 6);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(
            WaitlistFixture::count(db(), QStringLiteral("SELECT COUNT(*) FROM risk_predictions")),
            7);
    }

    // The weights are meant to give the demo data a realistic spread: most bookings low, a
    // minority at 50 % or more, hardly any certain either way.
    void calibratedOnTheDemoWorkspace()
    {
        m_db.reset();
        const QString path = m_tmp.file(QStringLiteral("demo.agentp"));
        demo::DemoOptions options;
        options.anchor = WaitlistFixture::now();
        demo::DemoSummary summary;
        store::StoreError e;
        QVERIFY2(demo::DemoGenerator::create(path, options, &summary, &e), qPrintable(e.message));
        auto demoDb = store::Database::open(path, &e);
        QVERIFY(demoDb);
        const auto result =
            store::RiskRepository(demoDb->connection()).scoreUpcoming(WaitlistFixture::now(), &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QVERIFY(result.scored > 50);

        std::vector<double> scores;
        {
            QSqlQuery q(demoDb->connection());
            q.prepare(QStringLiteral("SELECT risk_score FROM risk_predictions WHERE slot_at > ?"));
            q.addBindValue(store::toStoredTime(WaitlistFixture::now()));
            QVERIFY(q.exec());
            while (q.next())
                scores.push_back(q.value(0).toDouble());
        }
        std::sort(scores.begin(), scores.end());
        const auto share = [&](double from, double to) {
            return double(std::count_if(scores.begin(), scores.end(),
                                        [&](double s) { return s >= from && s < to; })) /
                   double(scores.size());
        };
        qInfo("demo: %d scored, median %.2f, p90 %.2f; <0.2 %.0f%%, 0.2-0.5 %.0f%%, >=0.5 "
              "%.0f%%, >=0.8 %.0f%%",
              int(scores.size()), scores[scores.size() / 2], scores[scores.size() * 9 / 10],
              100 * share(0, 0.2), 100 * share(0.2, 0.5), 100 * share(0.5, 1.01),
              100 * share(0.8, 1.01));
        QCOMPARE(result.atLeastHalf, int(std::count_if(scores.begin(), scores.end(),
                                                       [](double s) { return s >= 0.5; })));
        QVERIFY(share(0.5, 1.01) >= 0.08 && share(0.5, 1.01) <= 0.25); // a minority is risky
        QVERIFY(share(0.0, 0.2) >= 0.35);                              // many are safe
        QVERIFY(share(0.2, 0.5) >= 0.2);                               // and a middle band
        QVERIFY(share(0.8, 1.01) > 0.0);                               // a few look certain
        QVERIFY(scores.front() >= 0.02 && scores.back() <= 0.99);
        demoDb.reset();
    }
};

QTEST_GUILESS_MAIN(TestWaitlistRepository)
#include "tst_waitlistrepository.moc"
