#pragma once

#include "models/domain/ChatViewFilter.h"
#include "models/items/ChatListLoader.h"
#include "models/items/ChatSearchQuery.h"
#include "models/items/ChatSlaClocks.h"
#include "models/items/ChatTextBlock.h"

#include <QAbstractListModel>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <vector>

class QTimer;

namespace agentp::store {
class StoreNotifier;
}

namespace agentp::models {

// Every buyer chat of every seller account (or of one), for the chat list.
//
// Design (100,000 chats, a keystroke must cost less than a frame): the chat rows are read into
// memory once (ChatListEntry: ids, times as integers, the shown texts and a folded search key of
// title, order number and product) and filtered and sorted there. The base order
// (by last activity or by unread) is kept sorted; every visible list is a subsequence of it, so
// filtering never sorts, and a query that only extends the previous one looks at the previous
// hits alone.
//
// Search keys and message text live in ChatTextBlocks: contiguous folded UTF-8, one memmem
// sweep per word. The schema (v6) has no full-text index of chat_messages and this model may not
// change it, so the bodies of every chat are held in memory (about 87 MB for 1.08 million
// messages), built on a thread after the list opened; bodies that arrive later sit in a small
// delta. Sweeping all message text takes tens of milliseconds — more than a frame — so when
// there is more of it to look at than scanNowBytes, a keystroke answers from the keys at once and
// the message text is swept on the thread pool; its hits join the list when the sweep ends
// (textSearchPending() meanwhile). A narrowing query looks only at the previous hits' texts,
// usually at once. bench/bench_chat_search measures all of it against a plain in-memory scan of
// the same texts.
//
// Refresh: on StoreNotifier changes of chats, chat_messages or seller_accounts. A small list is
// re-read whole. A large one reads what a change can have touched through the indexes (new ids,
// recent activity, changed unread counts) and reconciles everything else on a thread a moment
// later. New message bodies are appended by id. The visible rows change with layoutChanged
// (persistent indexes follow their chat, so the selection stays on it) and changed rows with
// dataChanged.
class ChatListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ChatIdRole = Qt::UserRole + 1,
        AccountIdRole,
        MarketplaceRole, // "ozon", "wildberries", "yandex_market", "demo"
        AccountNameRole,
        TitleRole, // also Qt::DisplayRole
        PreviewRole,
        LastMessageAtRole, // QDateTime (UTC), invalid when unknown
        UnreadCountRole,
        ChatTypeRole,
        StatusRole,
        LastBuyerMessageAtRole,
        LastSellerMessageAtRole,
        UnansweredRole, // bool: the buyer wrote last
        OrderNumberRole,
        ProductRole,
        MutedRole,
        HistoryCompleteRole,
        // The SLA clock (docs/sla.md): the deadline (QDateTime, UTC; invalid when nobody
        // waits), the stage now (int, domain::SlaStage) and whether it is the first response.
        SlaDeadlineRole,
        SlaStateRole,
        SlaFirstResponseRole,
    };
    using Sort = domain::ChatSort;
    enum class TextIndex
    {
        Background, // rows now (on a thread when large), message text on a thread (the window)
        Immediate,  // rows and message text now, in the constructor (tests, benchmarks)
        None,       // rows now; titles, order numbers and products only
    };
    static constexpr int kDefaultLargeList = 20000;
    // A large list opens with this many of the most recent chats (several screens' worth).
    static constexpr int kFirstScreenChats = 200;
    static constexpr qint64 kDefaultScanNowBytes = 512 * 1024; // about a millisecond

    // `notifier` may be null (no automatic refresh).
    ChatListModel(QSqlDatabase db, store::StoreNotifier *notifier,
                  TextIndex textIndex = TextIndex::Background, QObject *parent = nullptr);
    ~ChatListModel() override;

    // Filters. An account id of 0 and an empty marketplace mean all.
    void setSearch(const QString &text);
    void setAccount(qint64 accountId);
    void setMarketplace(const QString &marketplace);
    void setUnreadOnly(bool on);
    void setUnansweredOnly(bool on);
    void setSort(Sort sort);
    // Only chats in the warning or breached stage (the "Urgent" quick filter).
    void setUrgentOnly(bool on);
    bool urgentOnly() const { return m_urgentOnly; }
    // "Now" for the SLA stages (tests pin it); the wall clock otherwise.
    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock);
    qint64 nowMs() const;
    const ChatSlaClocks &slaClocks() const { return m_clocks; }
    // Chats in the warning / breached stage now, of all chats not muted (one figure on demand;
    // SlaAlertTracker keeps these counts itself while it walks the chats anyway).
    int urgentCount(domain::SlaStage stage) const;
    QString search() const { return m_searchText; }
    qint64 account() const { return m_accountId; }
    QString marketplace() const { return m_marketplace; }
    bool unreadOnly() const { return m_unreadOnly; }
    bool unansweredOnly() const { return m_unansweredOnly; }
    Sort sort() const { return m_sort; }
    using QAbstractItemModel::sort; // the view's sort(column, order) stays reachable
    // All of the above at once (a saved view), with one refilter.
    domain::ChatViewFilter filter() const;
    void applyFilter(const domain::ChatViewFilter &filter);
    // How many chats `filter` would list now (a saved view's count): the same filters and search
    // (keys and the message text indexed so far), without the pinned open chat.
    int countMatching(const domain::ChatViewFilter &filter) const;
    // `filter` as the list would apply it: an account that no longer exists means all accounts.
    domain::ChatViewFilter normalized(domain::ChatViewFilter filter) const;

    // A chat that stays listed while the quick filters (unread, unanswered) would drop it: the
    // open chat does not vanish under the user when viewing it marks it read. 0: none.
    void setPinnedChat(qint64 chatId);

    // Above this many chats the list refreshes by index, and below `scanNowBytes` of message text
    // to look at a search sweeps it at once, otherwise on the thread pool (tests lower both to
    // exercise those paths on small data).
    void setLargeListThreshold(int chats, qint64 scanNowBytes = kDefaultScanNowBytes)
    {
        m_largeList = chats;
        m_scanNowBytes = scanNowBytes;
    }
    int largeListThreshold() const { return m_largeList; }
    bool textSearchPending() const { return m_textScan != nullptr; }
    // Bytes of folded text the search looks at (keys and message text).
    qint64 searchBytes() const
    {
        return m_keys.bytes() + (m_texts ? m_texts->bytes() : 0) + m_textDeltaBytes;
    }

    const std::vector<ChatAccountInfo> &accounts() const { return m_accounts; }
    const ChatAccountInfo *accountInfo(qint64 accountId) const;
    int totalCount() const { return int(m_entries.size()); }
    // Every chat, listed or not, in no particular order (notifications).
    const std::vector<ChatListEntry> &entries() const { return m_entries; }
    bool messageTextReady() const { return m_textReady; }
    // False while a large list shows only its most recent chats and the rest is being read.
    bool allRowsLoaded() const { return !m_rowsPartial; }

    int rowOf(qint64 chatId) const; // -1 when not listed
    qint64 chatIdAt(int row) const; // 0 when out of range
    const ChatListEntry *entryAt(int row) const;
    // The next listed chat after `chatId` (wrapping) that has unread messages; 0 when none.
    qint64 nextUnread(qint64 chatId) const;

    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadFailed(const QString &message);
    void accountsChanged();
    void messageTextReadyChanged(bool ready);
    // The list finished loading (large lists load on a thread) or a text scan finished.
    void loaded();
    void textSearchFinished();
    // A chat changed SLA stage, or the clock or rules changed (notifications, saved views).
    void slaStagesChanged();
    // The search, a filter or the sort changed (the sidebar marks the matching saved view).
    void filterChanged();
    // The chats were re-read: any chat may have changed, listed or not (saved-view counts, the
    // tray). The rows shown announce themselves through layoutChanged / dataChanged as usual.
    void entriesChanged();

private:
    struct Search;
    struct TextScan;
    // While only the first screen of a large list is in, the list is large too: a store change
    // then must not read every row on the GUI thread (the load job and a reconcile will).
    bool isLarge() const { return m_rowsPartial || int(m_entries.size()) > m_largeList; }
    std::vector<int> sortedOrder(const std::vector<ChatListEntry> &entries, Sort sort) const;
    void loadSlaRules();
    // Re-sorts / re-filters when a chat changes stage (urgency order, urgent filter), then arms
    // the timer for the next change.
    void onStageChange();
    void scheduleStageChange();
    void onStoreChanged(const QSet<QString> &tables);
    void loadRows();
    void adoptLoad(const std::shared_ptr<ChatListLoadJob::Result> &result);
    void mergeAll(std::vector<ChatAccountInfo> accounts, std::vector<ChatListEntry> fresh);
    void refreshRecent();
    void scheduleReconcile();
    void appendNewMessages();
    void rebuildKeys();
    // The rows to show right after the entries changed, before a search runs on them again.
    std::vector<int> stableRows(const std::vector<ChatListEntry> &entries,
                                const std::vector<int> &order) const;
    // With the list's own filter and pinned chat; `now` (nowMs(), read once per pass) matters
    // only for the urgent filter.
    bool passesFilters(const ChatListEntry &e, qint64 now) const;
    bool passesFilters(const ChatListEntry &e, const domain::ChatViewFilter &f, qint64 now,
                       qint64 pinned) const;
    void refilter(bool narrowing);
    // Message-text marks of the search's words, now or on the thread pool.
    void scanTexts(const std::shared_ptr<Search> &search, bool now);
    void finishSearch(const std::shared_ptr<Search> &search);
    void cancelTextScan();
    // Shows `rows` (indices into the entries); with `entries` set, these replace the entries;
    // with `order` set, it replaces the base order. `changedIds`: chats whose shown content
    // changed.
    void applyState(std::vector<ChatListEntry> *entries, std::vector<int> *order,
                    std::vector<int> rows, const QSet<qint64> &changedIds);

    QSqlDatabase m_db;
    std::vector<ChatAccountInfo> m_accounts;
    std::vector<ChatListEntry> m_entries;
    QHash<qint64, int> m_entryOfChat;
    std::vector<int> m_order;      // entry indices, sorted
    std::vector<int> m_rows;       // entry indices shown, a subsequence of m_order
    std::vector<int> m_rowOfEntry; // entry index → row, -1 when not shown
    ChatTextBlock m_keys;          // the entries' search keys, slot = entry index
    QString m_searchText;
    ChatSearchQuery m_query;
    qint64 m_accountId = 0;
    QString m_marketplace;
    bool m_unreadOnly = false;
    bool m_unansweredOnly = false;
    bool m_urgentOnly = false;
    ChatSlaClocks m_clocks;
    // The filter as of the last refilter (every setter refilters): passesFilters reads it.
    domain::ChatViewFilter m_filter;
    Clock m_clock;
    QTimer *m_stageTimer = nullptr;
    qint64 m_pinned = 0;
    Sort m_sort = Sort::LastActivity;
    TextIndex m_textMode;
    int m_largeList = kDefaultLargeList;
    qint64 m_scanNowBytes = kDefaultScanNowBytes;
    bool m_textReady = false;
    bool m_rowsPartial = false;    // only the first screen is in; every row is being read
    bool m_textsAfterRows = false; // the message index is read once every row is in
    qint64 m_maxMessageId = 0;     // the newest message whose text is in the index
    qint64 m_maxChatId = 0;
    qint64 m_newestMs = ChatListEntry::kNoTime;
    // Message text: the block built at load, plus what arrived since (chat id → folded bodies).
    std::shared_ptr<const ChatTextBlock> m_texts;
    QHash<qint64, QByteArray> m_textDelta;
    qint64 m_textDeltaBytes = 0;
    bool m_complete = true; // m_rows is the whole answer to m_query (no scan in flight)
    quint64 m_generation = 0;
    std::shared_ptr<TextScan> m_textScan; // the scan in flight
    std::unique_ptr<ChatListLoadJob> m_loadJob;
    bool m_reconcileAgain = false;
    QTimer *m_reconcileTimer;
    std::shared_ptr<ChatListModel *> m_self; // pool answers find the model only while it lives
};

} // namespace agentp::models
