#include "models/demo/DemoRandom.h"

namespace agentp::demo {

namespace {

quint64 splitmix64(quint64 &x)
{
    quint64 z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

const char16_t kHex[] = u"0123456789abcdef";

} // namespace

DemoRandom::DemoRandom(quint64 seed)
    : m_seed(seed)
{
    quint64 x = seed;
    for (quint64 &word : m_state)
        word = splitmix64(x);
}

DemoRandom DemoRandom::fork(quint64 label) const
{
    quint64 x = m_seed ^ (label * 0xd1342543de82ef95ULL);
    const quint64 a = splitmix64(x);
    return DemoRandom(a ^ splitmix64(x));
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

quint64 DemoRandom::below(quint64 bound)
{
    // Reject the top partial bucket so every residue is equally likely.
    const quint64 limit = ~0ULL - (~0ULL % bound);
    quint64 r = next();
    while (r >= limit)
        r = next();
    return r % bound;
}

int DemoRandom::between(int lo, int hi)
{
    return lo + static_cast<int>(below(static_cast<quint64>(hi - lo) + 1));
}

double DemoRandom::unit()
{
    return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0);
}

double DemoRandom::bell(double lo, double hi)
{
    const double u = (unit() + unit() + unit()) / 3.0;
    return lo + (hi - lo) * u;
}

int DemoRandom::weighted(const int *weights, size_t count)
{
    int total = 0;
    for (size_t i = 0; i < count; ++i)
        total += weights[i];
    int r = static_cast<int>(below(static_cast<quint64>(total)));
    for (size_t i = 0; i < count; ++i) {
        if (r < weights[i])
            return static_cast<int>(i);
        r -= weights[i];
    }
    return static_cast<int>(count) - 1;
}

QString DemoRandom::uuid()
{
    quint64 hi = next();
    quint64 lo = next();
    hi = (hi & ~0xf000ULL) | 0x4000ULL;                        // version 4
    lo = (lo & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // RFC 4122 variant
    QString s(36, Qt::Uninitialized);
    QChar *out = s.data();
    int pos = 0;
    auto put = [&](quint64 word, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i) {
            if (pos == 8 || pos == 13 || pos == 18 || pos == 23)
                out[pos++] = QLatin1Char('-');
            out[pos++] = QChar(kHex[(word >> (i * 4)) & 0xf]);
        }
    };
    put(hi, 16);
    put(lo, 16);
    return s;
}

QString DemoRandom::digits(int count)
{
    QString s(count, Qt::Uninitialized);
    QChar *out = s.data();
    for (int i = 0; i < count; ++i)
        out[i] = QChar(static_cast<char16_t>(u'0' + (i == 0 ? 1 + below(9) : below(10))));
    return s;
}

} // namespace agentp::demo
