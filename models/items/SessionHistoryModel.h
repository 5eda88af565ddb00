#pragma once

#include "models/domain/BotSession.h"

#include <QAbstractListModel>
#include <QSqlDatabase>

#include <vector>

namespace agentp::models {

// The messages of one bot dialog in time order, for the history viewer's bubbles.
class SessionHistoryModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        SenderRole = Qt::UserRole + 1, // int(domain::BotMessage::Role)
        TimeRole,
        BodyRole,
    };

    explicit SessionHistoryModel(QSqlDatabase db, QObject *parent = nullptr);

    // Loads the dialog; returns false and sets errorMessage() when the store fails.
    bool load(const QString &sessionId);
    QString sessionId() const { return m_sessionId; }
    QString errorMessage() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QSqlDatabase m_db;
    QString m_sessionId;
    QString m_error;
    std::vector<domain::BotMessage> m_messages;
};

} // namespace agentp::models
