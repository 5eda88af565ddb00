#include "models/demo/MarketplaceDemoWriter.h"

#include "models/demo/BulkInserter.h"
#include "models/demo/ChatScriptBuilder.h"
#include "models/demo/DemoContext.h"
#include "models/demo/DemoTime.h"
#include "models/demo/DemoVocabulary.h"
#include "models/demo/MarketplaceVocabulary.h"
#include "models/domain/MarketplaceTypes.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace agentp::demo {

namespace {

// Ozon message ids grow with time and exceed 2^53: 3 000 000 000 000 000 000 plus milliseconds
// since 2017-07-14 (scaled), with the chat's low digits so two chats never share an id.
constexpr quint64 kOzonIdBase = 3000000000000000000ULL;
constexpr qint64 kIdEpochMs = 1500000000000LL;

qint64 minutesBack(DemoRandom &random, ChatKind kind, ChatState state)
{
    if (kind != ChatKind::BuyerSeller)
        return random.between(10, 20 * 24 * 60);
    switch (state) {
    case ChatState::Unread:
        return random.between(1, 150);
    case ChatState::WaitingLong: {
        static const int bounds[][2] = {{3 * 60, 12 * 60}, {12 * 60, 48 * 60}, {48 * 60, 96 * 60}};
        const auto &b = bounds[random.weighted({45, 35, 20})];
        return random.between(b[0], b[1]);
    }
    case ChatState::Answered: {
        static const int bounds[][2] = {
            {5, 60}, {60, 24 * 60}, {24 * 60, 7 * 24 * 60}, {7 * 24 * 60, 60 * 24 * 60}};
        const auto &b = bounds[random.weighted({15, 30, 30, 25})];
        return random.between(b[0], b[1]);
    }
    case ChatState::Closed:
        return random.between(2 * 24 * 60, 60 * 24 * 60);
    }
    return 60;
}

class ChatWriter
{
public:
    explicit ChatWriter(DemoContext &context)
        : m_context(context)
        , m_chats(context.db, QStringLiteral("chats"),
                  {QStringLiteral("id"), QStringLiteral("account_id"), QStringLiteral("remote_id"),
                   QStringLiteral("chat_type"), QStringLiteral("status"), QStringLiteral("title"),
                   QStringLiteral("order_number"), QStringLiteral("product"),
                   QStringLiteral("created_at"), QStringLiteral("last_message_at"),
                   QStringLiteral("last_message_preview"), QStringLiteral("last_buyer_message_at"),
                   QStringLiteral("last_seller_message_at"), QStringLiteral("unread_count"),
                   QStringLiteral("muted")},
                  context.progress)
        , m_messages(context.db, QStringLiteral("chat_messages"),
                     {QStringLiteral("id"), QStringLiteral("chat_id"), QStringLiteral("remote_id"),
                      QStringLiteral("sender_type"), QStringLiteral("author"),
                      QStringLiteral("body"), QStringLiteral("created_at"),
                      QStringLiteral("is_read")},
                     context.progress)
        , m_attachments(context.db, QStringLiteral("attachments"),
                        {QStringLiteral("id"), QStringLiteral("message_id"), QStringLiteral("kind"),
                         QStringLiteral("name"), QStringLiteral("url"), QStringLiteral("mime_type"),
                         QStringLiteral("size_bytes")},
                        context.progress)
    {
        m_lines.reserve(24);
    }

    void writeAccount(const MarketplaceProfile &profile, DemoAccountRef &account,
                      const QString &externalId, DemoRandom base);
    bool done(store::StoreError *error)
    {
        return m_chats.done(error) && m_messages.done(error) && m_attachments.done(error);
    }
    qint64 chats() const { return m_chats.rows(); }
    qint64 messages() const { return m_messages.rows(); }
    qint64 attachments() const { return m_attachments.rows(); }

private:
    void writeChat(const ChatPlan &plan, DemoAccountRef &account, DemoRandom &random,
                   const QString &remoteId);
    QString messageRemoteId(const DemoAccountRef &account, DemoRandom &random, qint64 chatId,
                            qint64 atMs, quint64 *ozonMax) const;

    DemoContext &m_context;
    BulkInserter m_chats;
    BulkInserter m_messages;
    BulkInserter m_attachments;
    ChatScriptBuilder m_builder;
    std::vector<ChatLine> m_lines;
    qint64 m_nextChat = 1;
    qint64 m_nextMessage = 1;
    qint64 m_nextAttachment = 1;
    quint64 m_ozonMaxId = 0;
};

void ChatWriter::writeAccount(const MarketplaceProfile &profile, DemoAccountRef &account,
                              const QString &externalId, DemoRandom base)
{
    const DemoVocabulary &people = DemoVocabulary::instance();
    const bool isOzon = profile.marketplace == QLatin1String("ozon");
    const bool isWb = profile.marketplace == QLatin1String("wildberries");
    const int count = profile.chatsPerScale * m_context.scale;
    for (int c = 0; c < count; ++c) {
        DemoRandom random = base.fork(quint64(c) + 1);
        ChatPlan plan;
        plan.account = &profile;
        plan.accountExternalId = externalId;
        // Only Ozon mixes support and notification chats into the same list.
        plan.kind = isOzon ? ChatKind(random.weighted({93, 4, 3})) : ChatKind::BuyerSeller;
        plan.state = plan.kind == ChatKind::BuyerSeller
                         ? ChatState(random.weighted({12, 9, 64, 15}))
                         : (random.chance(0.3) ? ChatState::Unread : ChatState::Answered);
        const DemoPerson buyer = people.person(random, random.chance(profile.femaleBuyers));
        plan.buyerFirst = buyer.first;
        plan.buyerFemale = buyer.female;
        plan.buyerAuthor = isOzon ? buyer.shortName() : isWb ? buyer.first : buyer.fullName();
        plan.product = random.pick(profile.products);
        if (plan.kind != ChatKind::BuyerSeller || random.chance(0.82)) {
            if (isOzon)
                plan.order = random.digits(8) + QStringLiteral("-000") +
                             QString::number(random.between(1, 3)) + u'-' +
                             QString::number(random.between(1, 2));
            else if (isWb)
                plan.order = random.uuid().remove(u'-') + QStringLiteral(".0.0"); // srid-like
            else
                plan.order = random.digits(9);
        }
        plan.lastMs = m_context.anchorMs -
                      minutesBack(random, plan.kind, plan.state) * DemoTime::kMinute -
                      random.between(0, 59999);
        QString remoteId;
        if (isOzon)
            remoteId = random.uuid();
        else if (isWb)
            remoteId = QStringLiteral("1:") + random.uuid();
        else
            remoteId = QString::number(40000000LL + qint64(c) * 7 + random.between(0, 6));
        writeChat(plan, account, random, remoteId);
    }
    if (isOzon)
        account.cursor = QString::number(m_ozonMaxId);
}

QString ChatWriter::messageRemoteId(const DemoAccountRef &account, DemoRandom &random,
                                    qint64 chatId, qint64 atMs, quint64 *ozonMax) const
{
    const qint64 since = std::max<qint64>(0, atMs - kIdEpochMs);
    if (account.marketplace == QLatin1String("ozon")) {
        const quint64 id = kOzonIdBase + quint64(since) * 1000ULL + quint64(chatId % 1000);
        *ozonMax = std::max(*ozonMax, id);
        return QString::number(id);
    }
    if (account.marketplace == QLatin1String("wildberries"))
        return random.uuid();
    return QString::number(since / 1000 * 100 + chatId % 100);
}

void ChatWriter::writeChat(const ChatPlan &plan, DemoAccountRef &account, DemoRandom &random,
                           const QString &remoteId)
{
    static const QString senders[] = {QStringLiteral("buyer"), QStringLiteral("seller"),
                                      QStringLiteral("support"), QStringLiteral("system")};
    static const QString kinds[] = {QStringLiteral("BUYER_SELLER"),
                                    QStringLiteral("SELLER_SUPPORT"),
                                    QStringLiteral("SELLER_API_NOTIFICATIONS")};
    m_builder.build(random, plan, &m_lines);
    const qint64 chatId = m_nextChat++;
    qint64 lastBuyer = -1;
    qint64 lastSeller = -1;
    int unread = 0;
    for (const ChatLine &line : m_lines) {
        if (line.sender == ChatSender::Buyer)
            lastBuyer = line.atMs;
        else if (line.sender == ChatSender::Seller)
            lastSeller = line.atMs;
        if (!line.read)
            ++unread;
    }
    const ChatLine &last = m_lines.back();
    const QString preview = domain::chatPreview(last.body);
    QString title = plan.buyerAuthor;
    if (plan.kind == ChatKind::SellerSupport)
        title = QStringLiteral("Поддержка Ozon");
    else if (plan.kind == ChatKind::Notification)
        title = QStringLiteral("Уведомления Ozon");
    const qint64 createdMs = m_lines.front().atMs - random.between(0, 30000);
    m_chats.row(
        chatId, account.id, remoteId, kinds[int(plan.kind)],
        plan.state == ChatState::Closed ? QStringLiteral("CLOSED") : QStringLiteral("OPENED"),
        title, plan.kind == ChatKind::Notification ? QString() : plan.order,
        plan.kind == ChatKind::Notification ? QString() : plan.product, DemoTime::iso(createdMs),
        DemoTime::iso(last.atMs), preview, lastBuyer < 0 ? QString() : DemoTime::iso(lastBuyer),
        lastSeller < 0 ? QString() : DemoTime::iso(lastSeller), unread,
        random.chance(0.02) ? 1 : 0);

    for (const ChatLine &line : m_lines) {
        const qint64 messageId = m_nextMessage++;
        m_messages.row(messageId, chatId,
                       messageRemoteId(account, random, chatId, line.atMs, &m_ozonMaxId),
                       senders[int(line.sender)], line.author, line.body, DemoTime::iso(line.atMs),
                       line.read ? 1 : 0);
        for (const ChatAttachment &a : line.attachments) {
            m_attachments.row(m_nextAttachment++, messageId,
                              a.image ? QStringLiteral("image") : QStringLiteral("file"), a.name,
                              a.url, a.mimeType, a.sizeBytes);
        }
    }
    account.lastMessageMs = std::max(account.lastMessageMs, last.atMs);
}

} // namespace

bool MarketplaceDemoWriter::write(DemoContext &context, store::StoreError *error)
{
    BulkInserter accounts(context.db, QStringLiteral("seller_accounts"),
                          {QStringLiteral("id"), QStringLiteral("marketplace"),
                           QStringLiteral("name"), QStringLiteral("external_id"),
                           QStringLiteral("base_url"), QStringLiteral("enabled"),
                           QStringLiteral("created_at")},
                          context.progress);
    const auto &profiles = MarketplaceVocabulary::instance().accounts();
    DemoRandom random = context.stream(StreamAccounts);
    QStringList externalIds;
    for (size_t i = 0; i < profiles.size(); ++i) {
        DemoAccountRef account;
        account.id = qint64(i) + 1;
        account.marketplace = profiles[i].marketplace;
        // Ozon Client-Id and the WB seller id are 6–7 digits; a Yandex Market business id 8.
        externalIds.append(
            random.digits(profiles[i].marketplace == QLatin1String("yandex_market") ? 8 : 7));
        const qint64 created = context.anchorMs - random.between(200, 700) * DemoTime::kDay -
                               random.between(0, 86399) * 1000LL;
        accounts.row(account.id, profiles[i].marketplace, profiles[i].name, externalIds.last(),
                     profiles[i].baseUrl, 1, DemoTime::iso(created));
        context.accounts.push_back(account);
    }
    if (!accounts.done(error))
        return false;

    ChatWriter writer(context);
    const DemoRandom chats = context.stream(StreamChats);
    for (size_t i = 0; i < profiles.size(); ++i)
        writer.writeAccount(profiles[i], context.accounts[i], externalIds.at(qsizetype(i)),
                            chats.fork(i + 1));
    for (DemoAccountRef &account : context.accounts) {
        if (account.cursor.isEmpty())
            account.cursor = QString::number(account.lastMessageMs);
    }
    context.summary->accounts = accounts.rows();
    context.summary->chats = writer.chats();
    context.summary->chatMessages = writer.messages();
    context.summary->attachments = writer.attachments();
    if (!writer.done(error))
        return false;
    // The SLA clocks (schema v7): when each buyer began waiting for an answer, in one pass.
    QSqlQuery q(context.db);
    if (!q.exec(QStringLiteral(
            "UPDATE chats SET waiting_since = (SELECT MIN(m.created_at) FROM chat_messages m"
            " WHERE m.chat_id = chats.id AND m.sender_type = 'buyer'"
            " AND m.created_at > COALESCE(chats.last_seller_message_at, ''))"))) {
        *error = store::StoreError::make(store::StoreError::Kind::Query, q.lastError().text());
        return false;
    }
    return true;
}

} // namespace agentp::demo
