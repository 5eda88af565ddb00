#include "views/chats/SuggestionPanel.h"

#include "models/domain/ContactGuard.h"
#include "models/domain/PromptBuilder.h"
#include "models/items/DraftTracker.h"
#include "models/store/AiSettingsRepository.h"
#include "models/store/Workspace.h"
#include "views/chats/Composer.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace agentp::views {

namespace {

using store::AiDraft;

QToolButton *button(const QString &text, const QString &name, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(name);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

// The draft as HTML with each contact detail marked, so the agent sees what the warning means.
QString highlighted(const QString &text, const QList<domain::ContactGuard::Finding> &findings)
{
    QString html;
    qsizetype pos = 0;
    for (const auto &f : findings) {
        html += text.mid(pos, f.start - pos).toHtmlEscaped();
        html += QStringLiteral("<span style=\"background:#ffd7a8;color:#000\">%1</span>")
                    .arg(text.mid(f.start, f.length).toHtmlEscaped());
        pos = f.start + f.length;
    }
    html += text.mid(pos).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return html;
}

} // namespace

SuggestionPanel::SuggestionPanel(store::Workspace &workspace, Composer *composer, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_queue(workspace.database().connection(), &workspace.notifier())
    , m_tracker(
          new models::DraftTracker(workspace.database().connection(), &workspace.notifier(), this))
    , m_composer(composer)
    , m_status(new QLabel(this))
    , m_draft(button(tr("AI draft"), QStringLiteral("draftButton"),
                     tr("Write a reply draft with AI (Ctrl+J); Ctrl+Shift+J writes a new one"),
                     this))
    , m_stop(button(tr("Stop"), QStringLiteral("stopDraftButton"),
                    tr("Stop writing the draft (Escape)"), this))
    , m_insert(button(tr("Insert"), QStringLiteral("insertDraftButton"),
                      tr("Put the draft into the reply field (Ctrl+Shift+Return)"), this))
    , m_source(button(tr("Source…"), QStringLiteral("draftSourceButton"),
                      tr("What produced this draft: model, prompt version and the messages sent"),
                      this))
    , m_text(new QTextBrowser(this))
    , m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("suggestionPanel"));
    m_status->setObjectName(QStringLiteral("draftStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("draftText"));
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("AI draft"));
    m_text->hide();
    m_warning->setObjectName(QStringLiteral("draftWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color:#b35900"));
    m_warning->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_status, 1);
    row->addWidget(m_stop);
    row->addWidget(m_source);
    row->addWidget(m_insert);
    row->addWidget(m_draft);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_text);
    layout->addWidget(m_warning);

    // On the chat view, so they work wherever the focus is inside it.
    const auto add = [parent](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, parent);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, parent, slot);
        parent->addAction(action);
    };
    add(tr("AI draft of the reply"), {QKeySequence(Qt::CTRL | Qt::Key_J)},
        [this] { requestDraft(false); });
    add(tr("New AI draft"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)},
        [this] { requestDraft(true); });
    add(tr("Insert the AI draft"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)},
        [this] { insertDraft(); });
    auto *stop = new QAction(tr("Stop the AI draft"), this);
    stop->setShortcut(QKeySequence(Qt::Key_Escape));
    stop->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(stop, &QAction::triggered, this, &SuggestionPanel::stopDraft);
    addAction(stop);

    connect(m_draft, &QToolButton::clicked, this, [this] {
        const auto &d = m_tracker->draft();
        requestDraft(d && (d->state == AiDraft::State::Done || d->state == AiDraft::State::Failed));
    });
    connect(m_stop, &QToolButton::clicked, this, &SuggestionPanel::stopDraft);
    connect(m_insert, &QToolButton::clicked, this, &SuggestionPanel::insertDraft);
    connect(m_source, &QToolButton::clicked, this, &SuggestionPanel::showProvenance);
    connect(m_tracker, &models::DraftTracker::changed, this, &SuggestionPanel::refresh);
    // An emptied field means the agent threw the draft away: what is sent next is their own.
    connect(m_composer->editor(), &QPlainTextEdit::textChanged, this, [this] {
        if (m_insertedDraft != 0 && m_composer->editor()->document()->isEmpty()) {
            m_insertedDraft = 0;
            m_insertedText.clear();
        }
    });
    refresh();
}

SuggestionPanel::~SuggestionPanel() = default;

void SuggestionPanel::setChat(qint64 chatId)
{
    if (chatId == m_tracker->chatId())
        return;
    m_lastCached = false;
    m_insertedDraft = 0;
    m_insertedText.clear();
    m_tracker->setChat(chatId);
    refresh();
}

qint64 SuggestionPanel::draftId() const
{
    return m_tracker->draft() ? m_tracker->draft()->id : 0;
}

bool SuggestionPanel::requestDraft(bool regenerate)
{
    if (m_tracker->chatId() <= 0)
        return false;
    store::StoreError error;
    const store::DraftRequest r = m_queue.request(m_tracker->chatId(), regenerate, &error);
    if (!r.ok()) {
        const QString message = error.isError() ? error.message : r.problem;
        m_status->setText(message);
        emit notice(message);
        return false;
    }
    m_lastCached = r.cached;
    m_tracker->reload();
    refresh();
    return true;
}

bool SuggestionPanel::stopDraft()
{
    const auto &d = m_tracker->draft();
    if (!d || !d->isActive())
        return false;
    store::StoreError error;
    if (!m_queue.cancel(d->id, &error)) {
        emit notice(error.message);
        return false;
    }
    m_tracker->reload();
    return true;
}

bool SuggestionPanel::insertDraft()
{
    const auto &d = m_tracker->draft();
    if (!d || d->state != AiDraft::State::Done || d->text.isEmpty() || !m_composer->canWrite())
        return false;
    QPlainTextEdit *editor = m_composer->editor();
    if (editor->toPlainText().trimmed().isEmpty())
        editor->setPlainText(d->text);
    else
        editor->textCursor().insertText(d->text);
    editor->moveCursor(QTextCursor::End);
    editor->setFocus(Qt::OtherFocusReason);
    store::StoreError error;
    m_queue.markInserted(d->id, &error);
    m_insertedDraft = d->id;
    m_insertedText = d->text;
    return true;
}

void SuggestionPanel::replySent(qint64 messageId, const QString &text)
{
    if (m_insertedDraft == 0 || messageId == 0)
        return;
    store::StoreError error;
    m_queue.markSent(m_insertedDraft, messageId, text.trimmed() != m_insertedText.trimmed(),
                     &error);
    m_insertedDraft = 0;
    m_insertedText.clear();
}

QString SuggestionPanel::provenance() const
{
    const auto &d = m_tracker->draft();
    if (!d)
        return {};
    store::StoreError error;
    store::AiSettingsRepository prompts(m_workspace.database().connection());
    const auto prompt = prompts.promptById(d->promptId, &error);
    QStringList lines;
    lines << tr("Model: %1").arg(d->model);
    if (prompt)
        lines << tr("System prompt: version %1 of %2, saved %3")
                     .arg(prompts.versionNumber(d->promptId, &error))
                     .arg(prompt->accountId > 0 ? tr("this account's prompt")
                                                : tr("the default prompt"))
                     .arg(
                         QLocale().toString(prompt->createdAt.toLocalTime(), QLocale::ShortFormat));
    lines << tr("Requested by %1 at %2")
                 .arg(d->requestedBy.isEmpty() ? tr("(unknown)") : d->requestedBy,
                      QLocale().toString(d->requestedAt.toLocalTime(), QLocale::ShortFormat));
    lines << QString();
    bool ok = false;
    for (const auto &m : domain::BuiltPrompt::fromJson(d->request.toUtf8(), &ok))
        lines << QStringLiteral("[%1]\n%2\n").arg(m.role, m.content);
    return lines.join(QLatin1Char('\n'));
}

void SuggestionPanel::showProvenance()
{
    const QString text = provenance();
    if (text.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("What produced this draft"));
    auto *view = new QPlainTextEdit(&dialog);
    view->setReadOnly(true);
    view->setPlainText(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog.resize(640, 480);
    dialog.exec();
}

QString SuggestionPanel::statusText() const
{
    return m_status->text();
}

QString SuggestionPanel::draftText() const
{
    // Hidden text is an old draft's: only what the panel shows counts.
    return m_text->isVisibleTo(this) ? m_text->toPlainText() : QString();
}

QString SuggestionPanel::warningText() const
{
    return m_warning->isVisibleTo(this) ? m_warning->text() : QString();
}

void SuggestionPanel::showDraftText(const QString &text)
{
    const auto findings = domain::ContactGuard::scan(text);
    m_text->setHtml(highlighted(text, findings));
    m_text->setVisible(!text.isEmpty());
    const QString warning = domain::ContactGuard::warning(findings);
    m_warning->setText(QStringLiteral("⚠ ") + warning);
    m_warning->setVisible(!warning.isEmpty());
    // As tall as the draft, up to six lines: the history above keeps the rest of the room.
    m_text->document()->setTextWidth(m_text->viewport()->width());
    const int frame = 2 * m_text->frameWidth() + 4;
    const int most = fontMetrics().lineSpacing() * 6 + frame;
    m_text->setFixedHeight(
        std::min(most, int(std::ceil(m_text->document()->size().height())) + frame));
    // Keep the newest words in sight while the draft grows.
    m_text->moveCursor(QTextCursor::End);
}

void SuggestionPanel::refresh()
{
    const auto &d = m_tracker->draft();
    const bool chat = m_tracker->chatId() > 0;
    m_draft->setEnabled(chat);
    m_stop->setVisible(d && d->isActive());
    m_insert->setVisible(d && d->state == AiDraft::State::Done && !d->text.isEmpty());
    m_source->setVisible(d.has_value());
    m_draft->setText(d && (d->state == AiDraft::State::Done || d->state == AiDraft::State::Failed)
                         ? tr("New draft")
                         : tr("AI draft"));
    if (!chat || !d) {
        m_status->setText(chat ? tr("Ctrl+J writes an AI draft of the reply; type / for a canned "
                                    "reply.")
                               : QString());
        showDraftText({});
        return;
    }
    switch (d->state) {
    case AiDraft::State::Queued:
        m_status->setText(d->error.isEmpty() ? tr("Waiting for the draft service…")
                                             : tr("Waiting: %1").arg(d->error));
        break;
    case AiDraft::State::Streaming:
        m_status->setText(tr("Writing the draft…"));
        break;
    case AiDraft::State::Done:
        m_status->setText(
            !d->error.isEmpty() ? d->error
            : m_lastCached      ? tr("The chat has not changed since this draft; Ctrl+Shift+J "
                                          "writes a new one.")
                           : tr("Draft ready (%1). Ctrl+Shift+Return inserts it.").arg(d->model));
        break;
    case AiDraft::State::Failed:
        m_status->setText(tr("No draft: %1 Canned replies (/) still work.").arg(d->error));
        break;
    case AiDraft::State::Cancelled:
        m_status->setText(tr("The draft was stopped."));
        break;
    }
    showDraftText(d->state == AiDraft::State::Cancelled && d->text.isEmpty() ? QString() : d->text);
}

} // namespace agentp::views
