#include "views/clients/ClientsPane.h"

#include "models/items/ClientListModel.h"
#include "models/store/SessionRepository.h"
#include "models/store/StoreNotifier.h"
#include "models/store/Workspace.h"
#include "views/clients/ClientDetailDialog.h"
#include "views/clients/ClientMemoryPanel.h"
#include "views/common/CsvExport.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace agentp::views {

namespace {
// An export reads every row the filter matches: a few large queries rather than hundreds of
// small ones that each skip the rows before them.
constexpr int kExportPageSize = 20000;
} // namespace

ClientsPane::ClientsPane(store::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new models::ClientListModel(workspace.database().connection(), &workspace.notifier(),
                                          this))
    , m_table(new QTableView(this))
    , m_salon(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_dataAsOf(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_memory(new ClientMemoryPanel(workspace.database().connection(), this))
    , m_export(nullptr)
{
    setObjectName(QStringLiteral("clientsPane"));
    const QSqlDatabase db = workspace.database().connection();

    // A salon's own staff see their salon only; a super admin chooses (or sees all).
    m_salon->setObjectName(QStringLiteral("salonFilter"));
    const domain::CurrentUser user = workspace.currentUser();
    store::StoreError error;
    const bool ownSalonOnly = !user.isSuperAdmin() && !user.tenantId.isEmpty();
    if (!ownSalonOnly)
        m_salon->addItem(tr("All salons"), QString());
    for (const auto &[id, name] : store::SessionRepository(db).tenants(&error)) {
        if (!ownSalonOnly || id == user.tenantId)
            m_salon->addItem(name, id);
    }
    m_salon->setVisible(m_salon->count() > 2); // one salon: nothing to choose

    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_search->setPlaceholderText(tr("Search by name or phone…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Any part of the name, or at least 3 digits of the phone in any "
                            "format (Ctrl+F)"));
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs); // one query per pause in typing, not per key

    m_table->setObjectName(QStringLiteral("clientsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(models::ClientListModel::NameColumn, 250);
    m_table->setColumnWidth(models::ClientListModel::PhoneColumn, 160);
    m_table->setColumnWidth(models::ClientListModel::MasterColumn, 170);
    m_table->setToolTip(tr("Double-click or press Enter for the client's visits, dialogs, "
                           "waitlist entries and predictions"));

    // The export pages a second model with the same filter, not the table's own one.
    m_export = new CsvExport(
        m_table, QStringLiteral("clients"),
        [this, db]() -> std::unique_ptr<QAbstractItemModel> {
            auto model = std::make_unique<models::ClientListModel>(db);
            model->setPageSize(kExportPageSize);
            model->setFilter(currentFilter());
            return model;
        },
        this);
    connect(m_export, &CsvExport::exported, this, [this](const QString &path, int rows) {
        emit notice(tr("%n client(s) exported to %1", nullptr, rows).arg(path));
    });
    auto *exportButton = new QToolButton(this);
    exportButton->setDefaultAction(m_export);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_salon);
    filters->addWidget(m_search, 1);
    filters->addWidget(exportButton);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_memory);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({700, 300});

    m_count->setObjectName(QStringLiteral("clientCount"));
    m_dataAsOf->setObjectName(QStringLiteral("dataAsOf"));
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_dataAsOf);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(footer);

    connect(m_salon, &QComboBox::currentIndexChanged, this, &ClientsPane::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ClientsPane::applyFilter);
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openClient(index.row()); });
    auto *open = new QAction(tr("Open client"), m_table);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this, [this] { openClient(m_table->currentIndex().row()); });
    m_table->addAction(open);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClientsPane::showSelectedMemory);
    // After each search the first client is current, so the memory panel shows the best match
    // and the arrow keys start from the top.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
        showSelectedMemory();
    });
    connect(m_model, &models::ClientListModel::totalCountChanged, this, &ClientsPane::updateCount);
    connect(m_model, &models::ClientListModel::loadFailed, this, &ClientsPane::notice);
    connect(&workspace.notifier(), &store::StoreNotifier::changed, this,
            [this](const QSet<QString> &tables) {
                if (tables.contains(QStringLiteral("client_memory")))
                    m_memory->reload();
                if (tables.contains(QStringLiteral("sync_cursors")))
                    updateDataAsOf();
            });

    applyFilter();
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateCount(m_model->totalCount());
    updateDataAsOf();
}

domain::ClientFilter ClientsPane::currentFilter() const
{
    domain::ClientFilter f;
    f.tenantId = m_salon->currentData().toString();
    f.search = m_search->text();
    return f;
}

void ClientsPane::applyFilter()
{
    m_searchDelay->stop(); // a salon change applies the typed text too
    m_model->setFilter(currentFilter());
}

void ClientsPane::updateCount(qint64 total)
{
    m_count->setText(m_search->text().trimmed().isEmpty()
                         ? tr("%n client(s)", nullptr, int(qMin<qint64>(total, INT_MAX)))
                         : tr("%n client(s) found", nullptr, int(qMin<qint64>(total, INT_MAX))));
}

void ClientsPane::updateDataAsOf()
{
    const QDateTime at = m_workspace.lastSyncAt();
    m_dataAsOf->setText(
        at.isValid()
            ? tr("Data as of %1").arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat))
            : tr("Data as of: never synced"));
}

void ClientsPane::showSelectedMemory()
{
    const QModelIndex current = m_table->currentIndex();
    const domain::ClientRow *client =
        current.isValid() ? m_model->clientAt(current.row()) : nullptr;
    if (!client)
        m_memory->showClient({}, {});
    else if (client->id != m_memory->clientId())
        m_memory->showClient(client->id, client->fullName);
}

void ClientsPane::openClient(int row)
{
    const domain::ClientRow *client = m_model->clientAt(row);
    if (!client)
        return;
    auto *dialog = new ClientDetailDialog(m_workspace.database().connection(), *client, this);
    dialog->show();
}

} // namespace agentp::views
