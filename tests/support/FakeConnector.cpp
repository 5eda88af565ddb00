#include "tests/support/FakeConnector.h"

#include <QTimer>

#include <algorithm>

namespace agentp::testing {

using net::ConnectorError;

namespace {

bool before(const domain::RemoteMessage &a, const domain::RemoteMessage &b)
{
    if (a.createdAt != b.createdAt)
        return a.createdAt < b.createdAt;
    if (a.remoteId.size() != b.remoteId.size())
        return a.remoteId.size() < b.remoteId.size();
    return a.remoteId < b.remoteId;
}

QDateTime lastActivity(const FakeConnector::Server::Chat &c)
{
    return c.messages.empty() ? c.chat.createdAt : c.messages.back().createdAt;
}

} // namespace

FakeConnector::Server::Chat *FakeConnector::Server::find(const QString &chatId)
{
    for (Chat &c : chats) {
        if (c.chat.remoteId == chatId)
            return &c;
    }
    return nullptr;
}

QString FakeConnector::Server::addChat(const QString &chatType, const QString &remoteId)
{
    Chat c;
    c.chat.remoteId =
        remoteId.isEmpty() ? QStringLiteral("chat-%1").arg(chats.size() + 1) : remoteId;
    c.chat.chatType = chatType;
    c.chat.status = QStringLiteral("OPENED");
    c.chat.createdAt = QDateTime::currentDateTimeUtc().addDays(-1);
    chats.push_back(c);
    return chats.back().chat.remoteId;
}

QString FakeConnector::Server::addMessage(const QString &chatId, domain::SenderType sender,
                                          const QString &body, const QDateTime &at)
{
    Chat *c = find(chatId);
    Q_ASSERT(c);
    domain::RemoteMessage m;
    m.remoteId = QString::number(nextId++);
    m.sender = sender;
    m.author =
        sender == domain::SenderType::Buyer ? QStringLiteral("buyer-1") : QStringLiteral("seller");
    m.body = body;
    m.createdAt = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    m.isRead = sender == domain::SenderType::Seller;
    c->messages.push_back(m);
    std::stable_sort(c->messages.begin(), c->messages.end(), before);
    return m.remoteId;
}

void FakeConnector::Server::failNext(Call call, const ConnectorError &error, int times)
{
    failures[call].push_back({error, times, false});
}

void FakeConnector::Server::failAfter(Call call, int pass, const ConnectorError &error)
{
    failures[call].push_back({error, 1, false, pass});
}

void FakeConnector::Server::loseNextSendAnswer(const ConnectorError &error)
{
    failures[Call::SendText].push_back({error, 1, true});
    failures[Call::SendFile].push_back({error, 1, true});
}

int FakeConnector::Server::messagesWithBody(const QString &chatId, const QString &body)
{
    Chat *c = find(chatId);
    if (!c)
        return 0;
    return int(std::count_if(c->messages.begin(), c->messages.end(),
                             [&](const domain::RemoteMessage &m) { return m.body == body; }));
}

FakeConnector::FakeConnector(std::shared_ptr<Server> server, QString marketplace)
    : m_server(std::move(server))
    , m_marketplace(std::move(marketplace))
{}

FakeConnector::~FakeConnector() = default;

ConnectorError FakeConnector::error(ConnectorError::Kind kind, const QString &message)
{
    ConnectorError e;
    e.kind = kind;
    e.message = message.isEmpty() ? QStringLiteral("fake failure") : message;
    return e;
}

bool FakeConnector::takeFailure(Call call, Server::Failure *failure)
{
    ++m_server->calls[int(call)];
    auto &list = m_server->failures[call];
    if (list.empty())
        return false;
    if (list.front().passFirst > 0) {
        --list.front().passFirst;
        return false;
    }
    *failure = list.front();
    if (--list.front().remaining <= 0)
        list.erase(list.begin());
    if (failure->applyFirst) {
        // A lost answer is scripted for both send kinds; the other one is used up too.
        const Call other = call == Call::SendText ? Call::SendFile : Call::SendText;
        auto &otherList = m_server->failures[other];
        if (!otherList.empty() && otherList.front().applyFirst)
            otherList.erase(otherList.begin());
    }
    return true;
}

void FakeConnector::later(std::function<void()> answer, std::function<void()> cancel)
{
    const quint64 id = m_nextCall++;
    m_cancels.emplace(id, std::move(cancel));
    QTimer::singleShot(0, this, [this, id, answer = std::move(answer)] {
        if (m_cancels.erase(id) == 1)
            answer();
    });
}

void FakeConnector::cancelAll()
{
    auto pending = std::move(m_cancels);
    m_cancels.clear();
    for (auto &[id, cancel] : pending)
        QTimer::singleShot(0, this, cancel);
}

void FakeConnector::listChats(const QString &cursor, int limit, ChatsDone done)
{
    Server::Failure failure;
    const ConnectorError cancelled = error(ConnectorError::Kind::Cancelled);
    auto cancel = [done, cancelled] {
        done({}, cancelled);
    };
    m_server->listCursors << cursor;
    if (takeFailure(Call::ListChats, &failure)) {
        later([done, failure] { done({}, failure.error); }, cancel);
        return;
    }
    std::vector<Server::Chat> sorted = m_server->chats;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return lastActivity(a) > lastActivity(b);
    });
    bool ok = true;
    const int offset = cursor.isEmpty() ? 0 : cursor.toInt(&ok);
    if (!ok || offset < 0) {
        later(
            [done] {
                done({}, error(ConnectorError::Kind::BadRequest, QStringLiteral("bad cursor")));
            },
            cancel);
        return;
    }
    const int pageSize = std::max(1, std::min(limit, m_server->listLimit));
    domain::ChatListPage page;
    for (int i = offset; i < int(sorted.size()) && i < offset + pageSize; ++i) {
        domain::RemoteChat c = sorted[size_t(i)].chat;
        const auto &messages = sorted[size_t(i)].messages;
        c.lastMessageId = messages.empty() ? QString() : messages.back().remoteId;
        c.unreadCount = int(std::count_if(messages.begin(), messages.end(), [](const auto &m) {
            return !m.isRead && m.sender != domain::SenderType::Seller;
        }));
        page.chats.push_back(c);
    }
    page.hasNext = offset + pageSize < int(sorted.size());
    page.nextCursor = page.hasNext ? QString::number(offset + pageSize) : QString();
    later([done, page] { done(page, {}); }, cancel);
}

void FakeConnector::history(const QString &chatId, const QString &fromMessageId,
                            Direction direction, int limit, HistoryDone done)
{
    Server::Failure failure;
    auto cancel = [done] {
        done({}, error(ConnectorError::Kind::Cancelled));
    };
    if (takeFailure(Call::History, &failure)) {
        later([done, failure] { done({}, failure.error); }, cancel);
        return;
    }
    Server::Chat *chat = m_server->find(chatId);
    if (!chat) {
        later([done] { done({}, error(ConnectorError::Kind::NotFound)); }, cancel);
        return;
    }
    const auto &all = chat->messages;
    const int n = int(all.size());
    int at = n;
    if (!fromMessageId.isEmpty()) {
        const auto it = std::find_if(all.begin(), all.end(),
                                     [&](const auto &m) { return m.remoteId == fromMessageId; });
        if (it == all.end()) {
            later(
                [done] {
                    done({}, error(ConnectorError::Kind::BadRequest,
                                   QStringLiteral("unknown message")));
                },
                cancel);
            return;
        }
        at = int(it - all.begin());
    }
    int begin = 0;
    int end = 0;
    domain::HistoryPage page;
    if (direction == Direction::Older) {
        end = fromMessageId.isEmpty() ? n : at + 1; // the boundary is included
        begin = std::max(0, end - limit);
        page.hasNext = begin > 0;
    } else {
        begin = at; // the boundary is included
        end = std::min(n, begin + limit);
        page.hasNext = end < n;
    }
    for (int i = begin; i < end; ++i)
        page.messages.push_back(all[size_t(i)]);
    later([done, page] { done(page, {}); }, cancel);
}

void FakeConnector::send(const QString &chatId, const QString &body, const QString &fileName,
                         SendDone done)
{
    Server::Failure failure;
    auto cancel = [done] {
        done(error(ConnectorError::Kind::Cancelled));
    };
    const Call call = fileName.isEmpty() ? Call::SendText : Call::SendFile;
    const bool failing = takeFailure(call, &failure);
    if (failing && !failure.applyFirst) {
        later([done, failure] { done(failure.error); }, cancel);
        return;
    }
    if (!m_server->find(chatId)) {
        later([done] { done(error(ConnectorError::Kind::NotFound)); }, cancel);
        return;
    }
    const QString id = m_server->addMessage(chatId, domain::SenderType::Seller, body);
    ++m_server->sends;
    if (!fileName.isEmpty()) {
        Server::Chat *chat = m_server->find(chatId);
        for (auto &m : chat->messages) {
            if (m.remoteId == id) {
                domain::RemoteAttachment a;
                a.name = fileName;
                a.url = QStringLiteral("https://fake.invalid/file/") + id;
                m.attachments << a;
            }
        }
    }
    const ConnectorError answer = failing ? failure.error : ConnectorError::none();
    later([done, answer] { done(answer); }, cancel);
}

void FakeConnector::sendText(const QString &chatId, const QString &text, SendDone done)
{
    send(chatId, text, {}, std::move(done));
}

void FakeConnector::sendFile(const QString &chatId, const QString &fileName, const QByteArray &,
                             SendDone done)
{
    send(chatId, {}, fileName, std::move(done));
}

void FakeConnector::markRead(const QString &chatId, const QString &upToMessageId, ReadDone done)
{
    Server::Failure failure;
    auto cancel = [done] {
        done(0, error(ConnectorError::Kind::Cancelled));
    };
    if (takeFailure(Call::MarkRead, &failure)) {
        later([done, failure] { done(0, failure.error); }, cancel);
        return;
    }
    Server::Chat *chat = m_server->find(chatId);
    int unread = 0;
    bool reached = false;
    if (chat) {
        for (auto &m : chat->messages) {
            if (!reached)
                m.isRead = true;
            else if (!m.isRead && m.sender != domain::SenderType::Seller)
                ++unread;
            if (m.remoteId == upToMessageId)
                reached = true;
        }
    }
    later([done, unread] { done(unread, {}); }, cancel);
}

void FakeConnector::download(const QString &url, DownloadDone done)
{
    Server::Failure failure;
    auto cancel = [done] {
        done({}, error(ConnectorError::Kind::Cancelled));
    };
    if (takeFailure(Call::Download, &failure)) {
        later([done, failure] { done({}, failure.error); }, cancel);
        return;
    }
    later([done, url] { done(url.toUtf8(), {}); }, cancel);
}

} // namespace agentp::testing
