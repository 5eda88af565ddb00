#pragma once

#include "models/domain/SlaPolicy.h"
#include "models/items/ChatListLoader.h"

#include <QHash>
#include <QList>

#include <vector>

namespace agentp::models {

// The SLA clocks of the chat list's chats (docs/sla.md): which rule covers each chat and when
// its deadline and warning come, computed on first use and kept until the chat's wait or the
// rules change. A clock depends only on chats.waiting_since, whether we ever answered and the
// rule — never on "now" — so the stage at any moment is a comparison.
class ChatSlaClocks final
{
public:
    void setRules(QList<domain::SlaRule> rules);
    void setAccounts(const std::vector<ChatAccountInfo> &accounts);
    const QList<domain::SlaRule> &rules() const { return m_rules; }

    // Deadline and warning in ms since the epoch; dueMs is kNoTime when nobody waits.
    struct Clock
    {
        qint64 dueMs = ChatListEntry::kNoTime;
        qint64 warnMs = ChatListEntry::kNoTime;
        bool firstResponse = false;
        bool waiting() const { return dueMs != ChatListEntry::kNoTime; }
        domain::SlaStage stageAt(qint64 nowMs) const;
    };
    const Clock &clockOf(const ChatListEntry &entry) const;

    // The earliest moment after `nowMs` at which one of these chats changes stage, kNoTime when
    // none will (the list re-sorts and re-filters then, not on every tick).
    qint64 nextStageChange(const std::vector<ChatListEntry> &entries,
                           const std::vector<int> &indices, qint64 nowMs) const;

private:
    struct Cached
    {
        qint64 since = 0;
        bool answered = false;
        qint64 accountId = 0;
        QString chatType;
        Clock clock;
    };

    QList<domain::SlaRule> m_rules;
    QHash<qint64, QString> m_marketplaceOf; // account id → marketplace
    mutable QHash<qint64, Cached> m_cache;  // chat id →
};

} // namespace agentp::models
