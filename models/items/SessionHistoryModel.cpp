#include "models/items/SessionHistoryModel.h"

#include "models/store/SessionRepository.h"

namespace agentp::models {

SessionHistoryModel::SessionHistoryModel(QSqlDatabase db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(std::move(db))
{}

bool SessionHistoryModel::load(const QString &sessionId)
{
    store::StoreError error;
    auto messages = store::SessionRepository(m_db).messages(sessionId, &error);
    beginResetModel();
    m_sessionId = sessionId;
    m_messages = std::move(messages);
    m_error = error.message;
    endResetModel();
    return !error.isError();
}

int SessionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant SessionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_messages.size()))
        return {};
    const domain::BotMessage &m = m_messages[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return m.body;
    case SenderRole:
        return int(m.role);
    case TimeRole:
        return m.createdAt;
    }
    return {};
}

QHash<int, QByteArray> SessionHistoryModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {SenderRole, "sender"},
            {TimeRole, "time"},
            {BodyRole, "body"}};
}

} // namespace agentp::models
