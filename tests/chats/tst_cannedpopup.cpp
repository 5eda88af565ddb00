// Canned replies in the UI, offscreen, in a ChatView on a small workspace: "/" in the composer
// opens the popup (at the start or after a space only) with the best match first, the editor
// keeps the focus; Up/Down/Enter/Tab and a click insert the body with the chat's buyer name and
// order number; a variable without a value stays, is highlighted and named in the hint line;
// Escape and a space close without inserting; no match says so; Ctrl+Enter still sends. The
// settings dialog adds a reply that the popup then offers, refuses a duplicate shortcut with a
// visible error and keeps what was typed, moves and deletes; the Chats pane opens it from its
// button row.
#include "models/domain/CannedTemplate.h"
#include "models/items/CannedReplyModel.h"
#include "models/store/CannedReplyRepository.h"
#include "tests/chats/ChatFixture.h"
#include "views/chats/CannedRepliesDialog.h"
#include "views/chats/CannedReplyPopup.h"
#include "views/chats/ChatView.h"
#include "views/chats/ChatsPane.h"
#include "views/chats/Composer.h"
#include "views/chats/PlaceholderHighlighter.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>

using namespace agentp;
using models::CannedReplyModel;
using testing::ChatFixture;

class TestCannedPopup : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChatFixture> m_f;
    std::unique_ptr<views::ChatView> m_view;
    qint64 m_chat = 0;
    qint64 m_support = 0;

    views::Composer *composer() const { return m_view->composer(); }
    QPlainTextEdit *editor() const { return composer()->editor(); }
    views::CannedReplyPopup *popup() const { return composer()->cannedPopup(); }
    QString currentShortcut() const
    {
        return popup()->list()->currentIndex().data(CannedReplyModel::ShortcutRole).toString();
    }
    qint64 addReply(const QString &shortcut, const QString &title, const QString &body)
    {
        store::CannedReplyRepository::Reply r;
        r.shortcut = shortcut;
        r.title = title;
        r.body = body;
        QString problem;
        store::StoreError error;
        return store::CannedReplyRepository(m_f->db(), &m_f->workspace().notifier())
            .add(r, &problem, &error);
    }
    // The highlighter's format at a position of the composer's text.
    QTextCharFormat formatAt(int position) const
    {
        const QTextBlock block = editor()->document()->findBlock(position);
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            const int at = position - block.position();
            if (at >= range.start && at < range.start + range.length)
                return range.format;
        }
        return {};
    }
    int sentCount() const
    {
        return m_f->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind ="
                                         " 'chat.send_text' AND target = 'chat:%1'")
                              .arg(m_chat));
    }
    QString lastSent() const
    {
        return m_f
            ->value(QStringLiteral("SELECT body FROM chat_messages WHERE chat_id = %1 AND"
                                   " outbox_id IS NOT NULL ORDER BY id DESC LIMIT 1")
                        .arg(m_chat))
            .toString();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_f = std::make_unique<ChatFixture>();
        QVERIFY(m_f->open());
        const qint64 account = m_f->addAccount(QStringLiteral("ozon"), QStringLiteral("Магазин"));
        ChatFixture::Chat c;
        c.title = QStringLiteral("Анна Петрова");
        c.lastMinutesAgo = 30;
        c.buyerMinutesAgo = 30;
        c.orderNumber = QStringLiteral("0123456-0001");
        m_chat = m_f->addChat(account, c);
        c = {};
        c.title = QStringLiteral("Поддержка Ozon");
        c.type = QStringLiteral("SELLER_SUPPORT");
        c.orderNumber = QStringLiteral("777");
        m_support = m_f->addChat(account, c);
        QVERIFY(m_f->exec(
            QStringLiteral("UPDATE chats SET product = 'Плед' WHERE id = %1").arg(m_support)));
        QVERIFY(addReply(QStringLiteral("hello"), QStringLiteral("Приветствие"),
                         QStringLiteral("Здравствуйте, {buyer_name}! Ваш заказ {order_number} "
                                        "уже в пути.")) > 0);
        QVERIFY(addReply(QStringLiteral("care"), QStringLiteral("Уход за товаром"),
                         QStringLiteral("Про {product}: {promo_code}")) > 0);
        QVERIFY(addReply(QStringLiteral("thanks"), QStringLiteral("Благодарность"),
                         QStringLiteral("Спасибо!")) > 0);

        m_view = std::make_unique<views::ChatView>(m_f->workspace());
        m_view->setClock([] { return ChatFixture::now(); });
        m_view->setChat(m_chat);
        m_view->resize(700, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QApplication::setActiveWindow(m_view.get());
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        QVERIFY(composer()->canWrite());
        editor()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), editor());
    }

    void cleanup()
    {
        m_view.reset();
        m_f.reset();
    }

    void theChatFillsTheVariables()
    {
        const QHash<QString, QString> values = composer()->templateValues();
        QCOMPARE(values.value(QStringLiteral("buyer_name")), QStringLiteral("Анна Петрова"));
        QCOMPARE(values.value(QStringLiteral("order_number")), QStringLiteral("0123456-0001"));
        QCOMPARE(values.value(QStringLiteral("product")), QString());
        // Not a buyer chat: its title is no buyer's name.
        m_view->setChat(m_support);
        QCOMPARE(composer()->templateValues().value(QStringLiteral("buyer_name")), QString());
        QCOMPARE(composer()->templateValues().value(QStringLiteral("order_number")),
                 QStringLiteral("777"));
        QCOMPARE(composer()->templateValues().value(QStringLiteral("product")),
                 QStringLiteral("Плед"));
    }

    void slashOpensThePopupWithTheBestMatchFirst()
    {
        QVERIFY(!popup()->isVisible());
        QTest::keyClicks(editor(), QStringLiteral("Hi /th"));
        QTRY_VERIFY(popup()->isVisible());
        QCOMPARE(currentShortcut(), QStringLiteral("thanks"));
        QCOMPARE(popup()->list()->model()->rowCount(), 1);
        QVERIFY(popup()->emptyText().isEmpty());
        // The editor keeps the focus and the text as typed.
        QCOMPARE(QApplication::focusWidget(), editor());
        QCOMPARE(composer()->text(), QStringLiteral("Hi /th"));
        // Below the "/", not over the editor's text.
        QVERIFY(popup()->geometry().top() >=
                editor()->viewport()->mapToGlobal(editor()->cursorRect().bottomLeft()).y());

        // A "/" inside a word is just a slash.
        editor()->clear();
        QTRY_VERIFY(!popup()->isVisible());
        QTest::keyClicks(editor(), QStringLiteral("1/2 and/or"));
        QCoreApplication::processEvents();
        QVERIFY(!popup()->isVisible());
        // A "/" alone lists everything in the settings' order.
        QTest::keyClicks(editor(), QStringLiteral(" /"));
        QTRY_VERIFY(popup()->isVisible());
        QCOMPARE(popup()->list()->model()->rowCount(), 3);
        QCOMPARE(currentShortcut(), QStringLiteral("hello"));
    }

    void enterInsertsTheFilledBody()
    {
        QTest::keyClicks(editor(), QStringLiteral("/h"));
        QTRY_VERIFY(popup()->isVisible());
        // "hello" (a prefix) before "thanks" (an "h" inside).
        QCOMPARE(currentShortcut(), QStringLiteral("hello"));
        QTest::keyClick(editor(), Qt::Key_Down);
        QCOMPARE(currentShortcut(), QStringLiteral("thanks"));
        QTest::keyClick(editor(), Qt::Key_Up);
        QCOMPARE(currentShortcut(), QStringLiteral("hello"));
        QTest::keyClick(editor(), Qt::Key_Return);
        QVERIFY(!popup()->isVisible());
        QCOMPARE(composer()->text(),
                 QStringLiteral("Здравствуйте, Анна Петрова! Ваш заказ 0123456-0001 уже в пути."));
        QVERIFY(composer()->placeholderHint().isEmpty());
        QCOMPARE(sentCount(), 0); // inserted, not sent
        // Typing goes on where the reply ended; the next "/" opens the popup again.
        QTest::keyClicks(editor(), QStringLiteral(" /t"));
        QTRY_VERIFY(popup()->isVisible());
        QTest::keyClick(editor(), Qt::Key_Tab);
        QCOMPARE(composer()->text(),
                 QStringLiteral("Здравствуйте, Анна Петрова! Ваш заказ 0123456-0001 уже в пути. "
                                "Спасибо!"));
        QCOMPARE(QApplication::focusWidget(), editor()); // Tab inserted, focus stayed
    }

    void unfilledVariablesStayHighlighted()
    {
        QTest::keyClicks(editor(), QStringLiteral("/"));
        QTRY_VERIFY(popup()->isVisible());
        QTest::keyClick(editor(), Qt::Key_Down);
        QCOMPARE(currentShortcut(), QStringLiteral("care"));
        QTest::keyClick(editor(), Qt::Key_Tab);
        const QString text = QStringLiteral("Про {product}: {promo_code}");
        QCOMPARE(composer()->text(), text);
        // The first one is selected, so typing replaces it.
        QCOMPARE(editor()->textCursor().selectedText(), QStringLiteral("{product}"));
        const QColor orange =
            views::PlaceholderHighlighter::placeholderFormat().background().color();
        for (const QString &placeholder :
             {QStringLiteral("{product}"), QStringLiteral("{promo_code}")}) {
            const int at = int(text.indexOf(placeholder));
            QCOMPARE(formatAt(at).background().color(), orange);
            QCOMPARE(formatAt(at + int(placeholder.size()) - 1).background().color(), orange);
        }
        QVERIFY(formatAt(0).background().style() == Qt::NoBrush); // plain text stays plain
        QCOMPARE(composer()->placeholderHint(),
                 QStringLiteral("Fill in {product}, {promo_code} before sending."));

        // Filling one in updates the hint and the highlight; sending is still allowed.
        QTest::keyClicks(editor(), QStringLiteral("pled"));
        QCOMPARE(composer()->text(), QStringLiteral("Про pled: {promo_code}"));
        QCOMPARE(composer()->placeholderHint(),
                 QStringLiteral("Fill in {promo_code} before sending."));
        QVERIFY(formatAt(4).background().style() == Qt::NoBrush);
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(sentCount(), 1);
        QCOMPARE(lastSent(), QStringLiteral("Про pled: {promo_code}"));
        QVERIFY(composer()->placeholderHint().isEmpty());
    }

    void escapeAndSpaceCloseWithoutInserting()
    {
        QTest::keyClicks(editor(), QStringLiteral("/he"));
        QTRY_VERIFY(popup()->isVisible());
        QTest::keyClick(editor(), Qt::Key_Escape);
        QVERIFY(!popup()->isVisible());
        QCOMPARE(composer()->text(), QStringLiteral("/he"));
        // Closed until the next "/": typing on and Enter behave as always.
        QTest::keyClicks(editor(), QStringLiteral("l"));
        QCoreApplication::processEvents();
        QVERIFY(!popup()->isVisible());
        QTest::keyClick(editor(), Qt::Key_Return);
        QCOMPARE(composer()->text(), QStringLiteral("/hel\n"));

        QTest::keyClicks(editor(), QStringLiteral("/ca"));
        QTRY_VERIFY(popup()->isVisible());
        QTest::keyClicks(editor(), QStringLiteral(" "));
        QVERIFY(!popup()->isVisible());
        QCOMPARE(composer()->text(), QStringLiteral("/hel\n/ca "));
        // Back into the token with the cursor does not reopen it either.
        QTest::keyClick(editor(), Qt::Key_Backspace);
        QCoreApplication::processEvents();
        QVERIFY(!popup()->isVisible());
    }

    void noMatchSaysSoAndEnterIsANewLine()
    {
        QTest::keyClicks(editor(), QStringLiteral("/zzz"));
        QTRY_VERIFY(popup()->isVisible());
        QVERIFY(popup()->list()->isHidden());
        QCOMPARE(popup()->emptyText(), QStringLiteral("No canned reply matches “/zzz”."));
        QTest::keyClick(editor(), Qt::Key_Return);
        QVERIFY(!popup()->isVisible());
        QCOMPARE(composer()->text(), QStringLiteral("/zzz\n"));
    }

    void aClickInserts()
    {
        QTest::keyClicks(editor(), QStringLiteral("/"));
        QTRY_VERIFY(popup()->isVisible());
        QListView *list = popup()->list();
        const QModelIndex thanks = list->model()->index(2, 0);
        QCOMPARE(thanks.data(CannedReplyModel::ShortcutRole).toString(), QStringLiteral("thanks"));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(thanks).center());
        QCOMPARE(composer()->text(), QStringLiteral("Спасибо!"));
        QVERIFY(!popup()->isVisible());
        QCOMPARE(QApplication::focusWidget(), editor());
    }

    void ctrlEnterStillSends()
    {
        // With the popup closed by Escape, the text goes out as typed.
        QTest::keyClicks(editor(), QStringLiteral("ok /th"));
        QTRY_VERIFY(popup()->isVisible());
        QTest::keyClick(editor(), Qt::Key_Escape);
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(sentCount(), 1);
        QCOMPARE(lastSent(), QStringLiteral("ok /th"));
        QVERIFY(composer()->text().isEmpty());
        // An inserted reply is sent like typed text.
        QTest::keyClicks(editor(), QStringLiteral("/hello"));
        QTRY_VERIFY(popup()->isVisible());
        QTest::keyClick(editor(), Qt::Key_Return);
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(sentCount(), 2);
        QCOMPARE(lastSent(),
                 QStringLiteral("Здравствуйте, Анна Петрова! Ваш заказ 0123456-0001 уже в пути."));
        // Ctrl+Enter is the send chord even while the popup is open: it closes and sends.
        QTest::keyClicks(editor(), QStringLiteral("see /th"));
        QTRY_VERIFY(popup()->isVisible());
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(sentCount(), 3);
        QCOMPARE(lastSent(), QStringLiteral("see /th"));
        QVERIFY(!popup()->isVisible());
    }

    void theDialogAddsWhatThePopupOffers()
    {
        views::CannedRepliesDialog dialog(m_f->workspace());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.model()->rowCount(), 3);
        auto *shortcut = dialog.findChild<QLineEdit *>(QStringLiteral("shortcut"));
        auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("title"));
        auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("body"));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problem"));
        QVERIFY(shortcut && title && body && problem);
        QCOMPARE(shortcut->text(), QStringLiteral("hello")); // the first reply is shown
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("variablesHint"))
                    ->text()
                    .contains(QStringLiteral("{order_number}")));

        dialog.newReply();
        QVERIFY(shortcut->text().isEmpty());
        shortcut->setText(QStringLiteral("delay"));
        title->setText(QStringLiteral("Задержка"));
        body->setPlainText(QStringLiteral("Заказ  задерживается."));
        // The variable menu puts a placeholder at the cursor.
        QTextCursor cursor = body->textCursor();
        cursor.setPosition(6);
        body->setTextCursor(cursor);
        auto *insert = dialog.findChild<QAction *>(QStringLiteral("insert_order_number"));
        QVERIFY(insert);
        insert->trigger();
        QCOMPARE(body->toPlainText(), QStringLiteral("Заказ {order_number} задерживается."));
        QVERIFY2(dialog.save(), qPrintable(dialog.problem()));
        QVERIFY(problem->isHidden());
        QCOMPARE(dialog.model()->rowCount(), 4);
        QCOMPARE(dialog.model()->replyAt(3)->shortcut, QStringLiteral("delay"));
        QVERIFY(dialog.editingId() != 0);

        // A duplicate shortcut in another case is refused, visibly, and nothing typed is lost.
        dialog.newReply();
        shortcut->setText(QStringLiteral("HELLO"));
        body->setPlainText(QStringLiteral("Другой текст"));
        QVERIFY(!dialog.save());
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("“/hello” is already used")),
                 qPrintable(problem->text()));
        QCOMPARE(shortcut->text(), QStringLiteral("HELLO"));
        QCOMPARE(body->toPlainText(), QStringLiteral("Другой текст"));
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM canned_replies")), 4);
        // Once fixed, the same form saves.
        shortcut->setText(QStringLiteral("hello2"));
        QVERIFY(dialog.save());
        QVERIFY(problem->isHidden());

        // The composer's popup hears of the new reply through the notifier.
        auto *model = popup()->model();
        QTRY_COMPARE(model->totalCount(), 5);
        editor()->setFocus();
        QTest::keyClicks(editor(), QStringLiteral("/del"));
        QTRY_VERIFY(popup()->isVisible());
        QCOMPARE(currentShortcut(), QStringLiteral("delay"));
        QTest::keyClick(editor(), Qt::Key_Return);
        QCOMPARE(composer()->text(), QStringLiteral("Заказ 0123456-0001 задерживается."));
    }

    void theDialogMovesAndDeletes()
    {
        views::CannedRepliesDialog dialog(m_f->workspace());
        const qint64 thanks = dialog.model()->replyAt(2)->id;
        QVERIFY(dialog.select(thanks));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("shortcut"))->text(),
                 QStringLiteral("thanks"));
        QVERIFY(dialog.moveSelected(-1));
        QVERIFY(dialog.moveSelected(-1));
        QCOMPARE(dialog.model()->replyAt(0)->id, thanks);
        QCOMPARE(dialog.editingId(), thanks); // the selection follows the reply
        auto *list = dialog.findChild<QListView *>(QStringLiteral("replies"));
        QCOMPARE(list->currentIndex().row(), 0);
        // The popup lists them in the new order.
        QTest::keyClicks(editor(), QStringLiteral("/"));
        QTRY_COMPARE(currentShortcut(), QStringLiteral("thanks"));

        // An unsaved edit survives the store's reload; Delete removes the reply shown.
        dialog.findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Edited"));
        QCoreApplication::processEvents(); // the notifier's reload after the moves
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("title"))->text(),
                 QStringLiteral("Edited"));
        QVERIFY(dialog.removeSelected(false));
        QCOMPARE(dialog.model()->rowCount(), 2);
        QCOMPARE(dialog.model()->rowOfReply(thanks), -1);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("shortcut"))->text(),
                 QStringLiteral("hello"));
        QTRY_COMPARE(popup()->model()->totalCount(), 2);
    }

    void theChatsPaneOpensTheDialogFromRepliesMenu()
    {
        views::ChatsPane pane(m_f->workspace());
        auto *report = pane.findChild<QToolButton *>(QStringLiteral("slaReport"));
        auto *replies = pane.findChild<QToolButton *>(QStringLiteral("replySettings"));
        QVERIFY(report && replies && replies->menu());
        auto *row =
            qobject_cast<QHBoxLayout *>(replies->parentWidget()->layout()->itemAt(0)->layout());
        QVERIFY(row);
        QCOMPARE(row->indexOf(replies), row->indexOf(report) + 1);
        QAction *canned = replies->menu()->findChild<QAction *>(QStringLiteral("cannedReplies"));
        QVERIFY(canned);
        QCOMPARE(canned->text(), QStringLiteral("Canned replies…"));

        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        views::CannedRepliesDialog *opened = nullptr;
        QTimer::singleShot(0, &pane, [&opened] {
            opened = qobject_cast<views::CannedRepliesDialog *>(QApplication::activeModalWidget());
            if (opened)
                opened->reject();
        });
        canned->trigger();
        QVERIFY(opened);
    }
};

QTEST_MAIN(TestCannedPopup)
#include "tst_cannedpopup.moc"
