#pragma once

#include "models/domain/BotSession.h"
#include "models/domain/ClientRecords.h"

#include <QDialog>
#include <QSqlDatabase>

#include <vector>

class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace agentp::views {

// Everything the store knows about one client, in tabs: visits, bot dialogs, waitlist entries
// and cancellation-risk predictions. Non-modal, like the dialog history; a bot dialog opens its
// history with a double-click or Enter.
class ClientDetailDialog final : public QDialog
{
    Q_OBJECT
public:
    ClientDetailDialog(QSqlDatabase db, const domain::ClientRow &client, QWidget *parent = nullptr);

    QString clientId() const { return m_client.id; }
    QTabWidget *tabs() const { return m_tabs; }
    // The table of a tab: "visits", "sessions", "waitlist", "predictions".
    QTableView *table(const QString &name) const;

private:
    QTableView *addTab(const QString &name, const QString &title, QStandardItemModel *model,
                       const QString &emptyText);
    QStandardItemModel *visitsModel(QString *error);
    QStandardItemModel *sessionsModel(QString *error);
    QStandardItemModel *waitlistModel(QString *error);
    QStandardItemModel *predictionsModel(QString *error);
    void openSession(int row);

    QSqlDatabase m_db;
    domain::ClientRow m_client;
    std::vector<domain::BotSession> m_sessions;
    QTabWidget *m_tabs;
};

} // namespace agentp::views
