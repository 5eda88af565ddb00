// The console's own wiring (app/SyncHost, as the window runs it) when the marketplace comes back:
// a reply that failed for the network waits on its backoff (the test pushes it an hour away, so
// only recovery can bring it), and goes out as soon as
//  - the sync engine's own retry finds the server answering again (no signal from the system),
//  - or the system reports the network back (ConnectivityMonitor → setNetworkAvailable),
// each time exactly once.
#include "app/SyncHost.h"
#include "models/store/StoreNotifier.h"
#include "models/store/TimeFormat.h"
#include "models/store/Workspace.h"
#include "tests/fault/SyncConsole.h"
#include "tests/support/FakeOzonServer.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace agentp;
using namespace Qt::StringLiterals;
using Fault = testing::FakeOzonServer::Fault;
using testing::FakeOzonData;

class TestHostRecovery : public QObject
{
    Q_OBJECT

    static void pushBackoffAnHourAway(store::Workspace &w, qint64 intent)
    {
        QSqlQuery q(w.database().connection());
        q.prepare(u"UPDATE outbox SET next_attempt_at = ? WHERE id = ?"_s);
        q.addBindValue(store::toStoredTime(QDateTime::currentDateTimeUtc().addSecs(3600)));
        q.addBindValue(intent);
        QVERIFY(q.exec());
    }

private slots:
    void repliesGoAsSoonAsTheMarketplaceAnswers()
    {
        testing::FakeOzonServer server;
        QVERIFY(server.listen());
        FakeOzonData::Chat chat;
        const QString remoteChat = server.addChat(chat);
        FakeOzonData::Message hello;
        hello.data = {u"Здравствуйте, где заказ?"_s};
        server.addMessage(remoteChat, hello);

        faulttest::SyncConsole c; // only its workspace and account; SyncHost does the rest
        QVERIFY(c.create(server.baseUrl(), server.options().clientId));
        qputenv(qPrintable(u"AGENTP_API_KEY_%1"_s.arg(c.accountId)), server.options().apiKey);
        store::StoreError error;
        auto workspace = store::Workspace::open(c.path(), false, &error);
        QVERIFY2(workspace, qPrintable(error.message));

        app::SyncHost host(*workspace);
        QSignalSpy online(&host, &app::SyncHost::onlineChanged);
        QTRY_VERIFY_WITH_TIMEOUT(c.chatIdOf(remoteChat) > 0, 20000);

        // The marketplace stops answering; a sync pass finds out and the engine goes offline.
        Fault reset;
        reset.kind = Fault::Kind::Reset;
        reset.count = -1;
        server.injectFault(reset);
        host.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!host.isOnline(), 20000);

        // A reply typed meanwhile fails for the network and waits; its backoff goes an hour out.
        const qint64 first = c.reply(remoteChat, u"Заказ в пути, будет завтра"_s);
        QVERIFY(first > 0);
        workspace->notifier().notify({u"outbox"_s});
        QTRY_VERIFY_WITH_TIMEOUT(
            !c.scalar(u"SELECT last_error FROM outbox WHERE id = %1"_s.arg(first))
                 .toString()
                 .isEmpty(),
            20000);
        QCOMPARE(c.intentState(first), u"queued"_s);
        pushBackoffAnHourAway(*workspace, first);
        QCOMPARE(server.sendCount(remoteChat), 0);

        // The server answers again: the engine's own offline retry (5 s) turns it online, and
        // the reply goes at once.
        server.clearFaults();
        online.clear();
        QTRY_VERIFY_WITH_TIMEOUT(host.isOnline(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(server.sendCount(remoteChat), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(c.intentState(first), u"sent"_s, 10000);

        // Again, but this time the system says the network is back before the engine retries.
        server.injectFault(reset);
        const qint64 second = c.reply(remoteChat, u"Трек-номер пришлём в чат"_s);
        QVERIFY(second > 0);
        workspace->notifier().notify({u"outbox"_s});
        QTRY_VERIFY_WITH_TIMEOUT(
            !c.scalar(u"SELECT last_error FROM outbox WHERE id = %1"_s.arg(second))
                 .toString()
                 .isEmpty(),
            20000);
        pushBackoffAnHourAway(*workspace, second);
        server.clearFaults();
        host.setNetworkAvailable(true);
        QTRY_COMPARE_WITH_TIMEOUT(server.sendCount(remoteChat), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(c.intentState(second), u"sent"_s, 10000);
        QCOMPARE(server.sendCount(remoteChat), 2); // each once
    }
};

QTEST_MAIN(TestHostRecovery)
#include "tst_hostrecovery.moc"
