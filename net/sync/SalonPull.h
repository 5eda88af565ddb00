#pragma once

#include "net/sync/SalonMirror.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

namespace agentp::net {

namespace supabase {
class PostgrestClient;
struct PostgrestResult;
} // namespace supabase

// Pulls the salon bot's tables from Supabase into the store, incrementally (docs/supabase.md):
// each table is read in pages ordered by (watermark, key) after the stored cursor —
// `or=(updated_at.gt.W,and(updated_at.eq.W,id.gt.K))` — so rows sharing a timestamp across a
// page boundary are neither lost nor read twice, and every page is written with its new cursor
// in one transaction (SalonMirror). Messages whose dialog is not in the store yet (the bot wrote
// both after the dialogs were read) bring their dialogs along first, so no message is skipped.
// Row-level security decides what the user sees; the pull never filters by tenant itself.
// Lives in one thread with its client; `db` is that thread's connection.
class SalonPull final : public QObject
{
    Q_OBJECT
public:
    SalonPull(supabase::PostgrestClient *client, QSqlDatabase db, QObject *parent = nullptr);

    // At most the hosted max-rows (1000); a smaller page keeps transactions short.
    void setPageSize(int rows) { m_pageSize = qBound(1, rows, 1000); }
    int pageSize() const { return m_pageSize; }

    // Pulls `tables` (remote names; empty: all) in their dependency order. A request while a
    // pull runs is remembered and runs right after it.
    void pull(const QStringList &tables = {});
    bool isRunning() const { return m_running; }
    // Stops after the page in flight is dropped; nothing half-written.
    void cancel();
    // Forgets the cursors: the next pull reads everything again (another user or project).
    bool reset(QString *error);

signals:
    void tablePulled(const QString &table, int rows);
    void tablesChanged(const QStringList &localTables);
    // One pass ended. `error` is translated and empty on success; `sessionExpired` tells the
    // caller to ask for the password (the PostgREST client emits sessionExpired() too).
    void finished(bool ok, const QString &error, bool sessionExpired);

private:
    void startPass();
    void nextTable();
    void requestPage();
    void onPage(const supabase::PostgrestResult &result);
    void writeRows(const QJsonArray &rows);
    void fetchSessions(const QStringList &ids, const QJsonArray &messages);
    void fail(const QString &message, bool expired);
    void endPass();

    QPointer<supabase::PostgrestClient> m_client;
    QSqlDatabase m_db;
    SalonMirror m_mirror;
    int m_pageSize = 500;
    bool m_running = false;
    quint64 m_generation = 0; // answers of a cancelled pass are dropped
    QSet<QString> m_wanted;   // this pass
    QSet<QString> m_queued;   // the next pass
    bool m_queuedAll = false;
    size_t m_index = 0; // into SalonMirror::tables()
    SalonCursor m_cursor;
    int m_tableRows = 0;
    QStringList m_changed;
};

} // namespace agentp::net
