// Crash consistency of the headless sync (issue 8): `agentp-console sync --once` against the
// loopback fake Ozon server (on its own thread), killed with SIGKILL more than fifty times at
// seeded random moments — start-up, the chat-list pass over two pages, history pulls, reply
// sends — while the fake gains messages and chats and replies are queued (through ReplyQueue,
// as the composer does) between the kills. Proves that after every kill the store, with the WAL
// the kill left, passes PRAGMA integrity_check and no reply reached the marketplace twice; and
// that one run to completion afterwards leaves every chat and message of the fake in the store
// exactly once and every queued reply sent exactly once, adopted by its own row with its intent
// `sent` (docs/chats.md, "Intents" and "Never twice").
//
// A failure names its seed: AGENTP_FAULT_SEED=<seed> reproduces the data and the kill moments,
// which are drawn as fractions of a measured full run so they land in the same phases on a slower
// (ASan) machine.
#include "models/store/Database.h"
#include "models/store/ReplyQueue.h"
#include "tests/support/FakeOzonServer.h"
#include "tests/support/TempWorkspace.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace agentp;
using namespace Qt::StringLiterals;
using testing::FakeOzonData;

// QVERIFY in a helper only leaves the helper; this leaves the test too.
#define CHECKED(call)                                                                              \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace {

constexpr int kRandomKills = 50; // the issue asks for at least fifty
constexpr int kFirstChats = 104; // two chat-list pages: the engine asks for 100 a page
constexpr int kFedPerRound = 24; // buyer messages added before each run: history to pull
constexpr int kMaxPerChat = 45;  // under one history page (50), so a first pull gets them all
constexpr quint32 kDefaultSeed = 20251121;
const QList<int> kReplyChats = {2, 17, 41, 66, 90, 101}; // both list pages
const QByteArray kListPath = QByteArrayLiteral("/v3/chat/list");

} // namespace

class TestCrashKill : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        bool killed = false; // SIGKILL ended it; false: it finished before the kill
        int exitCode = -1;
        qint64 ms = 0;
        int requests = 0; // received by the fake; the last tells what the kill interrupted
        QString phase;
        QString err;
    };
    struct Reply
    {
        QString remoteChat;
        QString text;
        qint64 messageId = 0;
        qint64 outboxId = 0;
    };

    testing::TempWorkspace m_home;
    std::unique_ptr<testing::FakeOzonServerThread> m_fake;
    QString m_workspace;
    quint32 m_seed = kDefaultSeed;
    QRandomGenerator m_rng;
    QStringList m_chats; // remote ids in list order
    QList<Reply> m_replies;
    int m_connections = 0;
    int m_inDoubt = 0; // kills that left a reply `sending` although the fake already had it

    testing::FakeOzonServer *fake() const { return m_fake->server(); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.dir());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.dir() + u"/config"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_home.dir() + u"/data"_s);
        // A server without a keychain: the documented variable carries the key.
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_home.dir() + u"/no-bus"_s);
        env.remove(u"AGENTP_API_KEY"_s);
        env.insert(u"AGENTP_API_KEY_1"_s,
                   QString::fromLatin1(testing::FakeOzonServer::Options().apiKey));
        return env;
    }

    void addChat(int messages)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        FakeOzonData::Chat chat;
        chat.createdAt = now.addSecs(-12 * 3600);
        const QString id = fake()->addChat(chat);
        // Hours old, a minute apart, a buyer's last: inside the 48-hour reply window, and older
        // than every reply by far more than the 5 minutes of skew, so no reply can claim one.
        const QDateTime first = now.addSecs(-6 * 3600);
        for (int k = 0; k < messages; ++k) {
            const bool seller = k % 3 == 1 && k != messages - 1;
            FakeOzonData::Message m;
            m.userType = seller ? u"Seller"_s : u"Customer"_s;
            m.userId = seller ? u"seller-1"_s : u"buyer-%1"_s.arg(m_chats.size());
            m.data = {seller ? u"Добрый день! Уточним и вернёмся с ответом."_s
                             : u"Где мой заказ? Вопрос %1"_s.arg(k)};
            m.createdAt = first.addSecs(k * 60);
            fake()->addMessage(id, m);
        }
        m_chats << id;
    }

    void addBuyerMessage(const QString &chat, const QString &text)
    {
        // Capped, so a chat a kill kept from its first pull still fits in one page.
        if (fake()->messageCount(chat) >= kMaxPerChat)
            return;
        FakeOzonData::Message m;
        m.userId = u"buyer-late"_s;
        m.data = {text};
        fake()->addMessage(chat, m);
    }

    // New work for the next run: buyer messages in random chats, now and then new chats.
    void feed(int round)
    {
        for (int i = 0; i < kFedPerRound; ++i)
            addBuyerMessage(m_chats.at(int(m_rng.bounded(quint32(m_chats.size())))),
                            u"Ещё вопрос, раунд %1"_s.arg(round));
        if (round % 10 == 9) {
            addChat(6);
            addChat(6);
        }
    }

    void queueReply()
    {
        const QString remoteChat =
            m_chats.at(kReplyChats.at(m_replies.size() % kReplyChats.size()));
        store::StoreError error;
        auto db = store::Database::open(m_workspace, &error);
        QVERIFY2(db, qPrintable(error.message));
        qint64 chatId = 0;
        {
            QSqlQuery q(db->connection());
            q.prepare(u"SELECT id FROM chats WHERE remote_id = ?"_s);
            q.addBindValue(remoteChat);
            QVERIFY(q.exec() && q.next());
            chatId = q.value(0).toLongLong();
        }
        Reply reply{remoteChat,
                    u"Ответ №%1: отправили сегодня, номер для отслеживания пришлём 📦"_s.arg(
                        m_replies.size() + 1)};
        store::ReplyQueue queue(db->connection(), m_workspace);
        const store::QueuedReply queued = queue.queueText(chatId, reply.text, &error);
        QVERIFY2(queued.ok(), qPrintable(queued.problem + error.message));
        reply.messageId = queued.messageId;
        reply.outboxId = queued.outboxId;
        m_replies << reply;
    }

    // The fake's messages of a reply's chat carrying its text.
    QStringList fakeIdsOf(const Reply &reply) const
    {
        QStringList ids;
        for (const FakeOzonData::Message &m : fake()->messages(reply.remoteChat))
            if (m.data.join(u'\n') == reply.text)
                ids << m.id;
        return ids;
    }

    int totalSends() const
    {
        int n = 0;
        for (int index : kReplyChats)
            n += fake()->sendCount(m_chats.at(index));
        return n;
    }

    // One `sync --once`, killed after `killAfterMs` (< 0: never) or as soon as `killWhen` holds
    // (polled without pause: the armed kills race the store by a millisecond or two). The fake
    // lives on its own thread and answers meanwhile.
    Outcome runSync(int killAfterMs, const std::function<bool()> &killWhen = {})
    {
        fake()->clearRequests();
        Outcome o;
        QProcess p;
        p.setProcessEnvironment(environment());
        QEventLoop loop;
        QElapsedTimer clock;
        QTimer killTimer;
        QTimer poll;
        killTimer.setSingleShot(true);
        killTimer.setTimerType(Qt::PreciseTimer);
        poll.setInterval(0);
        poll.setTimerType(Qt::PreciseTimer);
        bool killSent = false;
        const auto kill = [&] {
            killTimer.stop();
            poll.stop();
            killSent = true;
            p.kill(); // SIGKILL
        };
        connect(&killTimer, &QTimer::timeout, &p, kill);
        connect(&poll, &QTimer::timeout, &p, [&] {
            if (killWhen())
                kill();
        });
        connect(&p, &QProcess::started, &p, [&] {
            clock.start();
            if (killAfterMs >= 0)
                killTimer.start(killAfterMs);
            if (killWhen)
                poll.start();
        });
        connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        connect(&p, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart)
                loop.quit();
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit); // a hang fails the trial
        p.start(qEnvironmentVariable("AGENTP_CONSOLE"),
                {u"sync"_s, u"--workspace"_s, m_workspace, u"--once"_s});
        loop.exec();
        if (p.state() != QProcess::NotRunning) { // hung: reported by the caller
            p.kill();
            p.waitForFinished();
            o.exitCode = -3;
            return o;
        }
        o.ms = clock.isValid() ? clock.elapsed() : 0;
        o.err = QString::fromUtf8(p.readAllStandardError());
        if (p.exitStatus() == QProcess::CrashExit)
            o.killed = killSent; // otherwise it crashed on its own: exitCode stays -1
        else
            o.exitCode = p.exitCode();
        const auto requests = fake()->requests();
        o.requests = int(requests.size());
        o.phase =
            requests.isEmpty() ? u"start-up"_s : QString::fromLatin1(requests.constLast().path);
        return o;
    }

    // What every run must leave, killed or not: no reply twice at the fake, and a store file
    // whose copy (with the WAL as the kill left it, so the workspace itself stays untouched for
    // the next run's recovery) passes the integrity check.
    void checkAfterRun(const QString &label, const Outcome &o)
    {
        QVERIFY2(o.exitCode != -3, qPrintable(label + u": did not end within 120 s"_s));
        QVERIFY2(o.killed || o.exitCode == 0,
                 qPrintable(label + u": exit %1 without a kill: %2"_s.arg(o.exitCode).arg(o.err)));
        for (const Reply &reply : m_replies)
            QVERIFY2(fakeIdsOf(reply).size() <= 1,
                     qPrintable(label + u": the fake got “%1” twice"_s.arg(reply.text)));
        const QString copy = m_home.dir() + u"/after-kill.agentp"_s;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            QFile::remove(copy + suffix);
            if (QFile::exists(m_workspace + suffix) && suffix != u"-shm"_s)
                QVERIFY(QFile::copy(m_workspace + suffix, copy + suffix));
        }
        const QString name = u"crashkill-%1"_s.arg(++m_connections);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QVERIFY2(q.value(0).toString() == u"ok"_s,
                     qPrintable(label + u": integrity_check: "_s + q.value(0).toString()));
            for (const Reply &reply : m_replies) {
                q.prepare(u"SELECT state FROM outbox WHERE id = ?"_s);
                q.addBindValue(reply.outboxId);
                QVERIFY(q.exec() && q.next());
                if (q.value(0).toString() == u"sending"_s && !fakeIdsOf(reply).isEmpty())
                    ++m_inDoubt;
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

    void report(const QString &label, const QString &plan, const Outcome &o)
    {
        qInfo().noquote() << u"%1: %2 → %3 after %4 ms, %5 requests, last: %6"_s
                                 .arg(label, plan, o.killed ? u"killed"_s : u"finished"_s)
                                 .arg(o.ms)
                                 .arg(o.requests)
                                 .arg(o.phase);
    }

    void verifyStore()
    {
        store::StoreError error;
        auto db = store::Database::open(m_workspace, &error);
        QVERIFY2(db, qPrintable(error.message));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        QVERIFY(q.exec(u"PRAGMA foreign_key_check"_s));
        QVERIFY2(!q.next(), "a row points to a row that is gone");

        // Every chat of the fake, once.
        QVERIFY(q.exec(u"SELECT remote_id FROM chats"_s));
        QStringList storedChats;
        while (q.next())
            storedChats << q.value(0).toString();
        QCOMPARE(storedChats.size(), m_chats.size());
        QVERIFY(QSet<QString>(storedChats.begin(), storedChats.end()) ==
                QSet<QString>(m_chats.begin(), m_chats.end()));

        // Every message once; no reply row left without the remote id it should have adopted.
        QVERIFY(q.exec(u"SELECT COUNT(*), COUNT(DISTINCT chat_id || '/' || remote_id),"
                       " COUNT(remote_id) FROM chat_messages"_s) &&
                q.next());
        const int total = q.value(0).toInt();
        QCOMPARE(q.value(1).toInt(), total);
        QCOMPARE(q.value(2).toInt(), total);
        int fakeTotal = 0;
        for (const QString &chat : std::as_const(m_chats)) {
            QSet<QString> expected;
            for (const FakeOzonData::Message &m : fake()->messages(chat))
                expected.insert(m.id);
            fakeTotal += int(expected.size());
            q.prepare(u"SELECT m.remote_id FROM chat_messages m JOIN chats c ON c.id = m.chat_id"
                      " WHERE c.remote_id = ?"_s);
            q.addBindValue(chat);
            QVERIFY(q.exec());
            QSet<QString> stored;
            while (q.next())
                stored.insert(q.value(0).toString());
            QVERIFY2(stored == expected,
                     qPrintable(u"chat %1: %2 of %3 messages stored, %4 missing"_s.arg(chat)
                                    .arg(stored.size())
                                    .arg(expected.size())
                                    .arg((expected - stored).size())));
        }
        QCOMPARE(total, fakeTotal);

        // Every reply sent exactly once, its own row holding the marketplace's id, `sent`.
        QHash<QString, int> perChat;
        for (const Reply &reply : std::as_const(m_replies)) {
            ++perChat[reply.remoteChat];
            const QStringList ids = fakeIdsOf(reply);
            QVERIFY2(
                ids.size() == 1,
                qPrintable(u"“%1” reached the fake %2 times"_s.arg(reply.text).arg(ids.size())));
            q.prepare(u"SELECT remote_id, (SELECT COUNT(*) FROM chat_messages WHERE body = ?),"
                      " (SELECT state FROM outbox WHERE id = ?) FROM chat_messages WHERE id = ?"_s);
            q.addBindValue(reply.text);
            q.addBindValue(reply.outboxId);
            q.addBindValue(reply.messageId);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toString(), ids.constFirst());
            QCOMPARE(q.value(1).toInt(), 1);
            QCOMPARE(q.value(2).toString(), u"sent"_s);
        }
        for (auto it = perChat.cbegin(); it != perChat.cend(); ++it)
            QCOMPARE(fake()->sendCount(it.key()), it.value());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM outbox WHERE state IN ('queued', 'sending',"
                       " 'failed')"_s) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        qInfo("store: %d chats, %d messages, %d replies", int(storedChats.size()), total,
              int(m_replies.size()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("AGENTP_CONSOLE")));
        bool ok = false;
        const quint32 seed = qEnvironmentVariable("AGENTP_FAULT_SEED").toUInt(&ok);
        m_seed = ok ? seed : kDefaultSeed;
        m_rng.seed(m_seed);
        qInfo("seed %u (set AGENTP_FAULT_SEED to repeat)", m_seed);
    }

    void killedSyncsLeaveAWholeStore()
    {
        QElapsedTimer total;
        total.start();
        m_fake = std::make_unique<testing::FakeOzonServerThread>();
        QVERIFY(m_fake->start());
        for (int c = 0; c < kFirstChats; ++c)
            addChat(6 + (c * 7) % 17);
        m_workspace = m_home.dir() + u"/shop.agentp"_s;

        // The account, as an administrator adds it: the key on standard input.
        {
            QProcess add;
            add.setProcessEnvironment(environment());
            add.start(qEnvironmentVariable("AGENTP_CONSOLE"),
                      {u"account"_s, u"add"_s, u"--workspace"_s, m_workspace, u"--marketplace"_s,
                       u"ozon"_s, u"--name"_s, u"Shop"_s, u"--client-id"_s,
                       testing::FakeOzonServer::Options().clientId, u"--base-url"_s,
                       m_fake->baseUrl().toString()});
            add.write(testing::FakeOzonServer::Options().apiKey + '\n');
            add.closeWriteChannel();
            QVERIFY(add.waitForFinished(60000)); // the fake answers from its own thread
            QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());
        }

        // The first sync, whole; then one round of new work, whole and timed: the kills are
        // drawn from the duration of such a run.
        Outcome o = runSync(-1);
        CHECKED(checkAfterRun(u"first sync"_s, o));
        feed(-1);
        o = runSync(-1);
        CHECKED(checkAfterRun(u"calibration"_s, o));
        const int fullMs = int(std::max<qint64>(o.ms, 50));
        qInfo("a full run takes %d ms (%d requests)", fullMs, o.requests);

        // Replies typed before the first kill; more follow between the kills.
        for (int i = 0; i < kReplyChats.size(); ++i)
            CHECKED(queueReply());
        int killed = 0;
        int armedKills = 0;
        QMap<QString, int> phases;
        for (int round = 0; round < kRandomKills; ++round) {
            feed(round);
            if (round % 4 == 1 && round < 45) {
                // Armed: killed the moment the fake has accepted a reply — the instant the store
                // cannot know yet whether the reply went out.
                CHECKED(queueReply());
                const int before = totalSends();
                o = runSync(fullMs, [&] { return totalSends() > before; });
                report(u"armed %1"_s.arg(round), u"kill at the first send"_s, o);
                CHECKED(checkAfterRun(u"armed %1"_s.arg(round), o));
                armedKills += o.killed ? 1 : 0;
            } else if (round % 8 == 3) {
                CHECKED(queueReply()); // goes out, or not, in a randomly killed run
            }
            const int delay = int(m_rng.bounded(quint32(fullMs) + 1));
            o = runSync(delay);
            const QString label = u"kill %1/%2"_s.arg(round + 1).arg(kRandomKills);
            report(label, u"kill at %1 ms"_s.arg(delay), o);
            CHECKED(checkAfterRun(label, o));
            if (o.killed) {
                ++killed;
                ++phases[o.phase];
            }
        }

        // Last, deterministically, a kill between the two chat-list pages: page 1 is saved with
        // the cursor of page 2 (the fake refuses page 2 for a second, 429), and chats of page 1
        // have news that the run to completion must still bring.
        for (int i = 0; i < 5; ++i)
            addBuyerMessage(m_chats.at(i * 19), u"Ответьте, пожалуйста!"_s);
        fake()->setRateLimit(1);
        const auto pageTwoRefused = [this] {
            bool pageOne = false;
            for (const auto &r : fake()->requests()) {
                if (r.path == kListPath && r.status == 200)
                    pageOne = true;
                else if (r.path == kListPath && r.status == 429 && pageOne)
                    return true;
            }
            return false;
        };
        o = runSync(30000, pageTwoRefused);
        fake()->setRateLimit(0);
        report(u"between list pages"_s, u"kill at the refused page 2"_s, o);
        CHECKED(checkAfterRun(u"between list pages"_s, o));
        QVERIFY2(o.killed && pageTwoRefused(), "the kill between the list pages did not happen");

        o = runSync(-1);
        report(u"to completion"_s, u"no kill"_s, o);
        QCOMPARE(o.exitCode, 0);
        CHECKED(checkAfterRun(u"to completion"_s, o));

        QStringList phaseList;
        for (auto it = phases.cbegin(); it != phases.cend(); ++it)
            phaseList << u"%1 %2"_s.arg(it.key()).arg(it.value());
        qInfo().noquote() << u"seed %1: %2 of %3 random runs killed mid-run (%4), %5 finished;"
                             " %6 armed kills; %7 kills left a delivered reply `sending`; %8 s"_s
                                 .arg(m_seed)
                                 .arg(killed)
                                 .arg(kRandomKills)
                                 .arg(phaseList.join(u", "_s))
                                 .arg(kRandomKills - killed)
                                 .arg(armedKills)
                                 .arg(m_inDoubt)
                                 .arg(double(total.elapsed()) / 1000.0, 0, 'f', 1);
        CHECKED(verifyStore());
        // Not a vacuous trial: the delays come from a full run, so most runs die mid-way; and
        // some kill fell where only "Never twice" keeps a reply from going out again.
        QVERIFY2(killed * 2 >= kRandomKills, "most runs finished before their kill");
        QVERIFY2(m_inDoubt > 0, "no kill fell between the fake accepting a reply and the store "
                                "recording it");
    }
};

QTEST_GUILESS_MAIN(TestCrashKill)
#include "tst_crashkill.moc"
