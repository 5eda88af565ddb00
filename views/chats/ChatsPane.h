#pragma once

#include "models/domain/ChatViewFilter.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;
class QTimer;

namespace agentp::security {
class SecretStore;
}

namespace agentp::store {
class Workspace;
}

namespace agentp::models {
class ChatListModel;
class SlaAlertTracker;
} // namespace agentp::models

namespace agentp::views {

class ChatListDelegate;
class ChatView;
class SavedViewList;
class SlaReportDialog;

// Buyer chats of every seller account: on the left the account switcher ("All accounts" or
// one), the search (titles, order numbers, products and message text), quick filters (unread,
// unanswered, marketplace), the sort and the chat list; on the right the open chat (ChatView).
// Keyboard: Ctrl+K search, Alt+Up/Alt+Down previous/next chat, Ctrl+Shift+U next unread chat.
//
// The pane never talks to the network: what the sync side should do is announced with
// openChatChanged (pull this chat's news first), olderHistoryWanted and attachmentWanted; the
// window forwards them to app/SyncHost.
class ChatsPane final : public QWidget
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit ChatsPane(store::Workspace &workspace, QWidget *parent = nullptr);
    ~ChatsPane() override;

    // Where account Api-Keys are kept (the account dialog needs it); may stay null, then the
    // dialog says so instead of saving a key.
    void setSecretStore(security::SecretStore *secrets) { m_secrets = secrets; }
    // "Now" for reply windows and times (tests pin it).
    void setClock(Clock clock);

    models::ChatListModel *listModel() const { return m_model; }
    QListView *chatList() const { return m_list; }
    ChatView *chatView() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    // The saved views (the window puts them in its sidebar).
    SavedViewList *savedViewList() const { return m_savedViews; }
    // Decides the SLA notifications (the window's tray shows them).
    models::SlaAlertTracker *alertTracker() const { return m_alerts; }

    // Shows a saved view: the search, filters and sort it holds (an account that no longer
    // exists falls back to all accounts).
    void applyView(const domain::ChatViewFilter &filter);

    qint64 currentChatId() const;
    // Selects and opens a chat; false when it is not in the list as filtered.
    bool openChat(qint64 chatId);
    // Moves the selection by `delta` rows (Alt+Up/Down); false at either end.
    bool selectRelative(int delta);
    // Opens the next chat with unread messages after the current one (Ctrl+Shift+U).
    bool selectNextUnread();
    // Opens a chat even when the filters hide it (a notification was clicked): the filters are
    // reset first. False when the chat does not exist.
    bool revealChat(qint64 chatId);
    // Mutes or unmutes a chat's SLA notifications (Ctrl+Shift+M toggles the current chat).
    bool setChatMuted(qint64 chatId, bool muted);
    // The SLA compliance report, a window of its own (Ctrl+Shift+L); one at a time.
    SlaReportDialog *showReport();
    // The account dialog (add / edit / remove accounts, test the connection).
    void manageAccounts();
    // Settings behind "Replies…": canned replies, and the AI draft service and prompts.
    void manageCannedReplies();
    void manageAiDrafts();

signals:
    void openChatChanged(qint64 chatId);
    void olderHistoryWanted(qint64 chatId);
    void attachmentWanted(qint64 attachmentId);
    // Something outside the pane (the report) opened a chat: the window should show the pane.
    void paneWanted();
    // Background notices and results, for the status bar.
    void notice(const QString &message);

private:
    QWidget *buildListSide();
    void buildShortcuts();
    void fillAccounts();
    void updateStatus();
    void onCurrentChanged(const QModelIndex &current);
    void showListMenu(const QPoint &pos);

    store::Workspace &m_workspace;
    security::SecretStore *m_secrets = nullptr;
    models::ChatListModel *m_model;
    ChatListDelegate *m_delegate;
    QComboBox *m_account;
    QComboBox *m_marketplace;
    QComboBox *m_sort;
    QLineEdit *m_search;
    QToolButton *m_unread;
    QToolButton *m_unanswered;
    QToolButton *m_urgent;
    QListView *m_list;
    QTimer *m_tick; // one timer for every countdown: repaints the visible rows
    QLabel *m_status;
    ChatView *m_view;
    SavedViewList *m_savedViews;
    models::SlaAlertTracker *m_alerts;
    // Deleted on close; QPointer, not a destroyed() handler that could run while this pane is
    // itself being destroyed (the dialog is its child).
    QPointer<SlaReportDialog> m_report;
    Clock m_clock;
};

} // namespace agentp::views
