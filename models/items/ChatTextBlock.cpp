#include "models/items/ChatTextBlock.h"

#include "models/items/ChatSearchQuery.h"

#include <algorithm>

namespace agentp::models {

std::shared_ptr<ChatTextBlock> ChatTextBlock::fromTexts(QHash<qint64, QByteArray> texts)
{
    QList<qint64> ids = texts.keys();
    std::sort(ids.begin(), ids.end());
    qsizetype bytes = 0;
    for (const QByteArray &t : std::as_const(texts))
        bytes += t.size();
    auto block = std::make_shared<ChatTextBlock>();
    block->reserve(ids.size(), bytes);
    for (qint64 id : ids)
        block->append(id, texts.take(id));
    return block;
}

std::shared_ptr<ChatTextBlock> ChatTextBlock::merged(const QHash<qint64, QByteArray> &delta) const
{
    auto block = std::make_shared<ChatTextBlock>();
    qsizetype extra = 0;
    for (const QByteArray &t : delta)
        extra += t.size() + 1;
    block->reserve(slotCount() + delta.size(), m_data.size() + extra);
    for (int slot = 0; slot < slotCount(); ++slot) {
        QByteArray text(m_data.constData() + m_begin[size_t(slot)], slotBytes(slot));
        const auto more = delta.constFind(m_chat[size_t(slot)]);
        if (more != delta.constEnd()) {
            if (!text.isEmpty())
                text += '\n';
            text += more.value();
        }
        block->append(m_chat[size_t(slot)], text);
    }
    QList<qint64> added;
    for (auto it = delta.constBegin(); it != delta.constEnd(); ++it) {
        if (!m_slotOf.contains(it.key()))
            added << it.key();
    }
    std::sort(added.begin(), added.end());
    for (qint64 id : added)
        block->append(id, delta.value(id));
    return block;
}

void ChatTextBlock::reserve(qsizetype slotTotal, qsizetype bytes)
{
    m_data.reserve(bytes + slotTotal);
    m_begin.reserve(size_t(slotTotal) + 1);
    m_chat.reserve(size_t(slotTotal));
    m_slotOf.reserve(slotTotal);
}

void ChatTextBlock::append(qint64 chatId, const QByteArray &text)
{
    m_slotOf.insert(chatId, int(m_chat.size()));
    m_chat.push_back(chatId);
    m_data += text;
    m_data += '\0';
    m_begin.push_back(m_data.size());
}

bool ChatTextBlock::slotContains(int slot, const QByteArray &word) const
{
    const qint64 begin = m_begin[size_t(slot)];
    return ChatSearchQuery::find(m_data.constData() + begin, slotBytes(slot), word) >= 0;
}

bool ChatTextBlock::markContaining(const QByteArray &word, std::vector<char> *marks,
                                   const std::atomic_bool *cancel) const
{
    const char *data = m_data.constData();
    const qint64 end = m_data.size();
    qint64 pos = 0;
    int hits = 0;
    size_t slot = 0; // hits come in slot order: search onwards from the last one
    while (pos < end) {
        const qsizetype at = ChatSearchQuery::find(data + pos, end - pos, word);
        if (at < 0)
            break;
        const qint64 offset = pos + at;
        // Common words hit the very next slots; gallop, then bisect, for the rare far jump.
        size_t step = 1;
        size_t low = slot;
        while (low + step < m_chat.size() && m_begin[low + step] <= offset) {
            low += step;
            step *= 2;
        }
        const auto next = std::upper_bound(
            m_begin.begin() + qsizetype(low) + 1,
            m_begin.begin() + qsizetype(std::min(low + step + 1, m_begin.size())), offset);
        slot = size_t(next - m_begin.begin()) - 1;
        (*marks)[slot] = 1;
        pos = m_begin[slot + 1]; // the rest of this slot cannot add anything
        ++slot;
        if (cancel && (++hits & 1023) == 0 && cancel->load(std::memory_order_relaxed))
            return false;
    }
    return true;
}

} // namespace agentp::models
