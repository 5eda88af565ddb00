#pragma once

#include "models/domain/BotSession.h"
#include "models/domain/SessionFilter.h"
#include "models/store/StoreError.h"

#include <QSqlDatabase>
#include <QStringList>

#include <utility>
#include <vector>

namespace agentp::store {

// Reads of the bot-dialog aggregate (bot_sessions + bot_messages). Every query is bounded by a
// LIMIT and served by an index, so it is safe on the GUI thread even for huge histories.
class SessionRepository final
{
public:
    explicit SessionRepository(QSqlDatabase db);

    std::vector<domain::BotSession> page(const domain::SessionFilter &filter, int offset, int limit,
                                         StoreError *error) const;
    qint64 count(const domain::SessionFilter &filter, StoreError *error) const;
    std::vector<domain::BotMessage> messages(const QString &sessionId, StoreError *error,
                                             int limit = 5000) const;
    QStringList statuses(StoreError *error) const;
    // (id, name) of every tenant, ordered by name.
    std::vector<std::pair<QString, QString>> tenants(StoreError *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace agentp::store
