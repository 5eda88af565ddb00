#pragma once

#include <QString>
#include <QStringList>

namespace agentp::domain {

// Phone numbers as digits, so a number matches whatever way it was typed. Stored numbers
// (clients.phone_digits) and search queries go through the same rules:
// Russian numbers written "8 999 …", "+7 999 …", "7 999 …" or as the 10-digit national number
// "999 …" all become "7999…"; anything else keeps its digits as they are.
class PhoneDigits final
{
public:
    // A query needs at least this many digits to be a phone search (fewer match half the base).
    static constexpr int kMinQueryDigits = 3;

    // Only the digits of `text` (any Unicode decimal digit, as ASCII).
    static QString digitsOf(const QString &text);
    // The normalised form of a whole number, as stored in clients.phone_digits; empty when the
    // text has no digits.
    static QString normalise(const QString &text);
    // What a search for `text` looks for inside phone_digits: empty when the text is not a phone
    // query (it has anything but digits, spaces and + - ( ) ., or fewer than kMinQueryDigits
    // digits). A whole number gives its
    // normalised form; a part gives its digits, and a part typed with the trunk prefix 8
    // ("8 999 12", "8916…") also its "7…" form, since stored numbers begin with 7.
    static QStringList searchVariants(const QString &text);
};

} // namespace agentp::domain
