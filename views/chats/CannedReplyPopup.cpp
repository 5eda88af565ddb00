#include "views/chats/CannedReplyPopup.h"

#include "models/domain/CannedTemplate.h"
#include "models/items/CannedReplyModel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScreen>
#include <QStyledItemDelegate>
#include <QTextBlock>
#include <QVBoxLayout>

namespace agentp::views {

namespace {

using models::CannedReplyModel;

constexpr int kVisibleRows = 6;

// Two lines a reply: "/shortcut  Title" in bold, then the start of the body in a lighter pen.
// The style draws the row and its selection; the text goes on top.
class ReplyDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const QRect text = opt.rect.adjusted(8, 4, -8, -4);
        const int line = opt.fontMetrics.height();
        const bool selected = opt.state & QStyle::State_Selected;
        QColor pen = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        painter->save();
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(pen);
        const QString shortcut = u'/' + index.data(CannedReplyModel::ShortcutRole).toString();
        const QFontMetrics boldMetrics(bold);
        const QString head = boldMetrics.elidedText(shortcut, Qt::ElideRight, text.width());
        painter->drawText(QRect(text.topLeft(), QSize(text.width(), line)),
                          Qt::AlignLeft | Qt::AlignVCenter, head);
        const int titleLeft = boldMetrics.horizontalAdvance(head) + 12;
        painter->setFont(opt.font);
        painter->drawText(
            QRect(text.left() + titleLeft, text.top(), text.width() - titleLeft, line),
            Qt::AlignLeft | Qt::AlignVCenter,
            opt.fontMetrics.elidedText(index.data(CannedReplyModel::TitleRole).toString(),
                                       Qt::ElideRight, text.width() - titleLeft));
        pen.setAlphaF(0.7);
        painter->setPen(pen);
        const QString preview = index.data(CannedReplyModel::BodyRole).toString().simplified();
        painter->drawText(QRect(text.left(), text.top() + line, text.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(preview, Qt::ElideRight, text.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {300, 2 * option.fontMetrics.height() + 8};
    }
};

} // namespace

CannedReplyPopup::CannedReplyPopup(QPlainTextEdit *editor)
    : QFrame(editor, Qt::ToolTip | Qt::FramelessWindowHint)
    , m_editor(editor)
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("cannedReplyPopup"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::StyledPanel);
    m_list->setObjectName(QStringLiteral("cannedReplyList"));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setItemDelegate(new ReplyDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setAccessibleName(tr("Canned replies"));
    m_empty->setObjectName(QStringLiteral("cannedReplyEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setMargin(6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    hide();

    m_editor->installEventFilter(this);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &CannedReplyPopup::refresh);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &CannedReplyPopup::refresh);
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &index) { insertRow(index.row()); });
}

void CannedReplyPopup::setModel(models::CannedReplyModel *model)
{
    if (m_model == model)
        return;
    dismiss();
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_list->setModel(model);
    // The store may change while the popup is open: show what is there now.
    if (m_model)
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            if (isVisible())
                showRows();
        });
}

QString CannedReplyPopup::emptyText() const
{
    return m_empty->isHidden() ? QString() : m_empty->text();
}

void CannedReplyPopup::dismiss()
{
    m_anchor = -1;
    hide();
}

void CannedReplyPopup::refresh()
{
    if (!m_model || !m_editor->isEnabled()) {
        m_slashTyped = false;
        dismiss();
        return;
    }
    const QTextDocument *doc = m_editor->document();
    const QTextCursor cursor = m_editor->textCursor();
    const int pos = cursor.position();
    if (std::exchange(m_slashTyped, false) && pos >= 1 && doc->characterAt(pos - 1) == u'/' &&
        (pos == 1 || doc->characterAt(pos - 2).isSpace()))
        m_anchor = pos - 1;
    if (m_anchor < 0)
        return;
    if (cursor.hasSelection() || pos <= m_anchor || doc->characterAt(m_anchor) != u'/') {
        dismiss();
        return;
    }
    QString token;
    for (int i = m_anchor + 1; i < pos; ++i) {
        const QChar c = doc->characterAt(i);
        if (c.isSpace()) { // a space (or a new line) ends the shortcut: the agent writes on
            dismiss();
            return;
        }
        token += c;
    }
    const QString before = m_model->query();
    m_model->setQuery(token);
    if (!isVisible() || m_model->query() == before)
        showRows(); // a changed query resets the model, which shows the rows
}

void CannedReplyPopup::showRows()
{
    const int rows = m_model->rowCount();
    m_list->setVisible(rows > 0);
    m_empty->setVisible(rows == 0);
    if (rows == 0) {
        m_empty->setText(m_model->totalCount() == 0
                             ? tr("No canned replies yet. Add them with Replies… ▸ Canned replies… "
                                  "above the chat list.")
                             : tr("No canned reply matches “/%1”.").arg(m_model->query()));
    } else if (!isVisible() || !m_list->currentIndex().isValid()) {
        m_list->setCurrentIndex(m_model->index(0)); // the best match first
    }
    place();
    show();
}

void CannedReplyPopup::place()
{
    const int rows = std::min(m_model->rowCount(), kVisibleRows);
    const int width = std::clamp(m_editor->width(), 280, 480);
    const int height = rows > 0 ? rows * std::max(m_list->sizeHintForRow(0), 1) + 4
                                : m_empty->heightForWidth(width - 2) + 4;
    resize(width, height);
    // Under the "/" (it stays put while the token grows); above it when the screen ends.
    QTextCursor slash(m_editor->document());
    slash.setPosition(std::min(m_anchor, m_editor->document()->characterCount() - 1));
    const QRect caret = m_editor->cursorRect(slash);
    const QPoint below = m_editor->viewport()->mapToGlobal(caret.bottomLeft()) + QPoint(0, 2);
    QPoint at = below;
    if (const QScreen *screen = m_editor->screen()) {
        const QRect area = screen->availableGeometry();
        if (below.y() + height > area.bottom())
            at.setY(m_editor->viewport()->mapToGlobal(caret.topLeft()).y() - height - 2);
        at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - width)));
    }
    move(at);
}

void CannedReplyPopup::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0;
    m_list->setCurrentIndex(m_model->index((current + delta + rows) % rows));
}

bool CannedReplyPopup::insertRow(int row)
{
    const models::CannedReplyModel::Reply *reply = m_model ? m_model->replyAt(row) : nullptr;
    if (!reply || m_anchor < 0)
        return false;
    const qint64 id = reply->id;
    QString body = reply->body;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n")); // one document position a break
    const domain::FilledTemplate filled = domain::CannedTemplate::fill(body, m_values);
    QTextCursor cursor = m_editor->textCursor();
    const int start = m_anchor;
    const int end = std::max(cursor.position(), start + 1);
    dismiss();               // before the edit, so the change does not reopen it
    cursor.beginEditBlock(); // one undo step takes the whole reply back out
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.insertText(filled.text);
    cursor.endEditBlock();
    // The first variable left unfilled is selected: typing replaces it.
    if (!filled.placeholders.isEmpty()) {
        const domain::TemplatePlaceholder &p = filled.placeholders.first();
        cursor.setPosition(start + p.position);
        cursor.setPosition(start + p.position + p.length, QTextCursor::KeepAnchor);
    }
    m_editor->setTextCursor(cursor);
    emit inserted(id);
    return true;
}

bool CannedReplyPopup::handleKey(const QKeyEvent *key)
{
    const bool control = key->modifiers() & Qt::ControlModifier;
    switch (key->key()) {
    case Qt::Key_Up:
        moveCurrent(-1);
        return true;
    case Qt::Key_Down:
        moveCurrent(1);
        return true;
    case Qt::Key_Escape:
        dismiss();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (control) { // the composer sends
            dismiss();
            return false;
        }
        [[fallthrough]];
    case Qt::Key_Tab:
        if (m_model->rowCount() == 0) { // nothing to insert: the key does what it always does
            dismiss();
            return false;
        }
        return insertRow(m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0);
    default:
        return false;
    }
}

bool CannedReplyPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor)
        return QFrame::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (isVisible() && handleKey(key))
            return true;
        if (key->text() == QLatin1String("/"))
            m_slashTyped = true;
        break;
    }
    case QEvent::ShortcutOverride: {
        // Window shortcuts on these keys (Escape, arrows) must not fire while choosing a reply.
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ours = key->key() == Qt::Key_Up || key->key() == Qt::Key_Down ||
                          key->key() == Qt::Key_Escape || key->key() == Qt::Key_Tab ||
                          ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                           !(key->modifiers() & Qt::ControlModifier));
        if (isVisible() && ours) {
            key->accept();
            return true;
        }
        break;
    }
    case QEvent::FocusOut:
    case QEvent::Hide:
        dismiss();
        break;
    default:
        break;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace agentp::views
