#pragma once

#include "models/store/ReplyQueue.h"

#include <QDateTime>
#include <QSet>
#include <QWidget>

#include <functional>

class QFrame;
class QLabel;
class QListView;
class QPushButton;
class QTimer;

namespace agentp::store {
class Workspace;
}

namespace agentp::models {
class ChatMessageModel;
}

namespace agentp::views {

class ChatBubbleDelegate;
class Composer;
class SuggestionPanel;
class ThumbnailCache;

// One open chat: a header (title, account, order, status), the history as bubbles, a bar for a
// reply that could not be sent (reason + Retry), and the composer. Viewing a chat marks it read
// (ReplyQueue). The history follows new messages only while it is scrolled to the bottom, and
// scrolling to the top reads older pages, then asks the sync side (olderHistoryWanted). Replies
// and files go through ReplyQueue; their bubbles show the outbox state.
class ChatView final : public QWidget
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit ChatView(store::Workspace &workspace, QWidget *parent = nullptr);
    ~ChatView() override;

    // "Now" for the reply window and the stamps (tests pin it).
    void setClock(Clock clock);
    void setChat(qint64 chatId);
    qint64 chatId() const;

    models::ChatMessageModel *model() const { return m_model; }
    QListView *history() const { return m_history; }
    Composer *composer() const { return m_composer; }
    SuggestionPanel *suggestions() const { return m_suggestions; }
    ChatBubbleDelegate *delegate() const { return m_delegate; }
    // The failure bar's text; empty while no reply of this chat failed.
    QString failureText() const;

    // What the composer and the bubbles trigger; true when something was queued.
    bool sendText(const QString &text);
    bool attachFile(const QString &path);
    bool retry(qint64 outboxId);
    // Retries the newest failed reply of the chat (the bar's button, Ctrl+Shift+R).
    bool retryNewestFailed();

signals:
    void olderHistoryWanted(qint64 chatId);
    void attachmentWanted(qint64 attachmentId);
    void notice(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHeader();
    void updateComposer();
    void updateFailureBar();
    void markReadIfShown();
    void maybeFetchOlder();
    void showContextMenu(const QPoint &pos);
    void openAttachment(int row, int attachment, bool saveAs);
    void wantAttachment(qint64 attachmentId);

    store::Workspace &m_workspace;
    store::ReplyQueue m_queue;
    models::ChatMessageModel *m_model;
    QListView *m_history;
    ThumbnailCache *m_thumbnails;
    ChatBubbleDelegate *m_delegate;
    QLabel *m_title;
    QLabel *m_subtitle;
    QFrame *m_failureBar;
    QLabel *m_failureText;
    QPushButton *m_retryButton;
    Composer *m_composer;
    SuggestionPanel *m_suggestions;
    QTimer *m_windowTimer;
    Clock m_clock;
    QSet<qint64> m_wanted; // attachments already asked for
    qint64 m_failedOutboxId = 0;
    bool m_followBottom = true;
    int m_distanceFromBottom = -1; // kept while older rows are inserted above
};

} // namespace agentp::views
