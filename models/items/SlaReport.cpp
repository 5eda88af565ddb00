#include "models/items/SlaReport.h"

#include "models/store/ReadSnapshot.h"
#include "models/store/SlaRuleRepository.h"
#include "models/store/SqlErrors.h"
#include "models/store/TimeFormat.h"

#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace agentp::models {

namespace {

using domain::SlaWait;

// Chats with a buyer message in the period: only they can have a wait that began in it.
const char *kChatsInPeriod = "SELECT DISTINCT chat_id FROM chat_messages"
                             " WHERE sender_type = 'buyer' AND created_at >= ? AND created_at < ?";

} // namespace

std::optional<SlaReport> SlaReport::load(const QSqlDatabase &db, const QDateTime &from,
                                         const QDateTime &to, const QDateTime &now,
                                         store::StoreError *error, const std::atomic_bool *cancel)
{
    SlaReport report;
    report.m_from = from;
    report.m_to = to;
    const QList<domain::SlaRule> rules = store::SlaRuleRepository(db).rules(error);
    if (error->isError())
        return std::nullopt;

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, marketplace FROM seller_accounts"));
    if (!store::execQuery(q, error, tr("Cannot read the seller accounts")))
        return std::nullopt;
    QHash<qint64, QString> marketplaceOf;
    while (q.next()) {
        report.m_accountNames.insert(q.value(0).toLongLong(), q.value(1).toString());
        marketplaceOf.insert(q.value(0).toLongLong(), q.value(2).toString());
    }

    const QString fromText = store::toStoredTime(from);
    const QString toText = store::toStoredTime(to);
    q.prepare(QStringLiteral("SELECT id, account_id, title, chat_type FROM chats"
                             " WHERE id IN (%1)")
                  .arg(QLatin1String(kChatsInPeriod)));
    q.addBindValue(fromText);
    q.addBindValue(toText);
    if (!store::execQuery(q, error, tr("Cannot read the chats")))
        return std::nullopt;
    QHash<qint64, const domain::SlaRule *> ruleOf;
    while (q.next()) {
        Chat c{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()};
        ruleOf.insert(c.id, domain::chooseRule(rules, marketplaceOf.value(c.accountId), c.accountId,
                                               q.value(3).toString()));
        report.m_chats.insert(c.id, c);
    }

    // Whole histories (a wait may have begun after a reply long before the period); SQLite
    // turns the stored text into seconds faster than a QDateTime per row.
    q.prepare(QStringLiteral("SELECT chat_id, sender_type, COALESCE(author, ''),"
                             " CAST(strftime('%s', created_at) AS INTEGER) FROM chat_messages"
                             " WHERE chat_id IN (%1) AND created_at <= ?"
                             " ORDER BY chat_id, created_at, length(COALESCE(remote_id, '')),"
                             " remote_id")
                  .arg(QLatin1String(kChatsInPeriod)));
    q.addBindValue(fromText);
    q.addBindValue(toText);
    q.addBindValue(store::toStoredTime(now));
    if (!store::execQuery(q, error, tr("Cannot read the chat histories")))
        return std::nullopt;
    const qint64 fromSecs = from.toSecsSinceEpoch();
    const qint64 toSecs = to.toSecsSinceEpoch();
    const qint64 nowSecs = now.toSecsSinceEpoch();
    std::vector<domain::SlaTimelineMessage> timeline;
    qint64 chatId = 0;
    const auto flush = [&] {
        const domain::SlaRule *rule = ruleOf.value(chatId);
        if (chatId != 0 && rule) {
            std::vector<SlaWait> waits =
                domain::slaWaits(chatId, report.m_chats.value(chatId).accountId, *rule, timeline,
                                 fromSecs, toSecs, nowSecs);
            std::move(waits.begin(), waits.end(), std::back_inserter(report.m_waits));
        }
        timeline.clear();
    };
    qint64 rows = 0;
    while (q.next()) {
        if (cancel && (++rows & 0xfff) == 0 && cancel->load())
            return std::nullopt;
        const qint64 id = q.value(0).toLongLong();
        if (id != chatId) {
            flush();
            chatId = id;
        }
        timeline.push_back({domain::senderTypeFromName(q.value(1).toString()),
                            q.value(3).toLongLong(), q.value(2).toString()});
    }
    flush();
    return report;
}

const SlaReport::Chat *SlaReport::chat(qint64 id) const
{
    const auto it = m_chats.constFind(id);
    return it == m_chats.constEnd() ? nullptr : &it.value();
}

QString SlaReport::groupKey(const SlaWait &wait, GroupBy by)
{
    if (by == GroupBy::Account)
        return QString::number(wait.accountId);
    if (wait.answeredSecs < 0)
        return QStringLiteral("none");
    return QStringLiteral("agent:") + wait.agent;
}

QList<SlaReport::Group> SlaReport::groups(GroupBy by) const
{
    QHash<QString, std::vector<const SlaWait *>> members;
    for (const SlaWait &w : m_waits) {
        if (w.outcome != SlaWait::Outcome::Pending)
            members[groupKey(w, by)].push_back(&w);
    }
    QList<Group> out;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        Group g;
        g.key = it.key();
        if (by == GroupBy::Account) {
            g.label = m_accountNames.value(it.key().toLongLong(), tr("Removed account"));
        } else if (g.key == QLatin1String("none")) {
            g.label = tr("No reply");
        } else {
            g.label = g.key.mid(6);
            if (g.label.isEmpty())
                g.label = tr("Unknown agent");
        }
        g.figures = domain::slaFigures(it.value());
        out << g;
    }
    std::sort(out.begin(), out.end(), [](const Group &a, const Group &b) {
        const bool aNone = a.key == QLatin1String("none");
        const bool bNone = b.key == QLatin1String("none");
        if (aNone != bNone)
            return bNone;
        return QString::localeAwareCompare(a.label, b.label) < 0;
    });
    return out;
}

domain::SlaFigures SlaReport::total() const
{
    std::vector<const SlaWait *> all;
    all.reserve(m_waits.size());
    for (const SlaWait &w : m_waits)
        all.push_back(&w);
    return domain::slaFigures(all);
}

std::vector<const SlaWait *> SlaReport::select(const Selection &s) const
{
    std::vector<const SlaWait *> out;
    for (const SlaWait &w : m_waits) {
        if (w.outcome == SlaWait::Outcome::Pending)
            continue;
        if (!s.key.isEmpty() && groupKey(w, s.by) != s.key)
            continue;
        if (s.outcome && w.outcome != *s.outcome)
            continue;
        out.push_back(&w);
    }
    std::stable_sort(out.begin(), out.end(), [](const SlaWait *a, const SlaWait *b) {
        return a->chatId != b->chatId ? a->chatId < b->chatId : a->sinceSecs < b->sinceSecs;
    });
    return out;
}

SlaReportJob::SlaReportJob(const QString &databasePath, const QDateTime &from, const QDateTime &to,
                           const QDateTime &now, QObject *context, Done done)
{
    m_thread.reset(
        QThread::create([this, databasePath, from, to, now, context, done = std::move(done)] {
            std::shared_ptr<SlaReport> report;
            QString problem;
            {
                // Rules, chats and histories of the same moment.
                const store::ReadSnapshot snapshot(databasePath, QStringLiteral("sla-report"));
                if (!snapshot.isOpen()) {
                    problem = snapshot.openError();
                } else {
                    store::StoreError error;
                    std::optional<SlaReport> loaded =
                        SlaReport::load(snapshot.database(), from, to, now, &error, &m_cancel);
                    if (loaded)
                        report = std::make_shared<SlaReport>(std::move(*loaded));
                    else
                        problem = error.message;
                }
            }
            if (m_cancel.load())
                return;
            QMetaObject::invokeMethod(
                context, [done, report, problem] { done(report, problem); }, Qt::QueuedConnection);
        }));
    m_thread->start(QThread::LowPriority);
}

SlaReportJob::~SlaReportJob()
{
    m_cancel.store(true);
    m_thread->wait();
}

} // namespace agentp::models
