#pragma once

#include "models/store/DraftQueue.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QToolButton;

namespace agentp::store {
class Workspace;
}
namespace agentp::models {
class DraftTracker;
}

namespace agentp::views {

class Composer;

// The AI draft of the open chat, above the composer (docs/drafts.md). A one-line status is always
// there (what the draft is doing, or why it cannot be written); the text grows while the service
// writes it. Contact details in a draft are highlighted and named in a warning before the agent
// inserts it. Requesting only queues an intent: typing is never blocked, and offline the panel
// says that the draft waits for the connection.
//
// Shortcuts (on the chat view): Ctrl+J draft, Ctrl+Shift+J new draft, Ctrl+Shift+Return insert,
// Escape in the panel stops a draft being written.
class SuggestionPanel final : public QWidget
{
    Q_OBJECT
public:
    SuggestionPanel(store::Workspace &workspace, Composer *composer, QWidget *parent);
    ~SuggestionPanel() override;

    void setChat(qint64 chatId);
    void setClock(store::DraftQueue::Clock clock) { m_queue.setClock(std::move(clock)); }
    void setAuthor(const QString &author) { m_queue.setAuthor(author); }

    // The agent asked for a draft (the cached one when the chat has not changed).
    bool requestDraft(bool regenerate = false);
    bool stopDraft();
    // Puts the finished draft into the composer (replacing an empty field, else at the cursor).
    bool insertDraft();
    // ChatView queued a reply: when it came from an inserted draft, record whether it was edited.
    void replySent(qint64 messageId, const QString &text);

    // What produced the shown draft, for a reviewer: model, prompt version, who asked and when,
    // and the exact messages sent. Empty without a draft.
    QString provenance() const;
    void showProvenance();

    QString statusText() const;
    QString draftText() const;
    QString warningText() const;
    qint64 draftId() const;

signals:
    void notice(const QString &message);

private:
    void refresh();
    void showDraftText(const QString &text);

    store::Workspace &m_workspace;
    store::DraftQueue m_queue;
    models::DraftTracker *m_tracker;
    Composer *m_composer;
    QLabel *m_status;
    QToolButton *m_draft;
    QToolButton *m_stop;
    QToolButton *m_insert;
    QToolButton *m_source;
    QTextBrowser *m_text;
    QLabel *m_warning;
    bool m_lastCached = false;
    qint64 m_insertedDraft = 0; // for the "sent after edit" count
    QString m_insertedText;
};

} // namespace agentp::views
