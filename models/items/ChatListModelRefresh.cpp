// ChatListModel: reading the store and merging what changed (see the class comment).
#include "models/items/ChatListModel.h"

#include "models/items/ChatListModelSearch.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace agentp::models {

namespace {

// Building the message index of a large list allocates and frees several times the index's own
// size (a million bodies read, folded, then packed into one block) on the loader's thread. glibc
// keeps freed memory in that thread's arena, so the console would stay resident at its peak for
// good; hand it back to the system once the index is in.
void releaseFreedHeap()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

// How far behind the newest activity a store change is looked for in a large list's indexed
// refresh: accounts sync at different moments, so a chat's new last message may be a little
// older than another account's newest. Anything older is found by the reconciliation. (Wider
// costs: the demo at 100,000 chats has 14,000 chats active within an hour of its newest.)
constexpr qint64 kRecentSlackMs = 5LL * 60 * 1000;
// Bodies that arrived after the text block was built are folded into a new block beyond this.
constexpr qint64 kMaxDeltaBytes = 8 * 1024 * 1024;

// The same accounts as shown: ids, names, marketplaces and whether they sync.
bool sameAccounts(const std::vector<ChatAccountInfo> &a, const std::vector<ChatAccountInfo> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const ChatAccountInfo &x, const ChatAccountInfo &y) {
                          return x.id == y.id && x.name == y.name &&
                                 x.marketplace == y.marketplace && x.enabled == y.enabled;
                      });
}

} // namespace

void ChatListModel::onStoreChanged(const QSet<QString> &tables)
{
    static const QSet<QString> mine = {QStringLiteral("chats"), QStringLiteral("chat_messages"),
                                       QStringLiteral("seller_accounts")};
    if (tables.contains(QStringLiteral("sla_rules"))) {
        loadSlaRules(); // every clock may move
        onStageChange();
    }
    if (!tables.intersects(mine))
        return;
    if (!isLarge()) {
        loadRows();
    } else {
        if (tables.contains(QStringLiteral("seller_accounts"))) {
            store::StoreError error;
            auto accounts = ChatListLoader(m_db).accounts(&error);
            const bool renamed = !error.isError() && accounts.size() == m_accounts.size() &&
                                 !sameAccounts(accounts, m_accounts);
            if (!error.isError() && accounts.size() != m_accounts.size()) {
                scheduleReconcile(); // added or removed: chats come or go with it
            } else if (renamed) {
                m_accounts = std::move(accounts);
                m_clocks.setAccounts(m_accounts);
                if (!m_rows.empty())
                    emit dataChanged(index(0), index(int(m_rows.size()) - 1));
                emit accountsChanged();
            }
        }
        refreshRecent();
        scheduleReconcile();
    }
    if (tables.contains(QStringLiteral("chat_messages")))
        appendNewMessages();
}

void ChatListModel::reload()
{
    loadRows();
    appendNewMessages();
}

void ChatListModel::loadRows()
{
    store::StoreError error;
    const ChatListLoader loader(m_db);
    std::vector<ChatAccountInfo> accounts = loader.accounts(&error);
    std::vector<ChatListEntry> fresh =
        error.isError() ? std::vector<ChatListEntry>() : loader.chats(&error);
    if (error.isError()) {
        emit loadFailed(error.message); // keep what is shown rather than emptying the list
        return;
    }
    mergeAll(std::move(accounts), std::move(fresh));
}

void ChatListModel::adoptLoad(const std::shared_ptr<ChatListLoadJob::Result> &result)
{
    m_loadJob.reset();
    if (!result->error.isEmpty()) {
        emit loadFailed(result->error);
        return;
    }
    if (!result->accounts.empty() || !result->chats.empty())
        mergeAll(std::move(result->accounts), std::move(result->chats));
    if (result->rows)
        m_rowsPartial = false;
    if (result->texts) {
        m_texts = result->texts;
        m_maxMessageId = result->maxMessageId;
        m_textReady = true;
        releaseFreedHeap();
        appendNewMessages(); // messages written while the index was being built
        if (!m_query.isEmpty())
            refilter(false);
        emit messageTextReadyChanged(true);
    }
    emit loaded();
    if (m_textsAfterRows && !result->texts) {
        // Every row is in: now the message index (the reconcile waits for it, as it waits for
        // any load).
        m_textsAfterRows = false;
        m_loadJob = std::make_unique<ChatListLoadJob>(
            m_db.databaseName(), false, true, this,
            [this](std::shared_ptr<ChatListLoadJob::Result> r) { adoptLoad(r); });
        return;
    }
    if (m_reconcileAgain) {
        m_reconcileAgain = false;
        scheduleReconcile();
    }
}

void ChatListModel::mergeAll(std::vector<ChatAccountInfo> accounts,
                             std::vector<ChatListEntry> fresh)
{
    QSet<qint64> changed;
    for (const ChatListEntry &e : fresh) {
        const auto it = m_entryOfChat.constFind(e.id);
        if (it != m_entryOfChat.constEnd() && !m_entries[size_t(it.value())].sameShown(e))
            changed.insert(e.id);
    }
    const bool accountsDiffer = !sameAccounts(accounts, m_accounts);
    // Account names are shown on every row: a rename changes them all.
    if (accountsDiffer) {
        for (const ChatListEntry &e : fresh)
            changed.insert(e.id);
    }
    m_accounts = std::move(accounts);
    m_clocks.setAccounts(m_accounts);
    std::vector<int> order = sortedOrder(fresh, m_sort);
    std::vector<int> rows = stableRows(fresh, order);
    applyState(&fresh, &order, std::move(rows), changed);
    if (!m_query.isEmpty())
        refilter(false);
    if (accountsDiffer)
        emit accountsChanged();
}

std::vector<int> ChatListModel::stableRows(const std::vector<ChatListEntry> &entries,
                                           const std::vector<int> &order) const
{
    std::vector<int> rows;
    rows.reserve(m_rows.size());
    const qint64 now = nowMs();
    if (m_query.isEmpty()) {
        for (int i : order) {
            if (passesFilters(entries[size_t(i)], now))
                rows.push_back(i);
        }
        return rows;
    }
    // While a search is active the rows it showed stay until it ran again on the new entries.
    QSet<qint64> shown;
    shown.reserve(qsizetype(m_rows.size()));
    for (int i : m_rows)
        shown.insert(m_entries[size_t(i)].id);
    for (int i : order) {
        const ChatListEntry &e = entries[size_t(i)];
        if (shown.contains(e.id) && passesFilters(e, now))
            rows.push_back(i);
    }
    return rows;
}

// A large list after a store change: new chats, chats with recent activity and chats whose
// unread count changed are read by index and merged in place; the rest waits for the
// reconciliation a moment later.
void ChatListModel::refreshRecent()
{
    store::StoreError error;
    const ChatListLoader loader(m_db);
    const QHash<qint64, int> unread = loader.unreadCounts(&error);
    QList<qint64> recheck;
    for (const ChatListEntry &e : m_entries) {
        if (e.unread != unread.value(e.id, 0))
            recheck << e.id;
    }
    const QDateTime since = QDateTime::fromMSecsSinceEpoch(
        m_newestMs == ChatListEntry::kNoTime ? 0 : m_newestMs - kRecentSlackMs, Qt::UTC);
    std::vector<ChatListEntry> fresh =
        error.isError() ? std::vector<ChatListEntry>()
                        : loader.changedChats(m_maxChatId, since, recheck, &error);
    if (error.isError()) {
        emit loadFailed(error.message);
        return;
    }
    QSet<qint64> changed;
    std::vector<ChatListEntry> entries;
    for (ChatListEntry &e : fresh) {
        const auto it = m_entryOfChat.constFind(e.id);
        if (it == m_entryOfChat.constEnd() || !m_entries[size_t(it.value())].sameShown(e))
            changed.insert(e.id);
    }
    if (changed.isEmpty())
        return;
    // Replaced in place and appended: the shown rows still name the same chats.
    entries = m_entries;
    for (ChatListEntry &e : fresh) {
        if (!changed.contains(e.id))
            continue;
        const auto it = m_entryOfChat.constFind(e.id);
        if (it == m_entryOfChat.constEnd())
            entries.push_back(std::move(e));
        else
            entries[size_t(it.value())] = std::move(e);
    }
    std::vector<int> order = sortedOrder(entries, m_sort);
    std::vector<int> rows = stableRows(entries, order);
    applyState(&entries, &order, std::move(rows), changed);
    if (!m_query.isEmpty())
        refilter(false);
}

void ChatListModel::scheduleReconcile()
{
    if (!m_reconcileTimer->isActive())
        m_reconcileTimer->start();
}

void ChatListModel::appendNewMessages()
{
    if (!m_textReady)
        return;
    store::StoreError error;
    QHash<qint64, QByteArray> texts;
    const qint64 maxId = ChatListLoader(m_db).messageTexts(m_maxMessageId, &texts, nullptr, &error);
    if (error.isError()) {
        emit loadFailed(error.message);
        return;
    }
    m_maxMessageId = maxId;
    if (texts.isEmpty())
        return;
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        QByteArray &text = m_textDelta[it.key()];
        if (!text.isEmpty())
            text += '\n';
        text += it.value();
        m_textDeltaBytes += it.value().size() + 1;
    }
    if (m_textDeltaBytes > kMaxDeltaBytes) {
        m_texts = m_texts ? m_texts->merged(m_textDelta)
                          : ChatTextBlock::fromTexts(std::move(m_textDelta));
        m_textDelta.clear();
        m_textDeltaBytes = 0;
    }
    if (!m_query.isEmpty())
        refilter(false);
}

} // namespace agentp::models
