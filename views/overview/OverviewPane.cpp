#include "views/overview/OverviewPane.h"

#include "models/items/OverviewFigures.h"
#include "models/store/SalonMetricsRepository.h"
#include "models/store/SessionRepository.h"
#include "models/store/StoreNotifier.h"
#include "models/store/Workspace.h"
#include "views/overview/FunnelChart.h"
#include "views/overview/KpiCard.h"
#include "views/overview/KpiText.h"
#include "views/overview/TrendChart.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QShowEvent>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace agentp::views {

namespace {

const QSet<QString> kDataTables = {QStringLiteral("bot_sessions"), QStringLiteral("daily_metrics"),
                                   QStringLiteral("tenants")};

} // namespace

OverviewPane::OverviewPane(store::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_tenant(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_periodLabel(new QLabel(this))
    , m_dataAsOf(new QLabel(this))
    , m_sessions(new KpiCard(tr("Dialogs"), this))
    , m_bookings(new KpiCard(tr("Bookings"), this))
    , m_conversion(new KpiCard(tr("Conversion"), this))
    , m_funnel(new FunnelChart(this))
    , m_trend(new TrendChart(this))
{
    setObjectName(QStringLiteral("overviewPane"));
    // A user without a tenant (not a super admin) sees whatever the store holds: the server
    // decided what was synced to it, the console's role check is only convenience.
    const domain::CurrentUser user = workspace.currentUser();
    m_superAdmin = user.isSuperAdmin();
    m_ownTenant = user.tenantId;

    // Only a super admin chooses the salon; everyone else sees their own (the store of a
    // manager holds only that salon anyway — the server's row-level security sees to it).
    auto *tenantLabel = new QLabel(tr("&Salon:"), this);
    tenantLabel->setBuddy(m_tenant);
    m_tenant->setObjectName(QStringLiteral("tenantSelector"));
    m_tenant->setToolTip(tr("Which salon the figures are for (Alt+S)"));
    m_tenant->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    tenantLabel->setVisible(m_superAdmin);
    m_tenant->setVisible(m_superAdmin);
    fillTenants();

    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    m_period->setObjectName(QStringLiteral("periodSelector"));
    m_period->setToolTip(tr("Period of the figures; compared with the period of the same length"
                            " just before it (Alt+P)"));
    m_period->addItem(tr("Last 7 days"), int(domain::PeriodPreset::Last7Days));
    m_period->addItem(tr("Last 30 days"), int(domain::PeriodPreset::Last30Days));
    m_period->addItem(tr("Last 90 days"), int(domain::PeriodPreset::Last90Days));
    m_period->addItem(tr("Custom range"), int(domain::PeriodPreset::Custom));
    const QDate today = m_clock().toLocalTime().date();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setMinimumDate(QDate(2000, 1, 1));
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_from->setToolTip(tr("First day of the range"));
    m_to->setToolTip(tr("Last day of the range"));
    m_from->setDate(today.addDays(-29));
    m_to->setDate(today);

    auto *refresh = new QToolButton(this);
    refresh->setObjectName(QStringLiteral("refreshOverview"));
    refresh->setText(tr("Refresh"));
    refresh->setToolTip(tr("Read the figures from the store again (F5)"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));

    m_periodLabel->setObjectName(QStringLiteral("periodRange"));
    m_dataAsOf->setObjectName(QStringLiteral("dataAsOf"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(tenantLabel);
    controls->addWidget(m_tenant);
    controls->addWidget(periodLabel);
    controls->addWidget(m_period);
    controls->addWidget(m_from);
    controls->addWidget(m_to);
    controls->addWidget(refresh);
    controls->addStretch(1);
    controls->addWidget(m_dataAsOf);

    m_sessions->setObjectName(QStringLiteral("sessionsCard"));
    m_bookings->setObjectName(QStringLiteral("bookingsCard"));
    m_conversion->setObjectName(QStringLiteral("conversionCard"));
    auto *cards = new QHBoxLayout;
    for (KpiCard *card : {m_sessions, m_bookings, m_conversion})
        cards->addWidget(card);

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_funnel);
    charts->addWidget(m_trend);
    charts->setStretchFactor(0, 1);
    charts->setStretchFactor(1, 1);
    charts->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_periodLabel);
    layout->addLayout(cards);
    layout->addWidget(charts, 1);

    connect(m_tenant, &QComboBox::currentIndexChanged, this, &OverviewPane::reload);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodEditors();
        reload();
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (preset() == domain::PeriodPreset::Custom)
                reload();
        });
    }
    connect(refresh, &QToolButton::clicked, this, &OverviewPane::reload);
    connect(&workspace.notifier(), &store::StoreNotifier::changed, this,
            &OverviewPane::onStoreChanged);

    updatePeriodEditors();
    reload();
}

// Waits for a count under way (it stops after its current query).
OverviewPane::~OverviewPane() = default;

void OverviewPane::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); });
    // The custom range starts out as the last 30 days of the new "now".
    const QDate today = m_clock().toLocalTime().date();
    {
        const QSignalBlocker b1(m_from), b2(m_to);
        m_from->setDate(today.addDays(-29));
        m_to->setDate(today);
    }
    reload();
}

void OverviewPane::setPreset(domain::PeriodPreset preset)
{
    m_period->setCurrentIndex(m_period->findData(int(preset)));
}

void OverviewPane::setCustomRange(QDate from, QDate to)
{
    {
        const QSignalBlocker b1(m_from), b2(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    if (preset() == domain::PeriodPreset::Custom)
        reload();
    else
        setPreset(domain::PeriodPreset::Custom);
}

domain::PeriodPreset OverviewPane::preset() const
{
    return domain::PeriodPreset(m_period->currentData().toInt());
}

domain::DatePeriod OverviewPane::currentPeriod() const
{
    // "Today" in the console's calendar, like the repository's day bounds.
    const QDate today = m_clock().toLocalTime().date();
    return domain::periodFor(preset(), today, m_from->date(), m_to->date());
}

QString OverviewPane::tenantScope() const
{
    return m_superAdmin ? m_tenant->currentData().toString() : m_ownTenant;
}

void OverviewPane::fillTenants()
{
    if (!m_superAdmin)
        return;
    const QString selected = m_tenant->currentData().toString();
    const QSignalBlocker blocker(m_tenant);
    m_tenant->clear();
    m_tenant->addItem(tr("All salons"), QString());
    store::StoreError error;
    for (const auto &[id, name] :
         store::SessionRepository(m_workspace.database().connection()).tenants(&error))
        m_tenant->addItem(name, id);
    if (error.isError())
        emit errorOccurred(error.message);
    m_tenant->setCurrentIndex(qMax(0, m_tenant->findData(selected)));
}

void OverviewPane::onStoreChanged(const QSet<QString> &tables)
{
    if (tables.contains(QStringLiteral("tenants")))
        fillTenants();
    if (tables.intersects(kDataTables)) {
        // A hidden pane only notes it: a sync can touch bot_sessions every minute, and the
        // aggregates are not free on a large store.
        if (isVisible())
            reload();
        else
            m_stale = true;
    } else if (tables.contains(QStringLiteral("sync_cursors")))
        updateDataAsOf();
}

void OverviewPane::updatePeriodEditors()
{
    const bool custom = preset() == domain::PeriodPreset::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
}

void OverviewPane::updateDataAsOf()
{
    const QDateTime asOf = m_workspace.lastSyncAt();
    m_dataAsOf->setText(
        asOf.isValid()
            ? tr("Data as of %1").arg(QLocale().toString(asOf.toLocalTime(), QLocale::ShortFormat))
            : tr("Data as of: never synced"));
}

void OverviewPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void OverviewPane::reload()
{
    m_stale = false;
    updateDataAsOf();
    if (m_job) {
        m_reloadAgain = true; // counted again when this job is done
        return;
    }
    const domain::DatePeriod period = currentPeriod();
    const QString scope = tenantScope();
    const QSqlDatabase db = m_workspace.database().connection();
    if (models::OverviewFigures::mayHoldMoreThan(db, m_backgroundThreshold)) {
        m_periodLabel->setText(tr("%1: counting the dialogs…").arg(KpiText::period(period)));
        m_job = std::make_unique<models::OverviewLoadJob>(
            m_workspace.path(), scope, period, this,
            [this, period](std::shared_ptr<models::OverviewFigures> figures, QString error) {
                const auto finished = std::move(m_job);
                if (std::exchange(m_reloadAgain, false)) {
                    reload(); // the period, the salon or the data changed meanwhile
                    return;
                }
                if (figures) {
                    showFigures(*figures, period);
                } else {
                    m_periodLabel->setText(KpiText::period(period));
                    emit errorOccurred(error);
                }
                emit loaded();
            });
        return;
    }
    store::StoreError error;
    const std::optional<models::OverviewFigures> figures =
        models::OverviewFigures::load(db, scope, period, &error);
    if (figures)
        showFigures(*figures, period);
    else
        emit errorOccurred(error.message); // the figures shown before stay, not zeros
    emit loaded();
}

void OverviewPane::showFigures(const models::OverviewFigures &figures,
                               const domain::DatePeriod &period)
{
    const domain::DatePeriod previous = domain::previousPeriod(period);
    const store::PeriodTotals &now = figures.now;
    const store::PeriodTotals &before = figures.before;
    const qint64 length = period.days();
    m_periodLabel->setText(
        tr("%1, compared with %2").arg(KpiText::period(period), KpiText::period(previous)));
    const auto details = [&](const QString &previousValue) {
        return tr("Previous period (%1): %2").arg(KpiText::period(previous), previousValue);
    };

    const domain::KpiValue sessions = domain::countKpi(now.sessions, before.sessions);
    m_sessions->setValue(KpiText::count(now.sessions), KpiText::countChange(sessions, length),
                         sessions.trend(), details(KpiText::count(before.sessions)));
    const domain::KpiValue bookings = domain::countKpi(now.bookings, before.bookings);
    m_bookings->setValue(KpiText::count(now.bookings), KpiText::countChange(bookings, length),
                         bookings.trend(), details(KpiText::count(before.bookings)));
    const domain::KpiValue conversion =
        domain::conversionKpi(now.bookings, now.sessions, before.bookings, before.sessions);
    m_conversion->setValue(KpiText::percent(conversion.current),
                           KpiText::conversionChange(conversion, length), conversion.trend(),
                           details(KpiText::percent(conversion.previous)));

    m_funnel->setFunnel(now.funnel);
    m_trend->setDays(figures.days);
}

} // namespace agentp::views
