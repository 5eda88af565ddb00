#pragma once

#include "models/domain/WinBackCandidate.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QTableView;

namespace agentp::store {
class Workspace;
}

namespace agentp::models {
class WinBackModel;
}

namespace agentp::views {

class CsvExport;

// The Win-back pane: regular clients the churn rule says are overdue (last visit, cycle, risk
// in colour and words), riskiest first, and "Bring back" (Ctrl+B), which asks the bot to write
// to the selected client. The request goes through the outbox; its status (Queued → Sent →
// Delivered) shows on the row as the sync side moves it on. While a request is on its way the
// action is disabled for that client, and the store refuses a duplicate anyway.
class WinBackPane final : public QWidget
{
    Q_OBJECT
public:
    explicit WinBackPane(store::Workspace &workspace, QWidget *parent = nullptr);

    models::WinBackModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QAction *bringBackAction() const { return m_bringBack; }
    CsvExport *exportAction() const { return m_export; }
    QString lastResult() const;
    domain::WinBackFilter currentFilter() const;
    // The day the rule counts from (tests pin it; the pane uses the current date).
    void setToday(const QDate &today);

    // Queues a win-back request for the client in `row`; false when nothing was queued.
    bool bringBack(int row);

signals:
    // Background problems and results of actions, for the status bar.
    void notice(const QString &message);

private:
    void applyFilter();
    void updateCount(qint64 total);
    void updateActions();
    void updateDataAsOf();
    void showResult(const QString &text);

    store::Workspace &m_workspace;
    models::WinBackModel *m_model;
    QTableView *m_table;
    QComboBox *m_salon;
    QAction *m_bringBack;
    CsvExport *m_export;
    QLabel *m_count;
    QLabel *m_result;
    QLabel *m_dataAsOf;
    QDate m_today;
};

} // namespace agentp::views
