#include "models/items/SlaChatTableModel.h"

namespace agentp::models {

using domain::SlaWait;

SlaChatTableModel::SlaChatTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SlaChatTableModel::setWaits(const SlaReport *report, const std::vector<const SlaWait *> &waits)
{
    beginResetModel();
    m_rows.clear();
    QHash<qint64, size_t> rowOf;
    for (const SlaWait *w : waits) {
        auto it = rowOf.find(w->chatId);
        if (it == rowOf.end()) {
            Row r;
            r.chatId = w->chatId;
            const SlaReport::Chat *c = report ? report->chat(w->chatId) : nullptr;
            r.title = c ? c->title : QString::number(w->chatId);
            r.account = report ? report->accountName(w->accountId) : QString();
            it = rowOf.insert(w->chatId, m_rows.size());
            m_rows.push_back(std::move(r));
        }
        Row &r = m_rows[it.value()];
        ++r.waits;
        r.within += w->outcome == SlaWait::Outcome::Within;
        r.late += w->outcome == SlaWait::Outcome::Late;
        r.missed += w->outcome == SlaWait::Outcome::Missed;
        if (!w->agent.isEmpty() && !r.agents.contains(w->agent))
            r.agents << w->agent;
        if (!r.first || w->sinceSecs < r.first->sinceSecs)
            r.first = w;
    }
    endResetModel();
}

qint64 SlaChatTableModel::chatIdAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)].chatId : 0;
}

QString SlaChatTableModel::outcomeName(SlaWait::Outcome outcome)
{
    switch (outcome) {
    case SlaWait::Outcome::Within:
        return tr("within target");
    case SlaWait::Outcome::Late:
        return tr("late");
    case SlaWait::Outcome::Missed:
        return tr("missed");
    case SlaWait::Outcome::Pending:
        break;
    }
    return tr("waiting");
}

int SlaChatTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SlaChatTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlaChatTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    if (role == ChatIdRole)
        return r.chatId;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= WaitsColumn && index.column() <= FirstTargetColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case ChatColumn:
        return r.title;
    case AccountColumn:
        return r.account;
    case AgentsColumn:
        return r.agents.join(QStringLiteral(", "));
    case WaitsColumn:
        return r.waits;
    case WithinColumn:
        return r.within;
    case LateColumn:
        return r.late;
    case MissedColumn:
        return r.missed;
    case FirstWaitColumn:
        return r.first ? QVariant((r.first->workingSecs + 30) / 60) : QVariant();
    case FirstTargetColumn:
        return r.first ? QVariant(r.first->targetMinutes) : QVariant();
    case FirstOutcomeColumn:
        return r.first ? outcomeName(r.first->outcome) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SlaChatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ChatColumn:
        return tr("Chat");
    case AccountColumn:
        return tr("Account");
    case AgentsColumn:
        return tr("Answered by");
    case WaitsColumn:
        return tr("Waits");
    case WithinColumn:
        return tr("Within target");
    case LateColumn:
        return tr("Late");
    case MissedColumn:
        return tr("Missed");
    case FirstWaitColumn:
        return tr("First wait, working min");
    case FirstTargetColumn:
        return tr("Its target, min");
    case FirstOutcomeColumn:
        return tr("First wait");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace agentp::models
