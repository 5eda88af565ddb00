#include "models/store/CannedReplyRepository.h"

#include "models/store/PositionOrder.h"
#include "models/store/SqlErrors.h"
#include "models/store/StoreNotifier.h"
#include "models/store/TimeFormat.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace agentp::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("agentp::store::CannedReplyRepository", text);
}

QString folded(const QString &shortcut)
{
    QString s = shortcut.trimmed();
    if (s.startsWith(u'/'))
        s.remove(0, 1);
    return s.toCaseFolded();
}

} // namespace

// A member, not a free function: lupdate files a tr() by its enclosing class.
QString CannedReplyRepository::gone()
{
    return tr("The canned reply no longer exists.");
}

CannedReplyRepository::CannedReplyRepository(QSqlDatabase db, StoreNotifier *notifier)
    : m_db(std::move(db))
    , m_notifier(notifier)
{}

void CannedReplyRepository::announce() const
{
    if (m_notifier)
        m_notifier->notify({QStringLiteral("canned_replies")});
}

QList<CannedReplyRepository::Reply> CannedReplyRepository::replies(StoreError *error) const
{
    QList<Reply> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, shortcut, title, body, position, updated_at"
                             " FROM canned_replies ORDER BY position, id"));
    if (!execQuery(q, error, tr("Cannot read the canned replies")))
        return out;
    while (q.next()) {
        Reply r;
        r.id = q.value(0).toLongLong();
        r.shortcut = q.value(1).toString();
        r.title = q.value(2).toString();
        r.body = q.value(3).toString();
        r.position = q.value(4).toInt();
        r.updatedAt = fromStoredTime(q.value(5).toString());
        out << r;
    }
    return out;
}

std::optional<CannedReplyRepository::Reply>
CannedReplyRepository::findByShortcut(const QString &shortcut, StoreError *error) const
{
    const QString wanted = folded(shortcut);
    for (const Reply &r : replies(error)) {
        if (folded(r.shortcut) == wanted)
            return r;
    }
    return std::nullopt;
}

CannedReplyRepository::Reply CannedReplyRepository::normalised(const Reply &reply)
{
    Reply r = reply;
    r.shortcut = r.shortcut.trimmed();
    r.title = r.title.trimmed();
    if (r.title.isNull())
        r.title = QLatin1String(""); // a null QString binds as NULL, and the column is NOT NULL
    r.body = r.body.trimmed();
    return r;
}

QString CannedReplyRepository::shortcutProblem(const QString &shortcut, qint64 exceptId,
                                               StoreError *error) const
{
    if (shortcut.isEmpty())
        return tr("Give the reply a shortcut, e.g. “hello”.");
    if (shortcut.startsWith(u'/'))
        return tr("Type the shortcut without the “/”: it is what follows it in the composer.");
    for (const QChar c : shortcut) {
        if (c.isSpace())
            return tr("The shortcut cannot contain spaces.");
    }
    if (shortcut.size() > kMaxShortcutLength)
        return tr("The shortcut is too long (at most %1 characters).").arg(kMaxShortcutLength);
    const std::optional<Reply> existing = findByShortcut(shortcut, error);
    if (error->isError())
        return {};
    if (existing && existing->id != exceptId)
        return tr("The shortcut “/%1” is already used by another reply.").arg(existing->shortcut);
    return {};
}

QString CannedReplyRepository::check(const Reply &input, StoreError *error) const
{
    const Reply r = normalised(input);
    const QString problem = shortcutProblem(r.shortcut, r.id, error);
    if (!problem.isEmpty() || error->isError())
        return problem;
    if (r.body.isEmpty())
        return tr("Write the text of the reply.");
    if (r.body.size() > kMaxBodyLength)
        return tr("The text is too long: %1 characters, at most %2.")
            .arg(r.body.size())
            .arg(kMaxBodyLength);
    return {};
}

qint64 CannedReplyRepository::add(const Reply &input, QString *problem, StoreError *error)
{
    Reply r = normalised(input);
    r.id = 0;
    *problem = check(r, error);
    if (!problem->isEmpty() || error->isError())
        return 0;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO canned_replies(shortcut, title, body, position,"
                             " updated_at) VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), -1)"
                             " + 1 FROM canned_replies), ?)"));
    q.addBindValue(r.shortcut);
    q.addBindValue(r.title);
    q.addBindValue(r.body);
    q.addBindValue(toStoredTime(QDateTime::currentDateTimeUtc()));
    if (!execQuery(q, error, tr("Cannot save the canned reply")))
        return 0;
    announce();
    return q.lastInsertId().toLongLong();
}

bool CannedReplyRepository::update(const Reply &input, QString *problem, StoreError *error)
{
    const Reply r = normalised(input);
    *problem = check(r, error);
    if (!problem->isEmpty() || error->isError())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE canned_replies SET shortcut = ?, title = ?, body = ?,"
                             " updated_at = ? WHERE id = ?"));
    q.addBindValue(r.shortcut);
    q.addBindValue(r.title);
    q.addBindValue(r.body);
    q.addBindValue(toStoredTime(QDateTime::currentDateTimeUtc()));
    q.addBindValue(r.id);
    if (!execQuery(q, error, tr("Cannot save the canned reply")))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = StoreError::make(StoreError::Kind::NotFound, gone());
        return false;
    }
    announce();
    return true;
}

bool CannedReplyRepository::remove(qint64 id, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM canned_replies WHERE id = ?"));
    q.addBindValue(id);
    if (!execQuery(q, error, tr("Cannot delete the canned reply")))
        return false;
    announce();
    return true;
}

bool CannedReplyRepository::move(qint64 id, int index, StoreError *error)
{
    if (!moveToPosition(m_db, QStringLiteral("canned_replies"), id, index, tr("the canned replies"),
                        gone(), error))
        return false;
    announce();
    return true;
}

bool CannedReplyRepository::moveBy(qint64 id, int delta, StoreError *error)
{
    const QList<Reply> all = replies(error);
    if (error->isError())
        return false;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).id == id)
            return move(id, int(i) + delta, error);
    }
    *error = StoreError::make(StoreError::Kind::NotFound, gone());
    return false;
}

} // namespace agentp::store
