#pragma once

#include "models/items/SlaReport.h"

#include <QAbstractTableModel>

namespace agentp::models {

// One row per chat for a set of a report's waits: the drill-down behind a figure, and (with all
// waits) the CSV export. Columns: the chat, its account, who answered, the waits judged in the
// period and how they ended, the first wait's working time against its target.
class SlaChatTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ChatColumn,
        AccountColumn,
        AgentsColumn,
        WaitsColumn,
        WithinColumn,
        LateColumn,
        MissedColumn,
        FirstWaitColumn,   // working minutes to the first answer (to now when missed)
        FirstTargetColumn, // its target, minutes
        FirstOutcomeColumn,
        ColumnCount
    };
    enum Role
    {
        ChatIdRole = Qt::UserRole + 1,
    };

    explicit SlaChatTableModel(QObject *parent = nullptr);

    // `waits` point into `report`, which must outlive the model's use of them.
    void setWaits(const SlaReport *report, const std::vector<const domain::SlaWait *> &waits);
    qint64 chatIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString outcomeName(domain::SlaWait::Outcome outcome);

private:
    struct Row
    {
        qint64 chatId = 0;
        QString title;
        QString account;
        QStringList agents;
        int waits = 0, within = 0, late = 0, missed = 0;
        const domain::SlaWait *first = nullptr;
    };
    std::vector<Row> m_rows;
};

} // namespace agentp::models
