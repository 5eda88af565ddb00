#pragma once

#include "models/items/SlaAlertTracker.h"

#include <QObject>
#include <QPixmap>
#include <QSystemTrayIcon>

class QAction;
class QMenu;

namespace agentp::views {

// The console in the system tray: an icon whose badge counts the breached chats, a tooltip with
// unread messages and chats in warning and breached, and the OS notifications SlaAlertTracker
// decides on. A click on a notification opens its chat (several at once: the urgent chats).
// "Do not disturb" (tray menu and View menu, remembered) silences the notifications, not the
// counts. Where the desktop has no tray the notification goes to the status bar and the window
// asks for attention in the task bar instead.
class TrayNotifier final : public QObject
{
    Q_OBJECT
public:
    TrayNotifier(models::SlaAlertTracker *tracker, QWidget *window);
    ~TrayNotifier() override;

    QAction *doNotDisturbAction() const { return m_dnd; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QString toolTip() const;

    // What was shown last (tests; also what a click opens).
    struct Shown
    {
        QString title;
        QString body;
        qint64 chatId = 0; // 0: several chats
    };
    Shown lastShown() const { return m_last; }
    // The user clicked the last notification.
    void activateLast();

signals:
    void openChatRequested(qint64 chatId);
    void showUrgentRequested();
    void showWindowRequested();
    void quitRequested();
    // No tray on this desktop: the text for the status bar.
    void fallbackNotice(const QString &text);

private:
    void onAlerts(const QList<models::SlaAlertTracker::Alert> &alerts);
    void onCounts(int unread, int warning, int breached);
    void show(const Shown &shown, QSystemTrayIcon::MessageIcon icon);
    void updateIcon(int breached, int warning);

    models::SlaAlertTracker *m_tracker;
    QWidget *m_window;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_dnd;
    Shown m_last;
    QPixmap m_baseIcon;
    int m_badgeKey = 0; // what the badge shows: 0 none, +n breached, −n warning (n ≤ 100)
};

} // namespace agentp::views
