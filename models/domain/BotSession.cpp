#include "models/domain/BotSession.h"

namespace agentp::domain {

BotMessage::Role BotMessage::roleFromString(const QString &role)
{
    if (role == QLatin1String("assistant"))
        return Role::Assistant;
    if (role == QLatin1String("system"))
        return Role::System;
    return Role::User;
}

} // namespace agentp::domain
