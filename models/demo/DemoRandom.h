#pragma once

#include <QString>
#include <QtGlobal>

#include <initializer_list>
#include <iterator>
#include <vector>

namespace agentp::demo {

// xoshiro256** seeded through splitmix64. The demo must be byte-for-byte reproducible on every
// platform and standard library, so nothing here relies on std::*_distribution (whose output is
// implementation-defined): every derived value uses plain integer arithmetic or the top 53 bits
// of a draw as a double.
class DemoRandom final
{
public:
    explicit DemoRandom(quint64 seed);

    // An independent stream for a labelled part of the world (a tenant, a chat …). Derived from
    // the seed only, not from how much this stream has been used, so adding draws in one part
    // never shifts the data of another.
    DemoRandom fork(quint64 label) const;

    quint64 next();
    // Uniform in [0, bound); bound > 0. Rejection sampling keeps it unbiased.
    quint64 below(quint64 bound);
    // Uniform in [lo, hi], inclusive.
    int between(int lo, int hi);
    double unit(); // [0, 1)
    bool chance(double probability) { return unit() < probability; }
    // Roughly bell-shaped in [lo, hi] (mean of three uniforms): realistic spreads without tails.
    double bell(double lo, double hi);

    // Any indexable container: std::vector, QList, QStringList.
    template<typename Container> const auto &pick(const Container &items)
    {
        using Index = decltype(std::size(items));
        return items[static_cast<Index>(below(static_cast<quint64>(std::size(items))))];
    }
    // Index drawn with the given relative weights.
    int weighted(const int *weights, size_t count);
    int weighted(const std::vector<int> &weights)
    {
        return weighted(weights.data(), weights.size());
    }
    int weighted(std::initializer_list<int> weights)
    {
        return weighted(weights.begin(), weights.size());
    }

    QString uuid();            // RFC 4122 version-4 layout, lower-case hex
    QString digits(int count); // first digit non-zero

private:
    quint64 m_seed;
    quint64 m_state[4];
};

} // namespace agentp::demo
