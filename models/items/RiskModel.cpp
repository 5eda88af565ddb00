#include "models/items/RiskModel.h"

#include "models/domain/CancellationRisk.h"
#include "models/items/WaitlistLabels.h"
#include "models/store/RiskRepository.h"
#include "models/store/StoreNotifier.h"

#include <QTimer>

namespace agentp::models {

namespace {

bool sameBooking(const domain::RiskyBooking &a, const domain::RiskyBooking &b)
{
    const auto intentKey = [](const domain::RiskyBooking &r) {
        return r.pendingIntent
                   ? std::make_tuple(r.pendingIntent->id, int(r.pendingIntent->state),
                                     r.pendingIntent->notBefore, r.pendingIntent->lastError)
                   : std::make_tuple(qint64(0), -1, QDateTime(), QString());
    };
    return a.clientName == b.clientName && a.service == b.service && a.master == b.master &&
           a.slotAt == b.slotAt && a.score == b.score && a.factors == b.factors &&
           a.status == b.status && a.tenantName == b.tenantName && a.clientPhone == b.clientPhone &&
           intentKey(a) == intentKey(b);
}

} // namespace

RiskModel::RiskModel(QSqlDatabase db, store::StoreNotifier *notifier, QObject *parent)
    : WaitlistRowSync(parent)
    , m_db(std::move(db))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_windowTimer(new QTimer(this))
{
    m_windowTimer->setSingleShot(true);
    connect(m_windowTimer, &QTimer::timeout, this, &RiskModel::refresh);
    if (notifier) {
        connect(notifier, &store::StoreNotifier::changed, this, [this](const QSet<QString> &t) {
            static const QSet<QString> mine = {QStringLiteral("risk_predictions"),
                                               QStringLiteral("clients"), QStringLiteral("outbox"),
                                               QStringLiteral("tenants")};
            if (t.intersects(mine))
                refresh();
        });
    }
    refresh();
}

void RiskModel::setTenant(const QString &tenantId)
{
    if (tenantId == m_tenantId)
        return;
    m_tenantId = tenantId;
    refresh();
}

void RiskModel::setThreshold(double threshold)
{
    threshold = std::clamp(threshold, 0.0, 1.0);
    if (threshold == m_threshold)
        return;
    m_threshold = threshold;
    refresh();
}

void RiskModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

void RiskModel::refresh()
{
    store::RiskRepository::Filter filter;
    filter.tenantId = m_tenantId;
    filter.threshold = m_threshold;
    filter.now = m_clock();
    store::StoreError error;
    auto fresh = store::RiskRepository(m_db).risky(filter, &error);
    if (error.isError()) {
        emit loadFailed(error.message);
        return;
    }
    mergeRows(std::move(fresh), sameBooking);
    scheduleUndoWindowRefresh();
}

void RiskModel::scheduleUndoWindowRefresh()
{
    const QDateTime wallNow = QDateTime::currentDateTimeUtc();
    qint64 wait = -1;
    for (const auto &row : m_rows) {
        if (row.pendingIntent && row.pendingIntent->notBefore > wallNow) {
            const qint64 ms = wallNow.msecsTo(row.pendingIntent->notBefore) + 50;
            wait = wait < 0 ? ms : std::min(wait, ms);
        }
    }
    if (wait >= 0)
        m_windowTimer->start(int(std::min<qint64>(wait, 24LL * 3600 * 1000)));
    else
        m_windowTimer->stop();
}

int RiskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskModel::data(const QModelIndex &index, int role) const
{
    const domain::RiskyBooking *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    const QString client =
        r->clientName.isEmpty() ? WaitlistLabels::unknownClient() : r->clientName;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ClientColumn:
            return client;
        case ServiceColumn:
            return r->master.isEmpty() ? r->service : tr("%1 · %2").arg(r->service, r->master);
        case SlotColumn:
            return WaitlistLabels::slot(*r);
        case RiskColumn:
            return WaitlistLabels::percent(r->score);
        case FactorsColumn:
            return domain::CancellationRisk::factorsInWords(r->factors);
        case StateColumn:
            if (r->pendingIntent)
                return WaitlistLabels::intentState(*r->pendingIntent,
                                                   QDateTime::currentDateTimeUtc());
            return r->status == QLatin1String("notified") ? tr("Client notified") : QString();
        case SalonColumn:
            return r->tenantName;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == FactorsColumn || index.column() == RiskColumn)
            return tr("Cancellation risk %1: %2")
                .arg(WaitlistLabels::percent(r->score),
                     domain::CancellationRisk::factorsInWords(r->factors));
        if (index.column() == ClientColumn)
            return r->clientPhone.isEmpty() ? tr("No phone number") : r->clientPhone;
        if (index.column() == SlotColumn)
            return tr("Booking %1, salon time").arg(r->bookingId);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RiskColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return r->id;
    case ScoreRole:
        return r->score;
    case ClientNameRole:
        return client;
    case IntentStateRole:
        return r->pendingIntent ? domain::OutboxIntent::stateName(r->pendingIntent->state)
                                : QString();
    }
    return {};
}

QVariant RiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case ServiceColumn:
        return tr("Service");
    case SlotColumn:
        return tr("Slot");
    case RiskColumn:
        return tr("Risk");
    case FactorsColumn:
        return tr("Why");
    case StateColumn:
        return tr("State");
    case SalonColumn:
        return tr("Salon");
    }
    return {};
}

} // namespace agentp::models
