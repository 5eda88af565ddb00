#include "models/domain/OutboxIntent.h"

namespace agentp::domain {

QString OutboxIntent::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::Read:
        return QStringLiteral("read");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("queued");
}

OutboxIntent::State OutboxIntent::stateFromName(const QString &name)
{
    if (name == QLatin1String("sending"))
        return State::Sending;
    if (name == QLatin1String("sent"))
        return State::Sent;
    if (name == QLatin1String("read"))
        return State::Read;
    if (name == QLatin1String("failed"))
        return State::Failed;
    return State::Queued;
}

} // namespace agentp::domain
