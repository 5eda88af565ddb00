#pragma once

#include "models/store/ChatRepository.h"
#include "net/marketplace/MarketplaceConnector.h"

#include <QPointer>
#include <QSqlDatabase>

#include <functional>

namespace agentp::net {

// What pulling one chat's history came to.
struct ChatPullResult
{
    ConnectorError error; // the call that failed, if any
    QString problem;      // not a call: a page not saved (nothing of it kept), no chat,
                          // no connector for the account (translated)
    int newMessages = 0;  // rows inserted
    int adopted = 0;      // local replies that received their remote id
    int pages = 0;        // pages saved
    bool historyComplete = false;
    QStringList changedTables;
    // `problem` is the store itself failing (disk full, I/O error, damaged file), not this
    // chat's data: every other chat would fail the same way.
    bool storeFailed = false;

    bool ok() const { return !error.isError() && problem.isEmpty(); }
};

// One job: pulls one chat's history through a connector and saves every page in its own
// transaction (ChatRepository). Deletes itself after calling `done` exactly once.
//   Refresh: nothing stored yet → the newest page; otherwise forward (Newer) from the stored
//            newest message, page after page while the marketplace says there is more.
//   Older:   one page backwards from the oldest stored message (the UI scrolls back).
class ChatHistoryPull final : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Refresh,
        Older,
    };
    using Done = std::function<void(const ChatPullResult &)>;

    struct Options
    {
        int pageSize = 50;
        int maxPages = 20; // per refresh; the rest follows in the next pass
    };

    // `connector` and `db` belong to the caller's thread; the job is parented to `parent`.
    static void start(MarketplaceConnector *connector, QSqlDatabase db, qint64 chatId, Mode mode,
                      const Options &options, Done done, QObject *parent);

private:
    ChatHistoryPull(MarketplaceConnector *connector, QSqlDatabase db, qint64 chatId, Mode mode,
                    const Options &options, Done done, QObject *parent);
    void next();
    void onPage(const domain::HistoryPage &page, const ConnectorError &error);
    void finish();

    QPointer<MarketplaceConnector> m_connector;
    QSqlDatabase m_db;
    qint64 m_chatId;
    Mode m_mode;
    Options m_options;
    Done m_done;
    store::ChatRepository::HistoryKind m_kind = store::ChatRepository::HistoryKind::Newest;
    QString m_from;
    ChatPullResult m_result;
};

} // namespace agentp::net
