#include "views/chats/SlaReportDialog.h"

#include "models/items/DraftUsageModel.h"
#include "models/items/SlaChatTableModel.h"
#include "models/items/SlaFigureModel.h"
#include "models/store/AiDraftRepository.h"
#include "models/store/Workspace.h"
#include "views/common/CsvExport.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace agentp::views {

namespace {

using models::SlaChatTableModel;
using models::SlaFigureModel;
using models::SlaReport;

enum Preset
{
    Today,
    Yesterday,
    Last7Days,
    Last30Days,
    ThisMonth,
    Custom
};

QTableView *figureView(SlaFigureModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(SlaFigureModel::NameColumn,
                                                   QHeaderView::Stretch);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

SlaReportDialog::SlaReportDialog(store::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_byAccount(new SlaFigureModel(SlaReport::GroupBy::Account, this))
    , m_byAgent(new SlaFigureModel(SlaReport::GroupBy::Agent, this))
    , m_accountTable(figureView(m_byAccount, QStringLiteral("byAccount"), this))
    , m_agentTable(figureView(m_byAgent, QStringLiteral("byAgent"), this))
    , m_drafts(new models::DraftUsageModel(this))
    , m_draftTable(new QTableView(this))
    , m_chart(new QChartView(new QChart, this))
    , m_drillTitle(new QLabel(this))
    , m_chats(new SlaChatTableModel(this))
    , m_chatTable(new QTableView(this))
{
    setObjectName(QStringLiteral("slaReportDialog"));
    setWindowTitle(tr("SLA compliance report"));
    resize(1000, 760);

    m_preset->setObjectName(QStringLiteral("reportPeriod"));
    m_preset->addItem(tr("Today"), Today);
    m_preset->addItem(tr("Yesterday"), Yesterday);
    m_preset->addItem(tr("Last 7 days"), Last7Days);
    m_preset->addItem(tr("Last 30 days"), Last30Days);
    m_preset->addItem(tr("This month"), ThisMonth);
    m_preset->addItem(tr("Custom"), Custom);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    auto *refreshButton = new QToolButton(this);
    refreshButton->setText(tr("Refresh"));
    refreshButton->setShortcut(QKeySequence(Qt::Key_F5));
    refreshButton->setToolTip(tr("Read the figures again (F5)"));
    connect(refreshButton, &QToolButton::clicked, this, &SlaReportDialog::refresh);
    connect(m_preset, &QComboBox::activated, this,
            [this] { applyPreset(m_preset->currentData().toInt()); });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            m_preset->setCurrentIndex(m_preset->findData(Custom));
            refresh();
        });
    }

    auto *period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("Period:"), this));
    period->addWidget(m_preset);
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral("–"), this));
    period->addWidget(m_to);
    period->addWidget(refreshButton);
    period->addStretch(1);

    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    m_draftTable->setObjectName(QStringLiteral("draftUsage"));
    m_draftTable->setModel(m_drafts);
    m_draftTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_draftTable->verticalHeader()->hide();
    m_draftTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_draftTable->horizontalHeader()->setSectionResizeMode(models::DraftUsageModel::AgentColumn,
                                                           QHeaderView::Stretch);
    m_tabs->addTab(m_accountTable, tr("By account"));
    m_tabs->addTab(m_agentTable, tr("By agent"));
    m_tabs->addTab(m_draftTable, tr("AI drafts"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &SlaReportDialog::updateChart);
    for (QTableView *view : {m_accountTable, m_agentTable}) {
        // A click on a cell moves the current index too: one drill per cell, not two. The click
        // still counts when the list shows something else (a bar was clicked since).
        connect(view, &QTableView::clicked, this, [this](const QModelIndex &index) {
            if (index != m_drilled)
                drillInto(index);
        });
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &current) { drillInto(current); });
    }

    m_chart->setObjectName(QStringLiteral("reportChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(180);
    m_chart->chart()->legend()->hide();

    m_drillTitle->setObjectName(QStringLiteral("drillTitle"));
    m_chatTable->setObjectName(QStringLiteral("reportChats"));
    m_chatTable->setModel(m_chats);
    m_chatTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_chatTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_chatTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chatTable->verticalHeader()->hide();
    m_chatTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chatTable->horizontalHeader()->setStretchLastSection(true); // names keep their width
    m_chatTable->setToolTip(tr("Double-click or Enter opens the chat"));
    connect(m_chatTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_chats->chatIdAt(index.row()))
            emit openChatRequested(id);
    });

    // One row per chat of the whole period, whatever the drill-down shows.
    m_csv = new CsvExport(
        m_chatTable, QStringLiteral("sla-report"),
        [this]() -> std::unique_ptr<QAbstractItemModel> {
            auto model = std::make_unique<SlaChatTableModel>();
            if (m_report)
                model->setWaits(m_report.get(), m_report->select({}));
            return model;
        },
        this);
    m_csv->setText(tr("Export CSV…"));
    connect(m_csv, &CsvExport::exported, this, [this](const QString &path, int rows) {
        emit notice(tr("%n chat(s) exported to %1", nullptr, rows).arg(path));
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportReport"));
    connect(exportButton, &QPushButton::clicked, m_csv, &QAction::trigger);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_tabs, 1);
    topLayout->addWidget(m_chart);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_drillTitle);
    bottomLayout->addWidget(m_chatTable, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    m_preset->setCurrentIndex(m_preset->findData(Last7Days));
    applyPreset(Last7Days);
}

SlaReportDialog::~SlaReportDialog() = default;

void SlaReportDialog::setClock(Clock clock)
{
    m_clock = std::move(clock);
    if (m_preset->currentData().toInt() != Custom)
        applyPreset(m_preset->currentData().toInt());
    else
        refresh();
}

void SlaReportDialog::setPeriod(const QDate &first, const QDate &last)
{
    {
        const QSignalBlocker b1(m_from), b2(m_to);
        m_from->setDate(first);
        m_to->setDate(last);
    }
    m_preset->setCurrentIndex(m_preset->findData(Custom));
    refresh();
}

void SlaReportDialog::applyPreset(int preset)
{
    const QDate today = m_clock().toLocalTime().date();
    QDate first = today, last = today;
    switch (Preset(preset)) {
    case Today:
        break;
    case Yesterday:
        first = last = today.addDays(-1);
        break;
    case Last7Days:
        first = today.addDays(-6);
        break;
    case Last30Days:
        first = today.addDays(-29);
        break;
    case ThisMonth:
        first = QDate(today.year(), today.month(), 1);
        break;
    case Custom:
        first = m_from->date();
        last = m_to->date();
        break;
    }
    const QSignalBlocker b1(m_from), b2(m_to);
    m_from->setDate(first);
    m_to->setDate(last);
    refresh();
}

models::SlaFigureModel *SlaReportDialog::figures(SlaReport::GroupBy by) const
{
    return by == SlaReport::GroupBy::Account ? m_byAccount : m_byAgent;
}

QTableView *SlaReportDialog::figureTable(SlaReport::GroupBy by) const
{
    return by == SlaReport::GroupBy::Account ? m_accountTable : m_agentTable;
}

void SlaReportDialog::refresh()
{
    QDate first = m_from->date(), last = m_to->date();
    if (last < first)
        std::swap(first, last);
    // Local days: from the first day's midnight to the midnight after the last.
    const QDateTime from = first.startOfDay().toUTC();
    const QDateTime to = last.addDays(1).startOfDay().toUTC();
    const quint64 generation = ++m_generation;
    m_job.reset(); // a count still running for another period is dropped
    // Draft usage is one indexed range over ai_drafts: read at once, no thread needed.
    store::StoreError error;
    m_drafts->setUsage(
        store::AiDraftRepository(m_workspace.database().connection()).usage(from, to, &error));
    if (error.isError())
        emit notice(error.message);
    m_summary->setText(tr("Counting the waits of %1 – %2…")
                           .arg(QLocale().toString(first, QLocale::ShortFormat),
                                QLocale().toString(last, QLocale::ShortFormat)));
    m_job = std::make_unique<models::SlaReportJob>(
        m_workspace.path(), from, to, m_clock(), this,
        [this, generation](std::shared_ptr<SlaReport> report, QString problem) {
            if (generation == m_generation)
                adopt(std::move(report), problem);
        });
}

void SlaReportDialog::adopt(std::shared_ptr<SlaReport> report, const QString &problem)
{
    m_job.reset();
    // The tables point into the report: empty them before it is replaced.
    m_byAccount->setReport(nullptr);
    m_byAgent->setReport(nullptr);
    m_chats->setWaits(nullptr, {});
    m_report = std::move(report);
    if (!m_report) {
        m_summary->setText(tr("The report cannot be made: %1").arg(problem));
        emit notice(problem);
        updateChart();
        emit refreshed();
        return;
    }
    m_byAccount->setReport(m_report.get());
    m_byAgent->setReport(m_report.get());
    m_summary->setText(summary());
    m_drillTitle->setText(tr("Click a figure to list the chats behind it."));
    m_drilled = QPersistentModelIndex();
    updateChart();
    emit refreshed();
}

QString SlaReportDialog::summary() const
{
    if (!m_report)
        return {};
    const domain::SlaFigures f = m_report->total();
    if (f.judged() == 0)
        return tr("No buyer waited for an answer in this period (waits still within their "
                  "target are not judged yet).");
    return tr("%1 % of %n wait(s) answered within target", nullptr, f.judged())
               .arg(QLocale().toString(f.withinShare() * 100, 'f', 1)) +
           QStringLiteral(" · ") +
           tr("median first response %1, 90th percentile %2 (working time)")
               .arg(SlaFigureModel::duration(f.medianFirstSecs),
                    SlaFigureModel::duration(f.p90FirstSecs));
}

QString SlaReportDialog::drillTitle() const
{
    return m_drillTitle->text();
}

void SlaReportDialog::drillInto(const QModelIndex &figure)
{
    if (!m_report || !figure.isValid())
        return;
    const auto *model = qobject_cast<const SlaFigureModel *>(figure.model());
    if (!model)
        return;
    m_drilled = figure;
    const SlaReport::Selection selection = model->selectionAt(figure);
    m_chats->setWaits(m_report.get(), m_report->select(selection));
    QString what = model->index(figure.row(), SlaFigureModel::NameColumn).data().toString();
    if (figure.column() >= SlaFigureModel::WithinColumn &&
        figure.column() <= SlaFigureModel::MissedColumn)
        what += QStringLiteral(" · ") +
                model->headerData(figure.column(), Qt::Horizontal).toString().toLower();
    m_drillTitle->setText(tr("Chats behind “%1”: %n", nullptr, m_chats->rowCount()).arg(what));
}

void SlaReportDialog::updateChart()
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis); // the caller owns it again
        delete axis;
    }
    // The drafts tab keeps the agents' chart: it is about the same people.
    const SlaFigureModel *model = m_tabs->currentIndex() == 0 ? m_byAccount : m_byAgent;
    auto *set = new QBarSet(tr("Within target, %"));
    QStringList labels;
    for (int row = model->rowCount() - 1; row >= 0; --row) { // top to bottom as in the table
        const double share = model->index(row, SlaFigureModel::ShareColumn)
                                 .data(SlaFigureModel::SortRole)
                                 .toDouble();
        // A category axis drops repeated names (two accounts called alike): number them.
        QString label = model->index(row, SlaFigureModel::NameColumn).data().toString();
        for (int n = 2; labels.contains(label); ++n)
            label = model->index(row, SlaFigureModel::NameColumn).data().toString() +
                    QStringLiteral(" (%1)").arg(n);
        labels << label;
        *set << (share < 0 ? 0.0 : std::round(share * 1000) / 10);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(labels);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setLabelFormat(QStringLiteral("%d %"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->setTitle(m_tabs->currentIndex() == 0 ? tr("Within target by account")
                                                : tr("Within target by agent"));
    // A bar is a figure too: clicking it lists that group's chats.
    connect(set, &QBarSet::clicked, this, [this, model](int index) {
        const int row = model->rowCount() - 1 - index;
        drillInto(model->index(row, SlaFigureModel::NameColumn));
    });
}

} // namespace agentp::views
