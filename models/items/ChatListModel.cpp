#include "models/items/ChatListModel.h"

#include "models/store/SlaRuleRepository.h"

#include "models/items/ChatListModelSearch.h"
#include "models/store/StoreNotifier.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

namespace agentp::models {

namespace {

QVariant timeValue(qint64 ms)
{
    return ms == ChatListEntry::kNoTime ? QVariant(QDateTime())
                                        : QVariant(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

} // namespace

std::vector<int> ChatListModel::sortedOrder(const std::vector<ChatListEntry> &entries,
                                            Sort sort) const
{
    std::vector<int> order(entries.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    const auto byActivity = [&entries](int a, int b) {
        const ChatListEntry &x = entries[size_t(a)];
        const ChatListEntry &y = entries[size_t(b)];
        return x.lastMs != y.lastMs ? x.lastMs > y.lastMs : x.id > y.id;
    };
    if (sort == Sort::LastActivity) {
        std::sort(order.begin(), order.end(), byActivity);
    } else if (sort == Sort::Urgency) {
        // Stage first (breached, warning, ok, not waiting), then the deadline: the longest
        // overdue and the soonest due on top. The stage depends on now: onStageChange re-sorts.
        const qint64 now = nowMs();
        const auto rank = [](domain::SlaStage stage) {
            switch (stage) {
            case domain::SlaStage::Breached:
                return 0;
            case domain::SlaStage::Warning:
                return 1;
            case domain::SlaStage::Ok:
                return 2;
            case domain::SlaStage::NotWaiting:
                break;
            }
            return 3;
        };
        std::vector<std::pair<int, qint64>> keys(entries.size());
        for (size_t i = 0; i < entries.size(); ++i) {
            const ChatSlaClocks::Clock &c = m_clocks.clockOf(entries[i]);
            keys[i] = {rank(c.stageAt(now)), c.waiting() ? c.dueMs : 0};
        }
        std::sort(order.begin(), order.end(), byActivity);
        std::stable_sort(order.begin(), order.end(),
                         [&keys](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
    } else {
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const int ua = entries[size_t(a)].unread;
            const int ub = entries[size_t(b)].unread;
            return ua != ub ? ua > ub : byActivity(a, b);
        });
    }
    return order;
}

ChatListModel::ChatListModel(QSqlDatabase db, store::StoreNotifier *notifier, TextIndex textIndex,
                             QObject *parent)
    : QAbstractListModel(parent)
    , m_db(std::move(db))
    , m_textMode(textIndex)
    , m_reconcileTimer(new QTimer(this))
    , m_self(std::make_shared<ChatListModel *>(this))
{
    m_reconcileTimer->setSingleShot(true);
    m_reconcileTimer->setInterval(2000);
    connect(m_reconcileTimer, &QTimer::timeout, this, [this] {
        if (m_loadJob) {
            m_reconcileAgain = true;
            return;
        }
        m_loadJob = std::make_unique<ChatListLoadJob>(
            m_db.databaseName(), true, false, this,
            [this](std::shared_ptr<ChatListLoadJob::Result> r) { adoptLoad(r); });
    });
    m_stageTimer = new QTimer(this);
    m_stageTimer->setSingleShot(true);
    connect(m_stageTimer, &QTimer::timeout, this, &ChatListModel::onStageChange);
    loadSlaRules();
    if (notifier)
        connect(notifier, &store::StoreNotifier::changed, this, &ChatListModel::onStoreChanged);

    const QString path = m_db.databaseName();
    const bool inMemory = path.isEmpty() || path == QLatin1String(":memory:") ||
                          path.startsWith(QLatin1String("file::memory:"));
    store::StoreError error;
    const bool large = !inMemory && m_textMode == TextIndex::Background &&
                       ChatListLoader(m_db).chatCount(&error) > m_largeList;
    if (large) {
        // 100,000 chats take a second or two to read and their message index several more.
        // The window paints the most recent chats at once (a short range of an index), then
        // every row arrives from a thread, then the message index from another — rather than
        // an empty list until all of it is read.
        const ChatListLoader loader(m_db);
        std::vector<ChatAccountInfo> accounts = loader.accounts(&error);
        std::vector<ChatListEntry> first;
        if (!error.isError())
            first = loader.latestChats(kFirstScreenChats, &error);
        if (!error.isError())
            mergeAll(std::move(accounts), std::move(first));
        m_rowsPartial = true;
        m_textsAfterRows = true;
        m_loadJob = std::make_unique<ChatListLoadJob>(
            path, true, false, this,
            [this](std::shared_ptr<ChatListLoadJob::Result> r) { adoptLoad(r); });
        return;
    }
    loadRows();
    if (m_textMode == TextIndex::Immediate || (m_textMode == TextIndex::Background && inMemory)) {
        QHash<qint64, QByteArray> texts;
        m_maxMessageId = ChatListLoader(m_db).messageTexts(0, &texts, nullptr, &error);
        m_texts = ChatTextBlock::fromTexts(std::move(texts));
        m_textReady = true;
        if (error.isError())
            emit loadFailed(error.message);
    } else if (m_textMode == TextIndex::Background) {
        m_loadJob = std::make_unique<ChatListLoadJob>(
            path, false, true, this,
            [this](std::shared_ptr<ChatListLoadJob::Result> r) { adoptLoad(r); });
    }
}

ChatListModel::~ChatListModel()
{
    cancelTextScan();
}

void ChatListModel::rebuildKeys()
{
    m_keys = ChatTextBlock();
    qsizetype bytes = 0;
    for (const ChatListEntry &e : m_entries)
        bytes += e.key.size();
    m_keys.reserve(qsizetype(m_entries.size()), bytes);
    for (const ChatListEntry &e : m_entries)
        m_keys.append(e.id, e.key);
}

void ChatListModel::applyState(std::vector<ChatListEntry> *entries, std::vector<int> *order,
                               std::vector<int> rows, const QSet<qint64> &changedIds)
{
    const std::vector<ChatListEntry> &next = entries ? *entries : m_entries;
    bool sameIds = rows.size() == m_rows.size();
    if (!entries)
        sameIds = sameIds && rows == m_rows; // same entries: compare indices, touch none
    for (size_t i = 0; entries && sameIds && i < rows.size(); ++i)
        sameIds = next[size_t(rows[i])].id == m_entries[size_t(m_rows[i])].id;

    const auto install = [&] {
        if (entries) {
            m_entries = std::move(*entries);
            m_entryOfChat.clear();
            m_entryOfChat.reserve(qsizetype(m_entries.size()));
            for (size_t i = 0; i < m_entries.size(); ++i)
                m_entryOfChat.insert(m_entries[i].id, int(i));
            rebuildKeys();
        }
        if (order)
            m_order = std::move(*order);
        m_rows = std::move(rows);
        m_rowOfEntry.assign(m_entries.size(), -1);
        for (size_t r = 0; r < m_rows.size(); ++r)
            m_rowOfEntry[size_t(m_rows[r])] = int(r);
        if (entries || order) {
            m_maxChatId = 0;
            m_newestMs = ChatListEntry::kNoTime;
            for (const ChatListEntry &e : m_entries) {
                m_maxChatId = std::max(m_maxChatId, e.id);
                m_newestMs = std::max(m_newestMs, e.lastMs);
            }
            // New waits or answers move the next stage change.
            scheduleStageChange();
        }
    };

    if (sameIds) {
        install();
    } else {
        // The persistent indexes (selection, current row) follow their chat, not their row.
        emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
        const QModelIndexList from = persistentIndexList();
        std::vector<qint64> ids;
        ids.reserve(size_t(from.size()));
        for (const QModelIndex &i : from)
            ids.push_back(chatIdAt(i.row()));
        install();
        QModelIndexList to;
        to.reserve(from.size());
        for (qsizetype k = 0; k < from.size(); ++k) {
            const int row = rowOf(ids[size_t(k)]);
            to.append(row < 0 ? QModelIndex() : index(row, from.at(k).column()));
        }
        changePersistentIndexList(from, to);
        emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    }
    for (qint64 id : changedIds) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row), index(row));
    }
    if (entries)
        emit entriesChanged();
}

void ChatListModel::loadSlaRules()
{
    store::StoreError error;
    QStringList problems;
    QList<domain::SlaRule> rules = store::SlaRuleRepository(m_db).rules(&error, &problems);
    if (error.isError())
        emit loadFailed(error.message);
    for (const QString &p : problems)
        emit loadFailed(p);
    m_clocks.setRules(std::move(rules));
}

void ChatListModel::onStageChange()
{
    if (m_sort == Sort::Urgency)
        m_order = sortedOrder(m_entries, m_sort);
    if (m_sort == Sort::Urgency || m_urgentOnly)
        refilter(false); // also re-arms the timer (applyState)
    else
        scheduleStageChange();
    if (!m_rows.empty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {SlaStateRole, SlaDeadlineRole});
    emit slaStagesChanged();
}

void ChatListModel::scheduleStageChange()
{
    const qint64 now = nowMs();
    const qint64 next = m_clocks.nextStageChange(m_entries, m_order, now);
    if (next == ChatListEntry::kNoTime) {
        m_stageTimer->stop();
        return;
    }
    // A pinned clock (tests) never reaches the moment by itself; cap long waits so a suspended
    // machine wakes up to the right order within a minute.
    m_stageTimer->start(int(std::clamp<qint64>(next - now, 0, 60 * 1000)));
}

void ChatListModel::setPinnedChat(qint64 chatId)
{
    if (chatId == m_pinned)
        return;
    m_pinned = chatId;
    if (m_unreadOnly || m_unansweredOnly)
        refilter(false);
}

const ChatAccountInfo *ChatListModel::accountInfo(qint64 accountId) const
{
    for (const ChatAccountInfo &a : m_accounts) {
        if (a.id == accountId)
            return &a;
    }
    return nullptr;
}

int ChatListModel::rowOf(qint64 chatId) const
{
    const auto it = m_entryOfChat.constFind(chatId);
    return it == m_entryOfChat.constEnd() ? -1 : m_rowOfEntry[size_t(it.value())];
}

qint64 ChatListModel::chatIdAt(int row) const
{
    const ChatListEntry *e = entryAt(row);
    return e ? e->id : 0;
}

const ChatListEntry *ChatListModel::entryAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? &m_entries[size_t(m_rows[size_t(row)])]
                                                   : nullptr;
}

qint64 ChatListModel::nextUnread(qint64 chatId) const
{
    const int n = int(m_rows.size());
    const int start = rowOf(chatId);
    for (int k = 1; k <= n; ++k) {
        const int row = ((start < 0 ? -1 : start) + k) % n;
        const ChatListEntry *e = entryAt(row);
        if (e->unread > 0 && e->id != chatId)
            return e->id;
    }
    return 0;
}

int ChatListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChatListModel::data(const QModelIndex &index, int role) const
{
    const ChatListEntry *e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        if (!e->title.isEmpty())
            return e->title;
        return e->orderNumber.isEmpty() ? tr("Chat %1").arg(e->id)
                                        : tr("Order %1").arg(e->orderNumber);
    case Qt::ToolTipRole:
        return e->orderNumber.isEmpty() ? e->product
                                        : tr("Order %1 · %2").arg(e->orderNumber, e->product);
    case ChatIdRole:
        return e->id;
    case AccountIdRole:
        return e->accountId;
    case MarketplaceRole:
    case AccountNameRole: {
        const ChatAccountInfo *a = accountInfo(e->accountId);
        if (!a)
            return QString();
        return role == MarketplaceRole ? a->marketplace : a->name;
    }
    case PreviewRole:
        return e->preview;
    case LastMessageAtRole:
        return timeValue(e->lastMs);
    case UnreadCountRole:
        return e->unread;
    case ChatTypeRole:
        return e->chatType;
    case StatusRole:
        return e->status;
    case LastBuyerMessageAtRole:
        return timeValue(e->lastBuyerMs);
    case LastSellerMessageAtRole:
        return timeValue(e->lastSellerMs);
    case UnansweredRole:
        return e->unanswered();
    case OrderNumberRole:
        return e->orderNumber;
    case ProductRole:
        return e->product;
    case MutedRole:
        return e->muted;
    case HistoryCompleteRole:
        return e->historyComplete;
    case SlaDeadlineRole: {
        const ChatSlaClocks::Clock &c = m_clocks.clockOf(*e);
        return c.waiting() ? QVariant(QDateTime::fromMSecsSinceEpoch(c.dueMs, QTimeZone::utc()))
                           : QVariant();
    }
    case SlaStateRole:
        return int(m_clocks.clockOf(*e).stageAt(nowMs()));
    case SlaFirstResponseRole:
        return m_clocks.clockOf(*e).firstResponse;
    }
    return {};
}

QHash<int, QByteArray> ChatListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ChatIdRole, "chatId"},
                  {AccountIdRole, "accountId"},
                  {MarketplaceRole, "marketplace"},
                  {AccountNameRole, "accountName"},
                  {TitleRole, "title"},
                  {PreviewRole, "preview"},
                  {LastMessageAtRole, "lastMessageAt"},
                  {UnreadCountRole, "unreadCount"},
                  {ChatTypeRole, "chatType"},
                  {StatusRole, "status"},
                  {LastBuyerMessageAtRole, "lastBuyerMessageAt"},
                  {LastSellerMessageAtRole, "lastSellerMessageAt"},
                  {UnansweredRole, "unanswered"},
                  {OrderNumberRole, "orderNumber"},
                  {ProductRole, "product"},
                  {MutedRole, "muted"},
                  {HistoryCompleteRole, "historyComplete"},
                  {SlaDeadlineRole, "slaDeadline"},
                  {SlaStateRole, "slaState"},
                  {SlaFirstResponseRole, "slaFirstResponse"}});
    return names;
}

} // namespace agentp::models
