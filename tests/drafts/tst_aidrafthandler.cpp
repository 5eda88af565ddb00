// The sync side of AI drafts: an "ai.draft" intent, carried out by its own OutboxWorker with
// AiDraftHandler, streams the service's answer into ai_drafts (against the loopback
// FakeLlmServer), reuses nothing twice, waits offline and resumes, fails permanent errors
// without blocking the chat, and hangs up when the agent cancels, even on a stalled stream.
#include "models/domain/PromptBuilder.h"
#include "models/store/AiDraftRepository.h"
#include "models/store/AiSettingsRepository.h"
#include "models/store/DraftQueue.h"
#include "models/store/OutboxRepository.h"
#include "net/demo/DemoDraftWriter.h"
#include "net/sync/AiDraftHandler.h"
#include "net/sync/OutboxWorker.h"
#include "tests/chats/ChatFixture.h"
#include "tests/drafts/DraftTestSupport.h"
#include "tests/support/FakeLlmServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace agentp;
using testing::ChatFixture;
using testing::FakeLlmServer;
using State = store::AiDraft::State;

namespace {
const QString kReply = QStringLiteral(
    "Здравствуйте, Мария! Заказ 0142-7781-1 уже в пути: по данным доставки он будет в пункте "
    "выдачи завтра до 18:00. Мы пришлём уведомление, как только он прибудет. 🚚");
}

class TestAiDraftHandler : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChatFixture> m_f;
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<net::OutboxWorker> m_worker;
    qint64 m_chat = 0;
    QByteArray m_key = "sk-test-4f1c";
    bool m_demo = false;
    QStringList m_seenTexts; // the draft's text at every announced write

    store::DraftQueue queue()
    {
        store::DraftQueue q(m_f->db(), &m_f->workspace().notifier());
        q.setAuthor(QStringLiteral("Анна"));
        return q;
    }
    std::optional<store::AiDraft> draft(qint64 id)
    {
        store::StoreError e;
        return store::AiDraftRepository(m_f->db()).find(id, &e);
    }
    State stateOf(qint64 id) { return draft(id) ? draft(id)->state : State::Failed; }
    QString intentState(qint64 draftId)
    {
        return m_f
            ->value(QStringLiteral("SELECT state FROM outbox WHERE kind = 'ai.draft' AND "
                                   "json_extract(payload, '$.draft_id') = %1")
                        .arg(draftId))
            .toString();
    }
    void setBaseUrl(const QUrl &url) { QVERIFY(testing::setDraftServiceUrl(m_f->db(), url)); }
    void startWorker()
    {
        m_worker = std::make_unique<net::OutboxWorker>(m_f->path());
        m_worker->setKindPrefix(QStringLiteral("ai."));
        const bool demo = m_demo;
        net::AiDraftHandler::BackendFactory backend =
            [demo]() -> std::unique_ptr<net::DraftBackend> {
            if (demo)
                return std::make_unique<net::demo::DemoDraftWriter>();
            return std::make_unique<net::HttpDraftBackend>();
        };
        auto keys = [this](QObject *context, net::AiDraftHandler::KeyReply reply) {
            const QByteArray key = m_key;
            QTimer::singleShot(0, context, [reply, key] {
                reply(key, key.isEmpty() ? QStringLiteral("No API key is stored.") : QString());
            });
        };
        auto notify = [this](const QStringList &tables) {
            if (!tables.contains(QStringLiteral("ai_drafts")))
                return;
            const QString text =
                m_f->value(QStringLiteral("SELECT text FROM ai_drafts ORDER BY id DESC LIMIT 1"))
                    .toString();
            if (m_seenTexts.isEmpty() || m_seenTexts.last() != text)
                m_seenTexts << text;
        };
        m_worker->addHandler(std::make_unique<net::AiDraftHandler>(backend, keys, notify));
        m_worker->start();
    }
    qint64 request(bool regenerate = false, bool *cached = nullptr)
    {
        auto q = queue();
        store::StoreError e;
        const auto r = q.request(m_chat, regenerate, &e);
        if (cached)
            *cached = r.cached;
        if (m_worker)
            m_worker->poke();
        return r.draftId;
    }

private slots:
    void init()
    {
        m_seenTexts.clear();
        m_demo = false;
        m_key = "sk-test-4f1c";
        m_f = std::make_unique<ChatFixture>();
        QVERIFY(m_f->open());
        const qint64 account = m_f->addAccount(QStringLiteral("ozon"), QStringLiteral("Чайники"));
        ChatFixture::Chat c;
        c.title = QStringLiteral("Мария");
        c.orderNumber = QStringLiteral("0142-7781-1");
        m_chat = m_f->addChat(account, c);
        m_f->addMessage(m_chat, QStringLiteral("buyer"), QStringLiteral("Когда привезут заказ?"),
                        30, QStringLiteral("m1"));
        m_server = std::make_unique<FakeLlmServer>();
        m_server->setApiKey(m_key);
        m_server->setReplyText(kReply);
        QVERIFY(m_server->listen());
        setBaseUrl(m_server->baseUrl());
    }
    void cleanup()
    {
        m_worker.reset();
        m_server.reset();
        m_f.reset();
    }

    void streamsIntoTheStore()
    {
        m_server->setPieceBytes(37); // cuts through UTF-8 sequences and JSON
        m_server->setPieceIntervalMs(5);
        m_server->setKeepAliveCount(2);
        startWorker();
        const qint64 id = request();
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), State::Done, 15000);
        const auto d = draft(id);
        QCOMPARE(d->text, kReply);
        QVERIFY(d->error.isEmpty());
        QVERIFY(d->finishedAt.isValid());
        QCOMPARE(intentState(id), QStringLiteral("sent"));
        // The text grew in the store while it was written, not only at the end.
        QVERIFY2(m_seenTexts.size() >= 3, qPrintable(m_seenTexts.join(QLatin1Char('|'))));
        for (const QString &partial : std::as_const(m_seenTexts))
            QVERIFY(kReply.startsWith(partial));

        // What went out: the prompt saved with the draft, the model, no thinking, the key.
        QCOMPARE(m_server->requestCount(), 1);
        const QJsonObject body = m_server->requests().first();
        QCOMPARE(body.value(QLatin1String("model")).toString(), d->model);
        QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
        QCOMPARE(body.value(QLatin1String("thinking")).toObject().value(QLatin1String("type")),
                 QJsonValue(QStringLiteral("disabled")));
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(QJsonDocument(messages).toJson(QJsonDocument::Compact), d->request.toUtf8());
        bool bearer = false;
        for (const auto &h : m_server->lastHeaders())
            bearer |= h.first.compare("authorization", Qt::CaseInsensitive) == 0 &&
                      h.second == "Bearer " + m_key;
        QVERIFY(bearer);
    }

    void sameStateCallsOnce()
    {
        startWorker();
        const qint64 id = request();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), State::Done, 10000);
        bool cached = false;
        QCOMPARE(request(false, &cached), id);
        QVERIFY(cached);
        QSignalSpy idle(m_worker.get(), &net::OutboxWorker::idle);
        m_worker->poke();
        QTRY_VERIFY(!idle.isEmpty());
        QCOMPARE(m_server->requestCount(), 1);
        // Regenerate asks again.
        m_server->setReplyText(QStringLiteral("Другой вариант."));
        const qint64 again = request(true);
        QVERIFY(again != id);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(again), State::Done, 10000);
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(draft(again)->text, QStringLiteral("Другой вариант."));
    }

    void waitsOfflineAndResumes()
    {
        // A port nobody listens on: the service is unreachable.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        m_server.reset();
        setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        startWorker();
        const qint64 id = request();
        QTRY_VERIFY_WITH_TIMEOUT(!draft(id)->error.isEmpty(), 10000);
        QCOMPARE(stateOf(id), State::Queued);
        QCOMPARE(intentState(id), QStringLiteral("queued"));
        QVERIFY(m_f->count(QStringLiteral("SELECT attempts FROM outbox WHERE kind = 'ai.draft'")) >=
                1);

        // The service comes back on that port; the network signal makes the wait end now.
        m_server = std::make_unique<FakeLlmServer>();
        m_server->setApiKey(m_key);
        m_server->setReplyText(kReply);
        QVERIFY(m_server->listen(port));
        // Its backoff would end within seconds anyway: push it an hour away, so only the
        // network signal can bring the draft now.
        QVERIFY(m_f->exec(
            QStringLiteral("UPDATE outbox SET next_attempt_at = '2099-01-01T00:00:00.000Z'"
                           " WHERE kind = 'ai.draft'")));
        m_worker->poke();
        QCOMPARE(stateOf(id), State::Queued);
        m_worker->retryWaitingNow();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), State::Done, 5000);
        QCOMPARE(draft(id)->text, kReply);
        QVERIFY(draft(id)->error.isEmpty());
    }

    void permanentErrorsFailTheDraftOnly()
    {
        m_server->setInsufficientBalance(true);
        startWorker();
        const qint64 id = request();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), State::Failed, 10000);
        QVERIFY(!draft(id)->error.isEmpty());
        QVERIFY(draft(id)->error.contains(QStringLiteral("balance"), Qt::CaseInsensitive));
        // The intent is finished, so the chat's next request is not held behind it.
        QCOMPARE(intentState(id), QStringLiteral("sent"));
        m_server->setInsufficientBalance(false);
        const qint64 next = request(true);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(next), State::Done, 10000);

        // A refused key: one line, never the key itself.
        m_server->setApiKey("sk-other");
        const qint64 refused = request(true);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(refused), State::Failed, 10000);
        QVERIFY(!draft(refused)->error.contains(QString::fromLatin1(m_key)));
        QVERIFY(!draft(refused)->error.isEmpty());
    }

    void missingKeyIsSaid()
    {
        m_key.clear();
        startWorker();
        const qint64 id = request();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), State::Failed, 10000);
        QCOMPARE(draft(id)->error, QStringLiteral("No API key is stored."));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void cancelHangsUpEvenWhenStalled()
    {
        m_server->setPieceBytes(64);
        m_server->setStallAfterPieces(10); // a few content chunks, then silence
        startWorker();
        const qint64 id = request();
        QTRY_VERIFY_WITH_TIMEOUT(!draft(id)->text.isEmpty(), 10000);
        QCOMPARE(stateOf(id), State::Streaming);
        QTRY_COMPARE(m_server->inFlight(), 1);
        auto q = queue();
        store::StoreError e;
        QVERIFY(q.cancel(id, &e));
        QTRY_COMPARE_WITH_TIMEOUT(intentState(id), QStringLiteral("sent"), 5000);
        QTRY_COMPARE(m_server->inFlight(), 0); // the connection was closed
        QCOMPARE(stateOf(id), State::Cancelled);
    }

    void stoppingMidStreamResumesAtNextStart()
    {
        m_server->setPieceBytes(64);
        m_server->setStallAfterPieces(10);
        startWorker();
        const qint64 id = request();
        QTRY_VERIFY_WITH_TIMEOUT(!draft(id)->text.isEmpty(), 10000);
        // The console quits while the draft is written: the call is dropped, nothing answers
        // into a closed connection, and the draft is written again at the next start.
        m_worker->stop();
        QTRY_COMPARE(m_server->inFlight(), 0);
        QCOMPARE(intentState(id), QStringLiteral("sending"));
        m_worker.reset();
        m_server->setStallAfterPieces(-1);
        startWorker();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), State::Done, 10000);
        QCOMPARE(draft(id)->text, kReply);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void demoWriterStreamsWithoutKeyOrNetwork()
    {
        m_server.reset();
        setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
        m_key.clear();
        m_demo = true;
        startWorker();
        const qint64 id = request();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), State::Done, 15000);
        bool ok = false;
        const auto sent = domain::BuiltPrompt::fromJson(draft(id)->request.toUtf8(), &ok);
        QVERIFY(ok);
        QList<net::llm::LlmMessage> messages;
        for (const auto &m : sent)
            messages << net::llm::LlmMessage{m.role, m.content};
        const QString expected = net::demo::DemoDraftWriter::replyFor(messages);
        QVERIFY(expected.contains(QStringLiteral("доставк")));
        QCOMPARE(draft(id)->text, expected);
        QVERIFY(m_seenTexts.size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestAiDraftHandler)
#include "tst_aidrafthandler.moc"
