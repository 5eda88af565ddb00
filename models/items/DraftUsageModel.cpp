#include "models/items/DraftUsageModel.h"

namespace agentp::models {

DraftUsageModel::DraftUsageModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DraftUsageModel::setUsage(const QList<store::DraftUsage> &usage)
{
    beginResetModel();
    m_rows = usage;
    endResetModel();
}

int DraftUsageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DraftUsageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftUsageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::DraftUsage &u = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == AgentColumn ? QVariant()
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case AgentColumn:
        return u.agent.isEmpty() ? tr("(unknown agent)") : u.agent;
    case RequestedColumn:
        return u.requested;
    case InsertedColumn:
        return u.inserted;
    case SentUnchangedColumn:
        return u.sentUnchanged;
    case SentEditedColumn:
        return u.sentEdited;
    default:
        return {};
    }
}

QVariant DraftUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AgentColumn:
        return tr("Agent");
    case RequestedColumn:
        return tr("Drafts requested");
    case InsertedColumn:
        return tr("Inserted");
    case SentUnchangedColumn:
        return tr("Sent as written");
    case SentEditedColumn:
        return tr("Sent after editing");
    default:
        return {};
    }
}

} // namespace agentp::models
