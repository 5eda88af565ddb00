#include "views/waitlist/WaitlistRisksPane.h"

#include "models/domain/CancellationRisk.h"
#include "models/items/RiskModel.h"
#include "models/items/WaitlistLabels.h"
#include "models/items/WaitlistModel.h"
#include "models/store/SessionRepository.h"
#include "models/store/StoreNotifier.h"
#include "models/store/Workspace.h"
#include "views/waitlist/RiskBarDelegate.h"
#include "views/waitlist/UndoBar.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace agentp::views {

namespace {

QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model,
                      int stretchColumn)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return table;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

WaitlistRisksPane::WaitlistRisksPane(store::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_waitlist(
          new models::WaitlistModel(workspace.database().connection(), &workspace.notifier(), this))
    , m_risks(new models::RiskModel(workspace.database().connection(), &workspace.notifier(), this))
    , m_waitlistTable(makeTable(this, QStringLiteral("waitlistTable"), m_waitlist,
                                models::WaitlistModel::StateColumn))
    , m_riskTable(
          makeTable(this, QStringLiteral("riskTable"), m_risks, models::RiskModel::FactorsColumn))
    , m_salon(new QComboBox(this))
    , m_threshold(new QSpinBox(this))
    , m_dataAsOf(new QLabel(this))
    , m_message(new QLabel(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_undoBar(new UndoBar(this))
    , m_riskDetails(new QLabel(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("waitlistPane"));

    // A salon's own staff see their salon only; a super admin chooses (or sees all).
    m_salon->setObjectName(QStringLiteral("salonFilter"));
    const domain::CurrentUser user = workspace.currentUser();
    const bool ownSalonOnly = !user.isSuperAdmin() && !user.tenantId.isEmpty();
    if (!ownSalonOnly)
        m_salon->addItem(tr("All salons"), QString());
    store::StoreError error;
    for (const auto &[id, name] :
         store::SessionRepository(workspace.database().connection()).tenants(&error)) {
        if (!ownSalonOnly || id == user.tenantId)
            m_salon->addItem(name, id);
    }
    m_salon->setVisible(m_salon->count() > 2);
    const auto applySalon = [this] {
        const QString tenant = m_salon->currentData().toString();
        m_waitlist->setTenant(tenant);
        m_risks->setTenant(tenant);
        // The salon column helps only when several salons are listed together.
        const bool many = tenant.isEmpty() && m_salon->count() > 2;
        m_waitlistTable->setColumnHidden(models::WaitlistModel::SalonColumn, !many);
        m_riskTable->setColumnHidden(models::RiskModel::SalonColumn, !many);
    };
    applySalon();
    connect(m_salon, &QComboBox::currentIndexChanged, this, applySalon);

    m_threshold->setObjectName(QStringLiteral("thresholdSpin"));
    m_threshold->setRange(0, 100);
    m_threshold->setSingleStep(5);
    m_threshold->setSuffix(tr(" %"));
    m_threshold->setValue(int(std::lround(m_risks->threshold() * 100)));
    m_threshold->setToolTip(tr("Show bookings whose cancellation risk is at least this high"));
    connect(m_threshold, &QSpinBox::valueChanged, this,
            [this](int percent) { m_risks->setThreshold(percent / 100.0); });

    m_dataAsOf->setObjectName(QStringLiteral("dataAsOf"));
    m_message->setObjectName(QStringLiteral("matchReason"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_message->hide();
    // Links in the contact message (tel:, WhatsApp, Telegram) open in the system's handler.
    connect(m_message, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });

    m_banner->setObjectName(QStringLiteral("newRequestBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    auto *bannerClose = new QToolButton(m_banner);
    bannerClose->setAutoRaise(true);
    bannerClose->setText(QStringLiteral("×"));
    bannerClose->setToolTip(tr("Hide"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 2, 2, 2);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(bannerClose);
    m_banner->hide();
    connect(bannerClose, &QToolButton::clicked, m_banner, &QWidget::hide);

    m_riskTable->setItemDelegateForColumn(models::RiskModel::RiskColumn,
                                          new RiskBarDelegate(models::RiskModel::ScoreRole, this));
    // Compact columns: the two tables share the width. The reasons get what is left, and the
    // line under the risk table spells them out in full for the selected booking.
    m_waitlistTable->setColumnWidth(models::WaitlistModel::ClientColumn, 125);
    m_waitlistTable->setColumnWidth(models::WaitlistModel::ServiceColumn, 125);
    m_waitlistTable->setColumnWidth(models::WaitlistModel::WantedColumn, 170);
    m_waitlistTable->setColumnWidth(models::WaitlistModel::WaitingColumn, 60);
    m_waitlistTable->setColumnWidth(models::WaitlistModel::SalonColumn, 110);
    m_riskTable->setColumnWidth(models::RiskModel::ClientColumn, 130);
    m_riskTable->setColumnWidth(models::RiskModel::ServiceColumn, 110);
    m_riskTable->setColumnWidth(models::RiskModel::SlotColumn, 130);
    m_riskTable->setColumnWidth(models::RiskModel::RiskColumn, 90);
    m_riskTable->setColumnWidth(models::RiskModel::StateColumn, 110);
    m_riskTable->setColumnWidth(models::RiskModel::SalonColumn, 110);
    m_riskDetails->setObjectName(QStringLiteral("riskDetails"));
    m_riskDetails->setWordWrap(true);
    m_riskDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);

    buildToolbars();

    connect(m_waitlist, &models::WaitlistModel::newItemsArrived, this,
            &WaitlistRisksPane::announce);
    connect(m_waitlist, &models::WaitlistModel::loadFailed, this, &WaitlistRisksPane::notice);
    connect(m_risks, &models::RiskModel::loadFailed, this, &WaitlistRisksPane::notice);
    for (QTableView *table : {m_waitlistTable, m_riskTable}) {
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            m_message->hide();
            updateActions();
        });
    }
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_waitlist),
                                      static_cast<QAbstractItemModel *>(m_risks)}) {
        connect(model, &QAbstractItemModel::dataChanged, this, &WaitlistRisksPane::updateActions);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &WaitlistRisksPane::updateActions);
        connect(model, &QAbstractItemModel::modelReset, this, &WaitlistRisksPane::updateActions);
    }
    connect(m_undoBar, &UndoBar::undoRequested, this, &WaitlistRisksPane::undoLast);
    connect(m_undoBar, &UndoBar::expired, this, &WaitlistRisksPane::updateActions);
    connect(&workspace.notifier(), &store::StoreNotifier::changed, this,
            [this](const QSet<QString> &tables) {
                if (tables.contains(QStringLiteral("sync_cursors")))
                    updateDataAsOf();
            });
    updateDataAsOf();
    updateActions();
}

void WaitlistRisksPane::buildToolbars()
{
    const auto makeAction = [this](const QString &name, const QString &text,
                                   const QKeySequence &keys, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut); // only while this pane is shown
        action->setToolTip(
            tr("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    m_convert = makeAction(QStringLiteral("convertAction"), tr("Convert"),
                           QKeySequence(Qt::CTRL | Qt::Key_Return),
                           tr("The waiting client got a booking: take them off the waitlist"));
    m_cancel = makeAction(QStringLiteral("cancelAction"), tr("Cancel"),
                          QKeySequence(Qt::CTRL | Qt::Key_Delete),
                          tr("Drop the waiting client's request"));
    m_contact = makeAction(QStringLiteral("contactAction"), tr("Contact"),
                           QKeySequence(Qt::CTRL | Qt::Key_T),
                           tr("Copy the client's phone number, offer call and messenger links "
                              "and record the contact"));
    m_match =
        makeAction(QStringLiteral("matchAction"), tr("Match"), QKeySequence(Qt::CTRL | Qt::Key_M),
                   tr("Offer the selected risky slot to the selected waiting client"));
    m_notify =
        makeAction(QStringLiteral("notifyAction"), tr("Notify"), QKeySequence(Qt::CTRL | Qt::Key_N),
                   tr("Ask the bot to remind the client and confirm the booking"));
    m_ignore =
        makeAction(QStringLiteral("ignoreAction"), tr("Ignore"), QKeySequence(Qt::CTRL | Qt::Key_I),
                   tr("Take the booking off the risk list"));
    m_retry = makeAction(QStringLiteral("retryAction"), tr("Retry"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                         tr("Send a failed action again"));
    m_undo = makeAction(QStringLiteral("undoAction"), tr("Undo"), QKeySequence::Undo,
                        tr("Take the last action back while its undo window is open"));
    connect(m_convert, &QAction::triggered, this, &WaitlistRisksPane::convertSelected);
    connect(m_cancel, &QAction::triggered, this, &WaitlistRisksPane::cancelSelected);
    connect(m_contact, &QAction::triggered, this, &WaitlistRisksPane::contactSelected);
    connect(m_match, &QAction::triggered, this, &WaitlistRisksPane::matchSelected);
    connect(m_notify, &QAction::triggered, this, &WaitlistRisksPane::notifySelected);
    connect(m_ignore, &QAction::triggered, this, &WaitlistRisksPane::ignoreSelected);
    connect(m_retry, &QAction::triggered, this, &WaitlistRisksPane::retrySelected);
    connect(m_undo, &QAction::triggered, this, &WaitlistRisksPane::undoLast);

    const auto button = [this](QAction *action, const QString &name) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };

    auto *top = new QHBoxLayout;
    top->addWidget(m_salon);
    top->addWidget(button(m_match, QStringLiteral("matchButton")));
    top->addWidget(button(m_retry, QStringLiteral("retryButton")));
    top->addStretch(1);
    top->addWidget(m_dataAsOf);

    auto *left = new QWidget(this);
    auto *leftBar = new QHBoxLayout;
    leftBar->addWidget(heading(tr("Waiting clients"), left), 1);
    leftBar->addWidget(button(m_convert, QStringLiteral("convertButton")));
    leftBar->addWidget(button(m_cancel, QStringLiteral("cancelButton")));
    leftBar->addWidget(button(m_contact, QStringLiteral("contactButton")));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(leftBar);
    leftLayout->addWidget(m_waitlistTable, 1);

    auto *right = new QWidget(this);
    auto *thresholdLabel = new QLabel(tr("&Risk at least"), right);
    thresholdLabel->setBuddy(m_threshold);
    auto *rightBar = new QHBoxLayout;
    rightBar->addWidget(heading(tr("Risky bookings"), right), 1);
    rightBar->addWidget(thresholdLabel);
    rightBar->addWidget(m_threshold);
    rightBar->addWidget(button(m_notify, QStringLiteral("notifyButton")));
    rightBar->addWidget(button(m_ignore, QStringLiteral("ignoreButton")));
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(rightBar);
    rightLayout->addWidget(m_riskTable, 1);
    rightLayout->addWidget(m_riskDetails);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("waitlistSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_undoBar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
}

void WaitlistRisksPane::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_waitlist->setClock(m_clock);
    m_risks->setClock(m_clock);
}

QString WaitlistRisksPane::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QString WaitlistRisksPane::announcement() const
{
    return m_banner->isVisibleTo(this) ? m_bannerText->text() : QString();
}

void WaitlistRisksPane::showMessage(const QString &html)
{
    m_message->setText(html);
    m_message->setVisible(!html.isEmpty());
}

void WaitlistRisksPane::updateDataAsOf()
{
    const QDateTime at = m_workspace.lastSyncAt();
    m_dataAsOf->setText(
        at.isValid()
            ? tr("Data as of %1").arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat))
            : tr("Data as of: never synced"));
}

void WaitlistRisksPane::announce(const QList<qint64> &ids)
{
    QString text;
    const domain::WaitlistItem *first = m_waitlist->itemAt(m_waitlist->rowOf(ids.value(0)));
    if (ids.size() == 1 && first) {
        const QString who = first->clientName.isEmpty()
                                ? models::WaitlistLabels::unknownClient()
                                : models::WaitlistLabels::shortName(first->clientName);
        text = tr("New waitlist request: %1 — %2, %3")
                   .arg(who, first->service, models::WaitlistLabels::wanted(*first));
    } else {
        text = tr("%n new waitlist request(s)", nullptr, int(ids.size()));
    }
    m_bannerText->setText(text);
    m_banner->show();
    emit notice(text);
}

void WaitlistRisksPane::updateActions()
{
    const domain::WaitlistItem *item = m_waitlist->itemAt(m_waitlist->rowOf(selectedItemId()));
    const domain::RiskyBooking *booking = m_risks->bookingAt(m_risks->rowOf(selectedBookingId()));
    const bool waiting = item && item->status == QLatin1String("pending");
    m_convert->setEnabled(waiting);
    m_cancel->setEnabled(waiting);
    m_contact->setEnabled(waiting);
    const bool open =
        booking && booking->status != QLatin1String("ignored") && booking->matchedWaitlistId == 0;
    m_notify->setEnabled(open && booking->status == QLatin1String("open"));
    m_riskDetails->setText(
        booking ? tr("%1, %2: risk %3 — %4")
                      .arg(booking->clientName.isEmpty() ? models::WaitlistLabels::unknownClient()
                                                         : booking->clientName,
                           models::WaitlistLabels::slot(*booking),
                           models::WaitlistLabels::percent(booking->score),
                           domain::CancellationRisk::factorsInWords(booking->factors))
                : tr("Select a booking to see why it looks risky."));
    m_ignore->setEnabled(open);
    m_match->setEnabled(waiting && open);
    const auto failed = [](const auto *row) {
        return row && row->pendingIntent &&
               row->pendingIntent->state == domain::OutboxIntent::State::Failed;
    };
    m_retry->setEnabled(failed(item) || failed(booking));
    m_undo->setEnabled(m_lastTicket.isValid() && m_undoBar->canUndo());
}

qint64 WaitlistRisksPane::selectedItemId() const
{
    const QModelIndexList rows = m_waitlistTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(models::WaitlistModel::IdRole).toLongLong();
}

qint64 WaitlistRisksPane::selectedBookingId() const
{
    const QModelIndexList rows = m_riskTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(models::RiskModel::IdRole).toLongLong();
}

store::ActionContext WaitlistRisksPane::actionContext() const
{
    store::ActionContext context;
    context.now = m_clock();
    // The undo window runs on the wall clock, which is what the outbox worker compares with.
    context.notBefore = QDateTime::currentDateTimeUtc().addMSecs(m_undoMs);
    context.actor = m_workspace.currentUser().id;
    return context;
}

} // namespace agentp::views
