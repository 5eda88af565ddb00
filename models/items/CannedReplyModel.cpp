#include "models/items/CannedReplyModel.h"

#include "models/domain/FuzzyMatch.h"
#include "models/store/StoreNotifier.h"

#include <algorithm>

namespace agentp::models {

using domain::FuzzyMatch;

CannedReplyModel::CannedReplyModel(QSqlDatabase db, store::StoreNotifier *notifier, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(std::move(db))
{
    if (notifier) {
        connect(notifier, &store::StoreNotifier::changed, this, [this](const QSet<QString> &t) {
            if (t.contains(QStringLiteral("canned_replies")))
                reload();
        });
    }
    reload();
}

std::vector<CannedReplyModel::Row> CannedReplyModel::rank() const
{
    std::vector<Row> rows;
    rows.reserve(size_t(m_all.size()));
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        const Reply &r = m_all.at(i);
        const int score =
            m_query.isEmpty() ? 0 : FuzzyMatch::rankReply(m_query, r.shortcut, r.title);
        if (score != FuzzyMatch::kNoMatch)
            rows.push_back({i, score});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.score > b.score; });
    return rows;
}

void CannedReplyModel::setQuery(const QString &input)
{
    QString query = input.trimmed();
    if (query.startsWith(u'/'))
        query.remove(0, 1);
    if (query == m_query)
        return;
    beginResetModel();
    m_query = query;
    m_rows = rank();
    endResetModel();
}

void CannedReplyModel::reload()
{
    store::StoreError error;
    QList<Reply> all = store::CannedReplyRepository(m_db).replies(&error);
    if (error.isError()) {
        emit loadFailed(error.message);
        return; // keep showing what we had
    }
    beginResetModel();
    m_all = std::move(all);
    m_rows = rank();
    endResetModel();
}

const CannedReplyModel::Reply *CannedReplyModel::replyAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? &m_all.at(m_rows[size_t(row)].reply) : nullptr;
}

int CannedReplyModel::rowOfReply(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_all.at(m_rows[i].reply).id == id)
            return int(i);
    }
    return -1;
}

int CannedReplyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CannedReplyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Reply &r = m_all.at(m_rows[size_t(index.row())].reply);
    switch (role) {
    case Qt::DisplayRole:
        return r.title.isEmpty() ? u'/' + r.shortcut : tr("/%1 — %2").arg(r.shortcut, r.title);
    case Qt::ToolTipRole:
    case BodyRole:
        return r.body;
    case ReplyIdRole:
        return r.id;
    case ShortcutRole:
        return r.shortcut;
    case TitleRole:
        return r.title;
    case ScoreRole:
        return m_rows[size_t(index.row())].score;
    default:
        return {};
    }
}

QHash<int, QByteArray> CannedReplyModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ReplyIdRole, "replyId");
    names.insert(ShortcutRole, "shortcut");
    names.insert(TitleRole, "title");
    names.insert(BodyRole, "body");
    names.insert(ScoreRole, "score");
    return names;
}

} // namespace agentp::models
