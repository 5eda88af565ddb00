#include "views/sessions/SessionsPane.h"

#include "models/domain/BotSession.h"
#include "models/items/SessionLabels.h"
#include "models/items/SessionTableModel.h"
#include "models/store/SessionRepository.h"
#include "views/common/CsvExport.h"
#include "views/sessions/SessionHistoryDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace agentp::views {

SessionsPane::SessionsPane(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new models::SessionTableModel(db, this))
    , m_table(new QTableView(this))
    , m_salon(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("sessionsPane"));
    store::StoreError error;
    store::SessionRepository repo(db);

    m_salon->setObjectName(QStringLiteral("salonFilter"));
    m_salon->addItem(tr("All salons"), QString());
    for (const auto &[id, name] : repo.tenants(&error))
        m_salon->addItem(name, id);
    m_salon->setVisible(m_salon->count() > 2); // one salon: nothing to choose

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &status : repo.statuses(&error))
        m_status->addItem(models::SessionLabels::status(status), status);

    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->addItem(tr("All time"), AllTime);
    m_period->addItem(tr("Today"), Today);
    m_period->addItem(tr("Last 7 days"), Last7);
    m_period->addItem(tr("Last 30 days"), Last30);
    m_period->addItem(tr("Last 90 days"), Last90);
    m_period->addItem(tr("Custom range"), Custom);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_from->setDate(QDate::currentDate().addDays(-30));

    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_search->setPlaceholderText(tr("Client name…"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200); // one query per pause in typing, not per key
    m_count->setObjectName(QStringLiteral("sessionCount"));

    auto *reset = new QToolButton(this);
    reset->setText(tr("Reset filters"));
    reset->setToolTip(tr("Show every dialog again (Ctrl+R)"));
    reset->setShortcut(QKeySequence(tr("Ctrl+R")));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_salon);
    filters->addWidget(m_status);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_search, 1);
    filters->addWidget(reset);
    // Export CSV (Ctrl+E): every dialog the filter matches, paged in by a second model.
    auto *exportCsv = new CsvExport(
        m_table, QStringLiteral("sessions"),
        [this]() -> std::unique_ptr<QAbstractItemModel> {
            auto model = std::make_unique<models::SessionTableModel>(m_db);
            model->setFilter(currentFilter());
            return model;
        },
        this);
    connect(exportCsv, &CsvExport::exported, this, [this](const QString &path, int rows) {
        emit errorOccurred(tr("%n dialog(s) exported to %1", nullptr, rows).arg(path));
    });
    auto *exportButton = new QToolButton(this);
    exportButton->setDefaultAction(exportCsv);
    filters->addWidget(exportButton);

    m_table->setObjectName(QStringLiteral("sessionsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(models::SessionTableModel::IdColumn, 90);
    m_table->setColumnWidth(models::SessionTableModel::StartedColumn, 140);
    m_table->setColumnWidth(models::SessionTableModel::ClientColumn, 220);
    m_table->setColumnWidth(models::SessionTableModel::StatusColumn, 140);
    m_table->setColumnWidth(models::SessionTableModel::IntentColumn, 130);
    m_table->setColumnWidth(models::SessionTableModel::ServiceColumn, 180);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_salon, &QComboBox::currentIndexChanged, this, &SessionsPane::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &SessionsPane::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodEditors();
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &SessionsPane::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &SessionsPane::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &SessionsPane::applyFilter);
    connect(reset, &QToolButton::clicked, this, [this] {
        const QSignalBlocker b1(m_salon), b2(m_status), b3(m_period), b4(m_search);
        m_salon->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_period->setCurrentIndex(0);
        m_search->clear();
        updatePeriodEditors();
        applyFilter();
    });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openSession(index.row()); });
    auto *open = new QAction(tr("Open dialog"), m_table);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this,
            [this] { openSession(m_table->currentIndex().row()); });
    m_table->addAction(open);
    connect(m_model, &models::SessionTableModel::totalCountChanged, this,
            &SessionsPane::updateCount);
    connect(m_model, &models::SessionTableModel::loadFailed, this, &SessionsPane::errorOccurred);

    updatePeriodEditors();
    updateCount(m_model->totalCount());
}

domain::SessionFilter SessionsPane::currentFilter() const
{
    domain::SessionFilter f;
    f.tenantId = m_salon->currentData().toString();
    f.status = m_status->currentData().toString();
    f.search = m_search->text();
    const QDate today = QDate::currentDate();
    switch (m_period->currentData().toInt()) {
    case Today:
        f.from = today;
        break;
    case Last7:
        f.from = today.addDays(-6);
        break;
    case Last30:
        f.from = today.addDays(-29);
        break;
    case Last90:
        f.from = today.addDays(-89);
        break;
    case Custom:
        f.from = qMin(m_from->date(), m_to->date());
        f.to = qMax(m_from->date(), m_to->date());
        break;
    default:
        break;
    }
    return f;
}

void SessionsPane::applyFilter()
{
    m_model->setFilter(currentFilter());
}

void SessionsPane::updatePeriodEditors()
{
    const bool custom = m_period->currentData().toInt() == Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
}

void SessionsPane::updateCount(qint64 total)
{
    m_count->setText(tr("%n dialog(s)", nullptr, int(qMin<qint64>(total, INT_MAX))));
}

void SessionsPane::openSession(int row)
{
    const domain::BotSession *session = m_model->sessionAt(row);
    if (!session)
        return;
    auto *dialog = new SessionHistoryDialog(m_db, *session, this);
    dialog->show();
}

} // namespace agentp::views
