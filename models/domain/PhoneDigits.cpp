#include "models/domain/PhoneDigits.h"

namespace agentp::domain {

QString PhoneDigits::digitsOf(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        const int value = c.digitValue();
        if (value >= 0)
            digits.append(QChar(u'0' + value));
    }
    return digits;
}

QString PhoneDigits::normalise(const QString &text)
{
    const QString digits = digitsOf(text);
    // 8 is the Russian trunk prefix of +7: "8 999 123-45-67" is "+7 999 123-45-67".
    if (digits.size() == 11 && digits.startsWith(u'8'))
        return u'7' + digits.mid(1);
    // Ten digits without a "+" are a national number ("999 123-45-67"). With a "+" they are an
    // international number of another country and stay as typed.
    if (digits.size() == 10 && !text.trimmed().startsWith(u'+'))
        return u'7' + digits;
    return digits;
}

QStringList PhoneDigits::searchVariants(const QString &text)
{
    // Only digits and the characters people format numbers with; "100%" or "Мария" is a name.
    for (const QChar c : text) {
        if (c.digitValue() < 0 && !c.isSpace() && !QStringView(u"+-().").contains(c))
            return {};
    }
    const QString digits = digitsOf(text);
    if (digits.size() < kMinQueryDigits)
        return {};
    if (digits.size() >= 10)
        return {normalise(text)};
    // A part typed with the trunk prefix: the stored number has 7 where the user typed 8. The
    // digits as typed stay a variant too — "812" may just be a piece from the middle.
    if (text.trimmed().startsWith(u'8') && digits.size() > kMinQueryDigits)
        return {digits, u'7' + digits.mid(1)};
    return {digits};
}

} // namespace agentp::domain
