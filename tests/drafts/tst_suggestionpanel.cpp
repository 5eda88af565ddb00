// The suggestion panel offscreen, end to end through the store: Ctrl+J queues a draft, the
// draft service (loopback FakeLlmServer, run by the same OutboxWorker + AiDraftHandler the
// console uses) streams it into the panel, Ctrl+Shift+Return inserts it, the agent edits and
// sends with Ctrl+Enter, and the usage records "sent after edit". Contact details are flagged;
// an unreachable or unpaid service is one line in the panel while typing goes on.
#include "models/items/DraftUsageModel.h"
#include "models/store/AiDraftRepository.h"
#include "models/store/AiSettingsRepository.h"
#include "models/store/StoreNotifier.h"
#include "net/sync/AiDraftHandler.h"
#include "net/sync/OutboxWorker.h"
#include "tests/chats/ChatFixture.h"
#include "tests/drafts/DraftTestSupport.h"
#include "tests/support/FakeLlmServer.h"
#include "views/chats/ChatView.h"
#include "views/chats/Composer.h"
#include "views/chats/SlaReportDialog.h"
#include "views/chats/SuggestionPanel.h"

#include <QAbstractItemModelTester>
#include <QPlainTextEdit>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace agentp;
using testing::ChatFixture;
using testing::FakeLlmServer;

namespace {
const QString kReply = QStringLiteral("Здравствуйте, Мария! Заказ уже в пути и будет завтра.");
}

class TestSuggestionPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChatFixture> m_f;
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<net::OutboxWorker> m_worker;
    std::unique_ptr<views::ChatView> m_view;
    qint64 m_chat = 0;

    views::SuggestionPanel *panel() const { return m_view->suggestions(); }
    QPlainTextEdit *editor() const { return m_view->composer()->editor(); }
    void setBaseUrl(const QUrl &url) { QVERIFY(testing::setDraftServiceUrl(m_f->db(), url)); }

private slots:
    void init()
    {
        m_f = std::make_unique<ChatFixture>();
        QVERIFY(m_f->open());
        const qint64 account = m_f->addAccount(QStringLiteral("ozon"), QStringLiteral("Чайники"));
        ChatFixture::Chat c;
        c.title = QStringLiteral("Мария");
        c.buyerMinutesAgo = 30;
        c.lastMinutesAgo = 30;
        m_chat = m_f->addChat(account, c);
        m_f->addMessage(m_chat, QStringLiteral("buyer"), QStringLiteral("Когда привезут?"), 30,
                        QStringLiteral("m1"));
        m_server = std::make_unique<FakeLlmServer>();
        m_server->setApiKey("sk-ui");
        m_server->setReplyText(kReply);
        m_server->setPieceBytes(24);
        m_server->setPieceIntervalMs(20);
        QVERIFY(m_server->listen());
        setBaseUrl(m_server->baseUrl());

        m_worker = std::make_unique<net::OutboxWorker>(m_f->path());
        m_worker->setKindPrefix(QStringLiteral("ai."));
        auto keys = [](QObject *context, net::AiDraftHandler::KeyReply reply) {
            QTimer::singleShot(0, context, [reply] { reply("sk-ui", {}); });
        };
        store::StoreNotifier *notifier = &m_f->workspace().notifier();
        m_worker->addHandler(std::make_unique<net::AiDraftHandler>(
            [] { return std::make_unique<net::HttpDraftBackend>(); }, keys,
            [notifier](const QStringList &tables) { notifier->notify(tables); }));
        // As SyncHost does: a queued intent pokes the worker.
        connect(notifier, &store::StoreNotifier::changed, m_worker.get(),
                [this](const QSet<QString> &t) {
                    if (t.contains(QStringLiteral("outbox")))
                        m_worker->poke();
                });
        m_worker->start();

        m_view = std::make_unique<views::ChatView>(m_f->workspace());
        m_view->setClock([] { return ChatFixture::now(); });
        m_view->resize(700, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setChat(m_chat);
    }
    void cleanup()
    {
        m_view.reset();
        m_worker.reset();
        m_server.reset();
        m_f.reset();
    }

    void draftStreamsInsertsAndIsSentAfterEdit()
    {
        QVERIFY(panel()->statusText().contains(QStringLiteral("Ctrl+J")));
        editor()->setFocus();
        QTest::keyClick(editor(), Qt::Key_J, Qt::ControlModifier);
        QTRY_VERIFY(panel()->draftId() > 0);
        // It grows in the panel while it is written.
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->draftText().isEmpty() && panel()->draftText() != kReply,
                                 10000);
        QVERIFY(kReply.startsWith(panel()->draftText()));
        QTRY_COMPARE_WITH_TIMEOUT(panel()->draftText(), kReply, 10000);
        QTRY_VERIFY(
            panel()->findChild<QToolButton *>(QStringLiteral("insertDraftButton"))->isVisible());
        QVERIFY(panel()->warningText().isEmpty());
        // Typing was never blocked.
        QVERIFY(editor()->isEnabled());

        // A reviewer sees what produced it.
        const QString source = panel()->provenance();
        QVERIFY(source.contains(QStringLiteral("deepseek-flash")));
        QVERIFY(source.contains(QStringLiteral("version 1 of the default prompt")));
        QVERIFY(source.contains(QStringLiteral("[system]")));
        QVERIFY(source.contains(QStringLiteral("Когда привезут?")));

        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor()->toPlainText(), kReply);
        const qint64 draft = panel()->draftId();
        QVERIFY(
            m_f->value(QStringLiteral("SELECT inserted_at FROM ai_drafts WHERE id = %1").arg(draft))
                .isValid());

        QTest::keyClicks(editor(), QStringLiteral(" OK"));
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(m_f->count(QStringLiteral("SELECT COUNT(*) FROM chat_messages WHERE "
                                              "sender_type = 'seller'")) == 1);
        QCOMPARE(m_f->value(QStringLiteral("SELECT body FROM chat_messages WHERE sender_type = "
                                           "'seller'"))
                     .toString(),
                 kReply + QStringLiteral(" OK"));
        QCOMPARE(m_f->count(
                     QStringLiteral("SELECT sent_edited FROM ai_drafts WHERE id = %1").arg(draft)),
                 1);
        QVERIFY(m_f->count(QStringLiteral("SELECT sent_message_id FROM ai_drafts WHERE id = %1")
                               .arg(draft)) > 0);

        // The compliance report's "AI drafts" tab counts it for the agent.
        views::SlaReportDialog report(m_f->workspace());
        QAbstractItemModelTester tester(report.draftUsage());
        report.setClock([] { return ChatFixture::now(); });
        const QDate day = ChatFixture::now().toLocalTime().date();
        report.setPeriod(day.addDays(-1), day.addDays(1));
        QCOMPARE(report.draftUsage()->rowCount(), 1);
        const auto &usage = report.draftUsage()->usage().first();
        QCOMPARE(usage.requested, 1);
        QCOMPARE(usage.inserted, 1);
        QCOMPARE(usage.sentEdited, 1);
        QCOMPARE(usage.sentUnchanged, 0);
        QTRY_VERIFY(!report.isBusy());
    }

    void contactDetailsAreFlagged()
    {
        m_server->setReplyText(
            QStringLiteral("Позвоните нам: +7 (999) 123-45-67 или пишите в WhatsApp."));
        QVERIFY(panel()->requestDraft());
        // Flagged as it streams in, and complete once written.
        QTRY_VERIFY2_WITH_TIMEOUT(
            panel()->warningText().contains(QStringLiteral("messenger")),
            qPrintable(panel()->warningText() + QStringLiteral("//") + panel()->draftText()),
            10000);
        QVERIFY(panel()->warningText().contains(QStringLiteral("phone")));
        // Flagged, not refused: the agent may still insert and edit it.
        QTRY_VERIFY(panel()->insertDraft());
        QVERIFY(editor()->toPlainText().contains(QStringLiteral("+7 (999)")));
    }

    void unreachableServiceIsOneLine()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QVERIFY(panel()->requestDraft());
        QTRY_VERIFY_WITH_TIMEOUT(panel()->statusText().startsWith(QStringLiteral("Waiting: ")),
                                 10000);
        QVERIFY(panel()->statusText().contains(QStringLiteral("again automatically")));
        QTest::keyClicks(editor(), QStringLiteral("typing works"));
        QCOMPARE(editor()->toPlainText(), QStringLiteral("typing works"));
        // Stop withdraws the waiting draft.
        QVERIFY(panel()->stopDraft());
        QTRY_COMPARE(panel()->statusText(), QStringLiteral("The draft was stopped."));
    }

    void unpaidServiceSaysSoAndPointsToCannedReplies()
    {
        m_server->setInsufficientBalance(true);
        QVERIFY(panel()->requestDraft());
        QTRY_VERIFY_WITH_TIMEOUT(panel()->statusText().startsWith(QStringLiteral("No draft: ")),
                                 10000);
        QVERIFY(panel()->statusText().contains(QStringLiteral("balance")));
        QVERIFY(panel()->statusText().contains(QStringLiteral("/")));
        QVERIFY(!panel()->insertDraft());
    }
};

QTEST_MAIN(TestSuggestionPanel)
#include "tst_suggestionpanel.moc"
