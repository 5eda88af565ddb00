// Ingest rate of buyer-chat history: --chats × --messages messages (default 1,000 × 1,000 =
// 1,000,000) served by the loopback fake Ozon server (tests/support, on its own thread) and
// pulled into a fresh workspace by the real ChatSyncEngine + OzonConnector (HTTP, JSON parsing
// with exact 64-bit ids, one transaction per page with its cursor, de-duplication, chat summary
// columns) — the first sync of an account. History pages hold 1,000 messages (Ozon's maximum).
//
// Floor, measured in the same run on the same machine: the same message rows inserted into the
// chat_messages table of another fresh workspace (same schema, same indexes and triggers) with
// one prepared statement in one transaction. Prints both times, rates and the ratio.
//
//   bench_chat_ingest [--chats N] [--messages M] [--seed S] [--json FILE]
//
// Measure a Release build.

#include "bench/BenchReport.h"
#include "models/store/AccountRepository.h"
#include "models/store/Database.h"
#include "net/ozon/OzonConnector.h"
#include "net/sync/ChatSyncEngine.h"
#include "tests/support/FakeOzonServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace agentp;

namespace {

struct Row
{
    qint64 chatId;
    QString remoteId;
    QString sender;
    QString author;
    QString body;
    QString createdAt;
    int isRead;
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

std::unique_ptr<store::Database> openWorkspace(const QString &path)
{
    store::StoreError error;
    auto db = store::Database::open(path, &error);
    if (!db)
        out() << "cannot create " << path << ": " << error.message << Qt::endl;
    return db;
}

qint64 count(store::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("chats"), QStringLiteral("Chats."), QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Messages per chat."),
                      QStringLiteral("M"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Data seed."), QStringLiteral("S"),
                      QStringLiteral("7")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write the figures here as JSON."),
                      QStringLiteral("FILE")});
    parser.process(app);
    const int chats = parser.value(QStringLiteral("chats")).toInt();
    const int perChat = parser.value(QStringLiteral("messages")).toInt();
    const qint64 total = qint64(chats) * perChat;

    testing::FakeOzonServer::Options serverOptions;
    serverOptions.recordRequests = false;
    testing::FakeOzonServerThread fake(serverOptions);
    if (!fake.start()) {
        out() << "the fake Ozon server did not start" << Qt::endl;
        return 1;
    }
    fake.server()->generate(chats, perChat, parser.value(QStringLiteral("seed")).toULongLong());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ingest.agentp"));
    qint64 accountId = 0;
    {
        auto db = openWorkspace(path);
        if (!db)
            return 1;
        store::SellerAccount account;
        account.marketplace = QStringLiteral("ozon");
        account.name = QStringLiteral("Bench");
        account.externalId = serverOptions.clientId;
        account.baseUrl = fake.baseUrl().toString();
        store::AccountProblem problem;
        store::StoreError error;
        accountId = store::AccountRepository(db->connection()).add(account, &problem, &error);
        if (!accountId) {
            out() << "account not added: " << problem.message << error.message << Qt::endl;
            return 1;
        }
    }

    net::ChatSyncEngine::Options options;
    options.startPasses = false;
    options.history.pageSize = 1000;
    auto factory = [](const store::SellerAccount &account, const QByteArray &key) {
        net::OzonConfig config;
        config.baseUrl = QUrl(account.baseUrl);
        config.clientId = account.externalId;
        config.apiKey = key;
        // Every 20th generated chat is a support chat: synced too, so all messages count.
        config.chatTypes << QStringLiteral("SELLER_SUPPORT");
        return std::unique_ptr<net::MarketplaceConnector>(new net::OzonConnector(config));
    };
    const QByteArray apiKey = serverOptions.apiKey;
    auto keys = [apiKey](const store::SellerAccount &, QObject *context,
                         net::ChatSyncEngine::KeyReply reply) {
        QTimer::singleShot(0, context, [reply, apiKey] { reply(apiKey, {}); });
    };

    out() << "Ingest: " << chats << " chats × " << perChat << " messages = " << total
          << " messages from the fake Ozon server over loopback" << Qt::endl;
    QElapsedTimer clock;
    clock.start();
    int passes = 0;
    qint64 stored = 0;
    {
        net::ChatSyncEngine engine(path, factory, keys, options);
        QString failure;
        QObject::connect(&engine, &net::ChatSyncEngine::passFinished, &engine,
                         [&](qint64, const net::ChatSyncSummary &s) {
                             if (!s.ok())
                                 failure = s.error;
                         });
        engine.start();
        auto db = openWorkspace(path);
        // A pass pulls at most options.history.maxPages pages per chat; passes repeat until
        // every message is stored (one pass at the default sizes).
        while (stored < total && passes < 20 && failure.isEmpty()) {
            QEventLoop loop;
            QObject::connect(&engine, &net::ChatSyncEngine::allPassesFinished, &loop,
                             &QEventLoop::quit);
            engine.syncNow();
            loop.exec();
            ++passes;
            stored = count(*db, QStringLiteral("SELECT COUNT(*) FROM chat_messages"));
        }
        engine.stop();
        if (!failure.isEmpty()) {
            out() << "sync failed: " << failure << Qt::endl;
            return 1;
        }
    }
    const double engineMs = double(clock.nsecsElapsed()) / 1e6;
    if (stored != total) {
        out() << "stored " << stored << " of " << total << " messages in " << passes << " passes"
              << Qt::endl;
        auto db = openWorkspace(path);
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT c.remote_id, COUNT(m.id), c.history_complete FROM chats c"
                              " LEFT JOIN chat_messages m ON m.chat_id = c.id GROUP BY c.id"
                              " HAVING COUNT(m.id) <> %1 LIMIT 5")
                   .arg(perChat));
        while (q.next())
            out() << "  chat " << q.value(0).toString() << ": " << q.value(1).toLongLong()
                  << " messages, complete " << q.value(2).toInt() << Qt::endl;
        out() << "  chats stored: " << count(*db, QStringLiteral("SELECT COUNT(*) FROM chats"))
              << Qt::endl;
        return 1;
    }

    // The floor: the same rows, one prepared statement, one transaction.
    std::vector<Row> rows;
    rows.reserve(size_t(total));
    std::vector<std::pair<qint64, QString>> chatRows;
    {
        auto db = openWorkspace(path);
        QSqlQuery q(db->connection());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT chat_id, remote_id, sender_type, author, body, created_at,"
                              " is_read FROM chat_messages"));
        while (q.next())
            rows.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                            q.value(6).toInt()});
        q.exec(QStringLiteral("SELECT id, remote_id FROM chats"));
        while (q.next())
            chatRows.emplace_back(q.value(0).toLongLong(), q.value(1).toString());
    }
    const QString floorPath = dir.filePath(QStringLiteral("floor.agentp"));
    auto floorDb = openWorkspace(floorPath);
    if (!floorDb)
        return 1;
    {
        QSqlQuery q(floorDb->connection());
        q.exec(QStringLiteral("INSERT INTO seller_accounts(id, marketplace, name, external_id,"
                              " created_at) VALUES (1, 'ozon', 'Floor', '1', '2026-01-01')"));
        q.prepare(QStringLiteral("INSERT INTO chats(id, account_id, remote_id, created_at)"
                                 " VALUES (?, 1, ?, '2026-01-01')"));
        for (const auto &[id, remote] : chatRows) {
            q.addBindValue(id);
            q.addBindValue(remote);
            if (!q.exec()) {
                out() << "floor: " << q.lastError().text() << Qt::endl;
                return 1;
            }
        }
    }
    QElapsedTimer floorClock;
    floorClock.start();
    {
        QSqlDatabase c = floorDb->connection();
        c.transaction();
        QSqlQuery q(c);
        q.prepare(QStringLiteral("INSERT INTO chat_messages(chat_id, remote_id, sender_type,"
                                 " author, body, created_at, is_read) VALUES (?, ?, ?, ?, ?, ?,"
                                 " ?)"));
        for (const Row &r : rows) {
            q.bindValue(0, r.chatId);
            q.bindValue(1, r.remoteId);
            q.bindValue(2, r.sender);
            q.bindValue(3, r.author.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(r.author));
            q.bindValue(4, r.body);
            q.bindValue(5, r.createdAt);
            q.bindValue(6, r.isRead);
            if (!q.exec()) {
                out() << "floor: " << q.lastError().text() << Qt::endl;
                return 1;
            }
        }
        c.commit();
    }
    const double floorMs = double(floorClock.nsecsElapsed()) / 1e6;

    const auto rate = [total](double ms) {
        return qint64(double(total) / (ms / 1000.0));
    };
    out() << QStringLiteral("sync engine (%1 pass(es)): %2 s, %3 messages/s")
                 .arg(passes)
                 .arg(engineMs / 1000.0, 0, 'f', 2)
                 .arg(rate(engineMs))
          << Qt::endl;
    out() << QStringLiteral("floor (one prepared INSERT, one transaction): %1 s, %2 messages/s")
                 .arg(floorMs / 1000.0, 0, 'f', 2)
                 .arg(rate(floorMs))
          << Qt::endl;
    out() << QStringLiteral("ratio engine/floor: %1× (target ≤ 3×)")
                 .arg(engineMs / floorMs, 0, 'f', 2)
          << Qt::endl;

    bench::Report report(QStringLiteral("bench_chat_ingest"));
    report.add(bench::Figure::againstFloor(
        QStringLiteral("B2"),
        QStringLiteral("ingest of %1 messages through the sync engine").arg(total),
        engineMs / 1000.0, floorMs / 1000.0, QStringLiteral("s"), 3, QStringLiteral("≤ 3×")));
    return report.write(parser.value(QStringLiteral("json")),
                        {{QStringLiteral("messages"), total},
                         {QStringLiteral("passes"), passes},
                         {QStringLiteral("engine_messages_per_s"), rate(engineMs)},
                         {QStringLiteral("floor_messages_per_s"), rate(floorMs)}})
               ? 0
               : 1;
}
