#pragma once

#include <QCoreApplication>
#include <QString>

namespace agentp::models {

// Readable, translated names for the bot's raw status and intent values. Unknown values (a newer
// bot may add some) are shown as they are rather than hidden.
class SessionLabels final
{
    Q_DECLARE_TR_FUNCTIONS(SessionLabels)
public:
    static QString status(const QString &raw);
    static QString intent(const QString &raw);
    static QString unknownClient();
    static QString bookingTooltip(const QString &bookingId);
};

} // namespace agentp::models
