#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QListView;

namespace agentp::models {
class SessionHistoryModel;
}

namespace agentp::domain {
struct BotSession;
}

namespace agentp::views {

// Shows one bot dialog as chat bubbles. Non-modal: several dialogs can be compared side by side
// while the Sessions table stays usable.
class SessionHistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    SessionHistoryDialog(QSqlDatabase db, const domain::BotSession &session,
                         QWidget *parent = nullptr);

    models::SessionHistoryModel *model() const { return m_model; }
    QString sessionId() const;

private:
    models::SessionHistoryModel *m_model;
    QListView *m_view;
    QLabel *m_header;
};

} // namespace agentp::views
