#include "models/domain/FuzzyMatch.h"

#include <algorithm>

namespace agentp::domain {

namespace {

constexpr int kTier = 1000;
constexpr int kBest = kTier - 1;

enum Tier
{
    Scattered = 1,
    Contiguous = 2,
    WordStart = 3,
    Prefix = 4,
    Exact = 5,
};

// Starts of words: after a non-alphanumeric character ("return" in "easy_return", "Возврат" in
// "Быстрый возврат") or at a lower-to-upper step ("Return" in "easyReturn").
bool isWordStart(const QString &text, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar before = text.at(i - 1);
    return !before.isLetterOrNumber() || (before.isLower() && text.at(i).isUpper());
}

int bonus(qsizetype penalty)
{
    return kBest - int(std::min<qsizetype>(kBest, penalty));
}

} // namespace

QString FuzzyMatch::fold(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        c = c.toCaseFolded();
        if (c == u'ё')
            c = u'е';
    }
    return out;
}

int FuzzyMatch::score(const QString &query, const QString &candidate)
{
    if (query.isEmpty())
        return 0;
    if (query.size() > candidate.size())
        return kNoMatch;
    const QString q = fold(query);
    const QString c = fold(candidate);
    if (c == q)
        return Exact * kTier + kBest;
    if (c.startsWith(q))
        return Prefix * kTier + bonus(c.size() - q.size());

    qsizetype firstInside = -1;
    for (qsizetype at = c.indexOf(q); at >= 0; at = c.indexOf(q, at + 1)) {
        if (isWordStart(candidate, at))
            return WordStart * kTier + bonus(at);
        if (firstInside < 0)
            firstInside = at;
    }
    if (firstInside >= 0)
        return Contiguous * kTier + bonus(firstInside);

    // Scattered: the leftmost occurrence of each letter in turn. Tight spans and letters that
    // start words ("ov" for "order_vozvrat") rank first.
    qsizetype first = -1, last = -1;
    int wordStarts = 0;
    qsizetype from = 0;
    for (const QChar ch : q) {
        const qsizetype at = c.indexOf(ch, from);
        if (at < 0)
            return kNoMatch;
        if (first < 0)
            first = at;
        last = at;
        wordStarts += isWordStart(candidate, at) ? 1 : 0;
        from = at + 1;
    }
    const qsizetype gaps = (last - first + 1) - q.size();
    return Scattered * kTier + std::clamp(bonus(gaps * 8 + first) / 2 + wordStarts * 40, 0, kBest);
}

int FuzzyMatch::rankReply(const QString &query, const QString &shortcut, const QString &title)
{
    const int byShortcut = score(query, shortcut);
    const int byTitle = score(query, title);
    return std::max(byShortcut == kNoMatch ? kNoMatch : byShortcut + kShortcutBonus, byTitle);
}

} // namespace agentp::domain
