// SalonSync against FakePostgrestServer and FakeRealtimeServer: a session pulls at once and
// joins the waitlist channel filtered to the user's salon; a change pushed over Realtime reaches
// the store; with Realtime down the mode says "polling" and the data still comes over REST; an
// expired token stops everything with one sessionExpired() until a new token resumes it; another
// salon's session starts the pull from the beginning.
#include "models/store/Database.h"
#include "net/supabase/PostgrestClient.h"
#include "net/sync/SalonSync.h"
#include "tests/salonsync/SalonServerData.h"
#include "tests/support/FakeRealtimeServer.h"
#include "tests/support/TempWorkspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace agentp;
using namespace agentp::net;
using namespace Qt::StringLiterals;
using namespace salontest;
using testing::FakePostgrestServer;
using testing::FakeRealtimeServer;

namespace {
const QByteArray kToken = "eyJ.salon.a";
const QByteArray kFresh = "eyJ.salon.a.fresh";
const QByteArray kTokenB = "eyJ.salon.b";
} // namespace

class TestSalonSync : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<FakePostgrestServer> m_rest;
    std::unique_ptr<FakeRealtimeServer> m_live;
    std::unique_ptr<SalonSync> m_sync;
    QString m_lastMode;

    QString value(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : u"(none)"_s;
    }
    void signIn(const QByteArray &token, const QString &tenant = kSalonA)
    {
        m_sync->setSession(m_rest->projectUrl(), m_rest->options().apiKey, token, tenant, false);
    }

private slots:
    void init()
    {
        QFile::remove(m_tmp.file());
        store::StoreError e;
        m_db = store::Database::open(m_tmp.file(), &e);
        QVERIFY2(m_db, qPrintable(e.message));
        m_rest = std::make_unique<FakePostgrestServer>();
        for (const QByteArray &t : {kToken, kFresh, kTokenB})
            m_rest->addToken(t);
        serveSalonProject(*m_rest);
        QVERIFY(m_rest->listen());
        m_live = std::make_unique<FakeRealtimeServer>(m_rest->options().apiKey);
        for (const QByteArray &t : {kToken, kFresh, kTokenB})
            m_live->addValidToken(t);
        QVERIFY(m_live->listen());
        m_sync = std::make_unique<SalonSync>(m_tmp.file());
        m_sync->setRealtimeUrl(m_live->url());
        connect(m_sync.get(), &SalonSync::modeChanged, this,
                [this](bool, const QString &text) { m_lastMode = text; });
        m_sync->start();
    }
    void cleanup()
    {
        m_sync.reset();
        m_live.reset();
        m_rest.reset();
        m_db.reset();
        m_lastMode.clear();
    }

    void liveChangeReachesTheStore()
    {
        QSignalSpy pulled(m_sync.get(), &SalonSync::pulled);
        signIn(kToken);
        QTRY_VERIFY_WITH_TIMEOUT(!pulled.isEmpty(), 20000);
        QVERIFY(pulled.first().first().toBool());
        QCOMPARE(value(u"SELECT COUNT(*) FROM waitlist_items"_s), u"3"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_lastMode, SalonSync::tr("salon server: live"), 20000);
        // One channel on the waitlist, filtered to the user's salon, carrying the token.
        const auto joins = m_live->frames(u"phx_join"_s);
        QCOMPARE(joins.size(), 1);
        const QJsonObject config = joins.first().payload().value(u"config"_s).toObject();
        const QJsonObject change = config.value(u"postgres_changes"_s).toArray().first().toObject();
        QCOMPARE(change.value(u"table"_s).toString(), u"wishlist_v2"_s);
        QCOMPARE(change.value(u"filter"_s).toString(), u"tenant_id=eq."_s + kSalonA);
        QCOMPARE(joins.first().payload().value(u"access_token"_s).toString(),
                 QString::fromLatin1(kToken));

        // The bot converts request 1: the REST row changes and Realtime tells.
        QSignalSpy changed(m_sync.get(), &SalonSync::tablesChanged);
        QJsonArray rows = m_rest->rows(u"wishlist_v2"_s);
        QJsonObject first = rows.at(0).toObject();
        first[u"status"_s] = u"converted"_s;
        first[u"updated_at"_s] = u"2026-11-20T10:00:00+00:00"_s;
        rows.replace(0, first);
        m_rest->setTable(u"wishlist_v2"_s, rows);
        QCOMPARE(m_live->pushChange(u"public"_s, u"wishlist_v2"_s, u"UPDATE"_s, first), 1);
        QTRY_COMPARE_WITH_TIMEOUT(value(u"SELECT status FROM waitlist_items WHERE id = 1"_s),
                                  u"converted"_s, 20000);
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.last().first().toStringList().contains(u"waitlist_items"_s));
    }

    void pollingWhenRealtimeIsDown()
    {
        QVERIFY(m_live->setAccepting(false));
        QSignalSpy pulled(m_sync.get(), &SalonSync::pulled);
        signIn(kToken);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_lastMode.startsWith(SalonSync::tr("salon server: polling (%1)").section(u'(', 0, 0)),
            20000);
        QTRY_VERIFY_WITH_TIMEOUT(!pulled.isEmpty(), 20000);
        QCOMPARE(value(u"SELECT COUNT(*) FROM tenants"_s), u"2"_s);
    }

    void expiredTokenPausesUntilSignIn()
    {
        QSignalSpy pulled(m_sync.get(), &SalonSync::pulled);
        QSignalSpy expired(m_sync.get(), &SalonSync::sessionExpired);
        signIn(kToken);
        QTRY_VERIFY_WITH_TIMEOUT(!pulled.isEmpty(), 20000);
        m_rest->expireToken(kToken);
        pulled.clear();
        m_sync->pullNow();
        QTRY_COMPARE_WITH_TIMEOUT(expired.size(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!pulled.isEmpty(), 20000);
        QVERIFY(!pulled.last().first().toBool());
        QVERIFY(m_lastMode.contains(
            SalonSync::tr("salon server: session expired — sign in again").section(u':', 1)));
        // Paused: asking again sends nothing.
        const int before = m_rest->requests().size();
        m_sync->pullNow();
        QTest::qWait(0);
        QCOMPARE(m_rest->requests().size(), before);
        QCOMPARE(expired.size(), 1);

        // A fresh token resumes, and Realtime gets it too.
        pulled.clear();
        signIn(kFresh);
        QTRY_VERIFY_WITH_TIMEOUT(!pulled.isEmpty(), 20000);
        QVERIFY(pulled.last().first().toBool());
        QCOMPARE(m_rest->lastRequest().header("authorization"), "Bearer " + kFresh);
    }

    void anotherSalonStartsFromTheBeginning()
    {
        QSignalSpy pulled(m_sync.get(), &SalonSync::pulled);
        signIn(kToken);
        QTRY_VERIFY_WITH_TIMEOUT(!pulled.isEmpty(), 20000);
        QCOMPARE(value(u"SELECT COUNT(*) FROM sync_cursors WHERE source = 'supabase'"_s), u"9"_s);
        m_rest->clearRequests();
        pulled.clear();
        signIn(kTokenB, kSalonB);
        QTRY_VERIFY_WITH_TIMEOUT(!pulled.isEmpty(), 20000);
        // The new session's first read of the tenants (told by its token: a read of the old
        // pass may still arrive after the switch, and Realtime's rejoin may start another pass)
        // has no cursor.
        FakePostgrestServer::Recorded first;
        for (const auto &r : m_rest->requests())
            if (r.path.endsWith("/tenants_v2") &&
                r.header("authorization") == "Bearer " + kTokenB) {
                first = r;
                break;
            }
        QVERIFY(!first.path.isEmpty());
        QVERIFY2(first.queryValue(u"or"_s).isEmpty(), first.rawQuery.constData());
        QCOMPARE(value(u"SELECT COUNT(*) FROM sync_cursors WHERE source = 'supabase'"_s), u"9"_s);
    }
};

QTEST_GUILESS_MAIN(TestSalonSync)
#include "tst_salonsync.moc"
