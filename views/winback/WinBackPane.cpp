#include "views/winback/WinBackPane.h"

#include "models/items/WinBackModel.h"
#include "models/store/SessionRepository.h"
#include "models/store/StoreNotifier.h"
#include "models/store/WinBackRepository.h"
#include "models/store/Workspace.h"
#include "views/common/CsvExport.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace agentp::views {

namespace {
// An export reads every row the filter matches: a few large queries rather than hundreds of
// small ones that each skip the rows before them.
constexpr int kExportPageSize = 20000;
} // namespace

WinBackPane::WinBackPane(store::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(
          new models::WinBackModel(workspace.database().connection(), &workspace.notifier(), this))
    , m_table(new QTableView(this))
    , m_salon(new QComboBox(this))
    , m_bringBack(new QAction(tr("Bring back"), this))
    , m_export(nullptr)
    , m_count(new QLabel(this))
    , m_result(new QLabel(this))
    , m_dataAsOf(new QLabel(this))
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("winBackPane"));
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
    m_salon->setVisible(m_salon->count() > 2);

    m_bringBack->setObjectName(QStringLiteral("bringBackAction"));
    m_bringBack->setShortcut(QKeySequence(tr("Ctrl+B")));
    m_bringBack->setShortcutContext(Qt::WindowShortcut); // only while this pane is shown
    m_bringBack->setToolTip(tr("Ask the bot to write to the selected client and invite them "
                               "back (%1)")
                                .arg(m_bringBack->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_bringBack);
    auto *bringBackButton = new QToolButton(this);
    bringBackButton->setObjectName(QStringLiteral("bringBackButton"));
    bringBackButton->setDefaultAction(m_bringBack);
    bringBackButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_table->setObjectName(QStringLiteral("winBackTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(models::WinBackModel::ClientColumn, 260);
    m_table->setColumnWidth(models::WinBackModel::LastVisitColumn, 150);
    m_table->setColumnWidth(models::WinBackModel::CycleColumn, 200);
    m_table->setColumnWidth(models::WinBackModel::RiskColumn, 150);

    m_export = new CsvExport(
        m_table, QStringLiteral("win-back"),
        [this, db]() -> std::unique_ptr<QAbstractItemModel> {
            auto model = std::make_unique<models::WinBackModel>(db);
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

    auto *explanation = new QLabel(
        tr("Regular clients who are overdue: days since the last visit compared with their "
           "usual cycle (30 days when unknown)."),
        this);
    explanation->setWordWrap(true);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_salon);
    tools->addWidget(explanation, 1);
    tools->addWidget(bringBackButton);
    tools->addWidget(exportButton);

    m_count->setObjectName(QStringLiteral("winBackCount"));
    m_result->setObjectName(QStringLiteral("winBackResult"));
    m_result->setTextFormat(Qt::PlainText);
    m_dataAsOf->setObjectName(QStringLiteral("dataAsOf"));
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addWidget(m_result, 1);
    footer->addWidget(m_dataAsOf);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);

    connect(m_salon, &QComboBox::currentIndexChanged, this, &WinBackPane::applyFilter);
    connect(m_bringBack, &QAction::triggered, this,
            [this] { bringBack(m_table->currentIndex().row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WinBackPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WinBackPane::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WinBackPane::updateActions);
    connect(m_model, &models::WinBackModel::totalCountChanged, this, &WinBackPane::updateCount);
    connect(m_model, &models::WinBackModel::loadFailed, this, &WinBackPane::notice);
    connect(&workspace.notifier(), &store::StoreNotifier::changed, this,
            [this](const QSet<QString> &tables) {
                if (tables.contains(QStringLiteral("sync_cursors")))
                    updateDataAsOf();
            });

    applyFilter();
    updateCount(m_model->totalCount());
    updateActions();
    updateDataAsOf();
}

domain::WinBackFilter WinBackPane::currentFilter() const
{
    domain::WinBackFilter f;
    f.tenantId = m_salon->currentData().toString();
    f.today = m_today;
    return f;
}

void WinBackPane::setToday(const QDate &today)
{
    m_today = today;
    applyFilter();
}

QString WinBackPane::lastResult() const
{
    return m_result->text();
}

void WinBackPane::applyFilter()
{
    m_model->setFilter(currentFilter());
}

void WinBackPane::updateCount(qint64 total)
{
    m_count->setText(tr("%n client(s) at risk", nullptr, int(qMin<qint64>(total, INT_MAX))));
}

void WinBackPane::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const domain::WinBackCandidate *c =
        current.isValid() ? m_model->candidateAt(current.row()) : nullptr;
    m_bringBack->setEnabled(c && !c->requestPending());
}

void WinBackPane::updateDataAsOf()
{
    const QDateTime at = m_workspace.lastSyncAt();
    m_dataAsOf->setText(
        at.isValid()
            ? tr("Data as of %1").arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat))
            : tr("Data as of: never synced"));
}

void WinBackPane::showResult(const QString &text)
{
    m_result->setText(text);
    emit notice(text);
}

bool WinBackPane::bringBack(int row)
{
    const domain::WinBackCandidate *c = m_model->candidateAt(row);
    if (!c)
        return false;
    const QString name = c->clientName;
    if (c->requestPending()) {
        showResult(tr("A win-back request for %1 is already on its way.").arg(name));
        return false;
    }
    store::StoreError error;
    const auto result = store::WinBackRepository(m_workspace.database().connection())
                            .requestWinBack(c->clientId, m_workspace.currentUser().id, &error);
    using Kind = store::WinBackRepository::RequestResult::Kind;
    switch (result.kind) {
    case Kind::Queued:
        m_workspace.notifier().notify(
            {QStringLiteral("winback_requests"), QStringLiteral("outbox")});
        showResult(tr("Asked the bot to bring back %1.").arg(name));
        return true;
    case Kind::AlreadyPending:
        // Another console (or the sync) made one meanwhile: show its status.
        m_workspace.notifier().notify({QStringLiteral("winback_requests")});
        showResult(tr("A win-back request for %1 is already on its way.").arg(name));
        return false;
    case Kind::NotFound:
        m_workspace.notifier().notify({QStringLiteral("clients")});
        showResult(tr("%1 is no longer in the client list.").arg(name));
        return false;
    case Kind::Failed:
        break;
    }
    QMessageBox::warning(this, tr("Bring back"),
                         tr("The request for %1 was not queued: %2").arg(name, error.message));
    return false;
}

} // namespace agentp::views
