#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <initializer_list>
#include <vector>

namespace agentp::demo {

class DemoRandom;

// Placeholders a phrase may contain, written "{name}", "{acc}" … in the pattern.
enum class PhraseSlot : int
{
    Name,    // client's or buyer's first name
    Acc,     // service in the accusative ("на стрижку")
    Service, // service as in the price list
    Price,
    Minutes,
    Master,
    Day,  // "завтра", "в субботу"
    Date, // "22.11"
    Part, // "утром", "днём", "вечером"
    Time,
    Time2,
    Time3,
    At,  // the booked time
    Old, // an existing booking, "22.11 в 15:00"
    Address,
    Emoji,
    Product,
    Order,
    Number,
    Detail, // what is wrong with a product
    Fem,    // "а" for a woman, empty for a man: "оформил{a}"
    Count
};

struct PhraseSlots
{
    std::array<QString, static_cast<size_t>(PhraseSlot::Count)> values;
    QString &operator[](PhraseSlot slot) { return values[static_cast<size_t>(slot)]; }
    const QString &operator[](PhraseSlot slot) const { return values[static_cast<size_t>(slot)]; }
};

// A pattern parsed once into literal parts and slots, so rendering millions of messages is a
// single allocation each instead of repeated QString::replace calls.
class Phrase final
{
public:
    explicit Phrase(QStringView pattern);
    QString render(const PhraseSlots &fill) const;

private:
    struct Part
    {
        QString text;
        int slot = -1;
    };
    std::vector<Part> m_parts;
};

class PhrasePool final
{
public:
    PhrasePool(std::initializer_list<QStringView> patterns);
    QString render(DemoRandom &random, const PhraseSlots &fill) const;
    QString render(size_t index, const PhraseSlots &fill) const;
    size_t size() const { return m_phrases.size(); }

private:
    std::vector<Phrase> m_phrases;
};

} // namespace agentp::demo
