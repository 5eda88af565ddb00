#pragma once

#include "models/store/CannedReplyRepository.h"

#include <QAbstractListModel>
#include <QSqlDatabase>

namespace agentp::store {
class StoreNotifier;
}

namespace agentp::models {

// The canned replies for the settings list and the composer's "/" popup. Without a query it
// lists all of them in the settings' order; with one (setQuery, what follows "/") only those
// whose shortcut or title match, best first (domain::FuzzyMatch::rankReply; ties keep the
// settings' order). Reloads when the notifier announces "canned_replies". Each consumer owns
// its own instance, so the popup's query never filters the settings list.
class CannedReplyModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ReplyIdRole = Qt::UserRole + 1,
        ShortcutRole,
        TitleRole,
        BodyRole,
        ScoreRole, // the match's rank; 0 without a query
    };
    using Reply = store::CannedReplyRepository::Reply;

    CannedReplyModel(QSqlDatabase db, store::StoreNotifier *notifier, QObject *parent = nullptr);

    // Filters and ranks; a leading "/" and surrounding spaces are ignored. Resets the model
    // only when the query really changes.
    void setQuery(const QString &query);
    QString query() const { return m_query; }

    const Reply *replyAt(int row) const;
    int rowOfReply(qint64 id) const;
    // All replies, whatever the query.
    int totalCount() const { return int(m_all.size()); }

    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadFailed(const QString &message);

private:
    struct Row
    {
        qsizetype reply; // index into m_all
        int score;
    };
    std::vector<Row> rank() const;

    QSqlDatabase m_db;
    QList<Reply> m_all;
    std::vector<Row> m_rows;
    QString m_query;
};

} // namespace agentp::models
