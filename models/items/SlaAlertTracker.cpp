#include "models/items/SlaAlertTracker.h"

#include "models/items/ChatListModel.h"

#include <QTimer>

#include <algorithm>

namespace agentp::models {

SlaAlertTracker::SlaAlertTracker(ChatListModel *chats, QObject *parent)
    : QObject(parent)
    , m_chats(chats)
    , m_throttle(new QTimer(this))
{
    qRegisterMetaType<QList<Alert>>();
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(kDefaultCheckDelayMs);
    connect(m_throttle, &QTimer::timeout, this, &SlaAlertTracker::check);
    // The list arms one timer for the next stage change of any chat (listed or not).
    connect(m_chats, &ChatListModel::slaStagesChanged, this, &SlaAlertTracker::check);
    // New chats, new buyer messages, replies, mutes: a moment later. (The list's layout and
    // data changes are not listened to: a search or a stage change repaint changes no chat.)
    connect(m_chats, &ChatListModel::entriesChanged, this, &SlaAlertTracker::scheduleCheck);
    connect(m_chats, &ChatListModel::loaded, this, &SlaAlertTracker::scheduleCheck);
}

void SlaAlertTracker::setDoNotDisturb(bool on)
{
    m_dnd = on;
}

void SlaAlertTracker::setCheckDelay(int ms)
{
    m_throttle->setInterval(ms);
}

void SlaAlertTracker::scheduleCheck()
{
    if (!m_throttle->isActive())
        m_throttle->start();
}

void SlaAlertTracker::check()
{
    m_throttle->stop();
    // Before a large list has loaded (it loads on a thread) there is nothing to compare; the
    // first check with chats is the baseline.
    if (!m_started && m_chats->totalCount() == 0)
        return;
    const qint64 now = m_chats->nowMs();
    const ChatSlaClocks &clocks = m_chats->slaClocks();
    QList<Alert> fresh;
    int unread = 0, warning = 0, breached = 0;
    for (const ChatListEntry &e : m_chats->entries()) {
        const ChatSlaClocks::Clock &clock = clocks.clockOf(e);
        const domain::SlaStage stage = clock.stageAt(now);
        if (!e.muted) {
            unread += qMax(0, e.unread);
            warning += stage == domain::SlaStage::Warning;
            breached += stage == domain::SlaStage::Breached;
        }
        if (stage != domain::SlaStage::Warning && stage != domain::SlaStage::Breached)
            continue;
        Told &told = m_told[e.id];
        // The same wait (it started at the same buyer message) at the same or a later stage:
        // already told. Keyed by the start, not the deadline, so editing a rule does not
        // announce every late chat again.
        if (told.sinceMs == e.waitingSinceMs && int(told.stage) >= int(stage))
            continue;
        told = {e.waitingSinceMs, stage};
        if (!m_started || m_dnd || e.muted)
            continue;
        const ChatAccountInfo *account = m_chats->accountInfo(e.accountId);
        fresh << Alert{e.id, stage, e.title, account ? account->name : QString(),
                       QDateTime::fromMSecsSinceEpoch(clock.dueMs, QTimeZone::utc())};
    }
    const bool first = !m_started;
    m_started = true;
    if (first && !m_dnd && (warning > 0 || breached > 0))
        emit baseline(warning, breached);
    if (!fresh.isEmpty()) {
        std::stable_sort(fresh.begin(), fresh.end(),
                         [](const Alert &a, const Alert &b) { return a.due < b.due; });
        emit alerted(fresh);
    }
    if (unread != m_unread || warning != m_warning || breached != m_breached) {
        m_unread = unread;
        m_warning = warning;
        m_breached = breached;
        emit countsChanged(unread, warning, breached);
    }
}

} // namespace agentp::models
