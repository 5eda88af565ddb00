#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <vector>

namespace agentp::models {

// What the chat search typed so far means, and the matching itself. Texts are compared
// "folded": lower-cased by Unicode, ё as е (people type е), and held as UTF-8 — Cyrillic takes
// two bytes either way, digits and Latin one, and UTF-8 is self-synchronising, so a byte
// substring of folded text is a character substring. A query is one or more words separated
// by spaces; a chat matches when every word occurs somewhere in its texts.
class ChatSearchQuery final
{
public:
    ChatSearchQuery() = default;
    explicit ChatSearchQuery(const QString &text);

    bool isEmpty() const { return m_terms.empty(); }
    const std::vector<QByteArray> &terms() const { return m_terms; }
    bool operator==(const ChatSearchQuery &other) const { return m_terms == other.m_terms; }

    // True when every chat this query matches is also matched by `previous` (each previous
    // word occurs inside one of ours): typing on then only has to look at the previous hits.
    bool narrows(const ChatSearchQuery &previous) const;

    // Whether every word occurs in one of the folded texts.
    bool matches(const QByteArray &first, const QByteArray &second) const;

    static QByteArray fold(QStringView text);
    // Substring test of folded texts (memmem where the C library has a fast one).
    static bool contains(const QByteArray &haystack, const QByteArray &needle);
    // Offset of `needle` in the `size` bytes at `data`, or -1.
    static qsizetype find(const char *data, qsizetype size, const QByteArray &needle);

private:
    std::vector<QByteArray> m_terms;
};

} // namespace agentp::models
