#include "net/sync/SalonPull.h"

#include "models/LogCategories.h"
#include "net/supabase/PostgrestClient.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace agentp::net {

using supabase::PostgrestFilter;
using supabase::PostgrestQuery;
using supabase::PostgrestResult;

namespace {

QString keyText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}

} // namespace

SalonPull::SalonPull(supabase::PostgrestClient *client, QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_db(db)
    , m_mirror(db)
{}

void SalonPull::pull(const QStringList &tables)
{
    if (m_running) {
        if (tables.isEmpty())
            m_queuedAll = true;
        for (const QString &t : tables)
            m_queued.insert(t);
        return;
    }
    m_wanted.clear();
    for (const SalonTable &t : SalonMirror::tables())
        if (tables.isEmpty() || tables.contains(t.name))
            m_wanted.insert(t.name);
    startPass();
}

void SalonPull::cancel()
{
    ++m_generation;
    m_running = false;
    m_queued.clear();
    m_queuedAll = false;
}

bool SalonPull::reset(QString *error)
{
    store::StoreError e;
    if (m_mirror.resetCursors(&e))
        return true;
    if (error)
        *error = e.message;
    return false;
}

void SalonPull::startPass()
{
    m_running = true;
    m_index = 0;
    m_changed.clear();
    --m_index; // nextTable() advances first
    nextTable();
}

void SalonPull::nextTable()
{
    const auto &tables = SalonMirror::tables();
    for (++m_index; m_index < tables.size(); ++m_index) {
        if (!m_wanted.contains(tables[m_index].name))
            continue;
        store::StoreError error;
        m_cursor = m_mirror.cursor(tables[m_index], &error);
        if (error.isError()) {
            fail(error.message, false);
            return;
        }
        m_tableRows = 0;
        requestPage();
        return;
    }
    endPass();
}

void SalonPull::requestPage()
{
    if (!m_client) {
        fail(tr("The salon server connection is closed."), false);
        return;
    }
    const SalonTable &t = SalonMirror::tables()[m_index];
    PostgrestQuery q(t.name, t.schema);
    q.select = t.columns;
    if (!m_cursor.isNull()) {
        if (t.watermark.isEmpty())
            q.where(PostgrestFilter::gt(t.key, m_cursor.key));
        else
            q.where(PostgrestFilter::anyOf(
                {PostgrestFilter::gt(t.watermark, m_cursor.at),
                 PostgrestFilter::allOf({PostgrestFilter::eq(t.watermark, m_cursor.at),
                                         PostgrestFilter::gt(t.key, m_cursor.key)})}));
    }
    if (!t.watermark.isEmpty())
        q.orderBy(t.watermark);
    q.orderBy(t.key);
    q.limit = m_pageSize;
    const quint64 generation = m_generation;
    m_client->select(
        q, [this, guard = QPointer<SalonPull>(this), generation](const PostgrestResult &result) {
            if (guard && generation == m_generation && m_running)
                onPage(result);
        });
}

void SalonPull::onPage(const PostgrestResult &result)
{
    if (!result.ok()) {
        const bool expired = result.error.kind == supabase::PostgrestError::Kind::JwtExpired;
        fail(result.error.message, expired);
        return;
    }
    if (!result.body.isArray()) {
        fail(tr("The salon server answered a read with something other than a list of rows."),
             false);
        return;
    }
    const QJsonArray rows = result.body.toArray();
    if (SalonMirror::tables()[m_index].name == QLatin1String("recent_history_v2") &&
        !rows.isEmpty()) {
        store::StoreError error;
        const QStringList missing = m_mirror.missingSessions(rows, &error);
        if (error.isError()) {
            fail(error.message, false);
            return;
        }
        if (!missing.isEmpty()) {
            fetchSessions(missing, rows);
            return;
        }
    }
    writeRows(rows);
}

void SalonPull::fetchSessions(const QStringList &ids, const QJsonArray &messages)
{
    const SalonTable *sessions = SalonMirror::table(QStringLiteral("conversation_sessions_v2"));
    PostgrestQuery q(sessions->name, sessions->schema);
    q.select = sessions->columns;
    q.where(PostgrestFilter::in(sessions->key, ids));
    const quint64 generation = m_generation;
    m_client->select(q, [this, guard = QPointer<SalonPull>(this), generation, messages,
                         sessions](const PostgrestResult &result) {
        if (!guard || generation != m_generation || !m_running)
            return;
        if (!result.ok()) {
            fail(result.error.message,
                 result.error.kind == supabase::PostgrestError::Kind::JwtExpired);
            return;
        }
        // Written without moving the dialogs' cursor: their own pass reads them again later.
        store::StoreError error;
        if (m_mirror.writePage(*sessions, result.body.toArray(), {}, &error) < 0) {
            fail(error.message, false);
            return;
        }
        if (!m_changed.contains(sessions->localTable))
            m_changed << sessions->localTable;
        writeRows(messages);
    });
}

void SalonPull::writeRows(const QJsonArray &rows)
{
    const SalonTable &t = SalonMirror::tables()[m_index];
    SalonCursor next;
    if (!rows.isEmpty()) {
        const QJsonObject last = rows.last().toObject();
        next.key = keyText(last.value(t.key));
        next.at = t.watermark.isEmpty() ? QString() : last.value(t.watermark).toString();
        if (next.key.isEmpty() || (!t.watermark.isEmpty() && next.at.isEmpty())) {
            fail(tr("The salon server sent %1 rows without “%2”.").arg(t.name, t.key), false);
            return;
        }
    }
    store::StoreError error;
    const int written = rows.isEmpty() ? 0 : m_mirror.writePage(t, rows, next, &error);
    if (written < 0) {
        fail(error.message, false);
        return;
    }
    m_tableRows += written;
    if (written > 0 && !m_changed.contains(t.localTable))
        m_changed << t.localTable;
    if (!rows.isEmpty())
        m_cursor = next;
    if (rows.size() >= m_pageSize) {
        requestPage();
        return;
    }
    qCDebug(lcNet) << "salon pull" << t.name << m_tableRows << "rows";
    // The views hear of each table as soon as it is complete, not at the end of the pass.
    if (!m_changed.isEmpty())
        emit tablesChanged(m_changed);
    m_changed.clear();
    emit tablePulled(t.name, m_tableRows);
    nextTable();
}

void SalonPull::fail(const QString &message, bool expired)
{
    qCInfo(lcNet) << "salon pull stopped:" << message;
    m_running = false;
    if (!m_changed.isEmpty())
        emit tablesChanged(m_changed);
    m_changed.clear();
    // A failed pass keeps what a later request asked for; the caller decides when to retry.
    emit finished(false, message, expired);
}

void SalonPull::endPass()
{
    m_running = false;
    if (!m_changed.isEmpty())
        emit tablesChanged(m_changed);
    m_changed.clear();
    emit finished(true, {}, false);
    if (m_queuedAll || !m_queued.isEmpty()) {
        const QStringList next = m_queuedAll ? QStringList() : QStringList(m_queued.values());
        m_queued.clear();
        m_queuedAll = false;
        pull(next);
    }
}

} // namespace agentp::net
