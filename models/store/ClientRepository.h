#pragma once

#include "models/domain/BotSession.h"
#include "models/domain/ClientRecords.h"
#include "models/store/StoreError.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace agentp::store {

// Reads of the client aggregate (clients, client_memory and what hangs off a client: visits,
// bot dialogs, waitlist entries, predictions). Searches go through the clients_search trigram
// index (migration 5), lists through the name indexes; every query has a LIMIT, so typing in the
// search field stays fast over 100,000 clients on the GUI thread.
//
// Search rules: a query without letters and with at least three digits is a phone search
// (PhoneDigits::searchVariants — any formatting, 8/+7 alike); otherwise each word of three or
// more characters must occur in the name (any case, any alphabet; a word of digits may be in the
// name or the phone). A query of only one or two characters matches names that start with them.
class ClientRepository final
{
public:
    explicit ClientRepository(QSqlDatabase db);

    std::vector<domain::ClientRow> page(const domain::ClientFilter &filter, int offset, int limit,
                                        StoreError *error) const;
    qint64 count(const domain::ClientFilter &filter, StoreError *error) const;
    std::optional<domain::ClientRow> find(const QString &clientId, StoreError *error) const;

    std::optional<domain::ClientMemory> memory(const QString &clientId, StoreError *error) const;
    // Newest first.
    std::vector<domain::ClientVisit> visits(const QString &clientId, StoreError *error,
                                            int limit = 500) const;
    std::vector<domain::BotSession> sessions(const QString &clientId, StoreError *error,
                                             int limit = 500) const;
    std::vector<domain::ClientWaitlistEntry> waitlist(const QString &clientId, StoreError *error,
                                                      int limit = 500) const;
    std::vector<domain::ClientPrediction> predictions(const QString &clientId, StoreError *error,
                                                      int limit = 500) const;

private:
    QSqlDatabase m_db;
};

} // namespace agentp::store
