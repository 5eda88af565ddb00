#pragma once

#include <QDateTime>
#include <QString>

namespace agentp::domain {

// One dialog of the salon booking bot with a client (Supabase conversation_sessions_v2).
struct BotSession
{
    QString id;
    QString tenantId;
    QString tenantName;
    QString clientName; // empty when the bot never learned who wrote
    QDateTime startedAt;
    QString status;
    QString intent;
    QString service;
    QString bookingId;
    int messageCount = 0;
};

// One line of such a dialog (recent_history_v2).
struct BotMessage
{
    enum class Role
    {
        User,
        Assistant,
        System
    };
    qint64 id = 0;
    Role role = Role::User;
    QString body;
    QDateTime createdAt;

    static Role roleFromString(const QString &role);
};

} // namespace agentp::domain
