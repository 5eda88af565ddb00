#include "models/demo/DemoPhrase.h"

#include "models/demo/DemoRandom.h"

namespace agentp::demo {

namespace {

int slotNamed(QStringView name)
{
    static const char16_t *const names[] = {
        u"name",    u"acc",   u"service", u"price", u"minutes", u"master", u"day",
        u"date",    u"part",  u"time",    u"time2", u"time3",   u"at",     u"old",
        u"address", u"emoji", u"product", u"order", u"number",  u"detail", u"a"};
    static_assert(std::size(names) == static_cast<size_t>(PhraseSlot::Count));
    for (size_t i = 0; i < std::size(names); ++i) {
        if (name == QStringView(names[i]))
            return static_cast<int>(i);
    }
    Q_ASSERT_X(false, "Phrase", "unknown placeholder");
    return -1;
}

} // namespace

Phrase::Phrase(QStringView pattern)
{
    qsizetype pos = 0;
    while (pos < pattern.size()) {
        const qsizetype open = pattern.indexOf(u'{', pos);
        const qsizetype close = open < 0 ? -1 : pattern.indexOf(u'}', open);
        if (open < 0 || close < 0) {
            m_parts.push_back({pattern.mid(pos).toString(), -1});
            break;
        }
        if (open > pos)
            m_parts.push_back({pattern.mid(pos, open - pos).toString(), -1});
        const int slot = slotNamed(pattern.mid(open + 1, close - open - 1));
        if (slot >= 0)
            m_parts.push_back({QString(), slot});
        pos = close + 1;
    }
}

QString Phrase::render(const PhraseSlots &fill) const
{
    // A phrase without placeholders is shared, not copied.
    if (m_parts.size() == 1 && m_parts.front().slot < 0)
        return m_parts.front().text;
    qsizetype size = 0;
    for (const Part &part : m_parts)
        size += part.slot < 0 ? part.text.size() : fill.values[size_t(part.slot)].size();
    QString out;
    out.reserve(size);
    for (const Part &part : m_parts)
        out += part.slot < 0 ? part.text : fill.values[size_t(part.slot)];
    return out;
}

PhrasePool::PhrasePool(std::initializer_list<QStringView> patterns)
{
    m_phrases.reserve(patterns.size());
    for (QStringView pattern : patterns)
        m_phrases.emplace_back(pattern);
}

QString PhrasePool::render(DemoRandom &random, const PhraseSlots &fill) const
{
    return m_phrases[static_cast<size_t>(random.below(m_phrases.size()))].render(fill);
}

QString PhrasePool::render(size_t index, const PhraseSlots &fill) const
{
    return m_phrases[index % m_phrases.size()].render(fill);
}

} // namespace agentp::demo
