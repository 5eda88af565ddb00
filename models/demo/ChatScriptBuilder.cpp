#include "models/demo/ChatScriptBuilder.h"

#include "models/demo/DemoRandom.h"
#include "models/demo/DemoTime.h"
#include "models/demo/MarketplaceVocabulary.h"

#include <algorithm>

namespace agentp::demo {

namespace {

constexpr qint64 kSecond = 1000;

// Minutes drawn from weighted buckets: realistic long-tailed delays without log/exp, whose
// results may differ between C libraries and would break reproducibility.
qint64 bucketMinutes(DemoRandom &random, const std::vector<int> &weights, const int (*bounds)[2])
{
    const int bucket = random.weighted(weights);
    return random.between(bounds[bucket][0], bounds[bucket][1]);
}

// Cycles through a pool from a random start, so a chat never repeats a phrase until the pool is
// exhausted.
class Rotation
{
public:
    Rotation(DemoRandom &random, const PhrasePool &pool)
        : m_pool(pool)
        , m_next(size_t(random.below(pool.size())))
    {}
    QString take(const PhraseSlots &fill) { return m_pool.render(m_next++, fill); }

private:
    const PhrasePool &m_pool;
    size_t m_next;
};

qint64 gapBefore(DemoRandom &random, ChatSender previous, ChatSender current)
{
    static const std::vector<int> replyWeights = {30, 25, 20, 15, 10};
    static const int replyBounds[][2] = {{2, 10}, {10, 30}, {30, 60}, {60, 180}, {180, 480}};
    static const std::vector<int> buyerWeights = {35, 30, 20, 15};
    static const int buyerBounds[][2] = {{2, 30}, {30, 180}, {180, 720}, {720, 1800}};
    const qint64 jitter = random.between(0, 59999);
    if (previous == current)
        return random.between(20, 360) * kSecond + random.between(0, 999);
    if (current == ChatSender::Buyer)
        return bucketMinutes(random, buyerWeights, buyerBounds) * DemoTime::kMinute + jitter;
    if (current == ChatSender::Support || previous == ChatSender::Support)
        return random.between(60, 2880) * DemoTime::kMinute + jitter;
    return bucketMinutes(random, replyWeights, replyBounds) * DemoTime::kMinute + jitter;
}

// A reminder comes after a real silence, not seconds after the buyer's previous message.
qint64 gapBefore(DemoRandom &random, const ChatLine &previous, const ChatLine &current)
{
    if (current.nudge)
        return random.between(15, 360) * DemoTime::kMinute + random.between(0, 59999);
    return gapBefore(random, previous.sender, current.sender);
}

QString stamp(qint64 ms)
{
    // "IMG_20261118_143022.jpg" from "2026-11-18T14:30:22.123Z"
    const QString iso = DemoTime::iso(ms);
    QString digits;
    digits.reserve(15);
    for (qsizetype i = 0; i < 19; ++i) {
        const QChar c = iso.at(i);
        if (c == u'T')
            digits += u'_';
        else if (c.isDigit())
            digits += c;
    }
    return digits;
}

} // namespace

ChatScriptBuilder::ChatScriptBuilder()
{
    m_senders.reserve(24);
}

QString ChatScriptBuilder::fileUrl(DemoRandom &random, const ChatPlan &plan,
                                   const QString &extension)
{
    const QString &marketplace = plan.account->marketplace;
    const QString file = random.uuid();
    if (marketplace == QLatin1String("ozon"))
        return QStringLiteral("https://api-seller.ozon.ru/v2/chat/file/") + random.digits(10) +
               u'/' + file + extension;
    if (marketplace == QLatin1String("wildberries"))
        return QStringLiteral("https://buyer-chat-api.wildberries.ru/api/v1/seller/download/") +
               file;
    return QStringLiteral("https://api.partner.market.yandex.ru/v2/businesses/") +
           plan.accountExternalId + QStringLiteral("/chats/files/") + file + extension;
}

void ChatScriptBuilder::addImages(DemoRandom &random, const ChatPlan &plan, ChatLine *line,
                                  int count)
{
    for (int i = 0; i < count; ++i) {
        ChatAttachment a;
        a.image = true;
        a.url = fileUrl(random, plan, QStringLiteral(".jpg"));
        a.mimeType = QStringLiteral("image/jpeg");
        a.sizeBytes = random.between(250, 4500) * 1024LL + random.between(0, 1023);
        line->attachments.push_back(std::move(a));
    }
}

void ChatScriptBuilder::addInvoice(DemoRandom &random, const ChatPlan &plan, ChatLine *line)
{
    ChatAttachment a;
    a.image = false;
    a.name = random.digits(5); // the invoice number; the full name needs the message's date
    a.url = fileUrl(random, plan, QStringLiteral(".pdf"));
    a.mimeType = QStringLiteral("application/pdf");
    a.sizeBytes = random.between(60, 400) * 1024LL + random.between(0, 1023);
    line->attachments.push_back(std::move(a));
}

void ChatScriptBuilder::nameAttachments(ChatLine *line)
{
    qint64 taken = line->atMs;
    for (ChatAttachment &a : line->attachments) {
        if (a.image) {
            // Photos are taken shortly before they are sent.
            taken -= 37 * kSecond;
            a.name = QStringLiteral("IMG_") + stamp(taken) + QStringLiteral(".jpg");
        } else {
            const qint64 day = DemoTime::dayOf(line->atMs);
            a.name = QStringLiteral("Счёт-фактура №") + a.name + QStringLiteral(" от ") +
                     DemoTime::dayMonth(day) + u'.' + QString::number(DemoTime::year(day)) +
                     QStringLiteral(".pdf");
        }
    }
}

void ChatScriptBuilder::build(DemoRandom &random, const ChatPlan &plan,
                              std::vector<ChatLine> *lines)
{
    lines->clear();
    m_slots[PhraseSlot::Name] = plan.buyerFirst;
    m_slots[PhraseSlot::Product] = plan.product;
    m_slots[PhraseSlot::Order] = plan.order;
    m_slots[PhraseSlot::Number] = random.digits(8);
    m_slots[PhraseSlot::Date] =
        DemoTime::dayMonth(DemoTime::dayOf(plan.lastMs) + random.between(1, 5));
    m_slots[PhraseSlot::Detail] = random.pick(plan.account->defects);
    m_slots[PhraseSlot::Fem] = plan.buyerFemale ? QStringLiteral("а") : QString();
    switch (plan.kind) {
    case ChatKind::BuyerSeller:
        buyerSellerScript(random, plan, lines);
        break;
    case ChatKind::SellerSupport:
        supportScript(random, plan, lines);
        break;
    case ChatKind::Notification:
        notificationScript(random, plan, lines);
        break;
    }
    assignTimes(random, plan, lines);
    // File names carry dates, so they are given once the times are known.
    for (ChatLine &line : *lines) {
        if (!line.attachments.empty())
            nameAttachments(&line);
    }
}

void ChatScriptBuilder::buyerSellerScript(DemoRandom &random, const ChatPlan &plan,
                                          std::vector<ChatLine> *lines)
{
    const MarketplaceVocabulary &v = MarketplaceVocabulary::instance();
    const ChatTopic &topic = plan.order.isEmpty()
                                 ? v.presaleTopic()
                                 : v.topics()[size_t(random.weighted(v.topicWeights()))];
    const bool presale = &topic == &v.presaleTopic();
    const int question = int(random.below(plan.account->questions.size()));

    // 2–20 messages, about 11 on average (a sum of two uniforms).
    const int count = 2 + int(random.below(10)) + int(random.below(10));
    m_senders.assign(size_t(count), ChatSender::Buyer);
    for (int i = 1; i < count; ++i) {
        const bool buyerBefore = m_senders[size_t(i) - 1] == ChatSender::Buyer;
        const bool seller = buyerBefore ? random.chance(0.8) : !random.chance(0.85);
        m_senders[size_t(i)] = seller ? ChatSender::Seller : ChatSender::Buyer;
    }
    int unreadTail = 0;
    if (plan.state == ChatState::Unread || plan.state == ChatState::WaitingLong) {
        const int tail =
            std::min(count - 1, random.between(1, plan.state == ChatState::Unread ? 3 : 2));
        for (int i = count - tail; i < count; ++i)
            m_senders[size_t(i)] = ChatSender::Buyer;
        if (count - tail - 1 > 0)
            m_senders[size_t(count - tail - 1)] = ChatSender::Seller;
        if (plan.state == ChatState::Unread || random.chance(0.5))
            unreadTail = tail;
    } else {
        m_senders.back() = ChatSender::Seller;
    }

    const QString &agent = random.pick(plan.account->agents);
    Rotation topicBuyer(random, topic.buyerFollow);
    Rotation topicSeller(random, topic.sellerFollow);
    Rotation buyerFollow(random, v.buyerFollow);
    Rotation sellerFollow(random, v.sellerFollow);
    Rotation nudges(random, v.buyerNudge);
    Rotation addenda(random, v.sellerAddendum);
    bool sellerSpoke = false;
    bool photosSent = false;
    size_t buyerFollows = 0;
    size_t sellerFollows = 0;
    for (int i = 0; i < count; ++i) {
        ChatLine line;
        line.sender = m_senders[size_t(i)];
        const bool repeated = i > 0 && m_senders[size_t(i) - 1] == line.sender;
        if (line.sender == ChatSender::Buyer) {
            line.author = plan.buyerAuthor;
            if (i == 0) {
                line.body = presale ? plan.account->questions.at(question)
                                    : topic.opening.render(random, m_slots);
                if (topic.buyerPhotos && random.chance(0.4)) {
                    addImages(random, plan, &line, random.between(1, 3));
                    photosSent = true;
                }
            } else if (repeated && topic.buyerPhotos && !photosSent) {
                line.body = v.photoCaption.render(random, m_slots);
                addImages(random, plan, &line, random.between(1, 3));
                photosSent = true;
            } else if (repeated) {
                line.body = nudges.take(m_slots);
                line.nudge = true;
            } else {
                // The topic's own follow-ups first, then everyday replies.
                line.body = buyerFollows++ < topic.buyerFollow.size() ? topicBuyer.take(m_slots)
                                                                      : buyerFollow.take(m_slots);
                if (random.chance(0.015))
                    addImages(random, plan, &line, 1);
            }
            line.read = i < count - unreadTail;
        } else {
            // The second agent of the account steps in now and then.
            line.author = random.chance(0.85) ? agent : random.pick(plan.account->agents);
            if (!sellerSpoke) {
                line.body = presale ? plan.account->answers.at(question)
                                    : topic.reply.render(random, m_slots);
                if (topic.sellerInvoice)
                    addInvoice(random, plan, &line);
                sellerSpoke = true;
            } else if (plan.state == ChatState::Closed && i == count - 1) {
                line.body = v.sellerClosing.render(random, m_slots);
            } else if (repeated) {
                line.body = addenda.take(m_slots);
            } else {
                line.body = sellerFollows++ < topic.sellerFollow.size()
                                ? topicSeller.take(m_slots)
                                : sellerFollow.take(m_slots);
            }
        }
        lines->push_back(std::move(line));
    }
}

void ChatScriptBuilder::supportScript(DemoRandom &random, const ChatPlan &plan,
                                      std::vector<ChatLine> *lines)
{
    const MarketplaceVocabulary &v = MarketplaceVocabulary::instance();
    const int count = random.between(2, 8);
    const QString &agent = random.pick(plan.account->agents);
    const QString support = QStringLiteral("Поддержка Ozon");
    for (int i = 0; i < count; ++i) {
        ChatLine line;
        const bool fromSeller = i % 2 == 0;
        line.sender = fromSeller ? ChatSender::Seller : ChatSender::Support;
        line.author = fromSeller ? agent : support;
        if (i == 0)
            line.body = v.supportOpening.render(random, m_slots);
        else if (i == 1)
            line.body = v.supportReply.render(random, m_slots);
        else
            line.body = fromSeller ? v.supportFollowSeller.render(random, m_slots)
                                   : v.supportFollow.render(random, m_slots);
        line.read = fromSeller || i < count - 1 || plan.state != ChatState::Unread;
        lines->push_back(std::move(line));
    }
}

void ChatScriptBuilder::notificationScript(DemoRandom &random, const ChatPlan &plan,
                                           std::vector<ChatLine> *lines)
{
    const MarketplaceVocabulary &v = MarketplaceVocabulary::instance();
    const int count = random.between(1, 6);
    const int unread = plan.state == ChatState::Unread ? random.between(1, count) : 0;
    for (int i = 0; i < count; ++i) {
        ChatLine line;
        line.sender = ChatSender::System;
        line.author = QStringLiteral("Ozon");
        m_slots[PhraseSlot::Product] = random.pick(plan.account->products);
        line.body = v.notifications.render(random, m_slots);
        line.read = i < count - unread;
        lines->push_back(std::move(line));
    }
}

void ChatScriptBuilder::assignTimes(DemoRandom &random, const ChatPlan &plan,
                                    std::vector<ChatLine> *lines)
{
    // Backwards from the chat's last activity, so the tail lands exactly where the state needs it.
    qint64 t = plan.lastMs;
    for (size_t i = lines->size(); i-- > 0;) {
        (*lines)[i].atMs = t;
        if (i > 0) {
            t -= plan.kind == ChatKind::Notification
                     ? random.between(30, 3 * 24 * 60) * DemoTime::kMinute
                     : gapBefore(random, (*lines)[i - 1], (*lines)[i]);
        }
    }
}

} // namespace agentp::demo
