#include "models/store/SlaRuleRepository.h"

#include "models/store/PositionOrder.h"
#include "models/store/SqlErrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace agentp::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("agentp::store::SlaRuleRepository", text);
}

} // namespace

SlaRuleRepository::SlaRuleRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<domain::SlaRule> SlaRuleRepository::rules(StoreError *error,
                                                QStringList *calendarProblems) const
{
    QList<domain::SlaRule> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, scope_kind, scope_value, first_response_minutes,"
                             " next_response_minutes, warning_minutes, calendar, is_default,"
                             " position FROM sla_rules ORDER BY position, id"));
    if (!execQuery(q, error, tr("Cannot read the SLA rules")))
        return out;
    while (q.next()) {
        domain::SlaRule r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.scope = domain::SlaRule::scopeFromName(q.value(2).toString());
        r.scopeValue = q.value(3).toString();
        r.firstResponseMinutes = q.value(4).toInt();
        r.nextResponseMinutes = q.value(5).toInt();
        r.warningMinutes = q.value(6).toInt();
        QString problem;
        const auto calendar = domain::BusinessCalendar::fromJson(
            QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object(), &problem);
        if (calendar) {
            r.calendar = *calendar;
        } else if (calendarProblems) {
            *calendarProblems << tr("The working hours of the SLA rule “%1” cannot be read (%2); "
                                    "it counts around the clock until they are set again.")
                                     .arg(r.name, problem);
        }
        r.isDefault = q.value(8).toBool();
        r.position = q.value(9).toInt();
        out << r;
    }
    return out;
}

qint64 SlaRuleRepository::save(const domain::SlaRule &input, QString *problem, StoreError *error)
{
    domain::SlaRule rule = input;
    rule.name = rule.name.trimmed();
    rule.scopeValue = rule.scopeValue.trimmed();
    QSqlQuery q(m_db);
    if (rule.id != 0) {
        q.prepare(QStringLiteral("SELECT is_default FROM sla_rules WHERE id = ?"));
        q.addBindValue(rule.id);
        if (!execQuery(q, error, tr("Cannot read the SLA rules")))
            return 0;
        if (!q.next()) {
            *error =
                StoreError::make(StoreError::Kind::NotFound, tr("The SLA rule no longer exists."));
            return 0;
        }
        if (q.value(0).toBool() && rule.scope != domain::SlaRule::Scope::All) {
            *problem = tr("The default rule covers all chats; make a new rule for a narrower "
                          "scope.");
            return 0;
        }
    }
    if (const QString p = rule.validate(); !p.isEmpty()) {
        *problem = p;
        return 0;
    }
    const QString calendar =
        QString::fromUtf8(QJsonDocument(rule.calendar.toJson()).toJson(QJsonDocument::Compact));
    if (rule.id == 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO sla_rules(name, scope_kind, scope_value, first_response_minutes,"
            " next_response_minutes, warning_minutes, calendar, is_default, position)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 0, (SELECT COALESCE(MAX(position), -1) + 1"
            " FROM sla_rules))"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE sla_rules SET name = ?, scope_kind = ?, scope_value = ?,"
            " first_response_minutes = ?, next_response_minutes = ?, warning_minutes = ?,"
            " calendar = ? WHERE id = ?"));
    }
    q.addBindValue(rule.name);
    q.addBindValue(domain::SlaRule::scopeName(rule.scope));
    q.addBindValue(rule.scope == domain::SlaRule::Scope::All ? QStringLiteral("")
                                                             : rule.scopeValue);
    q.addBindValue(rule.firstResponseMinutes);
    q.addBindValue(rule.nextResponseMinutes);
    q.addBindValue(rule.warningMinutes);
    q.addBindValue(calendar);
    if (rule.id != 0)
        q.addBindValue(rule.id);
    if (!execQuery(q, error, tr("Cannot save the SLA rule")))
        return 0;
    return rule.id != 0 ? rule.id : q.lastInsertId().toLongLong();
}

bool SlaRuleRepository::remove(qint64 id, QString *problem, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT is_default FROM sla_rules WHERE id = ?"));
    q.addBindValue(id);
    if (!execQuery(q, error, tr("Cannot read the SLA rules")))
        return false;
    if (!q.next())
        return true; // already gone
    if (q.value(0).toBool()) {
        *problem = tr("The default rule cannot be removed: every chat needs a rule.");
        return false;
    }
    q.prepare(QStringLiteral("DELETE FROM sla_rules WHERE id = ?"));
    q.addBindValue(id);
    return execQuery(q, error, tr("Cannot remove the SLA rule"));
}

bool SlaRuleRepository::move(qint64 id, int index, StoreError *error)
{
    return moveToPosition(m_db, QStringLiteral("sla_rules"), id, index, tr("the SLA rules"),
                          tr("The SLA rule no longer exists."), error);
}

} // namespace agentp::store
