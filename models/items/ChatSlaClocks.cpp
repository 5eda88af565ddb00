#include "models/items/ChatSlaClocks.h"

namespace agentp::models {

namespace {

const ChatSlaClocks::Clock kNotWaiting;

qint64 msOf(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : ChatListEntry::kNoTime;
}

} // namespace

domain::SlaStage ChatSlaClocks::Clock::stageAt(qint64 nowMs) const
{
    if (!waiting())
        return domain::SlaStage::NotWaiting;
    if (nowMs >= dueMs)
        return domain::SlaStage::Breached;
    if (warnMs != ChatListEntry::kNoTime && nowMs >= warnMs)
        return domain::SlaStage::Warning;
    return domain::SlaStage::Ok;
}

void ChatSlaClocks::setRules(QList<domain::SlaRule> rules)
{
    m_rules = std::move(rules);
    m_cache.clear();
}

void ChatSlaClocks::setAccounts(const std::vector<ChatAccountInfo> &accounts)
{
    QHash<qint64, QString> marketplaces;
    for (const ChatAccountInfo &a : accounts)
        marketplaces.insert(a.id, a.marketplace);
    if (marketplaces != m_marketplaceOf) {
        m_marketplaceOf = std::move(marketplaces);
        m_cache.clear();
    }
}

const ChatSlaClocks::Clock &ChatSlaClocks::clockOf(const ChatListEntry &e) const
{
    if (e.waitingSinceMs == ChatListEntry::kNoTime)
        return kNotWaiting;
    const bool answered = e.lastSellerMs != ChatListEntry::kNoTime;
    auto it = m_cache.find(e.id);
    if (it != m_cache.end() && it->since == e.waitingSinceMs && it->answered == answered &&
        it->accountId == e.accountId && it->chatType == e.chatType)
        return it->clock;
    Cached c;
    c.since = e.waitingSinceMs;
    c.answered = answered;
    c.accountId = e.accountId;
    c.chatType = e.chatType;
    if (const domain::SlaRule *rule = domain::chooseRule(
            m_rules, m_marketplaceOf.value(e.accountId), e.accountId, e.chatType)) {
        // The list knows the start of the wait and whether we ever answered: that is all the
        // clock needs (an earlier seller message only makes it a next-response wait).
        QList<domain::SlaEvent> timeline;
        if (answered)
            timeline << domain::SlaEvent{domain::SenderType::Seller, {}};
        timeline << domain::SlaEvent{
            domain::SenderType::Buyer,
            QDateTime::fromMSecsSinceEpoch(e.waitingSinceMs, QTimeZone::utc())};
        const domain::SlaClock clock = domain::slaClock(*rule, timeline);
        c.clock.dueMs = msOf(clock.due);
        c.clock.warnMs = msOf(clock.warnAt);
        c.clock.firstResponse = clock.firstResponse;
    }
    return m_cache.insert(e.id, c)->clock;
}

qint64 ChatSlaClocks::nextStageChange(const std::vector<ChatListEntry> &entries,
                                      const std::vector<int> &indices, qint64 nowMs) const
{
    qint64 next = ChatListEntry::kNoTime;
    const auto consider = [&next, nowMs](qint64 t) {
        if (t != ChatListEntry::kNoTime && t > nowMs &&
            (next == ChatListEntry::kNoTime || t < next))
            next = t;
    };
    for (int i : indices) {
        const Clock &c = clockOf(entries[size_t(i)]);
        if (!c.waiting())
            continue;
        consider(c.warnMs);
        consider(c.dueMs);
    }
    return next;
}

} // namespace agentp::models
