#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <vector>

namespace agentp::models {

// A table model over rows with a stable `id` that refreshes by merging instead of resetting:
// rows that left are removed, new rows inserted where the query put them, and changed rows
// announced with dataChanged. A background refresh (the sync worker marks an intent sent every
// second or so) then keeps the user's selection and scroll position. When the surviving rows
// changed their relative order the model falls back to a reset, which is always correct.
template<typename Row> class WaitlistRowSync : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const Row *rowAt(int row) const
    {
        return row >= 0 && size_t(row) < m_rows.size() ? &m_rows[size_t(row)] : nullptr;
    }

    int rowOf(qint64 id) const
    {
        for (size_t i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].id == id)
                return int(i);
        }
        return -1;
    }

protected:
    // Replaces the rows with `fresh`; returns the ids that were not in the model before.
    template<typename Same> QList<qint64> mergeRows(std::vector<Row> fresh, Same same)
    {
        QSet<qint64> freshIds;
        for (const Row &r : fresh)
            freshIds.insert(r.id);
        QSet<qint64> oldIds;
        for (const Row &r : m_rows)
            oldIds.insert(r.id);
        QList<qint64> added;
        for (const Row &r : fresh) {
            if (!oldIds.contains(r.id))
                added << r.id;
        }

        // 1. Rows that left, from the end so earlier positions stay valid.
        for (int i = int(m_rows.size()) - 1; i >= 0;) {
            if (freshIds.contains(m_rows[size_t(i)].id)) {
                --i;
                continue;
            }
            int first = i;
            while (first > 0 && !freshIds.contains(m_rows[size_t(first - 1)].id))
                --first;
            beginRemoveRows({}, first, i);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + i + 1);
            endRemoveRows();
            i = first - 1;
        }

        // 2. The survivors must keep their order; otherwise start over.
        size_t next = 0;
        for (const Row &r : fresh) {
            if (next < m_rows.size() && m_rows[next].id == r.id)
                ++next;
        }
        if (next != m_rows.size()) {
            beginResetModel();
            m_rows = std::move(fresh);
            endResetModel();
            return added;
        }

        // 3. Insert the newcomers and refresh the rows whose content changed.
        for (size_t i = 0; i < fresh.size(); ++i) {
            if (i < m_rows.size() && m_rows[i].id == fresh[i].id) {
                if (!same(m_rows[i], fresh[i])) {
                    m_rows[i] = std::move(fresh[i]);
                    emit dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
                }
                continue;
            }
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(m_rows.begin() + qsizetype(i), std::move(fresh[i]));
            endInsertRows();
        }
        return added;
    }

    std::vector<Row> m_rows;
};

} // namespace agentp::models
