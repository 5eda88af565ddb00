#pragma once

#include "models/domain/BusinessCalendar.h"
#include "models/domain/MarketplaceTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace agentp::domain {

// One SLA rule as stored in sla_rules (docs/sla.md): which chats it covers, the response targets
// in working minutes of its calendar, and how long before the deadline the warning stage begins.
struct SlaRule
{
    Q_DECLARE_TR_FUNCTIONS(SlaRule)

public:
    enum class Scope
    {
        All,
        Marketplace, // scopeValue: "ozon", "wildberries", "yandex_market", "demo"
        Account,     // scopeValue: seller_accounts.id
        ChatType,    // scopeValue: the marketplace's chat type, e.g. "BUYER_SELLER"
    };

    qint64 id = 0;
    QString name;
    Scope scope = Scope::All;
    QString scopeValue;
    int firstResponseMinutes = 60;
    int nextResponseMinutes = 60;
    int warningMinutes = 15;
    BusinessCalendar calendar;
    bool isDefault = false;
    int position = 0; // the editor's order: breaks ties between equally specific rules

    bool covers(const QString &marketplace, qint64 accountId, const QString &chatType) const;
    // Account 3, chat type 2, marketplace 1, all 0: the most specific covering rule wins.
    int specificity() const;
    // The first problem of the rule for the editor (translated), or empty.
    QString validate() const;

    static QString scopeName(Scope scope); // store values: "all", "marketplace", …
    static Scope scopeFromName(const QString &name);
};

// The rule for a chat: the most specific covering one, ties to the lower position, then the
// lower id; nullptr when none covers it (there is always a default rule in a workspace).
const SlaRule *chooseRule(const QList<SlaRule> &rules, const QString &marketplace, qint64 accountId,
                          const QString &chatType);

// What the clock of a chat needs from its history (oldest first).
struct SlaEvent
{
    SenderType sender = SenderType::Buyer;
    QDateTime at;
};

enum class SlaStage
{
    NotWaiting, // nobody waits for us (answered, or only system messages)
    Ok,
    Warning,
    Breached,
};

// The clock of one chat under one rule: the buyer waits since the first of their messages after
// our last reply; the target is the first-response one when we never answered in this chat,
// the next-response one otherwise. Support and system messages neither start nor stop it.
struct SlaClock
{
    bool waiting = false;
    bool firstResponse = false;
    QDateTime since;  // the buyer message that started the wait
    QDateTime warnAt; // when the warning stage begins
    QDateTime due;    // the deadline (invalid: the calendar never opens)

    SlaStage stageAt(const QDateTime &now) const;
    bool operator==(const SlaClock &o) const = default;
};

SlaClock slaClock(const SlaRule &rule, const QList<SlaEvent> &timeline);

} // namespace agentp::domain
