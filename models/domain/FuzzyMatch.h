#pragma once

#include <QString>

namespace agentp::domain {

// Typing a few letters of a shortcut or title finds the canned reply: a case-insensitive
// subsequence match with a score. Cyrillic folds like Latin, and "ё" matches "е" (people rarely
// type the dots). Higher is better, in tiers that never overlap:
//   exact (5000…) > prefix (4000…) > the query as a whole starting a word (3000…)
//   > the query as a whole inside a word (2000…) > its letters scattered in order (1000…);
// within a tier shorter candidates, earlier matches and tighter spans win. kNoMatch when the
// letters are not all there in order. An empty query matches everything with 0.
class FuzzyMatch final
{
public:
    static constexpr int kNoMatch = -1;
    // A shortcut is what the agent types after "/", so matching it counts half a tier more
    // than the same match in the title.
    static constexpr int kShortcutBonus = 500;

    static int score(const QString &query, const QString &candidate);
    // The rank of a canned reply: the better of its shortcut's (with kShortcutBonus) and its
    // title's score; kNoMatch when neither matches.
    static int rankReply(const QString &query, const QString &shortcut, const QString &title);
    // Folded for comparison, one character for one (positions stay valid).
    static QString fold(const QString &text);
};

} // namespace agentp::domain
