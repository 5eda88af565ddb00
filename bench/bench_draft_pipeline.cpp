// Cost of the AI draft pipeline (docs/drafts.md) against the floor of the same answer taken
// straight from the service: a draft request goes through DraftQueue (prompt from the store, a
// draft row and an outbox intent), the "ai." OutboxWorker and AiDraftHandler, which streams the
// answer into ai_drafts a few times a second; the floor is LlmClient alone on the same loopback
// fake with the same pieces and pauses. Prints the median and worst time to the first text and
// to the finished draft, both ways, over --runs requests (default 20).
//
//   bench_draft_pipeline [--runs N]
//
// Measure a Release build.
#include "models/store/AiDraftRepository.h"
#include "models/store/AiSettingsRepository.h"
#include "models/store/DraftQueue.h"
#include "models/store/Workspace.h"
#include "net/llm/LlmClient.h"
#include "net/sync/AiDraftHandler.h"
#include "net/sync/OutboxWorker.h"
#include "tests/support/FakeLlmServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace agentp;

namespace {

struct Times
{
    QList<double> first;
    QList<double> done;
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double worst(const QList<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end());
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Requests."),
                                        QStringLiteral("N"), QStringLiteral("20"));
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = std::max(3, parser.value(runsOption).toInt());
    QTextStream out(stdout);

    testing::FakeLlmServer server;
    server.setApiKey("sk-bench");
    server.setReplyText(
        QString::fromUtf8("Здравствуйте! Заказ уже передан в доставку, он будет в пункте "
                          "выдачи завтра до 18:00. Мы пришлём уведомление, как только он "
                          "прибудет. Если понадобится, поможем оформить возврат через "
                          "маркетплейс. ")
            .repeated(3));
    server.setPieceBytes(64);
    server.setPieceIntervalMs(2);
    if (!server.listen()) {
        out << "FAILED: the fake service did not start" << Qt::endl;
        return 1;
    }

    // Floor: the service's answer taken by LlmClient alone.
    Times floor;
    net::llm::LlmClient client;
    net::llm::LlmConfig config;
    config.baseUrl = server.baseUrl();
    config.model = QStringLiteral("deepseek-flash");
    config.apiKey = "sk-bench";
    const QList<net::llm::LlmMessage> messages{{QStringLiteral("system"), QStringLiteral("s")},
                                               {QStringLiteral("user"), QStringLiteral("Где?")}};
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        double first = -1;
        bool done = false;
        client.complete(
            config, messages,
            [&](const QString &) {
                if (first < 0)
                    first = t.nsecsElapsed() / 1e6;
            },
            [&](const net::llm::LlmResult &) { done = true; });
        if (!waitFor([&] { return done; })) {
            out << "FAILED: the floor did not finish" << Qt::endl;
            return 1;
        }
        floor.first << first;
        floor.done << t.nsecsElapsed() / 1e6;
    }

    // The pipeline, in a fresh workspace with one chat of 20 messages.
    QTemporaryDir dir;
    store::StoreError error;
    auto workspace =
        store::Workspace::open(dir.filePath(QStringLiteral("bench.agentp")), true, &error);
    if (!workspace) {
        out << "FAILED: " << error.message << Qt::endl;
        return 1;
    }
    QSqlDatabase db = workspace->database().connection();
    QSqlQuery q(db);
    q.exec(QStringLiteral("INSERT INTO seller_accounts(marketplace, name, created_at) VALUES"
                          " ('ozon', 'Shop', '2026-11-20T00:00:00.000Z')"));
    q.exec(QStringLiteral("INSERT INTO chats(account_id, remote_id, created_at) VALUES"
                          " (1, 'c1', '2026-11-20T00:00:00.000Z')"));
    for (int m = 0; m < 20; ++m)
        q.exec(QStringLiteral("INSERT INTO chat_messages(chat_id, remote_id, sender_type, body,"
                              " created_at) VALUES (1, 'm%1', '%2', 'Сообщение номер %1',"
                              " '2026-11-20T10:%3:00.000Z')")
                   .arg(m)
                   .arg(m % 2 ? QStringLiteral("seller") : QStringLiteral("buyer"))
                   .arg(m, 2, 10, QLatin1Char('0')));
    store::AiSettingsRepository settings(db);
    domain::AiSettings s = settings.settings(&error);
    s.baseUrl = server.baseUrl().toString();
    QString problem;
    settings.save(s, &problem, &error);

    net::OutboxWorker worker(workspace->path());
    worker.setKindPrefix(QStringLiteral("ai."));
    worker.addHandler(std::make_unique<net::AiDraftHandler>(
        [] { return std::make_unique<net::HttpDraftBackend>(); },
        [](QObject *context, net::AiDraftHandler::KeyReply reply) {
            QTimer::singleShot(0, context, [reply] { reply("sk-bench", {}); });
        },
        [](const QStringList &) {}));
    worker.start();

    Times pipeline;
    store::DraftQueue queue(db);
    store::AiDraftRepository drafts(db);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const store::DraftRequest r = queue.request(1, true, &error);
        if (!r.ok()) {
            out << "FAILED: " << error.message << r.problem << Qt::endl;
            return 1;
        }
        worker.poke();
        double first = -1;
        const bool finished = waitFor([&] {
            const auto d = drafts.find(r.draftId, &error);
            if (first < 0 && d && !d->text.isEmpty())
                first = t.nsecsElapsed() / 1e6;
            return d && !d->isActive();
        });
        if (!finished) {
            out << "FAILED: the draft did not finish" << Qt::endl;
            return 1;
        }
        pipeline.first << first;
        pipeline.done << t.nsecsElapsed() / 1e6;
    }

    out << Qt::fixed;
    out.setRealNumberPrecision(1);
    out << "requests: " << runs
        << " each way; the fake service streams 64-byte pieces every 2 ms\n";
    out << "                         first text (median / worst)   finished (median / worst)\n";
    out << "floor (LlmClient alone)  " << median(floor.first) << " / " << worst(floor.first)
        << " ms              " << median(floor.done) << " / " << worst(floor.done) << " ms\n";
    out << "draft pipeline           " << median(pipeline.first) << " / " << worst(pipeline.first)
        << " ms              " << median(pipeline.done) << " / " << worst(pipeline.done) << " ms\n";
    out << "ratio (finished, median) "
        << median(pipeline.done) / std::max(0.001, median(floor.done)) << "x" << Qt::endl;
    worker.stop();
    return 0;
}
