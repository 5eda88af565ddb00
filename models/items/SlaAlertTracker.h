#pragma once

#include "models/domain/SlaPolicy.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

class QTimer;

namespace agentp::models {

class ChatListModel;

// Decides when the agent is told that a chat needs an answer (docs/sla.md, "Notifications"):
// once when a chat enters the warning stage and once when it breaches, per wait — a new buyer
// message after our reply starts a new wait with its own two alerts. Chats muted by the agent,
// and everything while "do not disturb" is on, are remembered as told but not announced, so
// nothing stale pops up later. The stages already reached when the console starts are the
// baseline (the tray shows their counts, `baseline` says how many), not a flood of alerts.
//
// Runs on the chat list's clock and data, whatever the window shows: minimised, another pane,
// a filtered list. A check walks every chat's cached clock (about 2 ms for 100,000 chats); it
// runs when the list says a stage changed and, throttled, after the chats changed.
class SlaAlertTracker final : public QObject
{
    Q_OBJECT
public:
    struct Alert
    {
        qint64 chatId = 0;
        domain::SlaStage stage = domain::SlaStage::Warning;
        QString title;
        QString accountName;
        QDateTime due; // UTC
    };
    static constexpr int kDefaultCheckDelayMs = 1000;

    explicit SlaAlertTracker(ChatListModel *chats, QObject *parent = nullptr);

    void setDoNotDisturb(bool on);
    bool doNotDisturb() const { return m_dnd; }
    void setCheckDelay(int ms);

    int unreadCount() const { return m_unread; }
    int warningCount() const { return m_warning; }
    int breachedCount() const { return m_breached; }

public slots:
    // Compares every chat's stage now with what was announced (the throttle's target; tests
    // call it directly).
    void check();

signals:
    // New stages to announce, oldest deadline first; never empty.
    void alerted(const QList<agentp::models::SlaAlertTracker::Alert> &alerts);
    // The first check found chats already in warning or breached (not during do not disturb).
    void baseline(int warning, int breached);
    // Unread messages, chats in warning and breached chats (muted chats not counted).
    void countsChanged(int unread, int warning, int breached);

private:
    void scheduleCheck();

    struct Told
    {
        qint64 sinceMs = 0;
        domain::SlaStage stage = domain::SlaStage::Ok;
    };

    ChatListModel *m_chats;
    QTimer *m_throttle;
    QHash<qint64, Told> m_told; // chat id → the last stage announced (or silently noted)
    bool m_dnd = false;
    bool m_started = false;
    int m_unread = -1;
    int m_warning = -1;
    int m_breached = -1;
};

} // namespace agentp::models

Q_DECLARE_METATYPE(agentp::models::SlaAlertTracker::Alert)
