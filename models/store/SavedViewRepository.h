#pragma once

#include "models/domain/ChatViewFilter.h"
#include "models/store/StoreError.h"

#include <QList>
#include <QSqlDatabase>

namespace agentp::store {

// Named chat-list views ("Urgent Ozon", "Unanswered WB") of a workspace (saved_filters, schema
// v3): the search, filters and sort under a unique name, in the sidebar's order. Writers announce
// "saved_filters" to the StoreNotifier themselves (the repository has none).
class SavedViewRepository final
{
public:
    struct View
    {
        qint64 id = 0;
        QString name;
        domain::ChatViewFilter filter;
        int position = 0;
    };

    explicit SavedViewRepository(QSqlDatabase db);

    // In the sidebar's order (position, id). A definition that cannot be read shows all chats.
    QList<View> views(StoreError *error) const;
    // A new view, placed last; `problem` names a bad or taken name and nothing is written.
    // Returns the id, 0 on failure.
    qint64 add(const QString &name, const domain::ChatViewFilter &filter, QString *problem,
               StoreError *error);
    // Replaces what view `id` shows (the name stays).
    bool update(qint64 id, const domain::ChatViewFilter &filter, StoreError *error);
    bool rename(qint64 id, const QString &name, QString *problem, StoreError *error);
    bool remove(qint64 id, StoreError *error);
    // Moves a view to `index` in the sidebar's order and renumbers all positions.
    bool move(qint64 id, int index, StoreError *error);
    // The id of the view called `name` (compared case-insensitively), 0 when none.
    qint64 idOf(const QString &name, StoreError *error) const;

    static constexpr int kMaxNameLength = 60;

private:
    static StoreError gone();
    QString checkName(const QString &name, qint64 exceptId, StoreError *error) const;

    QSqlDatabase m_db;
};

} // namespace agentp::store
