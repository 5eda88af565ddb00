#include "views/waitlist/ContactLinks.h"

#include <QCoreApplication>

namespace agentp::views {

QString ContactLinks::internationalDigits(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('8')))
        digits[0] = QLatin1Char('7'); // the Russian trunk prefix
    else if (digits.size() == 10 && digits.startsWith(QLatin1Char('9')))
        digits.prepend(QLatin1Char('7')); // a Russian mobile without the country code
    return digits.size() >= 10 ? digits : QString();
}

ContactLinks ContactLinks::forPhone(const QString &phone, const QString &channel)
{
    ContactLinks links;
    const QString digits = internationalDigits(phone);
    if (digits.isEmpty())
        return links;
    links.call = QUrl(QStringLiteral("tel:+") + digits);
    if (channel == QLatin1String("whatsapp")) {
        links.messenger = QUrl(QStringLiteral("https://wa.me/") + digits);
        links.messengerName = QCoreApplication::translate("ContactLinks", "WhatsApp");
    } else if (channel == QLatin1String("telegram")) {
        // Telegram opens a chat by phone number when the user allows being found by it.
        links.messenger = QUrl(QStringLiteral("https://t.me/+") + digits);
        links.messengerName = QCoreApplication::translate("ContactLinks", "Telegram");
    }
    return links;
}

} // namespace agentp::views
