#include "views/chats/ChatView.h"

#include "models/domain/CannedTemplate.h"
#include "models/domain/ReplyRules.h"
#include "models/items/CannedReplyModel.h"
#include "models/items/ChatMessageModel.h"
#include "models/store/StoreNotifier.h"
#include "models/store/Workspace.h"
#include "views/chats/ChatBubbleDelegate.h"
#include "views/chats/Composer.h"
#include "views/chats/SuggestionPanel.h"
#include "views/chats/ThumbnailCache.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace agentp::views {

namespace {

using models::ChatMessageModel;

// QAbstractItemView fetches more whenever its last row is visible — in a chat, always. Older
// pages belong at the top, so the view sees no fetchMore and ChatView asks when the user
// scrolls up there.
class NoAutoFetchProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override {}
};

// The variables of canned replies for this chat. Only a buyer chat's title is a buyer's name
// (support and notification chats are titled after the marketplace); an empty value leaves the
// placeholder in the reply for the agent to fill.
QHash<QString, QString> templateValues(const models::ChatSummary &c)
{
    using domain::CannedTemplate;
    const bool buyer = c.chatType == QLatin1String("BUYER_SELLER");
    return {{CannedTemplate::buyerName(), buyer ? c.title.trimmed() : QString()},
            {CannedTemplate::orderNumber(), c.orderNumber.trimmed()},
            {CannedTemplate::product(), c.product.trimmed()}};
}

} // namespace

ChatView::ChatView(store::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_queue(workspace.database().connection(), workspace.path(), &workspace.notifier())
    , m_model(new ChatMessageModel(workspace.database().connection(), &workspace.notifier(), this))
    , m_history(new QListView(this))
    , m_thumbnails(new ThumbnailCache(QSize(220, 160), this))
    , m_delegate(new ChatBubbleDelegate(m_thumbnails, m_history))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_failureBar(new QFrame(this))
    , m_failureText(new QLabel(m_failureBar))
    , m_retryButton(new QPushButton(tr("&Retry"), m_failureBar))
    , m_composer(new Composer(this))
    , m_suggestions(new SuggestionPanel(workspace, m_composer, this))
    , m_windowTimer(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("chatView"));
    if (const domain::CurrentUser user = workspace.currentUser(); user.isValid()) {
        const QString author = user.displayName.isEmpty() ? user.email : user.displayName;
        m_queue.setAuthor(author);
        m_suggestions->setAuthor(author);
    }
    m_title->setObjectName(QStringLiteral("chatTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("chatSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *proxy = new NoAutoFetchProxy(this);
    proxy->setSourceModel(m_model);
    m_history->setObjectName(QStringLiteral("chatHistory"));
    m_history->setModel(proxy);
    m_history->setItemDelegate(m_delegate);
    m_history->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_history->setResizeMode(QListView::Adjust);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setContextMenuPolicy(Qt::CustomContextMenu);
    m_history->setFrameShape(QFrame::NoFrame);
    m_history->viewport()->installEventFilter(this);
    m_history->setAccessibleName(tr("Chat history"));

    m_failureBar->setObjectName(QStringLiteral("failureBar"));
    m_failureBar->setFrameShape(QFrame::StyledPanel);
    m_failureText->setObjectName(QStringLiteral("failureText"));
    m_failureText->setWordWrap(true);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setToolTip(tr("Send the failed reply again (Ctrl+Shift+R)"));
    auto *barLayout = new QHBoxLayout(m_failureBar);
    barLayout->addWidget(m_failureText, 1);
    barLayout->addWidget(m_retryButton);
    m_failureBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_history, 1);
    layout->addWidget(m_failureBar);
    layout->addWidget(m_suggestions);
    layout->addWidget(m_composer);

    auto *retryAction = new QAction(tr("Retry the failed reply"), this);
    retryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    retryAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(retryAction, &QAction::triggered, this, &ChatView::retryNewestFailed);
    addAction(retryAction);

    connect(m_retryButton, &QPushButton::clicked, this, &ChatView::retryNewestFailed);
    connect(m_composer, &Composer::sendRequested, this, &ChatView::sendText);
    connect(m_composer, &Composer::attachRequested, this, &ChatView::attachFile);
    m_composer->setCannedReplies(new models::CannedReplyModel(workspace.database().connection(),
                                                              &workspace.notifier(), this));
    connect(m_suggestions, &SuggestionPanel::notice, this, &ChatView::notice);
    connect(m_delegate, &ChatBubbleDelegate::attachmentWanted, this, &ChatView::wantAttachment);
    connect(m_thumbnails, &ThumbnailCache::ready, m_history->viewport(),
            qOverload<>(&QWidget::update));
    connect(m_history, &QWidget::customContextMenuRequested, this, &ChatView::showContextMenu);
    connect(m_model, &ChatMessageModel::olderHistoryWanted, this, &ChatView::olderHistoryWanted);
    connect(m_model, &ChatMessageModel::loadFailed, this, &ChatView::notice);
    connect(m_model, &ChatMessageModel::chatChanged, this, [this] {
        updateHeader();
        updateComposer();
        markReadIfShown();
    });
    m_windowTimer->setSingleShot(true);
    connect(m_windowTimer, &QTimer::timeout, this, &ChatView::updateComposer);

    // Follow new messages only when the user is at the bottom; keep the place when older rows
    // come in above.
    QScrollBar *bar = m_history->verticalScrollBar();
    connect(proxy, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this, bar](const QModelIndex &, int first) {
                m_followBottom = bar->value() >= bar->maximum() - 4;
                m_distanceFromBottom =
                    first == 0 && m_model->rowCount() > 0 ? bar->maximum() - bar->value() : -1;
            });
    connect(proxy, &QAbstractItemModel::rowsInserted, this, [this, bar] {
        const int distance = m_distanceFromBottom;
        const bool follow = m_followBottom;
        QTimer::singleShot(0, this, [this, bar, distance, follow] {
            m_history->doItemsLayout();
            if (distance >= 0)
                bar->setValue(bar->maximum() - distance);
            else if (follow)
                m_history->scrollToBottom();
        });
        updateFailureBar();
    });
    connect(proxy, &QAbstractItemModel::modelReset, this, [this] {
        QTimer::singleShot(0, this, [this] {
            m_history->doItemsLayout();
            m_history->scrollToBottom();
        });
        updateFailureBar();
    });
    connect(proxy, &QAbstractItemModel::dataChanged, this, &ChatView::updateFailureBar);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &ChatView::updateFailureBar);
    connect(bar, &QScrollBar::valueChanged, this, &ChatView::maybeFetchOlder);
    connect(bar, &QScrollBar::rangeChanged, this, &ChatView::maybeFetchOlder);

    updateHeader();
    updateComposer();
}

ChatView::~ChatView() = default;

void ChatView::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_queue.setClock(m_clock);
    m_suggestions->setClock(m_clock);
    updateComposer();
}

qint64 ChatView::chatId() const
{
    return m_model->chatId();
}

void ChatView::setChat(qint64 chatId)
{
    if (chatId == m_model->chatId())
        return;
    m_composer->clearText();
    m_wanted.clear();
    m_model->setChat(chatId);
    m_suggestions->setChat(chatId);
    updateHeader();
    updateComposer();
    updateFailureBar();
    markReadIfShown();
}

void ChatView::updateHeader()
{
    const models::ChatSummary &c = m_model->chat();
    m_composer->setTemplateValues(templateValues(c));
    if (c.id == 0) {
        m_title->setText(m_model->chatId() == 0 ? tr("No chat selected")
                                                : tr("This chat no longer exists"));
        m_subtitle->clear();
        return;
    }
    m_title->setText(c.title.isEmpty() ? tr("Chat %1").arg(c.id) : c.title);
    QStringList parts{c.accountName};
    if (!c.orderNumber.isEmpty())
        parts << tr("order %1").arg(c.orderNumber);
    if (!c.product.isEmpty())
        parts << c.product;
    if (c.status.compare(QLatin1String("CLOSED"), Qt::CaseInsensitive) == 0)
        parts << tr("closed");
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
}

void ChatView::updateComposer()
{
    const models::ChatSummary &c = m_model->chat();
    m_windowTimer->stop();
    if (c.id == 0) {
        domain::ReplyWindow none;
        none.allowed = false;
        none.reason = tr("Choose a chat on the left.");
        m_composer->setRules(domain::ReplyRules(QString()).maxTextLength(), none);
        return;
    }
    const domain::ReplyRules rules(c.marketplace);
    const QDateTime now = m_clock();
    const domain::ReplyWindow window =
        rules.window(c.chatType, c.status, c.lastBuyerMessageAt, now);
    m_composer->setRules(rules.maxTextLength(), window);
    // Close the composer the moment the window closes, not at the next store change.
    if (window.allowed && window.closesAt.isValid()) {
        const qint64 ms = now.msecsTo(window.closesAt) + 100;
        m_windowTimer->start(int(std::clamp<qint64>(ms, 100, 24LL * 3600 * 1000)));
    }
}

void ChatView::updateFailureBar()
{
    m_failedOutboxId = 0;
    QString reason;
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        const models::ChatMessage *m = m_model->messageAt(row);
        if (m->deliveryState == QLatin1String("failed")) {
            m_failedOutboxId = m->outboxId;
            reason = m->lastError;
            break;
        }
    }
    m_failureText->setText(m_failedOutboxId == 0 ? QString()
                           : reason.isEmpty()    ? tr("A reply could not be sent.")
                                                 : tr("A reply could not be sent: %1").arg(reason));
    m_failureBar->setVisible(m_failedOutboxId != 0);
}

QString ChatView::failureText() const
{
    return m_failedOutboxId == 0 ? QString() : m_failureText->text();
}

void ChatView::markReadIfShown()
{
    const models::ChatSummary &c = m_model->chat();
    if (c.id == 0 || c.unreadCount <= 0 || !isVisible())
        return;
    store::StoreError error;
    if (!m_queue.markRead(c.id, &error))
        emit notice(error.message);
}

void ChatView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    markReadIfShown();
}

bool ChatView::sendText(const QString &text)
{
    if (m_model->chatId() == 0)
        return false;
    store::StoreError error;
    const store::QueuedReply r = m_queue.queueText(m_model->chatId(), text, &error);
    if (!r.ok()) {
        m_composer->showProblem(r.problem.isEmpty() ? error.message : r.problem);
        return false;
    }
    m_suggestions->replySent(r.messageId, text);
    m_composer->clearText();
    m_followBottom = true; // our own reply: always show it
    return true;
}

bool ChatView::attachFile(const QString &path)
{
    if (m_model->chatId() == 0)
        return false;
    store::StoreError error;
    const store::QueuedReply r = m_queue.queueFile(m_model->chatId(), path, &error);
    if (!r.ok()) {
        m_composer->showProblem(r.problem.isEmpty() ? error.message : r.problem);
        return false;
    }
    m_composer->showProblem({});
    m_followBottom = true;
    return true;
}

bool ChatView::retry(qint64 outboxId)
{
    if (outboxId == 0)
        return false;
    store::StoreError error;
    const bool ok = m_queue.retry(outboxId, &error);
    if (error.isError())
        emit notice(error.message);
    return ok;
}

bool ChatView::retryNewestFailed()
{
    return retry(m_failedOutboxId);
}

void ChatView::maybeFetchOlder()
{
    const QScrollBar *bar = m_history->verticalScrollBar();
    if (m_model->chatId() != 0 && bar->value() == bar->minimum() && isVisible() &&
        m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void ChatView::wantAttachment(qint64 attachmentId)
{
    if (attachmentId == 0 || m_wanted.contains(attachmentId))
        return;
    m_wanted.insert(attachmentId);
    // Painting asked; the sync side hears it after the paint.
    QMetaObject::invokeMethod(
        this, [this, attachmentId] { emit attachmentWanted(attachmentId); }, Qt::QueuedConnection);
}

bool ChatView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_history->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint pos = mouse->position().toPoint();
        const QModelIndex index = m_history->indexAt(pos);
        if (index.isValid() && mouse->button() == Qt::LeftButton) {
            const ChatBubbleDelegate::Hit hit =
                m_delegate->hitTest(index, m_history->visualRect(index), pos);
            if (hit.kind == ChatBubbleDelegate::Hit::Kind::Retry) {
                retry(index.data(ChatMessageModel::OutboxIdRole).toLongLong());
                return true;
            }
            if (hit.kind == ChatBubbleDelegate::Hit::Kind::Attachment) {
                openAttachment(index.row(), hit.attachment, false);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChatView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_history->indexAt(pos);
    if (!index.isValid())
        return;
    const int row = index.row();
    const models::ChatMessage *m = m_model->messageAt(row);
    if (!m)
        return;
    QMenu menu(this);
    if (m->deliveryState == QLatin1String("failed")) {
        const qint64 outboxId = m->outboxId;
        menu.addAction(tr("Retry sending"), this, [this, outboxId] { retry(outboxId); });
    }
    if (!m->body.isEmpty()) {
        const QString body = m->body;
        menu.addAction(tr("Copy text"), this, [body] { QApplication::clipboard()->setText(body); });
    }
    for (int i = 0; i < m->attachments.size(); ++i) {
        const models::ChatAttachment &a = m->attachments[i];
        if (a.localPath.isEmpty()) {
            const qint64 id = a.id;
            menu.addAction(tr("Download “%1”").arg(a.name), this, [this, id] {
                m_wanted.remove(id);
                wantAttachment(id);
            });
            continue;
        }
        menu.addAction(tr("Open “%1”").arg(a.name), this,
                       [this, row, i] { openAttachment(row, i, false); });
        menu.addAction(tr("Save “%1” as…").arg(a.name), this,
                       [this, row, i] { openAttachment(row, i, true); });
    }
    if (!menu.isEmpty())
        menu.exec(m_history->viewport()->mapToGlobal(pos));
}

void ChatView::openAttachment(int row, int attachment, bool saveAs)
{
    const models::ChatMessage *m = m_model->messageAt(row);
    if (!m || attachment < 0 || attachment >= m->attachments.size())
        return;
    const models::ChatAttachment a = m->attachments[attachment];
    if (a.localPath.isEmpty() || !QFileInfo::exists(a.localPath)) {
        m_wanted.remove(a.id);
        wantAttachment(a.id);
        emit notice(tr("Downloading “%1”… Open it again in a moment.").arg(a.name));
        return;
    }
    if (!saveAs) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(a.localPath));
        return;
    }
    const QString target = QFileDialog::getSaveFileName(this, tr("Save attachment"), a.name);
    if (target.isEmpty())
        return;
    QFile::remove(target); // the dialog already asked about overwriting
    if (!QFile::copy(a.localPath, target))
        emit notice(tr("Cannot save “%1” to %2.").arg(a.name, target));
}

} // namespace agentp::views
