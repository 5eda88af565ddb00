#include "views/chats/Composer.h"

#include "models/domain/CannedTemplate.h"
#include "views/chats/CannedReplyPopup.h"
#include "views/chats/PlaceholderHighlighter.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace agentp::views {

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_closedReason(new QLabel(this))
    , m_placeholders(new QLabel(this))
    , m_attach(new QToolButton(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_highlighter(new PlaceholderHighlighter(m_editor->document()))
{
    setObjectName(QStringLiteral("composer"));
    m_editor->setObjectName(QStringLiteral("composerEditor"));
    m_editor->setPlaceholderText(tr("Write a reply… (Ctrl+Enter sends)"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(120);
    m_editor->installEventFilter(this);
    // Installed after the filter above, so the popup sees keys first (Enter inserts there).
    m_popup = new CannedReplyPopup(m_editor);
    m_counter->setObjectName(QStringLiteral("composerCounter"));
    m_problem->setObjectName(QStringLiteral("composerProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_problem->hide();
    m_closedReason->setObjectName(QStringLiteral("composerClosedReason"));
    m_closedReason->setWordWrap(true);
    m_closedReason->hide();
    m_placeholders->setObjectName(QStringLiteral("composerPlaceholders"));
    m_placeholders->setWordWrap(true);
    m_placeholders->setStyleSheet(QStringLiteral("color: #9a4b00;"));
    m_placeholders->hide();
    m_attach->setObjectName(QStringLiteral("composerAttach"));
    m_attach->setText(tr("Attach…"));
    m_attach->setToolTip(tr("Attach an image or a PDF"));
    m_send->setObjectName(QStringLiteral("composerSend"));
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addStretch(1);
    buttons->addWidget(m_counter);
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_closedReason);
    layout->addWidget(m_problem);
    layout->addWidget(m_placeholders);
    layout->addWidget(m_editor);
    layout->addLayout(buttons);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &Composer::updateCounter);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &Composer::updatePlaceholderHint);
    connect(m_send, &QPushButton::clicked, this, &Composer::send);
    connect(m_attach, &QToolButton::clicked, this, &Composer::chooseFile);
    updateCounter();
}

void Composer::setRules(int maxTextLength, const domain::ReplyWindow &window)
{
    m_maxLength = maxTextLength;
    m_window = window;
    const bool allowed = window.allowed;
    m_editor->setEnabled(allowed);
    m_attach->setEnabled(allowed);
    m_closedReason->setText(allowed ? QString() : window.reason);
    m_closedReason->setVisible(!allowed);
    // No reason means no chat is open (a closed chat always says why).
    m_editor->setPlaceholderText(allowed ? tr("Write a reply… (Ctrl+Enter sends)")
                                 : window.reason.isEmpty()
                                     ? tr("Choose a chat to reply.")
                                     : tr("Replies are not possible in this chat."));
    updateCounter();
}

QString Composer::text() const
{
    return m_editor->toPlainText();
}

void Composer::clearText()
{
    m_editor->clear();
    showProblem({});
}

void Composer::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

QString Composer::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void Composer::setCannedReplies(models::CannedReplyModel *model)
{
    m_popup->setModel(model);
}

void Composer::setTemplateValues(const QHash<QString, QString> &values)
{
    m_popup->setTemplateValues(values);
}

QHash<QString, QString> Composer::templateValues() const
{
    return m_popup->templateValues();
}

QString Composer::placeholderHint() const
{
    return m_placeholders->isHidden() ? QString() : m_placeholders->text();
}

void Composer::updatePlaceholderHint()
{
    QStringList names;
    for (const auto &p : domain::CannedTemplate::placeholders(m_editor->toPlainText())) {
        const QString placeholder = domain::CannedTemplate::placeholderOf(p.name);
        if (!names.contains(placeholder))
            names << placeholder;
    }
    // A hint, not a block: the agent may mean the braces, so sending stays possible.
    m_placeholders->setText(
        names.isEmpty() ? QString()
                        : tr("Fill in %1 before sending.").arg(names.join(QStringLiteral(", "))));
    m_placeholders->setVisible(!names.isEmpty());
}

void Composer::updateCounter()
{
    const int length = int(m_editor->toPlainText().size());
    m_counter->setText(tr("%1 / %2").arg(length).arg(m_maxLength));
    const bool tooLong = length > m_maxLength;
    // Over the limit: red and bold, and the send button says why it is off.
    m_counter->setStyleSheet(tooLong ? QStringLiteral("color: #c01c28; font-weight: bold;")
                                     : QString());
    m_send->setEnabled(m_window.allowed && length > 0 && !tooLong &&
                       !m_editor->toPlainText().trimmed().isEmpty());
    m_send->setToolTip(tooLong
                           ? tr("The reply is %1 characters too long.").arg(length - m_maxLength)
                           : tr("Send (Ctrl+Enter)"));
}

void Composer::send()
{
    if (!m_window.allowed) {
        showProblem(m_window.reason);
        return;
    }
    const QString text = m_editor->toPlainText();
    if (text.size() > m_maxLength) {
        showProblem(tr("The reply has %1 characters; the marketplace accepts at most %2.")
                        .arg(text.size())
                        .arg(m_maxLength));
        return;
    }
    if (text.trimmed().isEmpty())
        return;
    emit sendRequested(text);
}

void Composer::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Attach a file"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images and PDF (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;All files (*)"));
    if (!path.isEmpty())
        emit attachRequested(path);
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Exactly Ctrl (the keypad flag aside): Ctrl+Shift+Enter inserts the AI draft instead.
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier) {
            send();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace agentp::views
