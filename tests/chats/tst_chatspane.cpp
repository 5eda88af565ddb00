// The Chats pane offscreen on a generated demo workspace: it is the first pane; a reply typed
// and sent with Ctrl+Enter appears as queued and follows the outbox (sending → sent); a failed
// send shows its reason and Retry re-queues it; a closed chat disables the composer with the
// reason; viewing marks read; the keyboard moves through the list; a file over the limit is
// refused with a message and nothing is queued. Also the account dialog against the outbox.
#include "models/items/ChatListModel.h"
#include "models/items/ChatMessageModel.h"
#include "models/items/SavedViewModel.h"
#include "models/items/SlaAlertTracker.h"
#include "models/security/MemorySecretStore.h"
#include "models/store/OutboxRepository.h"
#include "models/store/StoreNotifier.h"
#include "models/store/TimeFormat.h"
#include "models/store/Workspace.h"
#include "tests/support/DemoWorkspace.h"
#include "views/chats/AccountDialog.h"
#include "views/chats/ChatListDelegate.h"
#include "views/chats/ChatView.h"
#include "views/chats/ChatsPane.h"
#include "views/chats/Composer.h"
#include "views/chats/SavedViewList.h"
#include "views/shell/MainWindow.h"
#include "views/shell/TrayNotifier.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace agentp;

namespace {

const QDateTime kAnchor(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

} // namespace

class TestChatsPane : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Workspace> m_workspace;
    std::unique_ptr<views::ChatsPane> m_pane;

    QSqlDatabase db() const { return m_workspace->database().connection(); }
    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    // A buyer chat of Ozon whose 48-hour window is open at the anchor.
    qint64 openChat() const
    {
        return scalar(QStringLiteral("SELECT c.id FROM chats c JOIN seller_accounts a"
                                     " ON a.id = c.account_id WHERE a.marketplace = 'ozon'"
                                     " AND c.status = 'OPENED' AND c.chat_type = 'BUYER_SELLER'"
                                     " AND c.last_buyer_message_at > '%1'"
                                     " ORDER BY c.last_message_at DESC LIMIT 1")
                          .arg(store::toStoredTime(kAnchor.addSecs(-40 * 3600))));
    }
    int outboxCount() const { return int(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox"))); }
    views::ChatView *view() const { return m_pane->chatView(); }
    models::ChatMessageModel *messages() const { return view()->model(); }
    QString lastState() const
    {
        const int last = messages()->rowCount() - 1;
        return messages()->index(last).data(models::ChatMessageModel::DeliveryStateRole).toString();
    }
    void notifyOutbox() { m_workspace->notifier().notify({QStringLiteral("outbox")}); }
    qint64 sendReply(const QString &text)
    {
        QPlainTextEdit *editor = view()->composer()->editor();
        editor->setFocus();
        // QTest types ASCII only: the Russian text goes in as typed input would, then a key.
        editor->insertPlainText(text);
        QTest::keyClicks(editor, QStringLiteral(" ok"));
        const int before = messages()->rowCount();
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        if (!QTest::qWaitFor([&] { return messages()->rowCount() == before + 1; }))
            return 0;
        return messages()
            ->index(messages()->rowCount() - 1)
            .data(models::ChatMessageModel::OutboxIdRole)
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_workspace = testing::openDemoWorkspace(m_tmp, kAnchor, &error);
        QVERIFY2(m_workspace, qPrintable(error));
    }

    void init()
    {
        m_pane = std::make_unique<views::ChatsPane>(*m_workspace);
        m_pane->setClock([] { return kAnchor.addSecs(60); });
        m_pane->resize(1100, 700);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QApplication::setActiveWindow(m_pane.get());
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    }

    void cleanup() { m_pane.reset(); }

    void cleanupTestCase() { m_workspace.reset(); }

    void chatsIsTheFirstPane()
    {
        views::MainWindow window(*m_workspace);
        QCOMPARE(window.paneIds().value(0), QStringLiteral("chats"));
        auto *pane = qobject_cast<views::ChatsPane *>(window.pane(QStringLiteral("chats")));
        QVERIFY(pane);
        QVERIFY(pane->listModel()->rowCount() > 100);
    }

    void ctrlEnterQueuesAndTheBubbleFollowsTheOutbox()
    {
        const qint64 chat = openChat();
        QVERIFY(chat > 0);
        QSignalSpy opened(m_pane.get(), &views::ChatsPane::openChatChanged);
        QVERIFY(m_pane->openChat(chat));
        QCOMPARE(view()->chatId(), chat);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toLongLong(), chat);
        QVERIFY(view()->composer()->canWrite());

        const qint64 intent = sendReply(QStringLiteral("Добрый день! Заказ уже в пути."));
        QVERIFY(intent > 0);
        QCOMPARE(messages()->index(messages()->rowCount() - 1).data().toString(),
                 QStringLiteral("Добрый день! Заказ уже в пути. ok"));
        QCOMPARE(lastState(), QStringLiteral("queued"));
        QVERIFY(view()->composer()->text().isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE id = %1 AND kind ="
                                       " 'chat.send_text' AND target = 'chat:%2'")
                            .arg(intent)
                            .arg(chat)),
                 1);
        // The sync side at work: sending, then sent.
        store::StoreError error;
        store::OutboxRepository outbox(db());
        QVERIFY(outbox.markSending(intent, &error));
        notifyOutbox();
        QTRY_COMPARE(lastState(), QStringLiteral("sending"));
        QVERIFY(outbox.markDone(intent, domain::OutboxIntent::State::Sent, &error));
        notifyOutbox();
        QTRY_COMPARE(lastState(), QStringLiteral("sent"));
        QVERIFY(!view()->history()->viewport()->grab().isNull()); // paints the states
        // The list shows the reply on top.
        QTRY_COMPARE(m_pane->listModel()->chatIdAt(0), chat);
        QCOMPARE(m_pane->listModel()->index(0).data(models::ChatListModel::PreviewRole).toString(),
                 QStringLiteral("Добрый день! Заказ уже в пути. ok"));
    }

    void aFailedSendShowsTheReasonAndRetryRequeues()
    {
        QVERIFY(m_pane->openChat(openChat()));
        const qint64 intent = sendReply(QStringLiteral("Проверим"));
        QVERIFY(intent > 0);
        QVERIFY(view()->failureText().isEmpty());
        store::StoreError error;
        store::OutboxRepository outbox(db());
        QVERIFY(outbox.markSending(intent, &error));
        QVERIFY(
            outbox.markFailed(intent, QStringLiteral("Ozon refused: chat is archived"), &error));
        notifyOutbox();
        QTRY_COMPARE(lastState(), QStringLiteral("failed"));
        QVERIFY2(view()->failureText().contains(QStringLiteral("Ozon refused: chat is archived")),
                 qPrintable(view()->failureText()));
        auto *retry = view()->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry && retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(outbox.find(intent, &error)->state, domain::OutboxIntent::State::Queued);
        QTRY_COMPARE(lastState(), QStringLiteral("queued"));
        QTRY_VERIFY(view()->failureText().isEmpty());

        // The keyboard path: Ctrl+Shift+R in the chat view.
        QVERIFY(outbox.markFailed(intent, QStringLiteral("timeout"), &error));
        notifyOutbox();
        QTRY_COMPARE(lastState(), QStringLiteral("failed"));
        view()->history()->setFocus();
        QTest::keyClick(view()->history(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(outbox.find(intent, &error)->state, domain::OutboxIntent::State::Queued);
    }

    void aClosedChatDisablesTheComposerWithTheReason()
    {
        const qint64 closed =
            scalar(QStringLiteral("SELECT id FROM chats WHERE status = 'CLOSED' LIMIT 1"));
        QVERIFY(closed > 0);
        QVERIFY(m_pane->openChat(closed));
        views::Composer *composer = view()->composer();
        QVERIFY(!composer->canWrite());
        QVERIFY(!composer->editor()->isEnabled());
        QVERIFY(composer->disabledReason().contains(QStringLiteral("closed")));
        auto *reason = composer->findChild<QLabel *>(QStringLiteral("composerClosedReason"));
        QVERIFY(reason && reason->isVisible());
        QCOMPARE(reason->text(), composer->disabledReason());
        // And the window rule: a chat whose buyer wrote three days ago.
        const qint64 late = scalar(
            QStringLiteral("SELECT c.id FROM chats c WHERE c.status = 'OPENED' AND c.chat_type ="
                           " 'BUYER_SELLER' AND c.last_buyer_message_at < '%1' LIMIT 1")
                .arg(store::toStoredTime(kAnchor.addDays(-3))));
        QVERIFY(late > 0);
        QVERIFY(m_pane->openChat(late));
        QVERIFY(!composer->canWrite());
        QVERIFY(composer->disabledReason().contains(QStringLiteral("48-hour")));
    }

    void viewingAChatMarksItRead()
    {
        const qint64 unread = scalar(QStringLiteral("SELECT id FROM chats WHERE unread_count > 0"
                                                    " AND id IN (SELECT chat_id FROM chat_messages"
                                                    " WHERE remote_id IS NOT NULL) LIMIT 1"));
        QVERIFY(unread > 0);
        QVERIFY(m_pane->openChat(unread));
        QCOMPARE(scalar(QStringLiteral("SELECT unread_count FROM chats WHERE id = %1").arg(unread)),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'chat.mark_read'"
                                       " AND target = 'chat-read:%1'")
                            .arg(unread)),
                 1);
        const int row = m_pane->listModel()->rowOf(unread);
        QTRY_COMPARE(
            m_pane->listModel()->index(row).data(models::ChatListModel::UnreadCountRole).toInt(),
            0);
    }

    void keyboardMovesThroughTheList()
    {
        models::ChatListModel *list = m_pane->listModel();
        QVERIFY(m_pane->openChat(list->chatIdAt(3)));
        m_pane->chatList()->setFocus();
        QTest::keyClick(m_pane->chatList(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(m_pane->currentChatId(), list->chatIdAt(4));
        QCOMPARE(m_pane->chatList()->currentIndex().row(), 4);
        QTest::keyClick(m_pane->chatList(), Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(m_pane->chatList(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(m_pane->currentChatId(), list->chatIdAt(2));

        const qint64 expected = list->nextUnread(m_pane->currentChatId());
        QVERIFY(expected > 0);
        QTest::keyClick(m_pane->chatList(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_pane->currentChatId(), expected);

        QTest::keyClick(m_pane->chatList(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(m_pane->searchField()->hasFocus());
    }

    void urgentFilterAndCountdownText()
    {
        models::ChatListModel *list = m_pane->listModel();
        auto *urgent = m_pane->findChild<QToolButton *>(QStringLiteral("urgentFilter"));
        QVERIFY(urgent);
        int expected = 0;
        for (int r = 0; r < list->rowCount(); ++r) {
            const auto stage =
                domain::SlaStage(list->index(r).data(models::ChatListModel::SlaStateRole).toInt());
            expected += stage == domain::SlaStage::Warning || stage == domain::SlaStage::Breached;
        }
        QVERIFY2(expected > 0, "the demo has chats past or near their deadline");
        urgent->click();
        QCOMPARE(list->rowCount(), expected);
        for (int r = 0; r < list->rowCount(); ++r)
            QVERIFY(list->index(r).data(models::ChatListModel::SlaStateRole).toInt() >=
                    int(domain::SlaStage::Warning));
        urgent->click();
        QVERIFY(list->rowCount() > expected);

        const QDateTime now = kAnchor;
        using views::ChatListDelegate;
        QCOMPARE(ChatListDelegate::slaText(now.addSecs(45 * 60 - 30), now, domain::SlaStage::Ok),
                 QStringLiteral("◷ 45 min"));
        QCOMPARE(ChatListDelegate::slaText(now.addSecs(65 * 60), now, domain::SlaStage::Warning),
                 QStringLiteral("⚠ 1 h 05"));
        QCOMPARE(
            ChatListDelegate::slaText(now.addSecs(-12 * 60 - 30), now, domain::SlaStage::Breached),
            QStringLiteral("✖ −12 min"));
        QCOMPARE(ChatListDelegate::slaText(now.addSecs(-(26 * 60) * 60), now,
                                           domain::SlaStage::Breached),
                 QStringLiteral("✖ −1 d 2 h"));
    }

    void savedViewsInTheSidebarRestoreTheFilters()
    {
        views::MainWindow window(*m_workspace);
        window.show();
        auto *pane = qobject_cast<views::ChatsPane *>(window.pane(QStringLiteral("chats")));
        auto *views = window.findChild<views::SavedViewList *>();
        QVERIFY(views);
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("sidebar"))->isAncestorOf(views));
        QVERIFY(views->isVisible());
        pane->setClock([] { return kAnchor.addSecs(60); });
        window.showPane(QStringLiteral("overview"));

        auto *urgent = pane->findChild<QToolButton *>(QStringLiteral("urgentFilter"));
        auto *sort = pane->findChild<QComboBox *>(QStringLiteral("chatSort"));
        urgent->click();
        sort->setCurrentIndex(sort->findData(int(models::ChatListModel::Sort::Urgency)));
        const int urgentRows = pane->listModel()->rowCount();
        QVERIFY(views->saveCurrent(QStringLiteral("Срочные тест")));
        QVERIFY(!views->saveCurrent(QStringLiteral("СРОЧНЫЕ ТЕСТ"))); // taken, said why
        QListView *list = views->list();
        const QModelIndex row = views->model()->index(views->model()->rowCount() - 1);
        QCOMPARE(row.data().toString(), QStringLiteral("Срочные тест"));
        QCOMPARE(row.data(models::SavedViewModel::CountRole).toInt(), urgentRows);
        QCOMPARE(list->selectionModel()->selectedIndexes(), QModelIndexList{row});

        // Filters changed by hand: no view is active any more.
        urgent->click();
        sort->setCurrentIndex(0);
        QVERIFY(list->selectionModel()->selectedIndexes().isEmpty());
        QVERIFY(pane->listModel()->rowCount() > urgentRows);

        // A click on the view brings the Chats pane up with its filters, widgets included.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
        QCOMPARE(window.currentPaneId(), QStringLiteral("chats"));
        QVERIFY(urgent->isChecked());
        QCOMPARE(sort->currentData().toInt(), int(models::ChatListModel::Sort::Urgency));
        QCOMPARE(pane->listModel()->rowCount(), urgentRows);
        QCOMPARE(list->selectionModel()->selectedIndexes(), QModelIndexList{row});

        // Rename and delete through the list's own calls (the dialogs only ask for these).
        const qint64 id = row.data(models::SavedViewModel::ViewIdRole).toLongLong();
        QVERIFY(views->renameView(id, QStringLiteral("Горит")));
        QCOMPARE(views->model()->index(views->model()->rowOfView(id)).data().toString(),
                 QStringLiteral("Горит"));
        QVERIFY(views->deleteView(id));
        QCOMPARE(views->model()->rowOfView(id), -1);
        urgent->click();
    }

    void aNotificationClickOpensItsChatFromMinimised()
    {
        views::MainWindow window(*m_workspace);
        auto *pane = qobject_cast<views::ChatsPane *>(window.pane(QStringLiteral("chats")));
        QDateTime now = kAnchor.addSecs(60);
        pane->setClock([&now] { return now; });
        views::TrayNotifier *tray = window.trayNotifier();
        QVERIFY(tray);
        tray->doNotDisturbAction()->setChecked(false);
        window.showMinimized();
        window.showPane(QStringLiteral("overview"));
        models::SlaAlertTracker *tracker = pane->alertTracker();
        tracker->check(); // the baseline: the demo has late chats already
        QVERIFY(tray->lastShown().title.contains(QStringLiteral("Chats waiting")));
        QVERIFY(tray->toolTip().contains(QString::number(tracker->breachedCount())));

        // The next chat to enter its warning stage, and the moment it does.
        const models::ChatListModel *list = pane->listModel();
        qint64 chat = 0, warnMs = std::numeric_limits<qint64>::max();
        for (const models::ChatListEntry &e : list->entries()) {
            const auto &clock = list->slaClocks().clockOf(e);
            if (!e.muted && clock.waiting() && clock.warnMs > now.toMSecsSinceEpoch() &&
                clock.warnMs < warnMs) {
                warnMs = clock.warnMs;
                chat = e.id;
            }
        }
        QVERIFY2(chat != 0, "some demo chat is still within its target");
        QSignalSpy alerted(tracker, &models::SlaAlertTracker::alerted);
        now = QDateTime::fromMSecsSinceEpoch(warnMs, QTimeZone::utc());
        pane->setClock([&now] { return now; });
        tracker->check();
        QCOMPARE(alerted.count(), 1);
        QVERIFY(window.isMinimized());
        const views::TrayNotifier::Shown shown = tray->lastShown();
        QVERIFY(!shown.title.isEmpty());
        tray->activateLast(); // the user clicks the notification
        QVERIFY(!window.isMinimized());
        QCOMPARE(window.currentPaneId(), QStringLiteral("chats"));
        if (shown.chatId != 0) {
            QCOMPARE(shown.chatId, chat);
            QCOMPARE(pane->currentChatId(), chat);
        } else { // several at that very minute: the urgent chats, most urgent first
            QVERIFY(pane->listModel()->urgentOnly());
        }

        // Do not disturb: the next stage passes in silence.
        tray->doNotDisturbAction()->trigger();
        QVERIFY(tracker->doNotDisturb());
        now = now.addSecs(24 * 3600);
        pane->setClock([&now] { return now; });
        tracker->check();
        QCOMPARE(alerted.count(), 1);
        tray->doNotDisturbAction()->trigger();
        QVERIFY(!tracker->doNotDisturb());
    }

    void muteHidesAChatFromNotifications()
    {
        const qint64 chat = m_pane->listModel()->chatIdAt(0);
        QVERIFY(m_pane->openChat(chat));
        QTest::keyClick(m_pane->chatList(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(scalar(QStringLiteral("SELECT muted FROM chats WHERE id = %1").arg(chat)), 1);
        QTRY_VERIFY(m_pane->listModel()
                        ->index(m_pane->listModel()->rowOf(chat))
                        .data(models::ChatListModel::MutedRole)
                        .toBool());
        QTest::keyClick(m_pane->chatList(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(scalar(QStringLiteral("SELECT muted FROM chats WHERE id = %1").arg(chat)), 0);
    }

    void searchNarrowsTheList()
    {
        const int all = m_pane->listModel()->rowCount();
        const QString title = m_pane->listModel()->index(0).data().toString();
        for (const QChar c : title) // one keystroke at a time
            m_pane->searchField()->insert(QString(c));
        QVERIFY(m_pane->listModel()->rowCount() < all);
        QVERIFY(m_pane->listModel()->rowCount() >= 1);
        auto *status = m_pane->findChild<QLabel *>(QStringLiteral("chatListStatus"));
        QVERIFY(status->text().contains(QString::number(all)));
        m_pane->searchField()->clear();
        QCOMPARE(m_pane->listModel()->rowCount(), all);
    }

    void aFileOverTheLimitIsRefusedAndNothingQueued()
    {
        QVERIFY(m_pane->openChat(openChat()));
        const QString big = m_tmp.file(QStringLiteral("scan.pdf"));
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(12 * 1024 * 1024));
        file.close();
        const int before = outboxCount();
        const int rows = messages()->rowCount();
        QVERIFY(!view()->attachFile(big));
        QVERIFY2(view()->composer()->problem().contains(QStringLiteral("limit")),
                 qPrintable(view()->composer()->problem()));
        QCOMPARE(outboxCount(), before);
        QTest::qWait(20);
        QCOMPARE(messages()->rowCount(), rows);

        // A small one goes through and shows as our message with the file.
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(2048));
        file.close();
        QVERIFY(view()->attachFile(big));
        QCOMPARE(outboxCount(), before + 1);
        QTRY_COMPARE(messages()->rowCount(), rows + 1);
        QCOMPARE(lastState(), QStringLiteral("queued"));
        QCOMPARE(messages()
                     ->index(rows)
                     .data(models::ChatMessageModel::AttachmentsRole)
                     .toList()
                     .value(0)
                     .toMap()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("scan.pdf"));
    }

    void accountDialogSavesAndShowsTheTestOutcome()
    {
        security::MemorySecretStore secrets;
        views::AccountDialog dialog(*m_workspace, &secrets);
        dialog.showAccount(0);
        dialog.findChild<QLineEdit *>(QStringLiteral("accountName"))
            ->setText(QStringLiteral("Новый магазин"));
        dialog.findChild<QLineEdit *>(QStringLiteral("accountClientId"))
            ->setText(QStringLiteral("654321"));
        // No key: refused with a reason, nothing saved.
        const qint64 accounts = scalar(QStringLiteral("SELECT COUNT(*) FROM seller_accounts"));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.statusText().contains(QStringLiteral("Api-Key")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM seller_accounts")), accounts);

        dialog.findChild<QLineEdit *>(QStringLiteral("accountApiKey"))
            ->setText(QStringLiteral("secret-key"));
        QVERIFY2(dialog.save(), qPrintable(dialog.statusText()));
        const qint64 id = dialog.currentAccountId();
        QVERIFY(id > 0);
        QTRY_VERIFY(dialog.statusText().contains(QStringLiteral("keychain")));
        QByteArray stored;
        secrets.read(QStringLiteral("ozon/%1/api-key").arg(id), this,
                     [&](const security::SecretStore::Result &r) { stored = r.secret; });
        QTRY_COMPARE(stored, QByteArray("secret-key"));
        // The key never reaches the store.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM seller_accounts WHERE external_id ="
                                       " 'secret-key' OR name = 'secret-key'")),
                 0);

        QVERIFY(dialog.testConnection());
        QVERIFY(dialog.testText().contains(QStringLiteral("Waiting")));
        const qint64 intent = scalar(QStringLiteral("SELECT MAX(id) FROM outbox WHERE kind ="
                                                    " 'account.test' AND target = 'account:%1'")
                                         .arg(id));
        QVERIFY(intent > 0);
        store::StoreError error;
        store::OutboxRepository outbox(db());
        QVERIFY(outbox.markSending(intent, &error));
        QVERIFY(outbox.markFailed(intent, QStringLiteral("401: invalid Api-Key"), &error));
        notifyOutbox();
        QTRY_VERIFY2(dialog.testText().contains(QStringLiteral("401: invalid Api-Key")),
                     qPrintable(dialog.testText()));
        QVERIFY(dialog.testConnection());
        const qint64 second = scalar(QStringLiteral("SELECT MAX(id) FROM outbox"));
        QVERIFY(outbox.markDone(second, domain::OutboxIntent::State::Sent, &error));
        notifyOutbox();
        QTRY_VERIFY(dialog.testText().contains(QStringLiteral("works")));

        QVERIFY(dialog.removeCurrent(false));
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM seller_accounts WHERE id = %1").arg(id)),
            0);
    }
};

QTEST_MAIN(TestChatsPane)
#include "tst_chatspane.moc"
