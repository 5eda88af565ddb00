#pragma once

#include "models/items/SlaReport.h"

#include <QDateTime>
#include <QDialog>
#include <QPersistentModelIndex>

#include <functional>
#include <memory>
#include <optional>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTableView;

namespace agentp::store {
class Workspace;
}

namespace agentp::models {
class DraftUsageModel;
class SlaChatTableModel;
class SlaFigureModel;
} // namespace agentp::models

namespace agentp::views {

class CsvExport;

// The lead's SLA compliance report (Chats ▸ "Report…", Ctrl+Shift+L): a period (presets or two
// dates, local days), per seller account and per agent the waits answered within target, late
// and missed, the share within target and the median and 90th-percentile first response in
// working time, a chart of the shares, and below the chats behind the figure last clicked
// (double-click or Enter opens the chat). Export CSV (Ctrl+E) writes one row per chat of the
// whole period. Reads the local store only, so it works offline; the counting runs on a thread
// (seconds for weeks of 100,000 chats) while the window stays responsive.
class SlaReportDialog final : public QDialog
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit SlaReportDialog(store::Workspace &workspace, QWidget *parent = nullptr);
    ~SlaReportDialog() override;

    void setClock(Clock clock);
    // Local dates, both included.
    void setPeriod(const QDate &first, const QDate &last);
    void refresh();

    const models::SlaReport *report() const { return m_report.get(); }
    // A report is being counted (on a thread; the figures shown are the last ones).
    bool isBusy() const { return m_job != nullptr; }
    models::SlaFigureModel *figures(models::SlaReport::GroupBy by) const;
    models::SlaChatTableModel *drillDown() const { return m_chats; }
    QTableView *figureTable(models::SlaReport::GroupBy by) const;
    QTableView *chatTable() const { return m_chatTable; }
    // AI drafts per agent in the period (requested, inserted, sent as written / after editing).
    models::DraftUsageModel *draftUsage() const { return m_drafts; }
    QChartView *chart() const { return m_chart; }
    CsvExport *csvExport() const { return m_csv; }
    QString summary() const;
    QString drillTitle() const;

    // Lists the chats behind a figure cell (what a click does).
    void drillInto(const QModelIndex &figure);

signals:
    void openChatRequested(qint64 chatId);
    // A report was counted and is shown (or failed, with a notice).
    void refreshed();
    void notice(const QString &message);

private:
    void applyPreset(int preset);
    void updateChart();
    void adopt(std::shared_ptr<models::SlaReport> report, const QString &problem);

    store::Workspace &m_workspace;
    Clock m_clock;
    std::shared_ptr<models::SlaReport> m_report;
    std::unique_ptr<models::SlaReportJob> m_job;
    quint64 m_generation = 0;
    QPersistentModelIndex m_drilled; // the figure whose chats are listed
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    models::SlaFigureModel *m_byAccount;
    models::SlaFigureModel *m_byAgent;
    QTableView *m_accountTable;
    QTableView *m_agentTable;
    models::DraftUsageModel *m_drafts;
    QTableView *m_draftTable;
    QChartView *m_chart;
    QLabel *m_drillTitle;
    models::SlaChatTableModel *m_chats;
    QTableView *m_chatTable;
    CsvExport *m_csv;
};

} // namespace agentp::views
