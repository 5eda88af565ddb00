#pragma once

#include "models/domain/MarketplaceTypes.h"
#include "net/marketplace/ConnectorError.h"

#include <QByteArray>
#include <QObject>

#include <functional>

namespace agentp::net {

// One seller account of one marketplace, as the sync engine sees it. Implementations: Ozon
// (net/ozon), the demo marketplace (net/demo), later Wildberries and Yandex Market. The engine
// never knows which one it drives. What the seller may write and attach (reply window, file
// rules, text length) is pure policy and lives in models/domain/ReplyRules.h, so the composer
// can check it without touching net/.
//
// Lives in the sync thread. Every call is asynchronous and answers exactly once through its
// callback, later, from the event loop (never inside the call), also on failure — except
// cancelAll(), which answers every pending call with Cancelled before it returns. Retries of
// transient failures (429 with backoff and jitter honouring Retry-After, 5xx and timeouts a bounded
// number of times) happen inside the connector, within its request budget; what reaches the
// callback is final for this attempt.
class MarketplaceConnector : public QObject
{
    Q_OBJECT
public:
    using ChatsDone = std::function<void(const domain::ChatListPage &, const ConnectorError &)>;
    using HistoryDone = std::function<void(const domain::HistoryPage &, const ConnectorError &)>;
    using SendDone = std::function<void(const ConnectorError &)>;
    using ReadDone = std::function<void(int unreadLeft, const ConnectorError &)>;
    using DownloadDone = std::function<void(const QByteArray &, const ConnectorError &)>;

    enum class Direction
    {
        Older, // from `fromMessageId` (exclusive where the API allows) towards the past;
               // empty `fromMessageId`: the newest page
        Newer, // from `fromMessageId` towards the present (incremental pull)
    };

    using QObject::QObject;
    ~MarketplaceConnector() override = default;

    virtual QString marketplace() const = 0; // "ozon", "demo", …

    // A page of chats; empty cursor = first page. limit is clamped to what the API allows.
    virtual void listChats(const QString &cursor, int limit, ChatsDone done) = 0;
    // A page of one chat's history. Messages come back oldest first whatever the direction;
    // the boundary message may be included (callers de-duplicate by remote id).
    virtual void history(const QString &chatId, const QString &fromMessageId, Direction direction,
                         int limit, HistoryDone done) = 0;
    virtual void sendText(const QString &chatId, const QString &text, SendDone done) = 0;
    virtual void sendFile(const QString &chatId, const QString &fileName, const QByteArray &content,
                          SendDone done) = 0;
    // Marks `upToMessageId` and everything before it read.
    virtual void markRead(const QString &chatId, const QString &upToMessageId, ReadDone done) = 0;
    // An attachment URL from a message (needs the account's credentials).
    virtual void download(const QString &url, DownloadDone done) = 0;

    // Answers every pending call with Kind::Cancelled (shutdown, account removed).
    virtual void cancelAll() = 0;
};

} // namespace agentp::net
