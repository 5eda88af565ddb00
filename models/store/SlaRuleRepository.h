#pragma once

#include "models/domain/SlaPolicy.h"
#include "models/store/StoreError.h"

#include <QList>
#include <QSqlDatabase>

namespace agentp::store {

// The SLA rules of a workspace (sla_rules, docs/sla.md). There is always exactly one default
// rule (schema v7 seeds it): it can be edited but not removed, and its scope stays "all chats"
// so every chat has a rule.
class SlaRuleRepository final
{
public:
    explicit SlaRuleRepository(QSqlDatabase db);

    // In the editor's order (position, id). A calendar that cannot be read (edited by hand)
    // becomes around-the-clock and is named in `calendarProblems`, so deadlines never vanish.
    QList<domain::SlaRule> rules(StoreError *error, QStringList *calendarProblems = nullptr) const;
    // Inserts (id 0, placed last) or updates the rule; `problem` gets the rule's first problem
    // (validation, translated) and nothing is written. Returns the id, 0 on failure.
    qint64 save(const domain::SlaRule &rule, QString *problem, StoreError *error);
    // Removes a rule; the default rule is refused with a reason in `problem`.
    bool remove(qint64 id, QString *problem, StoreError *error);
    // Moves a rule to `index` in the editor's order and renumbers all positions.
    bool move(qint64 id, int index, StoreError *error);

private:
    QSqlDatabase m_db;
};

} // namespace agentp::store
