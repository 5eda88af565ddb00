#include "models/domain/SlaPolicy.h"

#include <algorithm>

namespace agentp::domain {

bool SlaRule::covers(const QString &marketplace, qint64 accountId, const QString &chatType) const
{
    switch (scope) {
    case Scope::All:
        return true;
    case Scope::Marketplace:
        return scopeValue == marketplace;
    case Scope::Account:
        return scopeValue == QString::number(accountId);
    case Scope::ChatType:
        return scopeValue.compare(chatType, Qt::CaseInsensitive) == 0;
    }
    return false;
}

int SlaRule::specificity() const
{
    switch (scope) {
    case Scope::Account:
        return 3;
    case Scope::ChatType:
        return 2;
    case Scope::Marketplace:
        return 1;
    case Scope::All:
        break;
    }
    return 0;
}

QString SlaRule::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("The rule needs a name.");
    if (scope != Scope::All && scopeValue.trimmed().isEmpty())
        return tr("Choose what the rule applies to.");
    // A week at most: longer targets are a mistake in units more often than a real agreement.
    constexpr int kMaxMinutes = 7 * 24 * 60;
    if (firstResponseMinutes < 1 || firstResponseMinutes > kMaxMinutes)
        return tr("The first-response target must be between 1 minute and 7 days.");
    if (nextResponseMinutes < 1 || nextResponseMinutes > kMaxMinutes)
        return tr("The next-response target must be between 1 minute and 7 days.");
    if (warningMinutes < 0 || warningMinutes >= std::min(firstResponseMinutes, nextResponseMinutes))
        return tr("The warning must come before the deadline: less than the shorter target.");
    if (!calendar.hasAnyShift())
        return BusinessCalendar::tr("The calendar has no working hours on any day.");
    return {};
}

QString SlaRule::scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Marketplace:
        return QStringLiteral("marketplace");
    case Scope::Account:
        return QStringLiteral("account");
    case Scope::ChatType:
        return QStringLiteral("chat_type");
    case Scope::All:
        break;
    }
    return QStringLiteral("all");
}

SlaRule::Scope SlaRule::scopeFromName(const QString &name)
{
    if (name == QLatin1String("marketplace"))
        return Scope::Marketplace;
    if (name == QLatin1String("account"))
        return Scope::Account;
    if (name == QLatin1String("chat_type"))
        return Scope::ChatType;
    return Scope::All;
}

const SlaRule *chooseRule(const QList<SlaRule> &rules, const QString &marketplace, qint64 accountId,
                          const QString &chatType)
{
    const SlaRule *best = nullptr;
    for (const SlaRule &rule : rules) {
        if (!rule.covers(marketplace, accountId, chatType))
            continue;
        if (!best || rule.specificity() > best->specificity() ||
            (rule.specificity() == best->specificity() &&
             std::pair(rule.position, rule.id) < std::pair(best->position, best->id)))
            best = &rule;
    }
    return best;
}

SlaStage SlaClock::stageAt(const QDateTime &now) const
{
    if (!waiting)
        return SlaStage::NotWaiting;
    if (due.isValid() && now >= due)
        return SlaStage::Breached;
    if (warnAt.isValid() && now >= warnAt)
        return SlaStage::Warning;
    return SlaStage::Ok;
}

SlaClock slaClock(const SlaRule &rule, const QList<SlaEvent> &timeline)
{
    SlaClock clock;
    bool answeredBefore = false;
    for (const SlaEvent &e : timeline) {
        if (e.sender == SenderType::Seller) {
            answeredBefore = true;
            clock.waiting = false;
        } else if (e.sender == SenderType::Buyer && !clock.waiting) {
            clock.waiting = true;
            clock.since = e.at;
            clock.firstResponse = !answeredBefore;
        }
    }
    if (!clock.waiting)
        return SlaClock{};
    const int target = clock.firstResponse ? rule.firstResponseMinutes : rule.nextResponseMinutes;
    clock.due = rule.calendar.addWorkingMinutes(clock.since, target);
    const int warning = std::clamp(rule.warningMinutes, 0, target);
    clock.warnAt = rule.calendar.addWorkingMinutes(clock.since, target - warning);
    return clock;
}

} // namespace agentp::domain
