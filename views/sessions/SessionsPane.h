#pragma once

#include "models/domain/SessionFilter.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace agentp::models {
class SessionTableModel;
}

namespace agentp::views {

// The Sessions pane: bot dialogs with filters by salon, status, period and client, paged in from
// the store as the user scrolls; double-click or Enter opens the dialog's history.
class SessionsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit SessionsPane(QSqlDatabase db, QWidget *parent = nullptr);

    models::SessionTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    domain::SessionFilter currentFilter() const;
    void openSession(int row);

signals:
    void errorOccurred(const QString &message);

private:
    enum Period
    {
        AllTime,
        Today,
        Last7,
        Last30,
        Last90,
        Custom
    };
    void applyFilter();
    void updatePeriodEditors();
    void updateCount(qint64 total);

    QSqlDatabase m_db;
    models::SessionTableModel *m_model;
    QTableView *m_table;
    QComboBox *m_salon;
    QComboBox *m_status;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QLabel *m_count;
    QTimer *m_searchDelay;
};

} // namespace agentp::views
