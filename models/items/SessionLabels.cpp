#include "models/items/SessionLabels.h"

namespace agentp::models {

QString SessionLabels::status(const QString &raw)
{
    if (raw == QLatin1String("booked"))
        return tr("Booked");
    if (raw == QLatin1String("completed"))
        return tr("Completed");
    if (raw == QLatin1String("abandoned"))
        return tr("Abandoned");
    if (raw == QLatin1String("handoff"))
        return tr("Handed to admin");
    if (raw == QLatin1String("active"))
        return tr("Active");
    if (raw == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (raw == QLatin1String("error"))
        return tr("Error");
    return raw;
}

QString SessionLabels::intent(const QString &raw)
{
    if (raw == QLatin1String("booking"))
        return tr("Booking");
    if (raw == QLatin1String("reschedule"))
        return tr("Reschedule");
    if (raw == QLatin1String("cancel"))
        return tr("Cancellation");
    if (raw == QLatin1String("question"))
        return tr("Question");
    if (raw == QLatin1String("price"))
        return tr("Price enquiry");
    return raw;
}

QString SessionLabels::unknownClient()
{
    return tr("Unknown client");
}

QString SessionLabels::bookingTooltip(const QString &bookingId)
{
    return tr("Booking %1").arg(bookingId);
}

} // namespace agentp::models
