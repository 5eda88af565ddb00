#pragma once

#include "models/domain/ChatViewFilter.h"

#include <QWidget>

class QListView;
class QToolButton;

namespace agentp::store {
class SavedViewRepository;
class Workspace;
} // namespace agentp::store

namespace agentp::models {
class ChatListModel;
class SavedViewModel;
} // namespace agentp::models

namespace agentp::views {

// The saved chat views in the window's sidebar ("Urgent Ozon 12"): a click shows that view in
// the Chats pane; "Save view…" (Ctrl+Shift+S in the Chats pane) keeps the current search,
// filters and sort under a name. Rename (F2), move (Ctrl+Up / Ctrl+Down), update to the
// current filters and delete (Delete) from the context menu or the keyboard. The view the chat
// list shows now is selected; changing a filter by hand clears the selection.
class SavedViewList final : public QWidget
{
    Q_OBJECT
public:
    SavedViewList(store::Workspace &workspace, models::ChatListModel *chats,
                  QWidget *parent = nullptr);

    models::SavedViewModel *model() const { return m_model; }
    QListView *list() const { return m_list; }

    // Without asking (tests, and the dialog's answer): false and a notice on a problem.
    bool saveCurrent(const QString &name);
    bool renameView(qint64 id, const QString &name);
    bool deleteView(qint64 id);
    bool moveView(qint64 id, int delta);
    bool updateView(qint64 id);

public slots:
    // Asks for a name; an existing name offers to replace that view.
    void saveCurrentAsk();

signals:
    void viewChosen(const agentp::domain::ChatViewFilter &filter);
    void notice(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    store::SavedViewRepository repository() const;
    qint64 currentViewId() const;
    void showMenu(const QPoint &pos);
    void renameAsk(qint64 id);
    void deleteAsk(qint64 id);
    void markActive();
    void afterWrite(); // announces the change and shows it
    void announce();

    store::Workspace &m_workspace;
    models::ChatListModel *m_chats;
    models::SavedViewModel *m_model;
    QListView *m_list;
    QToolButton *m_save;
};

} // namespace agentp::views
