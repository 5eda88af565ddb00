// Disk full (issue 8): a workspace on a small filesystem that runs out of space while the sync
// engine pulls a large history. Proves that the user is told in words that the disk is full
// (the engine's problem notice, not a bare driver string), that pages go in whole with their
// cursor or not at all (each chat holds exactly the server's messages up to its cursor), that
// PRAGMA integrity_check stays "ok", that earlier data and queued replies survive, that a reply
// typed in the composer (ReplyQueue) while the disk is full is refused with a clear message and
// leaves no half row or stray file copy, and that once space is freed the next pass stores every
// message and each reply goes out exactly once.
//
// The small filesystem, first that works: (a) as root, an 8 MB tmpfs mounted for the test in
// a private mount namespace of this process (so a crash cannot leave it mounted; if the kernel
// refuses the namespace, in the shared one and unmounted on exit);
// (b) otherwise the program re-runs itself in a private user and mount namespace (unshare) and
// does (a) there; (c) SQLite's own size limit, PRAGMA max_page_count on every connection to the
// workspace, which fails writes with the same SQLITE_FULL. AGENTP_DISKFULL_MODE=pages|userns
// forces (c) or (b). The mode used is printed.
#include "models/store/AccountRepository.h"
#include "models/store/Database.h"
#include "models/store/ReplyQueue.h"
#include "net/sync/ChatIntentHandler.h"
#include "net/sync/ChatSyncEngine.h"
#include "net/sync/OutboxWorker.h"
#include "tests/support/FakeConnector.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <vector>

using namespace agentp;
using namespace Qt::StringLiterals;
using domain::SenderType;
using net::ChatSyncEngine;
using net::ChatSyncSummary;
using testing::FakeConnector;

namespace {

constexpr int kWaitMs = 60000;
constexpr int kChats = 6;
constexpr int kFirstWave = 10;            // messages per chat stored before the disk fills
constexpr int kSecondWave = 120;          // messages per chat that do not fit
constexpr qint64 kRoomBytes = 160 * 1024; // left for the second wave

const char *const kInNamespace = "AGENTP_DISKFULL_IN_USERNS";
// As root: whether main() moved this process into a mount namespace of its own.
bool g_privateMounts = false;

// A page of the pull is a few KB of text per message, so the second wave is about 500 KB.
QString body(int chat, int k)
{
    QString text = u"Чат %1, сообщение %2: "_s.arg(chat).arg(k);
    while (text.size() < 300)
        text += u"покупатель спрашивает о доставке заказа. "_s;
    return text.left(300);
}

// Where the workspace lives, and how it is made (almost) full and freed again.
class Disk
{
public:
    enum class Mode
    {
        Tmpfs,
        NamespaceTmpfs,
        PageLimit,
    };

    ~Disk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir).constData(), MNT_DETACH);
    }

    void prepare(const QString &dir)
    {
        m_dir = dir;
        QDir().mkpath(dir);
        m_filler = dir + u"/filler.bin"_s;
        const bool pagesForced = qgetenv("AGENTP_DISKFULL_MODE") == "pages";
        if (!pagesForced && ::geteuid() == 0) {
            if (::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                        "size=8m,mode=0700") == 0) {
                m_mounted = true;
                m_mode =
                    qEnvironmentVariableIsSet(kInNamespace) ? Mode::NamespaceTmpfs : Mode::Tmpfs;
                return;
            }
            qInfo("mounting a tmpfs failed (%s); using PRAGMA max_page_count",
                  std::strerror(errno));
        }
        m_mode = Mode::PageLimit;
    }

    bool isFilesystem() const { return m_mode != Mode::PageLimit; }
    QString describe() const
    {
        switch (m_mode) {
        case Mode::Tmpfs:
            return g_privateMounts ? u"(a) an 8 MB tmpfs mounted as root, private to the test"_s
                                   : u"(a) an 8 MB tmpfs mounted as root"_s;
        case Mode::NamespaceTmpfs:
            return u"(b) an 8 MB tmpfs in a private user+mount namespace (unshare)"_s;
        case Mode::PageLimit:
            return u"(c) PRAGMA max_page_count on every store connection"_s;
        }
        return {};
    }
    void setWorkspace(const QString &path) { m_workspace = path; }

    // Leaves about `bytes` for the store: the filler file grows or shrinks; with 0 it grows until
    // the filesystem refuses. In the page-limit mode every connection to the workspace gets a
    // limit that many bytes above the current size.
    bool leave(qint64 bytes)
    {
        if (m_mode == Mode::PageLimit)
            return limitPages(bytes);
        struct statvfs fs = {};
        if (::statvfs(QFile::encodeName(m_dir).constData(), &fs) != 0)
            return false;
        const qint64 free = qint64(fs.f_bavail) * qint64(fs.f_frsize);
        const int fd = ::open(QFile::encodeName(m_filler).constData(), O_WRONLY | O_CREAT, 0600);
        if (fd < 0)
            return false;
        const qint64 size = ::lseek(fd, 0, SEEK_END);
        bool ok = true;
        if (free < bytes) {
            ok = ::ftruncate(fd, std::max<qint64>(0, size - (bytes - free))) == 0;
        } else {
            // Real blocks: a sparse file (ftruncate upwards) would take no space on tmpfs.
            const QByteArray chunk(64 * 1024, '\0');
            qint64 left = bytes == 0 ? LLONG_MAX : free - bytes;
            while (left > 0) {
                const ssize_t n =
                    ::write(fd, chunk.constData(), size_t(std::min<qint64>(left, chunk.size())));
                if (n <= 0) {
                    ok = bytes == 0 && errno == ENOSPC; // full is the point of leave(0)
                    break;
                }
                left -= n;
            }
        }
        ::close(fd);
        return ok;
    }
    bool release()
    {
        if (m_mode == Mode::PageLimit)
            return limitPages(-1);
        return QFile::remove(m_filler);
    }

private:
    // `room` < 0 lifts the limit.
    bool limitPages(qint64 room)
    {
        bool any = false;
        for (const QString &name : QSqlDatabase::connectionNames()) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (!db.isOpen() || db.databaseName() != m_workspace)
                continue;
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA page_count"_s) || !q.next())
                return false;
            const qint64 pages = q.value(0).toLongLong();
            if (!q.exec(u"PRAGMA page_size"_s) || !q.next())
                return false;
            const qint64 pageSize = q.value(0).toLongLong();
            const qint64 limit = room < 0 ? INT_MAX - 1 : pages + room / pageSize;
            if (!q.exec(u"PRAGMA max_page_count = %1"_s.arg(limit)))
                return false;
            any = true;
        }
        return any;
    }

    Mode m_mode = Mode::PageLimit;
    QString m_dir;
    QString m_filler;
    QString m_workspace;
    bool m_mounted = false;
};

// Says what happened and what to do: SQLite's bare "database or disk is full" does not count.
bool isClearDiskFullMessage(const QString &message)
{
    return message.contains(u"disk"_s, Qt::CaseInsensitive) &&
           message.contains(u"full"_s, Qt::CaseInsensitive) &&
           message.contains(u"free"_s, Qt::CaseInsensitive);
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    Disk m_disk;
    QString m_path;
    std::unique_ptr<store::Database> m_db;
    std::shared_ptr<FakeConnector::Server> m_server = std::make_shared<FakeConnector::Server>();
    std::unique_ptr<ChatSyncEngine> m_engine;
    std::unique_ptr<net::OutboxWorker> m_worker;
    QStringList m_chats;

    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    QStringList column(const QString &sql) const
    {
        QStringList values;
        QSqlQuery q(m_db->connection());
        q.exec(sql);
        while (q.next())
            values << q.value(0).toString();
        return values;
    }
    // Runs one pass ("Sync now") and returns its summary.
    ChatSyncSummary pass()
    {
        QSignalSpy finished(m_engine.get(), &ChatSyncEngine::passFinished);
        QSignalSpy all(m_engine.get(), &ChatSyncEngine::allPassesFinished);
        m_engine->syncNow();
        if (!all.wait(kWaitMs) || finished.isEmpty())
            return {};
        return finished.last().at(1).value<ChatSyncSummary>();
    }
    // The store is whole and every chat holds exactly the server's messages up to its cursor.
    void checkConsistent()
    {
        QCOMPARE(scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(column(u"PRAGMA foreign_key_check"_s), QStringList());
        for (const QString &chat : std::as_const(m_chats)) {
            const QString cursor =
                scalar(u"SELECT newest_message_id FROM chats WHERE remote_id = '%1'"_s.arg(chat))
                    .toString();
            QStringList expected;
            for (const auto &m : m_server->find(chat)->messages)
                if (m.remoteId.size() < cursor.size() ||
                    (m.remoteId.size() == cursor.size() && m.remoteId <= cursor))
                    expected << m.remoteId;
            const QStringList stored =
                column(u"SELECT m.remote_id FROM chat_messages m JOIN chats c ON c.id = m.chat_id"
                       " WHERE c.remote_id = '%1' AND m.remote_id IS NOT NULL"
                       " ORDER BY length(m.remote_id), m.remote_id"_s.arg(chat));
            QCOMPARE(stored, expected);
        }
    }

private slots:
    void initTestCase();
    void fullDiskKeepsTheStoreConsistent();
    void cleanupTestCase()
    {
        m_worker.reset();
        m_engine.reset();
        m_db.reset();
    }
};

void TestDiskFull::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_disk.prepare(m_root.filePath(u"fs"_s));
    qInfo().noquote() << "disk-full mode:" << m_disk.describe();
    m_path = m_root.filePath(u"fs/workspace.agentp"_s);
    m_disk.setWorkspace(m_path);
    store::StoreError error;
    m_db = store::Database::open(m_path, &error);
    QVERIFY2(m_db, qPrintable(error.message));
    store::SellerAccount account;
    account.marketplace = u"ozon"_s;
    account.name = u"Магазин"_s;
    account.externalId = u"123456"_s;
    store::AccountProblem problem;
    QVERIFY(store::AccountRepository(m_db->connection()).add(account, &problem, &error) > 0);

    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
    for (int c = 0; c < kChats; ++c) {
        m_chats << m_server->addChat(u"BUYER_SELLER"_s, u"chat-%1"_s.arg(c));
        for (int k = 1; k <= kFirstWave; ++k)
            m_server->addMessage(m_chats.last(), k % 2 ? SenderType::Seller : SenderType::Buyer,
                                 body(c, k), start.addSecs(k * 60));
    }
    ChatSyncEngine::Options options;
    options.startPasses = false;
    options.history.pageSize = 20;
    auto factory = [server = m_server](const store::SellerAccount &, const QByteArray &) {
        return std::unique_ptr<net::MarketplaceConnector>(new FakeConnector(server));
    };
    auto keys = [](const store::SellerAccount &, QObject *context, ChatSyncEngine::KeyReply reply) {
        QTimer::singleShot(0, context, [reply] { reply("key", {}); });
    };
    m_engine = std::make_unique<ChatSyncEngine>(m_path, factory, keys, options);
    m_engine->start();
    QVERIFY(m_engine->isStarted());
}

void TestDiskFull::fullDiskKeepsTheStoreConsistent()
{
    // A workspace with data and two replies waiting to go out.
    ChatSyncSummary first = pass();
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM chat_messages"_s).toInt(), kChats * kFirstWave);
    store::ReplyQueue composer(m_db->connection(), m_path);
    store::StoreError error;
    std::vector<QString> replies = {u"Заказ передан в доставку."_s, u"Замену отправим завтра."_s};
    for (const QString &text : replies)
        QVERIFY(composer
                    .queueText(
                        scalar(u"SELECT id FROM chats WHERE remote_id = 'chat-0'"_s).toLongLong(),
                        text, &error)
                    .ok());
    const QString rowsSql = u"SELECT id || '|' || COALESCE(remote_id, '') || '|' || body || '|' ||"
                            " COALESCE(outbox_id, '') FROM chat_messages ORDER BY id"_s;
    const QString intentsSql = u"SELECT id || '|' || state || '|' || payload FROM outbox"
                               " ORDER BY id"_s;
    const QStringList rowsBefore = column(rowsSql), intentsBefore = column(intentsSql);

    // The marketplace has far more than the disk can take.
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(-100 * 60);
    for (int c = 0; c < kChats; ++c)
        for (int k = 1; k <= kSecondWave; ++k)
            m_server->addMessage(m_chats[c], k % 2 ? SenderType::Buyer : SenderType::Seller,
                                 body(c, kFirstWave + k), later.addSecs(k * 10));
    QVERIFY(m_disk.leave(kRoomBytes));

    QSignalSpy problems(m_engine.get(), &ChatSyncEngine::problem);
    const ChatSyncSummary full = pass();
    QVERIFY(!full.ok());
    QVERIFY2(isClearDiskFullMessage(full.error), qPrintable(full.error));
    // The notice the user sees (SyncHost::problem → the main window) says so too.
    QVERIFY(!problems.isEmpty());
    QVERIFY2(isClearDiskFullMessage(problems.last().at(0).toString()),
             qPrintable(problems.last().at(0).toString()));
    const int stored = scalar(u"SELECT COUNT(*) FROM chat_messages"_s).toInt();
    qInfo("before the disk filled: %d of %d new messages stored", stored - kChats * kFirstWave - 2,
          kChats * kSecondWave);
    QVERIFY(stored > kChats * kFirstWave + 2);                 // pages went in until it filled
    QVERIFY(stored < kChats * (kFirstWave + kSecondWave) + 2); // and then it was full
    checkConsistent();
    if (QTest::currentTestFailed())
        return;
    const QStringList rowsNow = column(rowsSql);
    for (const QString &row : rowsBefore)
        QVERIFY2(rowsNow.contains(row), qPrintable(row)); // earlier rows, unchanged
    QCOMPARE(column(intentsSql), intentsBefore);          // replies still queued

    // The composer while the disk is full: a reply is refused in words and leaves nothing half
    // written. (One may still fit into space SQLite had already taken; then it must be whole.)
    QVERIFY(m_disk.leave(0));
    const qint64 chat0 = scalar(u"SELECT id FROM chats WHERE remote_id = 'chat-0'"_s).toLongLong();
    QString refusedText;
    for (int i = 0; i < 20 && refusedText.isEmpty(); ++i) {
        const QString text = u"%1 "_s.arg(i) + QString(900, QChar(0x20AC)); // 2.7 KB of "€"
        const int messagesBefore = scalar(u"SELECT COUNT(*) FROM chat_messages"_s).toInt();
        const int intentsBefore2 = scalar(u"SELECT COUNT(*) FROM outbox"_s).toInt();
        store::StoreError queueError;
        const store::QueuedReply r = composer.queueText(chat0, text, &queueError);
        if (r.ok()) {
            QCOMPARE(scalar(u"SELECT outbox_id FROM chat_messages WHERE id = %1"_s.arg(r.messageId))
                         .toLongLong(),
                     r.outboxId);
            replies.push_back(text);
            continue;
        }
        refusedText = text;
        QVERIFY(r.problem.isEmpty()); // not a rule of the marketplace: the store failed
        QCOMPARE(queueError.kind, store::StoreError::Kind::Io);
        QVERIFY2(isClearDiskFullMessage(queueError.message), qPrintable(queueError.message));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM chat_messages"_s).toInt(), messagesBefore);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM outbox"_s).toInt(), intentsBefore2);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM chat_messages WHERE remote_id IS NULL"
                        " AND outbox_id IS NULL"_s)
                     .toInt(),
                 0);
    }
    QVERIFY2(!refusedText.isEmpty(), "the full disk took every reply");
    qInfo("composer on the full disk: %d reply(ies) still fitted, then refused",
          int(replies.size()) - 2);
    if (m_disk.isFilesystem()) {
        // A file reply: its copy into <workspace>.files/outgoing cannot be made.
        const QString source = m_root.filePath(u"report.pdf"_s);
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(256 * 1024, 'x'));
        file.close();
        store::StoreError fileError;
        const store::QueuedReply r = composer.queueFile(chat0, source, &fileError);
        QVERIFY(!r.ok());
        // "Cannot copy “report.pdf”: …: No space left on device" (the system's words for ENOSPC).
        QVERIFY2(r.problem.contains(u"report.pdf"_s) &&
                     r.problem.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))),
                 qPrintable(r.problem + fileError.message));
        QDirIterator copies(store::ReplyQueue::outgoingFolder(m_path), QDir::Files,
                            QDirIterator::Subdirectories);
        QVERIFY2(!copies.hasNext(), "a copy of the refused file was left behind");
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM attachments WHERE name = 'report.pdf'"_s).toInt(),
                 0);
    }
    checkConsistent();
    if (QTest::currentTestFailed())
        return;

    // Space again: the next pass completes and the replies go out, each once.
    QVERIFY(m_disk.release());
    m_worker = std::make_unique<net::OutboxWorker>(m_path);
    m_worker->addHandler(std::make_unique<net::ChatIntentHandler>(m_engine.get()));
    m_worker->start();
    const ChatSyncSummary freed = pass();
    QVERIFY2(freed.ok(), qPrintable(freed.error));
    QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM outbox WHERE state = 'sent'"_s).toInt(),
                              int(replies.size()), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM chat_messages WHERE outbox_id IS NOT"
                                     " NULL AND remote_id IS NULL"_s)
                                  .toInt(),
                              0, kWaitMs);
    QCOMPARE(m_server->sends, int(replies.size()));
    QCOMPARE(m_server->messagesWithBody(u"chat-0"_s, refusedText), 0);
    for (const QString &text : replies)
        QCOMPARE(m_server->messagesWithBody(u"chat-0"_s, text), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM chat_messages"_s).toInt(),
             kChats * (kFirstWave + kSecondWave) + int(replies.size()));
    checkConsistent();
    QTRY_VERIFY_WITH_TIMEOUT(
        scalar(u"SELECT COALESCE(last_error, '') FROM seller_accounts"_s).toString().isEmpty(),
        kWaitMs);
}

// (b): without root, run this program again inside a private user and mount namespace, where
// it may mount a tmpfs that nobody else sees and that vanishes with it. Only when unshare works
// as is; otherwise the test carries on here and uses (c).
static void enterNamespaceIfUseful(int argc, char **argv)
{
    const QByteArray forced = qgetenv("AGENTP_DISKFULL_MODE");
    // (a): a mount namespace of this process's own, whose mounts the kernel drops when it ends,
    // however it ends. Before any thread exists: unshare(CLONE_NEWNS) refuses threaded callers.
    // Mounts are made private first, or the tmpfs would propagate to the shared namespace.
    if (::geteuid() == 0 && forced != "userns" && forced != "pages")
        g_privateMounts = ::unshare(CLONE_NEWNS) == 0 &&
                          ::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
    if (qEnvironmentVariableIsSet(kInNamespace) || forced == "pages" ||
        (::geteuid() == 0 && forced != "userns"))
        return;
    if (std::system("unshare --user --map-root-user --mount true >/dev/null 2>&1") != 0)
        return;
    char self[PATH_MAX] = {};
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof(self) - 1);
    if (n <= 0)
        return;
    std::vector<char *> args = {const_cast<char *>("unshare"),
                                const_cast<char *>("--user"),
                                const_cast<char *>("--map-root-user"),
                                const_cast<char *>("--mount"),
                                const_cast<char *>("--"),
                                self};
    for (int i = 1; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    ::setenv(kInNamespace, "1", 1);
    ::execvp("unshare", args.data());
    ::unsetenv(kInNamespace); // exec failed: stay here
}

int main(int argc, char **argv)
{
    enterNamespaceIfUseful(argc, argv);
    QCoreApplication app(argc, argv);
    TestDiskFull test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_diskfull.moc"
