#pragma once

#include <QString>
#include <QUrl>

namespace agentp::views {

// Links for reaching a waiting client: a tel: link for the phone and, where the client's
// messenger is known (the channel they last wrote to the bot from), a chat link that opens the
// messenger on that number. Russian numbers written with a leading 8 are normalised to +7.
struct ContactLinks
{
    QUrl call;      // tel:+79991234567; empty without a usable number
    QUrl messenger; // https://wa.me/… or https://t.me/+…; empty when unknown
    QString messengerName;

    static ContactLinks forPhone(const QString &phone, const QString &channel);
    // The digits of an international number ("8 999 …" → "7999…"); empty when too short.
    static QString internationalDigits(const QString &phone);
};

} // namespace agentp::views
