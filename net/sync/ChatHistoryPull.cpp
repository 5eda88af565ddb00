#include "net/sync/ChatHistoryPull.h"

#include "models/LogCategories.h"

#include <QTimer>

namespace agentp::net {

using store::ChatRepository;

void ChatHistoryPull::start(MarketplaceConnector *connector, QSqlDatabase db, qint64 chatId,
                            Mode mode, const Options &options, Done done, QObject *parent)
{
    auto *job = new ChatHistoryPull(connector, std::move(db), chatId, mode, options,
                                    std::move(done), parent);
    // Answers later, never inside the call, like the connectors do.
    QTimer::singleShot(0, job, &ChatHistoryPull::next);
}

ChatHistoryPull::ChatHistoryPull(MarketplaceConnector *connector, QSqlDatabase db, qint64 chatId,
                                 Mode mode, const Options &options, Done done, QObject *parent)
    : QObject(parent)
    , m_connector(connector)
    , m_db(std::move(db))
    , m_chatId(chatId)
    , m_mode(mode)
    , m_options(options)
    , m_done(std::move(done))
{}

void ChatHistoryPull::next()
{
    store::StoreError error;
    ChatRepository chats(m_db);
    const auto chat = chats.chat(m_chatId, &error);
    if (!chat) {
        m_result.problem = error.isError() ? error.message : tr("The chat no longer exists.");
        finish();
        return;
    }
    MarketplaceConnector::Direction direction = MarketplaceConnector::Direction::Older;
    QString from;
    if (m_mode == Mode::Older) {
        if (chat->historyComplete) {
            m_result.historyComplete = true;
            finish();
            return;
        }
        from = chats.oldestRemoteId(m_chatId, &error);
        m_kind = from.isEmpty() ? ChatRepository::HistoryKind::Newest
                                : ChatRepository::HistoryKind::Older;
    } else if (chat->newestMessageId.isEmpty()) {
        m_kind = ChatRepository::HistoryKind::Newest;
    } else {
        m_kind = ChatRepository::HistoryKind::Newer;
        direction = MarketplaceConnector::Direction::Newer;
        from = chat->newestMessageId;
        if (m_result.pages > 0 && from == m_from) {
            finish(); // the marketplace said "more" but gave nothing new: stop, do not spin
            return;
        }
    }
    if (error.isError()) {
        m_result.problem = error.message;
        finish();
        return;
    }
    if (!m_connector) {
        m_result.error.kind = ConnectorError::Kind::Cancelled;
        m_result.error.message = tr("The account was closed while its chat was syncing.");
        finish();
        return;
    }
    m_from = from;
    QPointer<ChatHistoryPull> self(this);
    m_connector->history(chat->remoteId, from, direction, m_options.pageSize,
                         [self](const domain::HistoryPage &page, const ConnectorError &e) {
                             if (self)
                                 self->onPage(page, e);
                         });
}

void ChatHistoryPull::onPage(const domain::HistoryPage &page, const ConnectorError &error)
{
    if (error.isError()) {
        m_result.error = error;
        finish();
        return;
    }
    store::StoreError storeError;
    store::HistorySaved saved;
    if (!ChatRepository(m_db).saveHistoryPage(m_chatId, page, m_kind, &saved, &storeError)) {
        qCWarning(lcNet) << "chat history page not saved:" << storeError.message;
        m_result.problem = storeError.message;
        // Disk full, I/O or a damaged file fail every chat alike; a statement refused for this
        // chat's data (a constraint) stays this chat's problem.
        m_result.storeFailed = storeError.kind == store::StoreError::Kind::Io ||
                               storeError.kind == store::StoreError::Kind::Corrupt;
        finish();
        return;
    }
    ++m_result.pages;
    m_result.newMessages += saved.inserted;
    m_result.adopted += saved.adopted;
    for (const QString &t : saved.changedTables) {
        if (!m_result.changedTables.contains(t))
            m_result.changedTables << t;
    }
    if (m_mode == Mode::Refresh && m_kind == ChatRepository::HistoryKind::Newer && page.hasNext &&
        m_result.pages < m_options.maxPages) {
        next();
        return;
    }
    finish();
}

void ChatHistoryPull::finish()
{
    store::StoreError error;
    if (const auto chat = ChatRepository(m_db).chat(m_chatId, &error))
        m_result.historyComplete = chat->historyComplete;
    Done done = std::move(m_done);
    const ChatPullResult result = m_result;
    deleteLater();
    if (done)
        done(result);
}

} // namespace agentp::net
