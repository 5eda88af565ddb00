#pragma once

#include "net/sync/ChatSyncEngine.h"

#include "models/store/ChatRepository.h"

namespace agentp::net {

// The state of one account inside ChatSyncEngine (shared by its two source files).
struct ChatSyncEngine::Run
{
    store::SellerAccount account;
    std::unique_ptr<MarketplaceConnector> connector;
    // Changes whenever the account or its connector is replaced: answers of the old one are
    // recognised by it and dropped.
    quint64 generation = 0;
    bool loadingKey = false;
    std::vector<std::function<void(const QString &)>> keyWaiters;

    bool passRunning = false;
    bool passAgain = false;
    bool passDone = false; // since the last syncNow()
    ChatSyncSummary summary;
    QString listFailure; // the pass failed as a whole (list, connector, offline)
    std::vector<store::SyncedChat> history;
    QSet<qint64> historyIds; // the chats in `history`
    size_t historyIndex = 0;
    int historyInFlight = 0; // chat pulls of this pass under way
    quint64 passSerial = 0;  // answers of an earlier pass are recognised by it
    int listPages = 0;
    QString lastCursor;
};

} // namespace agentp::net
