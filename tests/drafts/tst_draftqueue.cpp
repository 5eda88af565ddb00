// DraftQueue: a request is one draft row (with its prompt, version and hash) plus an "ai.draft"
// intent; the same chat state reuses the draft; regenerate, newer requests, cancel; prompt
// versions and settings; the usage counts per agent.
#include "models/domain/PromptBuilder.h"
#include "models/store/AiDraftRepository.h"
#include "models/store/AiSettingsRepository.h"
#include "models/store/DraftQueue.h"
#include "models/store/OutboxRepository.h"
#include "models/store/StoreNotifier.h"
#include "tests/chats/ChatFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace agentp;
using testing::ChatFixture;

class TestDraftQueue : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChatFixture> m_f;
    qint64 m_account = 0;
    qint64 m_chat = 0;

    store::DraftQueue queue()
    {
        store::DraftQueue q(m_f->db(), &m_f->workspace().notifier());
        q.setClock([] { return ChatFixture::now(); });
        q.setAuthor(QStringLiteral("Анна"));
        return q;
    }
    int drafts() const { return m_f->count(QStringLiteral("SELECT COUNT(*) FROM ai_drafts")); }
    int queuedIntents() const
    {
        return m_f->count(
            QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'ai.draft' AND state = "
                           "'queued'"));
    }
    void finishDraft(qint64 id, const QString &text)
    {
        store::StoreError e;
        store::AiDraftRepository repo(m_f->db());
        QVERIFY(repo.startStreaming(id, &e));
        QVERIFY(repo.finish(id, store::AiDraft::State::Done, text, {}, &e));
        m_f->exec(QStringLiteral("UPDATE outbox SET state = 'sent' WHERE kind = 'ai.draft'"));
    }

private slots:
    void init()
    {
        m_f = std::make_unique<ChatFixture>();
        QVERIFY(m_f->open());
        m_account = m_f->addAccount(QStringLiteral("ozon"), QStringLiteral("Чайники"));
        ChatFixture::Chat c;
        c.title = QStringLiteral("Мария");
        c.orderNumber = QStringLiteral("0142-7781-1");
        m_chat = m_f->addChat(m_account, c);
        m_f->addMessage(m_chat, QStringLiteral("buyer"), QStringLiteral("Где мой заказ?"), 50,
                        QStringLiteral("m1"));
        m_f->addMessage(m_chat, QStringLiteral("seller"), QStringLiteral("Уже едет."), 40,
                        QStringLiteral("m2"));
        m_f->addMessage(m_chat, QStringLiteral("buyer"), QStringLiteral("Когда привезут?"), 30,
                        QStringLiteral("m3"));
    }

    void requestQueuesDraftAndIntent()
    {
        auto q = queue();
        QSignalSpy changed(&m_f->workspace().notifier(), &store::StoreNotifier::changed);
        store::StoreError e;
        const store::DraftRequest r = q.request(m_chat, false, &e);
        QVERIFY2(r.ok(), qPrintable(e.message + r.problem));
        QVERIFY(!r.cached);
        QCOMPARE(drafts(), 1);
        QCOMPARE(queuedIntents(), 1);
        const auto draft = store::AiDraftRepository(m_f->db()).find(r.draftId, &e);
        QVERIFY(draft);
        QCOMPARE(draft->state, store::AiDraft::State::Queued);
        QCOMPARE(draft->requestedBy, QStringLiteral("Анна"));
        QCOMPARE(draft->requestedAt, ChatFixture::now());
        QCOMPARE(draft->model, domain::AiSettings().model);
        QVERIFY(draft->promptId > 0); // the built-in prompt got a version to point at
        bool ok = false;
        const auto sent = domain::BuiltPrompt::fromJson(draft->request.toUtf8(), &ok);
        QVERIFY(ok);
        QCOMPARE(sent.size(), 4);
        QCOMPARE(sent[0].role, QStringLiteral("system"));
        QVERIFY(sent[0].content.contains(QStringLiteral("0142-7781-1")));
        QVERIFY(sent[0].content.contains(QStringLiteral("Чайники")));
        QCOMPARE(sent[3].content, QStringLiteral("Когда привезут?"));
        const auto intents =
            store::OutboxRepository(m_f->db()).forTarget(store::DraftQueue::target(m_chat), &e);
        QCOMPARE(intents.size(), size_t(1));
        QCOMPARE(intents[0].payload.value(QLatin1String("draft_id")).toInteger(), r.draftId);
        QTRY_VERIFY(!changed.isEmpty());
        const auto tables = changed.last().at(0).value<QSet<QString>>();
        QVERIFY(tables.contains(QStringLiteral("ai_drafts")));
        QVERIFY(tables.contains(QStringLiteral("outbox")));
    }

    void sameStateReusesTheDraft()
    {
        auto q = queue();
        store::StoreError e;
        const auto first = q.request(m_chat, false, &e);
        // While still queued, asking again shows the same draft instead of queueing twice.
        const auto again = q.request(m_chat, false, &e);
        QCOMPARE(again.draftId, first.draftId);
        QVERIFY(again.cached);
        QCOMPARE(queuedIntents(), 1);
        finishDraft(first.draftId, QStringLiteral("Завтра."));
        const auto done = q.request(m_chat, false, &e);
        QCOMPARE(done.draftId, first.draftId);
        QVERIFY(done.cached);
        QCOMPARE(drafts(), 1);
        QCOMPARE(queuedIntents(), 0);

        // A new buyer message is a new state.
        m_f->addMessage(m_chat, QStringLiteral("buyer"), QStringLiteral("Ау?"), 5,
                        QStringLiteral("m4"));
        const auto fresh = q.request(m_chat, false, &e);
        QVERIFY(fresh.draftId != first.draftId);
        QVERIFY(!fresh.cached);
        QCOMPARE(drafts(), 2);
    }

    void regenerateForcesANewDraft()
    {
        auto q = queue();
        store::StoreError e;
        const auto first = q.request(m_chat, false, &e);
        finishDraft(first.draftId, QStringLiteral("Завтра."));
        const auto second = q.request(m_chat, true, &e);
        QVERIFY(second.ok());
        QVERIFY(second.draftId != first.draftId);
        QVERIFY(!second.cached);
        QCOMPARE(queuedIntents(), 1);
        // The finished draft stays as it was.
        QCOMPARE(store::AiDraftRepository(m_f->db()).find(first.draftId, &e)->state,
                 store::AiDraft::State::Done);
    }

    void newerRequestReplacesAWaitingOne()
    {
        auto q = queue();
        store::StoreError e;
        const auto first = q.request(m_chat, false, &e);
        const auto second = q.request(m_chat, true, &e);
        QVERIFY(second.draftId != first.draftId);
        store::AiDraftRepository repo(m_f->db());
        QCOMPARE(repo.find(first.draftId, &e)->state, store::AiDraft::State::Cancelled);
        QCOMPARE(queuedIntents(), 1); // the first intent was withdrawn
        QCOMPARE(repo.latestForChat(m_chat, &e)->id, second.draftId);
    }

    void cancelStopsAndWithdraws()
    {
        auto q = queue();
        store::StoreError e;
        const auto r = q.request(m_chat, false, &e);
        QVERIFY(q.cancel(r.draftId, &e));
        QCOMPARE(queuedIntents(), 0);
        store::AiDraftRepository repo(m_f->db());
        QCOMPARE(repo.find(r.draftId, &e)->state, store::AiDraft::State::Cancelled);
        // The sync side writing into a cancelled draft is refused, so it hangs up.
        QVERIFY(!repo.startStreaming(r.draftId, &e));
        QVERIFY(!repo.updateText(r.draftId, QStringLiteral("late"), &e));
        QVERIFY(!e.isError());
        // A cancelled draft is not reused.
        const auto again = q.request(m_chat, false, &e);
        QVERIFY(again.draftId != r.draftId);
    }

    void switchedOffOrMissingChat()
    {
        store::StoreError e;
        store::AiSettingsRepository settings(m_f->db());
        domain::AiSettings s;
        s.enabled = false;
        QString problem;
        QVERIFY(settings.save(s, &problem, &e));
        auto q = queue();
        auto r = q.request(m_chat, false, &e);
        QVERIFY(!r.ok());
        QVERIFY(!r.problem.isEmpty());
        QCOMPARE(drafts(), 0);
        s.enabled = true;
        QVERIFY(settings.save(s, &problem, &e));
        r = q.request(9999, false, &e);
        QVERIFY(!r.ok());
        QVERIFY(!r.problem.isEmpty());
        QVERIFY(!e.isError());
    }

    void settingsRoundTripAndRepair()
    {
        store::StoreError e;
        store::AiSettingsRepository repo(m_f->db());
        domain::AiSettings s;
        s.baseUrl = QStringLiteral("http://127.0.0.1:9/v1");
        s.model = QStringLiteral("my-model");
        s.streaming = false;
        s.thinking = true;
        s.historyMessages = 7;
        s.maxReplyTokens = 300;
        s.timeoutSeconds = 20;
        QString problem;
        QVERIFY(repo.save(s, &problem, &e));
        QCOMPARE(repo.settings(&e), s);
        domain::AiSettings bad = s;
        bad.baseUrl = QStringLiteral("nonsense");
        QVERIFY(!repo.save(bad, &problem, &e));
        QVERIFY(!problem.isEmpty());
        QCOMPARE(repo.settings(&e), s); // nothing written
        // A damaged value falls back to its default alone.
        m_f->exec(QStringLiteral(
            "UPDATE workspace_meta SET value = 'lots' WHERE key = 'ai.history_messages'"));
        const domain::AiSettings repaired = repo.settings(&e);
        QCOMPARE(repaired.historyMessages, domain::AiSettings().historyMessages);
        QCOMPARE(repaired.model, QStringLiteral("my-model"));
        QCOMPARE(repaired.baseUrl, s.baseUrl);
    }

    void promptsAreVersioned()
    {
        store::StoreError e;
        store::AiSettingsRepository repo(m_f->db());
        QString problem;
        QCOMPARE(repo.prompt(m_account, &e).id, 0); // built-in
        QVERIFY(repo.prompt(m_account, &e).inherited);
        const qint64 v1 = repo.savePrompt(0, QStringLiteral("Default {account}"), &problem, &e);
        QVERIFY(v1 > 0);
        QCOMPARE(repo.savePrompt(0, QStringLiteral("Default {account}"), &problem, &e), v1);
        QCOMPARE(repo.versionCount(0, &e), 1);
        const qint64 own = repo.savePrompt(m_account, QStringLiteral("Own tone"), &problem, &e);
        QVERIFY(own > v1);
        QCOMPARE(repo.prompt(m_account, &e).body, QStringLiteral("Own tone"));
        QVERIFY(!repo.prompt(m_account, &e).inherited);

        auto q = queue();
        const auto first = q.request(m_chat, false, &e);
        QCOMPARE(store::AiDraftRepository(m_f->db()).find(first.draftId, &e)->promptId, own);
        // A new version is a new state, and the old draft keeps pointing at its version.
        const qint64 own2 = repo.savePrompt(m_account, QStringLiteral("Own tone 2"), &problem, &e);
        const auto second = q.request(m_chat, false, &e);
        QVERIFY(second.draftId != first.draftId);
        QCOMPARE(store::AiDraftRepository(m_f->db()).find(second.draftId, &e)->promptId, own2);
        QCOMPARE(repo.promptById(own, &e)->body, QStringLiteral("Own tone"));

        // Empty: back to the default; the default itself may not be empty.
        QVERIFY(repo.savePrompt(m_account, QString(), &problem, &e) > 0);
        QCOMPARE(repo.prompt(m_account, &e).id, v1);
        QCOMPARE(repo.savePrompt(0, QStringLiteral("  "), &problem, &e), 0);
        QVERIFY(!problem.isEmpty());
    }

    void usagePerAgent()
    {
        store::StoreError e;
        auto q = queue();
        const auto a = q.request(m_chat, false, &e);
        finishDraft(a.draftId, QStringLiteral("Завтра."));
        QVERIFY(q.markInserted(a.draftId, &e));
        QVERIFY(q.markSent(a.draftId, 77, true, &e));
        QVERIFY(q.markSent(a.draftId, 78, false, &e)); // only the first reply counts
        const auto b = q.request(m_chat, true, &e);
        finishDraft(b.draftId, QStringLiteral("Сегодня."));
        QVERIFY(q.markInserted(b.draftId, &e));
        QVERIFY(q.markSent(b.draftId, 79, false, &e));
        store::DraftQueue other(m_f->db());
        other.setClock([] { return ChatFixture::now(); });
        other.setAuthor(QStringLiteral("Борис"));
        QVERIFY(other.request(m_chat, true, &e).ok());

        const auto usage = store::AiDraftRepository(m_f->db()).usage(
            ChatFixture::minutesAgo(60), ChatFixture::now().addSecs(1), &e);
        QCOMPARE(usage.size(), 2);
        QCOMPARE(usage[0].agent, QStringLiteral("Анна"));
        QCOMPARE(usage[0].requested, 2);
        QCOMPARE(usage[0].inserted, 2);
        QCOMPARE(usage[0].sentEdited, 1);
        QCOMPARE(usage[0].sentUnchanged, 1);
        QCOMPARE(usage[1].agent, QStringLiteral("Борис"));
        QCOMPARE(usage[1].requested, 1);
        QCOMPARE(usage[1].inserted, 0);
        // Outside the period: nothing.
        QVERIFY(store::AiDraftRepository(m_f->db())
                    .usage(ChatFixture::now().addDays(1), ChatFixture::now().addDays(2), &e)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDraftQueue)
#include "tst_draftqueue.moc"
