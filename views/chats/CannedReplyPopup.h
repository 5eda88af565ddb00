#pragma once

#include <QFrame>
#include <QHash>

class QKeyEvent;
class QLabel;
class QListView;
class QPlainTextEdit;

namespace agentp::models {
class CannedReplyModel;
}

namespace agentp::views {

// The "/" popup of the reply composer (CH-8). Typing "/" at the start of the text or after a
// space opens a list of canned replies under the "/"; what follows it filters them fuzzily
// (models::CannedReplyModel::setQuery). Up/Down choose, Enter or Tab (or a click) put the reply's
// body, its variables filled, in place of the "/token"; Escape closes and keeps the text; a
// space, moving the cursor out of the token or leaving the editor closes it too.
//
// Keys are taken from the editor through an event filter and the popup never takes the focus
// (a tool-tip window shown without activation), so typing goes on in the editor. Ctrl+Enter is
// left to the composer: it sends.
class CannedReplyPopup final : public QFrame
{
    Q_OBJECT
public:
    explicit CannedReplyPopup(QPlainTextEdit *editor);

    // Null makes "/" plain text again.
    void setModel(models::CannedReplyModel *model);
    models::CannedReplyModel *model() const { return m_model; }
    // {buyer_name}, {order_number}, {product} of the open chat (domain::CannedTemplate).
    void setTemplateValues(const QHash<QString, QString> &values) { m_values = values; }
    QHash<QString, QString> templateValues() const { return m_values; }

    QListView *list() const { return m_list; }
    // What the popup says instead of a list when nothing matches; empty while rows show.
    QString emptyText() const;
    // Replaces the "/token" with the reply at `row` of the model; false when there is none.
    bool insertRow(int row);
    // Closes until the next "/" is typed.
    void dismiss();

signals:
    void inserted(qint64 replyId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void showRows();
    void place();
    bool handleKey(const QKeyEvent *key);
    void moveCurrent(int delta);

    QPlainTextEdit *m_editor;
    models::CannedReplyModel *m_model = nullptr;
    QListView *m_list;
    QLabel *m_empty;
    QHash<QString, QString> m_values;
    int m_anchor = -1;         // document position of the "/" while a token is followed
    bool m_slashTyped = false; // the last key typed a "/": the next change may open the popup
};

} // namespace agentp::views
