// SalonPull against FakePostgrestServer: a first pull brings every salon table into the store in
// the store's vocabulary; pages are keyed by (updated_at, id) so rows sharing a timestamp across
// page boundaries are all read once; a second pull asks only for what changed after the stored
// watermark; a queued waitlist action keeps its optimistic status; messages of dialogs not yet in
// the store bring their dialogs; a failure mid-pass keeps the finished tables' cursors and the
// next pass goes on without duplicates; an expired token ends the pass as "sign in again".
#include "models/store/Database.h"
#include "models/store/OutboxRepository.h"
#include "models/store/WaitlistRepository.h"
#include "net/supabase/PostgrestClient.h"
#include "net/sync/SalonPull.h"
#include "tests/salonsync/SalonServerData.h"
#include "tests/support/TempWorkspace.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace agentp;
using namespace agentp::net;
using namespace Qt::StringLiterals;
using namespace salontest;
using testing::FakePostgrestServer;

namespace {
const QByteArray kToken = "eyJ.salon.manager";
}

class TestSalonPull : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<FakePostgrestServer> m_server;
    std::unique_ptr<supabase::PostgrestClient> m_client;
    std::unique_ptr<SalonPull> m_pull;

    struct Pass
    {
        bool ok = false;
        QString error;
        bool expired = false;
    };
    Pass pullAll(const QStringList &tables = {})
    {
        QSignalSpy finished(m_pull.get(), &SalonPull::finished);
        m_pull->pull(tables);
        if (!finished.wait(20000) && finished.isEmpty())
            return {false, u"timed out"_s, false};
        const auto args = finished.first();
        return {args.at(0).toBool(), args.at(1).toString(), args.at(2).toBool()};
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return u"(none: %1)"_s.arg(q.lastError().text());
        return q.value(0);
    }
    int count(const QString &table) { return value(u"SELECT COUNT(*) FROM "_s + table).toInt(); }
    int reads(const QByteArray &table)
    {
        int n = 0;
        for (const auto &r : m_server->requests())
            if (r.method == "GET" && r.path.endsWith("/" + table))
                ++n;
        return n;
    }

private slots:
    void init()
    {
        QFile::remove(m_tmp.file());
        store::StoreError e;
        m_db = store::Database::open(m_tmp.file(), &e);
        QVERIFY2(m_db, qPrintable(e.message));
        m_server = std::make_unique<FakePostgrestServer>();
        m_server->addToken(kToken);
        serveSalonProject(*m_server);
        QVERIFY(m_server->listen());
        supabase::SupabaseConfig config;
        config.projectUrl = m_server->projectUrl();
        config.apiKey = m_server->options().apiKey;
        config.timeoutMs = 5000;
        config.maxRetries = 1;
        config.retryBaseMs = 10;
        config.requestsPerSecond = 1000;
        config.burst = 100;
        m_client = std::make_unique<supabase::PostgrestClient>(config);
        m_client->setAccessToken(kToken);
        m_pull = std::make_unique<SalonPull>(m_client.get(), m_db->connection());
    }
    void cleanup()
    {
        m_pull.reset();
        m_client.reset();
        m_server.reset();
        m_db.reset();
    }

    void firstPullTranslatesEveryTable()
    {
        const Pass pass = pullAll();
        QVERIFY2(pass.ok, qPrintable(pass.error));
        QCOMPARE(count(u"tenants"_s), 2);
        QCOMPARE(value(u"SELECT timezone FROM tenants WHERE id = '%1'"_s.arg(kSalonB)).toString(),
                 u"Asia/Omsk"_s);
        QCOMPARE(
            value(u"SELECT metadata_version FROM tenants WHERE id = '%1'"_s.arg(kSalonA)).toInt(),
            3);
        QCOMPARE(value(u"SELECT updated_at FROM tenants WHERE id = '%1'"_s.arg(kSalonA)).toString(),
                 u"2026-11-20T09:00:00.123Z"_s);
        QCOMPARE(count(u"clients"_s), 3);
        QCOMPARE(
            value(u"SELECT phone_digits FROM clients WHERE id = '%1'"_s.arg(kClientA1)).toString(),
            u"79991234567"_s);
        QVERIFY(value(u"SELECT phone FROM clients WHERE id = '%1'"_s.arg(kClientA2)).isNull());
        // The client search index follows the pulled rows.
        QCOMPARE(value(u"SELECT COUNT(*) FROM clients_search WHERE clients_search MATCH"
                       " '\"Ольга_П\"'"_s)
                     .toInt(),
                 1);
        // The last visit is a day in the salon's zone: 22:30 UTC is the 11th in Moscow.
        QCOMPARE(value(u"SELECT last_visit_date FROM client_memory"_s).toString(), u"2026-11-11"_s);
        QCOMPARE(value(u"SELECT churn_risk_score FROM client_memory"_s).toDouble(), 0.35);
        QCOMPARE(value(u"SELECT preferred_staff FROM client_memory"_s).toString(), u"Анна"_s);
        QCOMPARE(count(u"bot_sessions"_s), 3);
        QCOMPARE(count(u"bot_messages"_s), 4);
        QCOMPARE(value(u"SELECT role FROM bot_messages WHERE id = 3"_s).toString(), u"user"_s);
        QCOMPARE(value(u"SELECT role FROM bot_messages WHERE id = 4"_s).toString(), u"system"_s);
        QCOMPARE(count(u"waitlist_items"_s), 3);
        QCOMPARE(value(u"SELECT window_from || '-' || window_to FROM waitlist_items WHERE id = 1"_s)
                     .toString(),
                 u"10:00-14:30"_s);
        // The prediction takes client, service and slot from the dialog that booked.
        QCOMPARE(value(u"SELECT client_id || ' ' || service || ' ' || slot_at FROM"
                       " risk_predictions WHERE id = 7"_s)
                     .toString(),
                 kClientA1 + u" Стрижка 2026-11-22T12:00:00.000Z"_s);
        QCOMPARE(value(u"SELECT status || ' ' || remote_id FROM winback_requests"_s).toString(),
                 u"returned 11"_s);
        QCOMPARE(
            value(u"SELECT conversion FROM daily_metrics WHERE day = '2026-11-19'"_s).toDouble(),
            33.33);
        // Every table's watermark is stored.
        QCOMPARE(value(u"SELECT COUNT(*) FROM sync_cursors WHERE source = 'supabase'"_s).toInt(),
                 9);
    }

    void secondPullAsksOnlyForChanges()
    {
        QVERIFY(pullAll().ok);
        m_server->clearRequests();
        QVERIFY(pullAll().ok);
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 9); // one empty page per table
        for (const auto &r : requests)
            if (!r.path.endsWith("/recent_history_v2"))
                QVERIFY2(r.queryValue(u"or"_s).contains(u"updated_at.gt."_s),
                         r.rawQuery.constData());
        QCOMPARE(count(u"waitlist_items"_s), 3);

        // The bot edits one request and adds one: only those come, and land.
        QJsonArray rows = m_server->rows(u"wishlist_v2"_s);
        QJsonObject first = rows.at(0).toObject();
        first[u"status"_s] = u"converted"_s;
        first[u"updated_at"_s] = u"2026-11-20T10:00:00+00:00"_s;
        rows.replace(0, first);
        rows.append(wish(4, kSalonB, kClientB1, u"pending"_s, u"2026-11-20T10:00:00+00:00"_s));
        m_server->setTable(u"wishlist_v2"_s, rows);
        QSignalSpy pulled(m_pull.get(), &SalonPull::tablePulled);
        QVERIFY(pullAll({u"wishlist_v2"_s}).ok);
        QCOMPARE(pulled.size(), 1);
        QCOMPARE(pulled.first().at(1).toInt(), 2);
        QCOMPARE(count(u"waitlist_items"_s), 4);
        QCOMPARE(value(u"SELECT status FROM waitlist_items WHERE id = 1"_s).toString(),
                 u"converted"_s);
    }

    void pagesSharingATimestampLoseNothing()
    {
        QJsonArray rows;
        for (int i = 1; i <= 7; ++i)
            rows.append(wish(i, kSalonA, kClientA1)); // all with the same updated_at
        m_server->setTable(u"wishlist_v2"_s, rows);
        m_pull->setPageSize(2);
        QVERIFY(pullAll().ok);
        QCOMPARE(count(u"waitlist_items"_s), 7);
        QCOMPARE(reads("wishlist_v2"), 4); // 2+2+2+1
        // The cursor is the last row: the next pass asks after (kT0, 7) and gets nothing.
        m_server->clearRequests();
        QVERIFY(pullAll({u"wishlist_v2"_s}).ok);
        QCOMPARE(reads("wishlist_v2"), 1);
        QVERIFY(m_server->lastRequest().queryValue(u"or"_s).contains(u"id.gt.7"_s));
    }

    void queuedActionKeepsItsOptimisticStatus()
    {
        QVERIFY(pullAll().ok);
        store::WaitlistRepository repo(m_db->connection());
        store::ActionContext context;
        context.now = QDateTime::currentDateTimeUtc();
        context.actor = u"manager@salon.ru"_s;
        store::StoreError e;
        const auto result = repo.cancel(2, context, &e);
        QVERIFY2(result.kind == store::ActionResult::Kind::Queued, qPrintable(e.message));

        // The server still says pending (the intent has not gone out) with a newer timestamp.
        QJsonArray rows = m_server->rows(u"wishlist_v2"_s);
        QJsonObject second = rows.at(1).toObject();
        second[u"master"_s] = u"Ольга"_s;
        second[u"updated_at"_s] = u"2026-11-20T11:00:00+00:00"_s;
        rows.replace(1, second);
        m_server->setTable(u"wishlist_v2"_s, rows);
        QVERIFY(pullAll({u"wishlist_v2"_s}).ok);
        QCOMPARE(
            value(u"SELECT status || ' ' || master FROM waitlist_items WHERE id = 2"_s).toString(),
            u"cancelled Ольга"_s);

        // Once the intent is answered, the server's word counts again.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"UPDATE outbox SET state = 'sent'"_s));
        second[u"status"_s] = u"cancelled"_s;
        second[u"updated_at"_s] = u"2026-11-20T12:00:00+00:00"_s;
        rows.replace(1, second);
        m_server->setTable(u"wishlist_v2"_s, rows);
        QVERIFY(pullAll({u"wishlist_v2"_s}).ok);
        QCOMPARE(value(u"SELECT status FROM waitlist_items WHERE id = 2"_s).toString(),
                 u"cancelled"_s);
    }

    void messagesBringTheirDialogs()
    {
        // Dialogs and messages first, then the bot starts a dialog after the dialogs were read:
        // simulate by pulling messages before dialogs.
        QVERIFY(pullAll({u"tenants_v2"_s, u"clients_v2"_s}).ok);
        m_server->clearRequests();
        QVERIFY(pullAll({u"recent_history_v2"_s}).ok);
        QCOMPARE(count(u"bot_messages"_s), 4);
        QCOMPARE(count(u"bot_sessions"_s), 2); // A1 and B1 fetched by id; A2 has no messages
        bool byId = false;
        for (const auto &r : m_server->requests())
            byId = byId || (r.path.endsWith("/conversation_sessions_v2") &&
                            r.queryValue(u"id"_s).startsWith(u"in."_s));
        QVERIFY(byId);
        // The dialogs' own cursor did not move: their pass still reads all three.
        QVERIFY(pullAll({u"conversation_sessions_v2"_s}).ok);
        QCOMPARE(count(u"bot_sessions"_s), 3);
    }

    void failureMidPassKeepsFinishedTables()
    {
        FakePostgrestServer::Fault fault;
        fault.status = 503;
        fault.count = -1;
        fault.path = "/rest/v1/wishlist_v2";
        m_server->injectFault(fault);
        QSignalSpy changed(m_pull.get(), &SalonPull::tablesChanged);
        const Pass failed = pullAll();
        QVERIFY(!failed.ok);
        QVERIFY(!failed.error.isEmpty());
        QVERIFY(!failed.expired);
        QCOMPARE(count(u"bot_messages"_s), 4);   // before the waitlist: written
        QCOMPARE(count(u"waitlist_items"_s), 0); // nothing half-done
        QCOMPARE(count(u"risk_predictions"_s), 0);
        QVERIFY(!changed.isEmpty());

        m_server->clearFaults();
        m_server->clearRequests();
        QVERIFY(pullAll().ok);
        QCOMPARE(count(u"waitlist_items"_s), 3);
        QCOMPARE(count(u"bot_messages"_s), 4);
        QVERIFY(m_server->requests().first().queryValue(u"or"_s).contains(u"updated_at.gt."_s));
    }

    void expiredTokenAsksForSignIn()
    {
        m_server->expireToken(kToken);
        QSignalSpy expired(m_client.get(), &supabase::PostgrestClient::sessionExpired);
        const Pass pass = pullAll();
        QVERIFY(!pass.ok);
        QVERIFY(pass.expired);
        QCOMPARE(expired.size(), 1);
        QCOMPARE(count(u"tenants"_s), 0);
    }

    void brokenRowsStopThePassWithoutPartialWrites()
    {
        QJsonArray rows = m_server->rows(u"clients_v2"_s);
        QJsonObject broken = rows.at(2).toObject();
        broken.remove(u"id"_s);
        broken[u"id"_s] = QJsonValue::Null;
        rows.replace(2, broken);
        m_server->setTable(u"clients_v2"_s, rows);
        const Pass pass = pullAll();
        QVERIFY(!pass.ok);
        QCOMPARE(count(u"clients"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestSalonPull)
#include "tst_salonpull.moc"
