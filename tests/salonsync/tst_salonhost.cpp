// The salon side of SyncHost as the app wires it, against FakePostgrestServer: a waitlist action
// queued while signed out waits (nothing is sent) and goes out as soon as a session is handed
// over; when the token expires the host reports it, the next action waits in the outbox, and a
// new sign-in sends it — nothing queued is lost across the expiry.
#include "app/SyncHost.h"
#include "models/store/StoreNotifier.h"
#include "models/store/WaitlistRepository.h"
#include "models/store/Workspace.h"
#include "tests/support/FakePostgrestServer.h"
#include "tests/support/TempWorkspace.h"
#include "tests/waitlist/WaitlistFixture.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace agentp;
using namespace Qt::StringLiterals;
using testing::FakePostgrestServer;
using testing::WaitlistFixture;

namespace {
const QByteArray kToken = "eyJ.host.first";
const QByteArray kFresh = "eyJ.host.second";

QJsonObject wish(int id, const char *tenant, const char *status)
{
    return {{u"id"_s, id},
            {u"tenant_id"_s, QLatin1String(tenant)},
            {u"status"_s, QLatin1String(status)},
            {u"processed_at"_s, QJsonValue::Null},
            {u"updated_at"_s, u"2026-11-20T12:00:00+00:00"_s}};
}
} // namespace

class TestSalonHost : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;

    static QString outbox(store::Workspace &w, qint64 intent, const char *column)
    {
        QSqlQuery q(w.database().connection());
        q.prepare(u"SELECT %1 FROM outbox WHERE id = ?"_s.arg(QLatin1String(column)));
        q.addBindValue(intent);
        return q.exec() && q.next() ? q.value(0).toString() : u"(none)"_s;
    }
    static qint64 queue(store::Workspace &w, qint64 item, bool convert)
    {
        store::ActionContext context;
        context.now = QDateTime::currentDateTimeUtc();
        context.notBefore = context.now; // no undo window in this test
        context.actor = u"42"_s;
        store::StoreError e;
        store::WaitlistRepository repo(w.database().connection());
        const auto r = convert ? repo.convert(item, context, &e) : repo.cancel(item, context, &e);
        w.notifier().notify({u"outbox"_s});
        return r.ok() ? r.ticket.intentId : 0;
    }
    static QString serverStatus(const FakePostgrestServer &server, int id)
    {
        for (const auto &row : server.rows(u"wishlist_v2"_s))
            if (row.toObject().value(u"id"_s).toInt() == id)
                return row.toObject().value(u"status"_s).toString();
        return {};
    }

private slots:
    void queuedActionsSurviveSignInAndExpiry()
    {
        store::StoreError e;
        auto workspace = store::Workspace::open(m_tmp.file(), true, &e);
        QVERIFY2(workspace, qPrintable(e.message));
        QVERIFY(WaitlistFixture::populate(workspace->database().connection()));
        FakePostgrestServer server;
        server.addToken(kToken);
        server.addToken(kFresh);
        server.setTable(u"wishlist_v2"_s, {wish(1, WaitlistFixture::kTenantA, "pending"),
                                           wish(2, WaitlistFixture::kTenantA, "pending")});
        QVERIFY(server.listen());

        app::SyncHost host(*workspace);
        QSignalSpy expired(&host, &app::SyncHost::salonSessionExpired);

        // Signed out: the action waits and nothing is sent.
        const qint64 first = queue(*workspace, 1, true);
        QVERIFY(first > 0);
        QTRY_VERIFY_WITH_TIMEOUT(outbox(*workspace, first, "last_error").contains(u"sign in"_s),
                                 20000);
        QCOMPARE(outbox(*workspace, first, "state"), u"queued"_s);
        QCOMPARE(server.requestCount("/rest/v1/wishlist_v2"), 0);

        // A session goes out at once, without waiting for the hour's retry.
        host.setSalonSession(server.projectUrl(), server.options().apiKey, kToken,
                             QLatin1String(WaitlistFixture::kTenantA), false);
        QTRY_COMPARE_WITH_TIMEOUT(serverStatus(server, 1), u"converted"_s, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(outbox(*workspace, first, "state"), u"sent"_s, 20000);

        // The token runs out: reported, and the next action waits in the outbox.
        server.expireToken(kToken);
        const qint64 second = queue(*workspace, 2, false);
        QTRY_VERIFY_WITH_TIMEOUT(!expired.isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!outbox(*workspace, second, "last_error").isEmpty(), 20000);
        QCOMPARE(outbox(*workspace, second, "state"), u"queued"_s);
        QCOMPARE(serverStatus(server, 2), u"pending"_s);

        // Signing in again sends it.
        host.setSalonSession(server.projectUrl(), server.options().apiKey, kFresh,
                             QLatin1String(WaitlistFixture::kTenantA), false);
        QTRY_COMPARE_WITH_TIMEOUT(serverStatus(server, 2), u"cancelled"_s, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(outbox(*workspace, second, "state"), u"sent"_s, 20000);
    }
};

QTEST_MAIN(TestSalonHost)
#include "tst_salonhost.moc"
