#include "views/chats/ChatsPane.h"

#include "models/items/ChatListModel.h"
#include "models/items/SlaAlertTracker.h"
#include "models/store/ChatRepository.h"
#include "models/store/StoreNotifier.h"
#include "models/store/Workspace.h"
#include "views/chats/AccountDialog.h"
#include "views/chats/AiSettingsDialog.h"
#include "views/chats/CannedRepliesDialog.h"
#include "views/chats/ChatListDelegate.h"
#include "views/chats/ChatView.h"
#include "views/chats/SavedViewList.h"
#include "views/chats/SlaReportDialog.h"
#include "views/chats/SlaRulesDialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace agentp::views {

namespace {

using models::ChatListModel;

QString marketplaceName(const QString &marketplace)
{
    if (marketplace == QLatin1String("ozon"))
        return ChatsPane::tr("Ozon");
    if (marketplace == QLatin1String("wildberries"))
        return ChatsPane::tr("Wildberries");
    if (marketplace == QLatin1String("yandex_market"))
        return ChatsPane::tr("Yandex Market");
    if (marketplace == QLatin1String("demo"))
        return ChatsPane::tr("Demo marketplace");
    return marketplace;
}

QToolButton *toggle(const QString &text, const QString &name, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(name);
    b->setToolTip(tip);
    b->setCheckable(true);
    b->setAutoRaise(true);
    return b;
}

} // namespace

ChatsPane::ChatsPane(store::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ChatListModel(workspace.database().connection(), &workspace.notifier(),
                                ChatListModel::TextIndex::Background, this))
    , m_delegate(new ChatListDelegate(this))
    , m_account(new QComboBox(this))
    , m_marketplace(new QComboBox(this))
    , m_sort(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_unread(toggle(tr("Unread"), QStringLiteral("unreadFilter"),
                      tr("Only chats with unread messages"), this))
    , m_unanswered(toggle(tr("Unanswered"), QStringLiteral("unansweredFilter"),
                          tr("Only chats whose buyer wrote last"), this))
    , m_urgent(toggle(tr("Urgent"), QStringLiteral("urgentFilter"),
                      tr("Only chats close to or past their SLA deadline"), this))
    , m_list(new QListView(this))
    , m_tick(new QTimer(this))
    , m_status(new QLabel(this))
    , m_view(new ChatView(workspace, this))
    , m_savedViews(new SavedViewList(workspace, m_model, this))
    , m_alerts(new models::SlaAlertTracker(m_model, this))
{
    setObjectName(QStringLiteral("chatsPane"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(buildListSide());
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({440, 640});
    splitter->setCollapsible(1, false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    buildShortcuts();

    connect(m_view, &ChatView::olderHistoryWanted, this, &ChatsPane::olderHistoryWanted);
    connect(m_view, &ChatView::attachmentWanted, this, &ChatsPane::attachmentWanted);
    connect(m_view, &ChatView::notice, this, &ChatsPane::notice);
    connect(m_model, &ChatListModel::loadFailed, this, &ChatsPane::notice);
    connect(m_savedViews, &SavedViewList::notice, this, &ChatsPane::notice);
    connect(m_savedViews, &SavedViewList::viewChosen, this, &ChatsPane::applyView);
    m_savedViews->hide(); // until the window places it in its sidebar
    connect(m_model, &ChatListModel::accountsChanged, this, &ChatsPane::fillAccounts);
    connect(m_model, &ChatListModel::messageTextReadyChanged, this, &ChatsPane::updateStatus);
    connect(m_model, &ChatListModel::textSearchFinished, this, &ChatsPane::updateStatus);
    connect(m_model, &ChatListModel::loaded, this, &ChatsPane::updateStatus);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ChatsPane::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChatsPane::updateStatus);
    fillAccounts();
    updateStatus();
}

ChatsPane::~ChatsPane() = default;

QWidget *ChatsPane::buildListSide()
{
    auto *side = new QWidget(this);
    m_account->setObjectName(QStringLiteral("accountSwitcher"));
    m_account->setToolTip(tr("Seller account"));
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_account->setMinimumContentsLength(14);
    auto *accounts = new QToolButton(side);
    accounts->setObjectName(QStringLiteral("manageAccounts"));
    accounts->setText(tr("Accounts…"));
    accounts->setToolTip(tr("Add, edit or remove seller accounts"));
    connect(accounts, &QToolButton::clicked, this, &ChatsPane::manageAccounts);
    auto *slaRules = new QToolButton(side);
    slaRules->setObjectName(QStringLiteral("manageSlaRules"));
    slaRules->setText(tr("SLA…"));
    slaRules->setToolTip(tr("Response-time rules and working hours"));
    connect(slaRules, &QToolButton::clicked, this, [this] {
        SlaRulesDialog dialog(m_workspace, this);
        dialog.exec();
    });

    auto *report = new QToolButton(side);
    report->setObjectName(QStringLiteral("slaReport"));
    report->setText(tr("Report…"));
    report->setToolTip(tr("SLA compliance per account and agent (Ctrl+Shift+L)"));
    connect(report, &QToolButton::clicked, this, &ChatsPane::showReport);
    // Both reply helpers behind one button: the row has to fit a 1280-px window.
    auto *replies = new QToolButton(side);
    replies->setObjectName(QStringLiteral("replySettings"));
    replies->setText(tr("Replies…"));
    replies->setToolTip(tr("Canned replies and AI drafts"));
    replies->setPopupMode(QToolButton::InstantPopup);
    auto *repliesMenu = new QMenu(replies);
    QAction *canned =
        repliesMenu->addAction(tr("Canned replies…"), this, &ChatsPane::manageCannedReplies);
    canned->setObjectName(QStringLiteral("cannedReplies"));
    canned->setToolTip(tr("Replies inserted with “/” in the reply field"));
    QAction *ai = repliesMenu->addAction(tr("AI drafts…"), this, &ChatsPane::manageAiDrafts);
    ai->setObjectName(QStringLiteral("aiDraftSettings"));
    ai->setToolTip(tr("The draft service, its API key and the system prompts"));
    replies->setMenu(repliesMenu);

    m_search->setObjectName(QStringLiteral("chatSearch"));
    m_search->setPlaceholderText(tr("Search names, orders, messages (Ctrl+K)"));
    m_search->setClearButtonEnabled(true);

    m_marketplace->setObjectName(QStringLiteral("marketplaceFilter"));
    m_marketplace->setToolTip(tr("Marketplace"));
    // Never cut "All marketplaces" short: the sort box gives way first.
    m_marketplace->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_marketplace->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    // Beside the search, where it has room for its longest entry.
    m_sort->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sort->setObjectName(QStringLiteral("chatSort"));
    m_sort->addItem(tr("Newest activity"), int(ChatListModel::Sort::LastActivity));
    m_sort->addItem(tr("Unread first"), int(ChatListModel::Sort::Unread));
    m_sort->addItem(tr("Most urgent first"), int(ChatListModel::Sort::Urgency));
    m_sort->setToolTip(tr("Order of the chats"));

    m_list->setObjectName(QStringLiteral("chatList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setUniformItemSizes(true); // 100,000 rows: one height, laid out without measuring
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Chats"));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListView::customContextMenuRequested, this, &ChatsPane::showListMenu);
    m_status->setObjectName(QStringLiteral("chatListStatus"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_account, 1);
    top->addWidget(accounts);
    top->addWidget(slaRules);
    top->addWidget(report);
    top->addWidget(replies);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_unread);
    filters->addWidget(m_unanswered);
    filters->addWidget(m_urgent);
    filters->addWidget(m_marketplace, 1);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addLayout(top);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_sort);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearch(text);
        updateStatus();
    });
    connect(m_unread, &QToolButton::toggled, m_model, &ChatListModel::setUnreadOnly);
    connect(m_unanswered, &QToolButton::toggled, m_model, &ChatListModel::setUnansweredOnly);
    connect(m_urgent, &QToolButton::toggled, m_model, &ChatListModel::setUrgentOnly);
    // The countdowns show minutes: a repaint of the visible rows every 15 s keeps them right
    // (stage changes arrive as dataChanged from the model). Nothing runs while hidden.
    m_tick->setInterval(15000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (m_list->isVisible())
            m_list->viewport()->update();
    });
    m_tick->start();
    connect(m_account, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setAccount(m_account->currentData().toLongLong()); });
    connect(m_marketplace, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setMarketplace(m_marketplace->currentData().toString()); });
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setSort(ChatListModel::Sort(m_sort->currentData().toInt()));
        m_list->scrollTo(m_list->currentIndex());
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    return side;
}

void ChatsPane::buildShortcuts()
{
    const auto add = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add(tr("Search chats"), QKeySequence(Qt::CTRL | Qt::Key_K), [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    add(tr("Previous chat"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { selectRelative(-1); });
    add(tr("Next chat"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] { selectRelative(1); });
    add(tr("Next unread chat"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
        [this] { selectNextUnread(); });
    add(tr("Mute or unmute the chat"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), [this] {
        const int row = m_model->rowOf(currentChatId());
        if (row >= 0)
            setChatMuted(currentChatId(),
                         !m_model->index(row).data(ChatListModel::MutedRole).toBool());
    });
    add(tr("SLA compliance report"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        [this] { showReport(); });
    add(tr("Save view"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
        [this] { m_savedViews->saveCurrentAsk(); });
}

void ChatsPane::applyView(const domain::ChatViewFilter &view)
{
    domain::ChatViewFilter f = view;
    {
        const QSignalBlocker b1(m_search), b2(m_account), b3(m_marketplace), b4(m_sort),
            b5(m_unread), b6(m_unanswered), b7(m_urgent);
        m_search->setText(f.search);
        const int account = m_account->findData(f.accountId);
        if (account < 0)
            emit notice(tr("The account of this view no longer exists; showing all accounts."));
        m_account->setCurrentIndex(qMax(0, account));
        f.accountId = m_account->currentData().toLongLong();
        // A marketplace without accounts yet is not in the box: added, so box and list agree.
        if (!f.marketplace.isEmpty() && m_marketplace->findData(f.marketplace) < 0)
            m_marketplace->addItem(marketplaceName(f.marketplace), f.marketplace);
        m_marketplace->setCurrentIndex(qMax(0, m_marketplace->findData(f.marketplace)));
        m_sort->setCurrentIndex(qMax(0, m_sort->findData(int(f.sort))));
        m_unread->setChecked(f.unreadOnly);
        m_unanswered->setChecked(f.unansweredOnly);
        m_urgent->setChecked(f.urgentOnly);
    }
    m_model->applyFilter(f);
    m_list->scrollTo(m_list->currentIndex());
    updateStatus();
}

void ChatsPane::setClock(Clock clock)
{
    m_clock = clock;
    if (m_report)
        m_report->setClock(clock);
    m_model->setClock(clock);
    m_delegate->setClock(clock);
    m_view->setClock(std::move(clock));
    m_list->viewport()->update();
}

void ChatsPane::fillAccounts()
{
    const qint64 account = m_account->currentData().toLongLong();
    const QString marketplace = m_marketplace->currentData().toString();
    const QSignalBlocker blockAccount(m_account);
    const QSignalBlocker blockMarketplace(m_marketplace);
    m_account->clear();
    m_account->addItem(tr("All accounts"), qint64(0));
    m_marketplace->clear();
    m_marketplace->addItem(tr("All marketplaces"), QString());
    QStringList seen;
    for (const models::ChatAccountInfo &a : m_model->accounts()) {
        m_account->addItem(tr("%1 (%2)").arg(a.name, marketplaceName(a.marketplace)), a.id);
        if (!seen.contains(a.marketplace)) {
            seen << a.marketplace;
            m_marketplace->addItem(marketplaceName(a.marketplace), a.marketplace);
        }
    }
    // Keep the choice when it still exists; otherwise back to all.
    const int accountIndex = m_account->findData(account);
    m_account->setCurrentIndex(qMax(0, accountIndex));
    const int marketplaceIndex = m_marketplace->findData(marketplace);
    m_marketplace->setCurrentIndex(qMax(0, marketplaceIndex));
    m_model->setAccount(m_account->currentData().toLongLong());
    m_model->setMarketplace(m_marketplace->currentData().toString());
}

void ChatsPane::updateStatus()
{
    QString text = tr("%n chat(s)", nullptr, m_model->rowCount());
    if (m_model->rowCount() != m_model->totalCount())
        text = tr("%1 of %2").arg(text).arg(m_model->totalCount());
    if (!m_model->allRowsLoaded())
        text += tr(" · loading the other chats…");
    else if (!m_model->messageTextReady() && !m_model->search().isEmpty())
        text += tr(" · message text is still being indexed");
    else if (m_model->textSearchPending())
        text += tr(" · searching the messages…");
    m_status->setText(text);
}

qint64 ChatsPane::currentChatId() const
{
    return m_view->chatId();
}

bool ChatsPane::openChat(qint64 chatId)
{
    const int row = m_model->rowOf(chatId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return true;
}

bool ChatsPane::selectRelative(int delta)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return false;
    const int current = m_model->rowOf(currentChatId());
    const int row = current < 0 ? (delta > 0 ? 0 : count - 1) : current + delta;
    if (row < 0 || row >= count)
        return false;
    return openChat(m_model->chatIdAt(row));
}

bool ChatsPane::selectNextUnread()
{
    const qint64 next = m_model->nextUnread(currentChatId());
    if (next == 0) {
        emit notice(tr("No other chat has unread messages."));
        return false;
    }
    return openChat(next);
}

void ChatsPane::onCurrentChanged(const QModelIndex &current)
{
    // A chat that a filter hid stays open; only choosing another one changes it.
    if (!current.isValid())
        return;
    const qint64 chatId = current.data(ChatListModel::ChatIdRole).toLongLong();
    if (chatId == m_view->chatId())
        return;
    m_model->setPinnedChat(chatId);
    m_view->setChat(chatId);
    emit openChatChanged(chatId);
}

bool ChatsPane::revealChat(qint64 chatId)
{
    if (openChat(chatId))
        return true;
    if (m_model->totalCount() == 0)
        return false;
    applyView({}); // everything, newest first
    if (openChat(chatId))
        return true;
    emit notice(tr("That chat is no longer in the list."));
    return false;
}

bool ChatsPane::setChatMuted(qint64 chatId, bool muted)
{
    store::StoreError error;
    if (!store::ChatRepository(m_workspace.database().connection())
             .setMuted(chatId, muted, &error)) {
        emit notice(error.message);
        return false;
    }
    m_workspace.notifier().notify({QStringLiteral("chats")});
    emit notice(muted ? tr("Chat muted: no SLA notifications for it.")
                      : tr("Chat unmuted: its SLA notifications are back."));
    return true;
}

void ChatsPane::showListMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid())
        return;
    const qint64 chatId = index.data(ChatListModel::ChatIdRole).toLongLong();
    const bool muted = index.data(ChatListModel::MutedRole).toBool();
    QMenu menu(this);
    QAction *mute = menu.addAction(muted ? tr("Unmute notifications") : tr("Mute notifications"),
                                   this, [this, chatId, muted] { setChatMuted(chatId, !muted); });
    mute->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    menu.addAction(tr("Save the current filters as a view…"), m_savedViews,
                   &SavedViewList::saveCurrentAsk);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

SlaReportDialog *ChatsPane::showReport()
{
    if (!m_report) {
        m_report = new SlaReportDialog(m_workspace, this);
        m_report->setAttribute(Qt::WA_DeleteOnClose);
        if (m_clock)
            m_report->setClock(m_clock);
        connect(m_report, &SlaReportDialog::notice, this, &ChatsPane::notice);
        connect(m_report, &SlaReportDialog::openChatRequested, this, [this](qint64 chatId) {
            emit paneWanted();
            window()->raise();
            window()->activateWindow();
            revealChat(chatId);
        });
    }
    m_report->show();
    m_report->raise();
    m_report->activateWindow();
    return m_report;
}

void ChatsPane::manageCannedReplies()
{
    CannedRepliesDialog dialog(m_workspace, this);
    dialog.exec();
}

void ChatsPane::manageAiDrafts()
{
    AiSettingsDialog dialog(m_workspace, m_secrets, this);
    dialog.exec();
}

void ChatsPane::manageAccounts()
{
    AccountDialog dialog(m_workspace, m_secrets, this);
    connect(&dialog, &AccountDialog::notice, this, &ChatsPane::notice);
    dialog.exec();
}

} // namespace agentp::views
