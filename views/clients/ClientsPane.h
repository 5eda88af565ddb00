#pragma once

#include "models/domain/ClientRecords.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace agentp::store {
class Workspace;
}

namespace agentp::models {
class ClientListModel;
}

namespace agentp::views {

class ClientMemoryPanel;
class CsvExport;

// The Clients pane: search by name or phone (one query per pause in typing), the clients
// table (name, phone, favourite master, visits), and beside it what the bot remembers about
// the selected client. Double-click or Enter opens the client's detail dialog.
class ClientsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ClientsPane(store::Workspace &workspace, QWidget *parent = nullptr);

    models::ClientListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    ClientMemoryPanel *memoryPanel() const { return m_memory; }
    CsvExport *exportAction() const { return m_export; }
    domain::ClientFilter currentFilter() const;
    void openClient(int row);

    static constexpr int kSearchDelayMs = 250;

signals:
    // Background problems and results of actions, for the status bar.
    void notice(const QString &message);

private:
    void applyFilter();
    void updateCount(qint64 total);
    void updateDataAsOf();
    void showSelectedMemory();

    store::Workspace &m_workspace;
    models::ClientListModel *m_model;
    QTableView *m_table;
    QComboBox *m_salon;
    QLineEdit *m_search;
    QLabel *m_count;
    QLabel *m_dataAsOf;
    QTimer *m_searchDelay;
    ClientMemoryPanel *m_memory;
    CsvExport *m_export;
};

} // namespace agentp::views
