#pragma once

#include "models/store/AiDraftRepository.h"

#include <QAbstractTableModel>

namespace agentp::models {

// AI drafts per agent in a report period: requested, inserted into the composer, and of the
// replies sent from them, how many unchanged and how many edited first (docs/drafts.md).
class DraftUsageModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AgentColumn,
        RequestedColumn,
        InsertedColumn,
        SentUnchangedColumn,
        SentEditedColumn,
        ColumnCount
    };

    explicit DraftUsageModel(QObject *parent = nullptr);

    void setUsage(const QList<store::DraftUsage> &usage);
    const QList<store::DraftUsage> &usage() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<store::DraftUsage> m_rows;
};

} // namespace agentp::models
