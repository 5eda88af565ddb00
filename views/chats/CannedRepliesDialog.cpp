#include "views/chats/CannedRepliesDialog.h"

#include "models/domain/CannedTemplate.h"
#include "models/items/CannedReplyModel.h"
#include "models/store/CannedReplyRepository.h"
#include "models/store/Workspace.h"
#include "views/chats/PlaceholderHighlighter.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace agentp::views {

using domain::CannedTemplate;
using models::CannedReplyModel;
using store::CannedReplyRepository;

namespace {

QString variableMeaning(const QString &name)
{
    if (name == CannedTemplate::buyerName())
        return CannedRepliesDialog::tr("the buyer's name");
    if (name == CannedTemplate::orderNumber())
        return CannedRepliesDialog::tr("the order number");
    return CannedRepliesDialog::tr("the product the chat is about");
}

QPushButton *listButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false); // Enter in the form saves, it does not add or move
    return b;
}

} // namespace

CannedRepliesDialog::CannedRepliesDialog(store::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(new CannedReplyModel(workspace.database().connection(), &workspace.notifier(), this))
    , m_list(new QListView(this))
    , m_shortcut(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_remove(listButton(tr("&Delete"), QStringLiteral("remove"), this))
{
    setObjectName(QStringLiteral("cannedRepliesDialog"));
    setWindowTitle(tr("Canned replies"));
    m_list->setObjectName(QStringLiteral("replies"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Canned replies"));
    m_shortcut->setObjectName(QStringLiteral("shortcut"));
    m_shortcut->setPlaceholderText(tr("e.g. hello"));
    m_shortcut->setToolTip(tr("Typed after “/” in the reply field; letters, digits, no spaces"));
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("What the reply is for, e.g. Greeting"));
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setPlaceholderText(tr("The text that goes into the reply"));
    m_body->setTabChangesFocus(true);
    new PlaceholderHighlighter(m_body->document());
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_problem->hide();

    QStringList meanings;
    auto *variables = new QMenu(this);
    for (const QString &name : CannedTemplate::variables()) {
        const QString meaning =
            tr("%1 — %2").arg(CannedTemplate::placeholderOf(name), variableMeaning(name));
        meanings << meaning;
        QAction *action =
            variables->addAction(meaning, this, [this, name] { insertVariable(name); });
        action->setObjectName(QStringLiteral("insert_") + name);
    }
    auto *hint = new QLabel(tr("Variables: %1. One that has no value in a chat stays in the "
                               "reply, highlighted, for you to fill in.")
                                .arg(meanings.join(QStringLiteral("; "))),
                            this);
    hint->setObjectName(QStringLiteral("variablesHint"));
    hint->setWordWrap(true);
    auto *insert = new QToolButton(this);
    insert->setObjectName(QStringLiteral("insertVariable"));
    insert->setText(tr("Insert variable"));
    insert->setToolTip(tr("Put a variable into the text at the cursor"));
    insert->setMenu(variables);
    insert->setPopupMode(QToolButton::InstantPopup);

    auto *shortcutRow = new QHBoxLayout;
    shortcutRow->addWidget(new QLabel(QStringLiteral("/"), this));
    shortcutRow->addWidget(m_shortcut, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Shortcut:"), shortcutRow);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Text:"), m_body);
    auto *hintRow = new QHBoxLayout;
    hintRow->addWidget(hint, 1);
    hintRow->addWidget(insert, 0, Qt::AlignTop);
    form->addRow(hintRow);
    form->addRow(m_problem);

    auto *add = listButton(tr("&New reply"), QStringLiteral("newReply"), this);
    auto *up = listButton(tr("Move &up"), QStringLiteral("moveUp"), this);
    auto *down = listButton(tr("Move d&own"), QStringLiteral("moveDown"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    listButtons->addWidget(up);
    listButtons->addWidget(down);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(form, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &CannedRepliesDialog::newReply);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showRow(current.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CannedRepliesDialog::restoreSelection);
    connect(m_model, &CannedReplyModel::loadFailed, this, &CannedRepliesDialog::setProblem);
    resize(820, 480);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    else
        newReply();
}

CannedRepliesDialog::~CannedRepliesDialog() = default;

QString CannedRepliesDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void CannedRepliesDialog::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void CannedRepliesDialog::showRow(int row)
{
    // The reply in the form is selected again after every reload: what was typed stays.
    const CannedReplyModel::Reply *r = m_model->replyAt(row);
    if (r && r->id != m_editing)
        fillForm(row);
}

void CannedRepliesDialog::fillForm(int row)
{
    const CannedReplyModel::Reply *r = m_model->replyAt(row);
    if (!r)
        return;
    m_editing = r->id;
    m_shortcut->setText(r->shortcut);
    m_title->setText(r->title);
    m_body->setPlainText(r->body);
    setProblem({});
}

void CannedRepliesDialog::restoreSelection()
{
    const int row = m_model->rowOfReply(m_editing);
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row));
    } else if (m_editing != 0) {
        m_editing = 0; // deleted elsewhere: the form becomes a new reply, nothing typed is lost
        setProblem(tr("This reply was deleted meanwhile; Save adds it again."));
    }
}

bool CannedRepliesDialog::select(qint64 id)
{
    const int row = m_model->rowOfReply(id);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    return true;
}

void CannedRepliesDialog::newReply()
{
    m_editing = 0;
    m_list->setCurrentIndex({});
    m_list->clearSelection();
    m_shortcut->clear();
    m_title->clear();
    m_body->clear();
    setProblem({});
    m_shortcut->setFocus();
}

bool CannedRepliesDialog::save()
{
    CannedReplyRepository::Reply r;
    r.id = m_editing;
    r.shortcut = m_shortcut->text();
    r.title = m_title->text();
    r.body = m_body->toPlainText();
    QString problem;
    store::StoreError error;
    CannedReplyRepository repository(m_workspace.database().connection(), &m_workspace.notifier());
    qint64 id = m_editing;
    const bool saved = id == 0 ? (id = repository.add(r, &problem, &error)) != 0
                               : repository.update(r, &problem, &error);
    if (!saved) {
        if (error.kind == store::StoreError::Kind::NotFound)
            m_editing = 0; // deleted meanwhile: the next Save adds it again
        setProblem(problem.isEmpty() ? error.message : problem);
        return false;
    }
    m_editing = id;
    m_model->reload(); // now, not at the notifier's next pass: the list shows the saved reply
    fillForm(m_model->rowOfReply(id));
    return true;
}

bool CannedRepliesDialog::removeSelected(bool confirm)
{
    if (m_editing == 0) { // never saved: only the form goes
        newReply();
        return true;
    }
    if (confirm &&
        QMessageBox::question(this, tr("Delete canned reply"),
                              tr("Delete the canned reply “/%1”?").arg(m_shortcut->text())) !=
            QMessageBox::Yes)
        return false;
    const int row = m_model->rowOfReply(m_editing);
    store::StoreError error;
    if (!CannedReplyRepository(m_workspace.database().connection(), &m_workspace.notifier())
             .remove(m_editing, &error)) {
        setProblem(error.message);
        return false;
    }
    m_editing = 0;
    m_model->reload();
    if (m_model->rowCount() == 0) {
        newReply();
        return true;
    }
    const int next = std::min(row, m_model->rowCount() - 1);
    fillForm(next);
    m_list->setCurrentIndex(m_model->index(next));
    return true;
}

bool CannedRepliesDialog::moveSelected(int delta)
{
    if (m_editing == 0)
        return false;
    store::StoreError error;
    if (!CannedReplyRepository(m_workspace.database().connection(), &m_workspace.notifier())
             .moveBy(m_editing, delta, &error)) {
        setProblem(error.message);
        return false;
    }
    m_model->reload(); // the selection follows the reply (restoreSelection)
    return true;
}

void CannedRepliesDialog::insertVariable(const QString &name)
{
    m_body->insertPlainText(CannedTemplate::placeholderOf(name));
    m_body->setFocus();
}

} // namespace agentp::views
