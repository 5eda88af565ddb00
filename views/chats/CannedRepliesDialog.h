#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace agentp::store {
class Workspace;
}

namespace agentp::models {
class CannedReplyModel;
}

namespace agentp::views {

// The canned replies of the workspace (CH-8): a list in the order the "/" popup shows them when
// nothing is typed, and a form for the selected reply — shortcut (typed after "/"), title and
// text, with a hint on the variables and a menu that inserts one. Save checks the reply
// (store::CannedReplyRepository) and says what is wrong in a line under the form, keeping
// everything typed; a saved change reaches every composer at once (the notifier's
// "canned_replies"). New, Delete (asks), Move up / Move down work on the list.
class CannedRepliesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CannedRepliesDialog(store::Workspace &workspace, QWidget *parent = nullptr);
    ~CannedRepliesDialog() override;

    // For tests: the form's widgets are reachable with findChild by name; these drive it.
    models::CannedReplyModel *model() const { return m_model; }
    bool save(); // false when refused (problem() says why) — the form stays as typed
    QString problem() const;
    void newReply();
    bool select(qint64 id);
    bool removeSelected(bool confirm = true);
    bool moveSelected(int delta);
    // The reply in the form; 0 while a new one is not saved yet.
    qint64 editingId() const { return m_editing; }

private:
    void showRow(int row);
    void fillForm(int row);
    void restoreSelection();
    void insertVariable(const QString &name);
    void setProblem(const QString &text);

    store::Workspace &m_workspace;
    models::CannedReplyModel *m_model;
    QListView *m_list;
    QLineEdit *m_shortcut;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QLabel *m_problem;
    QPushButton *m_remove;
    qint64 m_editing = 0;
};

} // namespace agentp::views
