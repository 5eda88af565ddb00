// ChatSyncEngine, part two: pulling one chat's history (after a send, the open chat, the
// crash check of a send, scroll-back). Passes and accounts are in ChatSyncEngine.cpp.
#include "models/store/ChatRepository.h"
#include "models/store/Database.h"
#include "net/sync/ChatSyncEngine.h"
#include "net/sync/ChatSyncEngineRun.h"

#include <QPointer>
#include <QTimer>

namespace agentp::net {

using store::ChatRepository;

void ChatSyncEngine::refreshChat(qint64 chatId, PullReply reply)
{
    ChatPulls &p = m_pulls[chatId];
    if (p.running) {
        p.again = true;
        if (reply)
            p.waiting.push_back(std::move(reply));
        return;
    }
    p.running = true;
    if (reply)
        p.current.push_back(std::move(reply));
    startPull(chatId, ChatHistoryPull::Mode::Refresh);
}

void ChatSyncEngine::startPull(qint64 chatId, ChatHistoryPull::Mode mode)
{
    QPointer<ChatSyncEngine> self(this);
    auto finish = [self, chatId, mode](const ChatPullResult &result) {
        if (!self)
            return;
        if (mode == ChatHistoryPull::Mode::Refresh) {
            self->onPullDone(chatId, result);
            return;
        }
        self->announce(result.changedTables);
        if (result.error.isError())
            self->noteError(nullptr, result.error);
        else if (result.ok())
            self->noteSuccess();
        emit self->olderFetched(chatId, result.historyComplete,
                                result.error.isError() ? result.error.message : result.problem);
    };
    auto fail = [self, finish](const QString &problem) {
        ChatPullResult result;
        result.problem = problem;
        if (self)
            QTimer::singleShot(0, self, [finish, result] { finish(result); });
    };
    store::StoreError error;
    const auto chat = m_db ? ChatRepository(m_db->connection()).chat(chatId, &error) : std::nullopt;
    if (!chat) {
        fail(error.isError() ? error.message : tr("The chat no longer exists."));
        return;
    }
    Run *r = run(chat->accountId);
    if (!r) {
        fail(tr("The seller account of this chat is disabled or was removed."));
        return;
    }
    const qint64 accountId = chat->accountId;
    ensureConnector(*r, [self, accountId, chatId, mode, finish, fail](const QString &problem) {
        Run *run = self ? self->run(accountId) : nullptr;
        if (!run || !problem.isEmpty() || !run->connector) {
            fail(problem.isEmpty() ? tr("The seller account of this chat is disabled or was "
                                        "removed.")
                                   : problem);
            return;
        }
        ChatHistoryPull::start(run->connector.get(), self->m_db->connection(), chatId, mode,
                               self->m_options.history, finish, self);
    });
}

void ChatSyncEngine::onPullDone(qint64 chatId, const ChatPullResult &result)
{
    announce(result.changedTables);
    if (result.error.isError())
        noteError(nullptr, result.error);
    else if (result.ok())
        noteSuccess();
    std::vector<PullReply> replies;
    const auto it = m_pulls.find(chatId);
    if (it != m_pulls.end()) {
        replies = std::move(it->second.current);
        if (it->second.again) {
            it->second.again = false;
            it->second.current = std::move(it->second.waiting);
            it->second.waiting.clear();
            startPull(chatId, ChatHistoryPull::Mode::Refresh);
        } else {
            m_pulls.erase(it);
        }
    }
    for (const PullReply &reply : replies)
        reply(result);
}

void ChatSyncEngine::fetchOlder(qint64 chatId)
{
    if (!m_db || chatId <= 0)
        return;
    startPull(chatId, ChatHistoryPull::Mode::Older);
}

void ChatSyncEngine::setOpenChat(qint64 chatId)
{
    m_openChat = chatId;
    if (!m_openChatTimer)
        return;
    if (chatId <= 0) {
        m_openChatTimer->stop();
        return;
    }
    m_openChatTimer->start();
    refreshOpenChat();
}

void ChatSyncEngine::refreshOpenChat()
{
    if (m_openChat <= 0)
        return;
    const auto it = m_pulls.find(m_openChat);
    if (it != m_pulls.end() && it->second.running)
        return; // a pull is on its way anyway
    refreshChat(m_openChat, {});
}

} // namespace agentp::net
