#pragma once

#include "models/store/StoreError.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace agentp::store {

class StoreNotifier;

// The agent's canned replies (canned_replies, schema v8): a body inserted into the composer with
// "/shortcut", a title to recognise it by, in the settings' order. Shortcuts are unique
// regardless of case in any script: SQLite's NOCASE folds ASCII only, so "Привет" and "привет"
// are compared here. Writers announce "canned_replies" to the notifier when one is given.
class CannedReplyRepository final
{
public:
    struct Reply
    {
        qint64 id = 0;
        QString shortcut; // without the "/"
        QString title;
        QString body;
        int position = 0;
        QDateTime updatedAt;

        bool operator==(const Reply &o) const = default;
    };

    static constexpr int kMaxShortcutLength = 32;
    static constexpr int kMaxBodyLength = 4000;

    explicit CannedReplyRepository(QSqlDatabase db, StoreNotifier *notifier = nullptr);

    // In the settings' order (position, id).
    QList<Reply> replies(StoreError *error) const;
    // The reply whose shortcut equals `shortcut` regardless of case (a leading "/" ignored).
    std::optional<Reply> findByShortcut(const QString &shortcut, StoreError *error) const;

    // Why `reply` cannot be saved (one translated line), empty when it can. `reply.id` is the
    // row being edited (0: a new one), which may keep its own shortcut.
    QString check(const Reply &reply, StoreError *error) const;
    // A new reply placed last (shortcut and title trimmed, body trimmed). `problem` gets why it
    // was refused and nothing is written. Returns the id, 0 on failure.
    qint64 add(const Reply &reply, QString *problem, StoreError *error);
    // Saves shortcut, title and body of `reply.id`; the position stays.
    bool update(const Reply &reply, QString *problem, StoreError *error);
    bool remove(qint64 id, StoreError *error);
    // Moves a reply to `index` in the settings' order, or by `delta` places (−1 up, +1 down);
    // at either end nothing moves and it is no error.
    bool move(qint64 id, int index, StoreError *error);
    bool moveBy(qint64 id, int delta, StoreError *error);

private:
    static QString gone();
    static Reply normalised(const Reply &reply);
    QString shortcutProblem(const QString &shortcut, qint64 exceptId, StoreError *error) const;
    void announce() const;

    QSqlDatabase m_db;
    StoreNotifier *m_notifier;
};

} // namespace agentp::store
