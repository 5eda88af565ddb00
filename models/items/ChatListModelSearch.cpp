// ChatListModel: searching keys and message text (see the class comment).
#include "models/items/ChatListModelSearch.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace agentp::models {

namespace {

// Marks the slots holding `word`: the listed ones one by one, or (null) the whole block.
void sweep(const ChatTextBlock &block, const QByteArray &word, const std::vector<int> *listed,
           std::vector<char> *marks, const std::atomic_bool *cancel)
{
    if (!listed) {
        block.markContaining(word, marks, cancel);
        return;
    }
    for (int slot : *listed) {
        if (slot >= 0 && block.slotContains(slot, word))
            (*marks)[size_t(slot)] = 1;
    }
}

} // namespace

void ChatListModel::refilter(bool narrowing)
{
    cancelTextScan();
    ++m_generation;
    if (domain::ChatViewFilter now = filter(); !(now == m_filter)) {
        m_filter = std::move(now);
        emit filterChanged();
    }
    const std::vector<int> &base = narrowing ? m_rows : m_order;
    const qint64 now = nowMs(); // once, not per chat: the clock may be a test's function
    if (m_query.isEmpty()) {
        std::vector<int> rows;
        rows.reserve(base.size());
        for (int i : base) {
            if (passesFilters(m_entries[size_t(i)], now))
                rows.push_back(i);
        }
        m_complete = true;
        applyState(nullptr, nullptr, std::move(rows), {});
        return;
    }
    auto search = std::make_shared<Search>();
    search->generation = m_generation;
    search->query = m_query;
    search->texts = m_texts;
    // Touching 100,000 entries costs cache misses: with no filter on, the base is the answer.
    if (m_accountId == 0 && m_marketplace.isEmpty() && !m_unreadOnly && !m_unansweredOnly &&
        !m_urgentOnly) {
        search->candidates = base;
    } else {
        search->candidates.reserve(base.size());
        for (int i : base) {
            if (passesFilters(m_entries[size_t(i)], now))
                search->candidates.push_back(i);
        }
    }
    // Few candidates (a narrowing query): look at their own slices; many: sweep the block.
    const bool few = search->candidates.size() * 8 < m_entries.size();
    search->few = few;
    for (const QByteArray &word : m_query.terms()) {
        search->inKey.emplace_back(m_entries.size(), 0);
        sweep(m_keys, word, few ? &search->candidates : nullptr, &search->inKey.back(), nullptr);
    }
    qint64 bytes = 0;
    if (m_texts) {
        if (few) {
            search->candidateSlots.reserve(search->candidates.size());
            for (int i : search->candidates) {
                const int slot = m_texts->slotOf(m_entries[size_t(i)].id);
                search->candidateSlots.push_back(slot);
                if (slot >= 0)
                    bytes += m_texts->slotBytes(slot);
            }
        } else {
            bytes = m_texts->bytes();
        }
    }
    if (bytes <= m_scanNowBytes) {
        scanTexts(search, true);
        finishSearch(search);
        return;
    }
    // The keys answer now; the message text joins when swept.
    finishSearch(search);
    m_complete = false;
    scanTexts(search, false);
}

void ChatListModel::scanTexts(const std::shared_ptr<Search> &search, bool now)
{
    if (!search->texts)
        return;
    if (now) {
        for (const QByteArray &word : search->query.terms()) {
            search->inText.emplace_back(size_t(search->texts->slotCount()), 0);
            sweep(*search->texts, word, search->few ? &search->candidateSlots : nullptr,
                  &search->inText.back(), nullptr);
        }
        return;
    }
    auto scan = std::make_shared<TextScan>();
    scan->search = search;
    m_textScan = scan;
    const std::weak_ptr<ChatListModel *> weak = m_self;
    QThreadPool::globalInstance()->start([scan, weak] {
        Search &s = *scan->search;
        std::vector<std::vector<char>> marks;
        for (const QByteArray &word : s.query.terms()) {
            marks.emplace_back(size_t(s.texts->slotCount()), 0);
            sweep(*s.texts, word, s.few ? &s.candidateSlots : nullptr, &marks.back(),
                  &scan->cancel);
            if (scan->cancel.load())
                return;
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [weak, scan, marks = std::move(marks)]() mutable {
                const auto self = weak.lock();
                if (!self || scan->cancel.load() || (*self)->m_textScan != scan)
                    return; // superseded by a newer query, filter or refresh
                scan->search->inText = std::move(marks);
                (*self)->m_textScan.reset();
                (*self)->m_complete = true;
                (*self)->finishSearch(scan->search);
                emit(*self)->textSearchFinished();
            },
            Qt::QueuedConnection);
    });
}

void ChatListModel::finishSearch(const std::shared_ptr<Search> &search)
{
    if (search->generation != m_generation)
        return;
    const Search &s = *search;
    const auto &words = s.query.terms();
    std::vector<int> rows;
    rows.reserve(s.candidates.size());
    const bool keysOnly = s.inText.empty() && m_textDelta.isEmpty();
    for (int i : s.candidates) {
        if (keysOnly) { // no entry to read: the marks say it all
            bool all = true;
            for (size_t w = 0; all && w < words.size(); ++w)
                all = s.inKey[w][size_t(i)];
            if (all)
                rows.push_back(i);
            continue;
        }
        const ChatListEntry &e = m_entries[size_t(i)];
        const int slot = s.inText.empty() ? -1 : s.texts->slotOf(e.id);
        const auto delta = m_textDelta.constFind(e.id);
        bool all = true;
        for (size_t w = 0; all && w < words.size(); ++w) {
            all = s.inKey[w][size_t(i)] || (slot >= 0 && s.inText[w][size_t(slot)]) ||
                  (delta != m_textDelta.constEnd() &&
                   ChatSearchQuery::contains(delta.value(), words[w]));
        }
        if (all)
            rows.push_back(i);
    }
    if (s.inText.empty() == !s.texts)
        m_complete = true;
    applyState(nullptr, nullptr, std::move(rows), {});
}

void ChatListModel::cancelTextScan()
{
    if (m_textScan) {
        m_textScan->cancel.store(true);
        m_textScan.reset();
    }
}

} // namespace agentp::models
