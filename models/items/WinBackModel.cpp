#include "models/items/WinBackModel.h"

#include "models/store/StoreNotifier.h"
#include "models/store/WinBackRepository.h"

#include <QColor>
#include <QLocale>

#include <cmath>

namespace agentp::models {

namespace {

// Risk colours read on light and dark themes; the text says the same, so colour is never the
// only cue.
QColor riskColour(double risk)
{
    switch (domain::ChurnRisk::band(risk)) {
    case domain::ChurnRisk::Band::High:
        return QColor(0xc6, 0x28, 0x28);
    case domain::ChurnRisk::Band::Medium:
        return QColor(0xef, 0x6c, 0x00);
    case domain::ChurnRisk::Band::Low:
        return QColor(0xf9, 0xa8, 0x25);
    case domain::ChurnRisk::Band::None:
        break;
    }
    return QColor(0x43, 0xa0, 0x47);
}

} // namespace

WinBackModel::WinBackModel(QSqlDatabase db, store::StoreNotifier *notifier, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    m_filter.today = QDate::currentDate();
    if (notifier) {
        connect(notifier, &store::StoreNotifier::changed, this,
                [this](const QSet<QString> &tables) {
                    if (tables.contains(QStringLiteral("clients")) ||
                        tables.contains(QStringLiteral("client_memory")))
                        reload();
                    else if (tables.contains(QStringLiteral("winback_requests")))
                        refreshStatuses();
                });
    }
    reload();
}

void WinBackModel::setFilter(const domain::WinBackFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void WinBackModel::reload()
{
    m_resetting = true; // see SessionTableModel::reload
    beginResetModel();
    m_rows.clear();
    store::StoreError error;
    store::WinBackRepository repo(m_db);
    m_total = repo.countAtRisk(m_filter, &error);
    if (!error.isError())
        m_rows = repo.atRisk(m_filter, 0, m_pageSize, &error);
    endResetModel();
    m_resetting = false;
    if (error.isError()) {
        m_total = 0;
        emit loadFailed(error.message);
    }
    emit totalCountChanged(m_total);
}

void WinBackModel::refreshStatuses()
{
    store::StoreError error;
    const QHash<QString, QString> latest = store::WinBackRepository(m_db).latestStatuses(&error);
    if (error.isError()) {
        emit loadFailed(error.message);
        return;
    }
    for (size_t i = 0; i < m_rows.size(); ++i) {
        domain::WinBackCandidate &c = m_rows[i];
        const QString status = latest.value(c.clientId);
        if (status == c.requestStatus)
            continue;
        c.requestStatus = status;
        const QModelIndex cell = index(int(i), RequestColumn);
        emit dataChanged(cell, cell);
    }
}

const domain::WinBackCandidate *WinBackModel::candidateAt(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return nullptr;
    return &m_rows[size_t(row)];
}

int WinBackModel::rowOf(const QString &clientId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].clientId == clientId)
            return int(i);
    }
    return -1;
}

QString WinBackModel::riskText(double risk)
{
    const int percent = int(std::lround(risk * 100.0));
    switch (domain::ChurnRisk::band(risk)) {
    case domain::ChurnRisk::Band::High:
        return tr("High %1 %").arg(percent);
    case domain::ChurnRisk::Band::Medium:
        return tr("Medium %1 %").arg(percent);
    case domain::ChurnRisk::Band::Low:
        return tr("Low %1 %").arg(percent);
    case domain::ChurnRisk::Band::None:
        break;
    }
    return tr("None %1 %").arg(percent);
}

QString WinBackModel::statusText(const QString &status)
{
    if (status.isEmpty())
        return QStringLiteral("—");
    if (status == QLatin1String("queued"))
        return tr("Queued");
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("delivered"))
        return tr("Delivered");
    if (status == QLatin1String("returned"))
        return tr("Came back");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    return status; // a newer server may add states; show them as they are
}

int WinBackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WinBackModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WinBackModel::displayText(const domain::WinBackCandidate &c, int column) const
{
    switch (column) {
    case ClientColumn:
        return c.clientName;
    case LastVisitColumn:
        return c.churn.daysSinceLastVisit == 0
                   ? tr("today")
                   : tr("%n day(s) ago", nullptr, c.churn.daysSinceLastVisit);
    case CycleColumn:
        return c.churn.intervalAssumed
                   ? tr("every %n day(s) (assumed)", nullptr, c.churn.intervalDays)
                   : tr("every %n day(s)", nullptr, c.churn.intervalDays);
    case RiskColumn:
        return riskText(c.churn.risk);
    case RequestColumn:
        return statusText(c.requestStatus);
    }
    return {};
}

QVariant WinBackModel::toolTip(const domain::WinBackCandidate &c, int column) const
{
    switch (column) {
    case ClientColumn:
        return c.phone.isEmpty() ? QVariant() : QVariant(c.phone);
    case LastVisitColumn:
        return QLocale().toString(c.lastVisit, QLocale::LongFormat);
    case CycleColumn:
        if (c.churn.intervalAssumed)
            return tr("Fewer than two visits: the usual %n days are assumed", nullptr,
                      c.churn.intervalDays);
        break;
    case RiskColumn:
        return tr("%1 days since the last visit ÷ %2-day cycle = %3")
            .arg(c.churn.daysSinceLastVisit)
            .arg(c.churn.intervalDays)
            .arg(QLocale().toString(c.churn.ratio, 'f', 2));
    case RequestColumn:
        if (c.requestedAt.isValid())
            return tr("Requested %1")
                .arg(QLocale().toString(c.requestedAt.toLocalTime(), QLocale::ShortFormat));
        break;
    }
    return {};
}

QVariant WinBackModel::data(const QModelIndex &index, int role) const
{
    const domain::WinBackCandidate *c = index.isValid() ? candidateAt(index.row()) : nullptr;
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*c, index.column());
    case Qt::ToolTipRole:
        return toolTip(*c, index.column());
    case Qt::DecorationRole:
        if (index.column() == RiskColumn)
            return riskColour(c->churn.risk);
        break;
    case ClientIdRole:
        return c->clientId;
    case RiskRole:
        return c->churn.risk;
    case DaysSinceRole:
        return c->churn.daysSinceLastVisit;
    case RequestStatusRole:
        return c->requestStatus;
    case RequestPendingRole:
        return c->requestPending();
    }
    return {};
}

QVariant WinBackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case LastVisitColumn:
        return tr("Last visit");
    case CycleColumn:
        return tr("Cycle");
    case RiskColumn:
        return tr("Risk");
    case RequestColumn:
        return tr("Request");
    }
    return {};
}

bool WinBackModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_resetting && qint64(m_rows.size()) < m_total;
}

void WinBackModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    store::StoreError error;
    auto more =
        store::WinBackRepository(m_db).atRisk(m_filter, int(m_rows.size()), m_pageSize, &error);
    if (error.isError()) {
        m_total = qint64(m_rows.size());
        emit loadFailed(error.message);
        return;
    }
    if (more.empty()) {
        m_total = qint64(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    std::move(more.begin(), more.end(), std::back_inserter(m_rows));
    endInsertRows();
}

} // namespace agentp::models
