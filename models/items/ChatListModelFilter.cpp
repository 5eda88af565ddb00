// ChatListModel: the filters, the sort and the counts of other filters (saved views).
#include "models/items/ChatListModel.h"

namespace agentp::models {

bool ChatListModel::passesFilters(const ChatListEntry &e, qint64 now) const
{
    return passesFilters(e, m_filter, now, m_pinned);
}

bool ChatListModel::passesFilters(const ChatListEntry &e, const domain::ChatViewFilter &f,
                                  qint64 now, qint64 pinned) const
{
    if (f.accountId != 0 && e.accountId != f.accountId)
        return false;
    if (!f.marketplace.isEmpty()) {
        const ChatAccountInfo *a = accountInfo(e.accountId);
        if (!a || a->marketplace != f.marketplace)
            return false;
    }
    if (e.id != pinned) {
        if (f.unreadOnly && e.unread <= 0)
            return false;
        if (f.unansweredOnly && !e.unanswered())
            return false;
        if (f.urgentOnly) {
            const domain::SlaStage stage = m_clocks.clockOf(e).stageAt(now);
            if (stage != domain::SlaStage::Warning && stage != domain::SlaStage::Breached)
                return false;
        }
    }
    return true;
}

domain::ChatViewFilter ChatListModel::filter() const
{
    domain::ChatViewFilter f;
    f.search = m_searchText;
    f.accountId = m_accountId;
    f.marketplace = m_marketplace;
    f.unreadOnly = m_unreadOnly;
    f.unansweredOnly = m_unansweredOnly;
    f.urgentOnly = m_urgentOnly;
    f.sort = m_sort;
    return f;
}

void ChatListModel::applyFilter(const domain::ChatViewFilter &f)
{
    if (f == filter())
        return;
    m_searchText = f.search;
    m_query = ChatSearchQuery(f.search);
    m_accountId = f.accountId;
    m_marketplace = f.marketplace;
    m_unreadOnly = f.unreadOnly;
    m_unansweredOnly = f.unansweredOnly;
    m_urgentOnly = f.urgentOnly;
    if (f.sort != m_sort) {
        m_sort = f.sort;
        m_order = sortedOrder(m_entries, m_sort);
    }
    refilter(false);
    scheduleStageChange();
}

domain::ChatViewFilter ChatListModel::normalized(domain::ChatViewFilter f) const
{
    if (f.accountId != 0 && !accountInfo(f.accountId))
        f.accountId = 0;
    return f;
}

int ChatListModel::countMatching(const domain::ChatViewFilter &view) const
{
    const domain::ChatViewFilter f = normalized(view);
    const qint64 now = nowMs();
    const ChatSearchQuery query(f.search);
    int n = 0;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const ChatListEntry &e = m_entries[i];
        if (!passesFilters(e, f, now, 0))
            continue;
        bool all = true;
        for (const QByteArray &word : query.terms()) {
            if (int(i) < m_keys.slotCount() && m_keys.slotContains(int(i), word))
                continue;
            const int slot = m_texts ? m_texts->slotOf(e.id) : -1;
            if (slot >= 0 && m_texts->slotContains(slot, word))
                continue;
            const auto delta = m_textDelta.constFind(e.id);
            if (delta != m_textDelta.constEnd() && ChatSearchQuery::contains(delta.value(), word))
                continue;
            all = false;
            break;
        }
        if (all)
            ++n;
    }
    return n;
}

void ChatListModel::setSearch(const QString &text)
{
    m_searchText = text;
    ChatSearchQuery query(text);
    if (query == m_query)
        return;
    // Narrowing looks only at the shown rows: they must be the whole answer to the last query.
    const bool narrowing = query.narrows(m_query) && m_complete && !m_textScan;
    m_query = std::move(query);
    refilter(narrowing);
}

void ChatListModel::setAccount(qint64 accountId)
{
    if (accountId == m_accountId)
        return;
    m_accountId = accountId;
    refilter(false);
}

void ChatListModel::setMarketplace(const QString &marketplace)
{
    if (marketplace == m_marketplace)
        return;
    m_marketplace = marketplace;
    refilter(false);
}

void ChatListModel::setUnreadOnly(bool on)
{
    if (on == m_unreadOnly)
        return;
    m_unreadOnly = on;
    refilter(false);
}

void ChatListModel::setUnansweredOnly(bool on)
{
    if (on == m_unansweredOnly)
        return;
    m_unansweredOnly = on;
    refilter(false);
}

void ChatListModel::setSort(Sort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    m_order = sortedOrder(m_entries, m_sort);
    refilter(false);
    scheduleStageChange();
}

void ChatListModel::setUrgentOnly(bool on)
{
    if (on == m_urgentOnly)
        return;
    m_urgentOnly = on;
    refilter(false);
}

void ChatListModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    onStageChange();
}

qint64 ChatListModel::nowMs() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
}

int ChatListModel::urgentCount(domain::SlaStage stage) const
{
    const qint64 now = nowMs();
    int n = 0;
    for (const ChatListEntry &e : m_entries) {
        if (!e.muted && m_clocks.clockOf(e).stageAt(now) == stage)
            ++n;
    }
    return n;
}

} // namespace agentp::models
