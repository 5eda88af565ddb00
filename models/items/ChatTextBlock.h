#pragma once

#include <QByteArray>
#include <QHash>

#include <atomic>
#include <memory>
#include <vector>

namespace agentp::models {

// Folded texts of many chats in one contiguous block (ChatSearchQuery::fold), one slot per
// chat, separated by NUL bytes that no search word contains. Finding a word is one memmem
// sweep over the block — no pointer chasing through 100,000 allocations — and a hit is mapped
// to its slot by binary search over the slot offsets, then the sweep jumps to the next slot.
// Immutable once built, so a scan on another thread can share it with the GUI thread.
class ChatTextBlock final
{
public:
    // A block of `texts` in chat id order (the arrays are released as they are copied).
    static std::shared_ptr<ChatTextBlock> fromTexts(QHash<qint64, QByteArray> texts);
    // This block with `delta` appended to its chats' texts (new chats at the end).
    std::shared_ptr<ChatTextBlock> merged(const QHash<qint64, QByteArray> &delta) const;

    void reserve(qsizetype slotTotal, qsizetype bytes);
    void append(qint64 chatId, const QByteArray &text);

    int slotCount() const { return int(m_chat.size()); }
    qint64 bytes() const { return m_data.size(); }
    qint64 slotBytes(int slot) const
    {
        return m_begin[size_t(slot) + 1] - m_begin[size_t(slot)] - 1;
    }
    int slotOf(qint64 chatId) const { return m_slotOf.value(chatId, -1); }
    qint64 chatAt(int slot) const { return m_chat[size_t(slot)]; }

    bool slotContains(int slot, const QByteArray &word) const;
    // Sets marks[slot] to 1 for every slot containing `word`; `marks` has slotCount() elements.
    // False when `cancel` stopped it.
    bool markContaining(const QByteArray &word, std::vector<char> *marks,
                        const std::atomic_bool *cancel = nullptr) const;

private:
    QByteArray m_data;
    std::vector<qint64> m_begin{0}; // slot i is [m_begin[i], m_begin[i + 1] - 1)
    std::vector<qint64> m_chat;
    QHash<qint64, int> m_slotOf;
};

} // namespace agentp::models
