#include "models/items/SlaFigureModel.h"

#include <QFont>
#include <QLocale>

namespace agentp::models {

using domain::SlaWait;

SlaFigureModel::SlaFigureModel(SlaReport::GroupBy by, QObject *parent)
    : QAbstractTableModel(parent)
    , m_by(by)
{}

void SlaFigureModel::setReport(const SlaReport *report)
{
    beginResetModel();
    m_groups.clear();
    if (report) {
        m_groups = report->groups(m_by);
        m_groups << SlaReport::Group{QString(), tr("All"), report->total()};
    }
    endResetModel();
}

QString SlaFigureModel::duration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("—");
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg(minutes / 60 % 24);
}

SlaReport::Selection SlaFigureModel::selectionAt(const QModelIndex &index) const
{
    SlaReport::Selection s;
    s.by = m_by;
    if (!index.isValid() || index.row() >= m_groups.size())
        return s;
    s.key = m_groups.at(index.row()).key;
    switch (index.column()) {
    case WithinColumn:
        s.outcome = SlaWait::Outcome::Within;
        break;
    case LateColumn:
        s.outcome = SlaWait::Outcome::Late;
        break;
    case MissedColumn:
        s.outcome = SlaWait::Outcome::Missed;
        break;
    default:
        break;
    }
    return s;
}

int SlaFigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int SlaFigureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlaFigureModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SlaReport::Group &g = m_groups.at(index.row());
    const domain::SlaFigures &f = g.figures;
    if (role == GroupKeyRole)
        return g.key;
    if (role == Qt::TextAlignmentRole)
        return index.column() == NameColumn ? QVariant()
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && g.key.isEmpty()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() != NameColumn)
        return tr("Click to list the chats behind this figure");
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case NameColumn:
        return g.label;
    case WithinColumn:
        return f.within;
    case LateColumn:
        return f.late;
    case MissedColumn:
        return f.missed;
    case ShareColumn:
        if (sort)
            return f.withinShare();
        return f.withinShare() < 0
                   ? QStringLiteral("—")
                   : QLocale().toString(f.withinShare() * 100, 'f', 1) + QStringLiteral(" %");
    case MedianColumn:
        return sort ? QVariant(f.medianFirstSecs) : QVariant(duration(f.medianFirstSecs));
    case P90Column:
        return sort ? QVariant(f.p90FirstSecs) : QVariant(duration(f.p90FirstSecs));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SlaFigureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return m_by == SlaReport::GroupBy::Account ? tr("Account") : tr("Agent");
    case WithinColumn:
        return tr("Within target");
    case LateColumn:
        return tr("Late");
    case MissedColumn:
        return tr("Missed");
    case ShareColumn:
        return tr("Within, %");
    case MedianColumn:
        return tr("Median first response");
    case P90Column:
        return tr("90th percentile");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace agentp::models
