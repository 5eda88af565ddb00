#include "models/items/ChatSearchQuery.h"

#include <QList>

#include <algorithm>
#include <cstring>
#include <functional>
#include <string_view>

namespace agentp::models {

ChatSearchQuery::ChatSearchQuery(const QString &text)
{
    const QByteArray folded = fold(text);
    for (const QByteArray &word : folded.split(' ')) {
        const QByteArray term = word.trimmed();
        if (term.isEmpty())
            continue;
        // A word inside another word adds nothing ("ко коробка" = "коробка").
        const bool covered = std::any_of(m_terms.begin(), m_terms.end(),
                                         [&](const QByteArray &t) { return contains(t, term); });
        if (covered)
            continue;
        m_terms.erase(std::remove_if(m_terms.begin(), m_terms.end(),
                                     [&](const QByteArray &t) { return contains(term, t); }),
                      m_terms.end());
        m_terms.push_back(term);
    }
}

bool ChatSearchQuery::narrows(const ChatSearchQuery &previous) const
{
    return std::all_of(
        previous.m_terms.begin(), previous.m_terms.end(), [this](const QByteArray &old) {
            return std::any_of(m_terms.begin(), m_terms.end(),
                               [&](const QByteArray &t) { return contains(t, old); });
        });
}

bool ChatSearchQuery::matches(const QByteArray &first, const QByteArray &second) const
{
    for (const QByteArray &term : m_terms) {
        if (!contains(first, term) && !contains(second, term))
            return false;
    }
    return true;
}

QByteArray ChatSearchQuery::fold(QStringView text)
{
    // One pass straight into UTF-8: a million message bodies are folded when a workspace opens,
    // and toLower() + replace() + toUtf8() cost three allocations and three passes each.
    // ASCII and Cyrillic (nearly all of the text) are folded here; anything else goes through
    // QChar::toLower and the UTF-8 encoder.
    QByteArray out;
    out.reserve(text.size() + text.size() / 2);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = text[i].unicode();
        if (c < 0x80) {
            if (c >= u'A' && c <= u'Z')
                c = char16_t(c + 32);
            else if (c == u'\t' || c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f')
                c = u' '; // any whitespace separates words
            out += char(c);
            continue;
        }
        if (c >= 0x0410 && c <= 0x042F) // А–Я
            c = char16_t(c + 0x20);
        else if (c == 0x0401 || c == 0x0451) // Ё, ё → е (people type е)
            c = 0x0435;
        if (c >= 0x0430 && c <= 0x044F) { // а–я: two bytes D0/D1 xx
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            out += QStringView(text.data() + i, 2).toString().toLower().toUtf8();
            ++i;
            continue;
        }
        const QChar lower = QChar(c).toLower();
        if (lower.isSpace())
            out += ' ';
        else
            out += QString(lower).toUtf8();
    }
    return out;
}

bool ChatSearchQuery::contains(const QByteArray &haystack, const QByteArray &needle)
{
    return find(haystack.constData(), haystack.size(), needle) >= 0;
}

qsizetype ChatSearchQuery::find(const char *data, qsizetype size, const QByteArray &needle)
{
    if (needle.isEmpty())
        return 0;
    if (size < needle.size())
        return -1;
#if defined(__GLIBC__)
    // glibc's memmem hashes byte pairs and skips ahead; a plain first-byte search stalls on
    // Cyrillic, where every other byte is 0xD0 or 0xD1.
    const void *at = memmem(data, size_t(size), needle.constData(), size_t(needle.size()));
    return at ? static_cast<const char *>(at) - data : -1;
#else
    const std::string_view h(data, size_t(size));
    const std::boyer_moore_horspool_searcher searcher(needle.constData(),
                                                      needle.constData() + needle.size());
    const auto at = std::search(h.begin(), h.end(), searcher);
    return at == h.end() ? -1 : qsizetype(at - h.begin());
#endif
}

} // namespace agentp::models
