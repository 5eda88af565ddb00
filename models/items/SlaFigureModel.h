#pragma once

#include "models/items/SlaReport.h"

#include <QAbstractTableModel>

namespace agentp::models {

// The compliance figures of a report's groups (accounts or agents) and a last "All" row:
// within target, late, missed, the share within target and the median and 90th-percentile
// first-response times in working time. A cell's Selection says which waits it counts (the
// drill-down).
class SlaFigureModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        WithinColumn,
        LateColumn,
        MissedColumn,
        ShareColumn,
        MedianColumn,
        P90Column,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // numbers as numbers
        GroupKeyRole,
    };

    explicit SlaFigureModel(SlaReport::GroupBy by, QObject *parent = nullptr);

    void setReport(const SlaReport *report);
    SlaReport::GroupBy groupBy() const { return m_by; }
    // The waits behind a cell: its row's group (the "All" row: everything) and, for the within /
    // late / missed columns, that outcome.
    SlaReport::Selection selectionAt(const QModelIndex &index) const;

    // "45 min", "2 h 05 min", "3 d 4 h"; "—" for -1.
    static QString duration(qint64 seconds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    SlaReport::GroupBy m_by;
    QList<SlaReport::Group> m_groups; // the last one is "All"
};

} // namespace agentp::models
