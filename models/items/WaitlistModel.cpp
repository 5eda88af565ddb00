#include "models/items/WaitlistModel.h"

#include "models/items/WaitlistLabels.h"
#include "models/store/StoreNotifier.h"
#include "models/store/WaitlistRepository.h"

#include <QLocale>
#include <QTimer>

namespace agentp::models {

namespace {

bool sameItem(const domain::WaitlistItem &a, const domain::WaitlistItem &b)
{
    const auto intentKey = [](const domain::WaitlistItem &w) {
        return w.pendingIntent
                   ? std::make_tuple(w.pendingIntent->id, int(w.pendingIntent->state),
                                     w.pendingIntent->notBefore, w.pendingIntent->lastError)
                   : std::make_tuple(qint64(0), -1, QDateTime(), QString());
    };
    return a.clientName == b.clientName && a.clientPhone == b.clientPhone &&
           a.service == b.service && a.master == b.master && a.wantedDate == b.wantedDate &&
           a.windowFrom == b.windowFrom && a.windowTo == b.windowTo && a.status == b.status &&
           a.createdAt == b.createdAt && a.tenantName == b.tenantName &&
           a.clientChannel == b.clientChannel && intentKey(a) == intentKey(b);
}

} // namespace

WaitlistModel::WaitlistModel(QSqlDatabase db, store::StoreNotifier *notifier, QObject *parent)
    : WaitlistRowSync(parent)
    , m_db(std::move(db))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_windowTimer(new QTimer(this))
{
    m_windowTimer->setSingleShot(true);
    connect(m_windowTimer, &QTimer::timeout, this, &WaitlistModel::refresh);
    if (notifier) {
        connect(notifier, &store::StoreNotifier::changed, this, [this](const QSet<QString> &t) {
            static const QSet<QString> mine = {QStringLiteral("waitlist_items"),
                                               QStringLiteral("clients"), QStringLiteral("outbox"),
                                               QStringLiteral("tenants")};
            if (t.intersects(mine))
                refresh();
        });
    }
    load(false);
}

void WaitlistModel::setTenant(const QString &tenantId)
{
    if (tenantId == m_tenantId)
        return;
    m_tenantId = tenantId;
    load(false);
}

void WaitlistModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    if (rowCount() > 0)
        emit dataChanged(index(0, WaitingColumn), index(rowCount() - 1, WaitingColumn));
}

void WaitlistModel::refresh()
{
    load(true);
}

void WaitlistModel::load(bool announce)
{
    store::StoreError error;
    auto fresh = store::WaitlistRepository(m_db).pending(m_tenantId, &error);
    if (error.isError()) {
        emit loadFailed(error.message); // keep what is shown rather than emptying the list
        return;
    }
    if (!announce)
        m_known.clear();
    const QList<qint64> added = mergeRows(std::move(fresh), sameItem);
    QList<qint64> arrived;
    for (qint64 id : added) {
        if (!m_known.contains(id)) {
            m_known.insert(id);
            const domain::WaitlistItem *item = rowAt(rowOf(id));
            if (announce && item && item->status == QLatin1String("pending"))
                arrived << id;
        }
    }
    for (const auto &row : m_rows)
        m_known.insert(row.id);
    scheduleUndoWindowRefresh();
    if (!arrived.isEmpty())
        emit newItemsArrived(arrived);
}

// When an undo window closes nothing in the store changes, yet the row's state should move from
// "can be undone" to "queued": refresh once at the earliest such moment.
void WaitlistModel::scheduleUndoWindowRefresh()
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

int WaitlistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitlistModel::data(const QModelIndex &index, int role) const
{
    const domain::WaitlistItem *w = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!w)
        return {};
    const QString client =
        w->clientName.isEmpty() ? WaitlistLabels::unknownClient() : w->clientName;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ClientColumn:
            return client;
        case ServiceColumn:
            return w->master.isEmpty() ? w->service : tr("%1 · %2").arg(w->service, w->master);
        case WantedColumn:
            return WaitlistLabels::wanted(*w);
        case WaitingColumn:
            return WaitlistLabels::waitingFor(w->createdAt, m_clock());
        case StateColumn:
            return w->pendingIntent ? WaitlistLabels::intentState(*w->pendingIntent,
                                                                  QDateTime::currentDateTimeUtc())
                                    : QString();
        case SalonColumn:
            return w->tenantName;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ClientColumn)
            return w->clientPhone.isEmpty() ? tr("No phone number") : w->clientPhone;
        if (index.column() == WaitingColumn && w->createdAt.isValid())
            return tr("Asked on %1")
                .arg(QLocale().toString(w->createdAt.toLocalTime(), QLocale::ShortFormat));
        if (index.column() == StateColumn && w->pendingIntent)
            return WaitlistLabels::intentState(*w->pendingIntent, QDateTime::currentDateTimeUtc());
        break;
    case IdRole:
        return w->id;
    case ClientNameRole:
        return client;
    case PhoneRole:
        return w->clientPhone;
    case IntentStateRole:
        return w->pendingIntent ? domain::OutboxIntent::stateName(w->pendingIntent->state)
                                : QString();
    }
    return {};
}

QVariant WaitlistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case ServiceColumn:
        return tr("Service");
    case WantedColumn:
        return tr("Wanted");
    case WaitingColumn:
        return tr("Waiting");
    case StateColumn:
        return tr("State");
    case SalonColumn:
        return tr("Salon");
    }
    return {};
}

} // namespace agentp::models
