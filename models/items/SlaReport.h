#pragma once

#include "models/domain/SlaCompliance.h"
#include "models/store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace agentp::models {

// The SLA compliance of a period (docs/sla.md, "Compliance report"): every buyer wait that began
// in [from, to), judged under the rule that covers its chat now, with figures per seller account
// and per agent (who sent the reply), and the chats behind any figure. Read from the store in
// one pass over the history of the chats with a buyer message in the period.
class SlaReport final
{
    Q_DECLARE_TR_FUNCTIONS(SlaReport)

public:
    struct Chat
    {
        qint64 id = 0;
        qint64 accountId = 0;
        QString title;
    };
    enum class GroupBy
    {
        Account,
        Agent,
    };
    struct Group
    {
        QString key; // account id, or "agent:<name>"; "none" for waits nobody answered
        QString label;
        domain::SlaFigures figures;
    };
    // Which waits a drill-down shows: of a group (empty key: all) with an outcome (none: any
    // judged one).
    struct Selection
    {
        GroupBy by = GroupBy::Account;
        QString key;
        std::optional<domain::SlaWait::Outcome> outcome;
    };

    // Null when `cancel` (may be null) was set meanwhile, with no error.
    static std::optional<SlaReport> load(const QSqlDatabase &db, const QDateTime &from,
                                         const QDateTime &to, const QDateTime &now,
                                         store::StoreError *error,
                                         const std::atomic_bool *cancel = nullptr);

    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    const std::vector<domain::SlaWait> &waits() const { return m_waits; }
    const Chat *chat(qint64 id) const;
    QString accountName(qint64 id) const { return m_accountNames.value(id); }

    // Groups sorted by label ("no reply" last).
    QList<Group> groups(GroupBy by) const;
    domain::SlaFigures total() const;
    static QString groupKey(const domain::SlaWait &wait, GroupBy by);
    // The judged waits a selection holds, by chat then time.
    std::vector<const domain::SlaWait *> select(const Selection &selection) const;

private:
    QDateTime m_from;
    QDateTime m_to;
    std::vector<domain::SlaWait> m_waits;
    QHash<qint64, Chat> m_chats;
    QHash<qint64, QString> m_accountNames;
};

// SlaReport::load on a thread of its own with a read-only connection (a period of weeks over
// 100,000 chats takes seconds: bench_sla_report). `done` runs in `context`'s thread unless the
// job was destroyed first; destroying it cancels the load and waits for the thread.
class SlaReportJob final
{
public:
    using Done = std::function<void(std::shared_ptr<SlaReport> report, QString error)>;

    SlaReportJob(const QString &databasePath, const QDateTime &from, const QDateTime &to,
                 const QDateTime &now, QObject *context, Done done);
    ~SlaReportJob();
    SlaReportJob(const SlaReportJob &) = delete;
    SlaReportJob &operator=(const SlaReportJob &) = delete;

private:
    std::atomic_bool m_cancel{false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace agentp::models
