#pragma once

#include "models/store/StoreError.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <vector>

namespace agentp::net {

// One table of the salon bot's Supabase project as the salon sync pulls it (docs/supabase.md).
struct SalonTable
{
    QString schema;     // "public" or "dashboard"
    QString name;       // remote table
    QString columns;    // the select list
    QString watermark;  // "updated_at"; empty: the key alone orders the rows (append-only)
    QString key;        // unique column, the tie-break after the watermark
    QString localTable; // what the rows land in (for the item models)
    bool keyIsNumber = false;
};

// Where a table's pull stands: the last row written, as the server wrote its watermark and key.
// Kept in sync_cursors (source "supabase", scope = remote table) in the same transaction as the
// rows, so a crash never skips a page and never moves the watermark past unwritten rows.
struct SalonCursor
{
    QString at;  // the watermark value exactly as the server sent it
    QString key; // the key of the last row with that watermark
    bool isNull() const { return key.isEmpty(); }
};

// Writes pulled salon rows into the local store: the translation of the server's rows (SalonRows)
// plus the rules that keep the console's own state:
// - rows whose parents are not in the store are skipped (RLS hides them, or they come later);
// - a waitlist row or tenant with a queued or sending intent keeps the optimistic local status
//   or settings until the intent has been answered (the outbox is the source of truth for them);
// - a risk prediction takes client, service and slot from the dialog with its booking id;
// - win-back requests are matched by remote id, or adopt the console's own request that was
//   sent but not yet answered.
class SalonMirror final
{
public:
    explicit SalonMirror(QSqlDatabase db);

    // Every pulled table, parents before children.
    static const std::vector<SalonTable> &tables();
    static const SalonTable *table(const QString &name);

    // A key a row can be stored and paged by: a non-empty string, or an integer a double holds
    // exactly (for number keys also as decimal text).
    static bool usableKey(const SalonTable &table, const QJsonValue &key);

    SalonCursor cursor(const SalonTable &table, store::StoreError *error) const;
    // Writes `rows` and, when `next` is not null, the table's new cursor, in one transaction.
    // Answers the number of rows written (skipped ones not counted), -1 on a store error or when
    // a row is not an object with a usableKey() (nothing is written then).
    int writePage(const SalonTable &table, const QJsonArray &rows, const SalonCursor &next,
                  store::StoreError *error);
    // Forgets every cursor (another project or user): the next pull starts from the beginning.
    bool resetCursors(store::StoreError *error);
    // Of the session ids the messages in `rows` belong to, those not in the store.
    QStringList missingSessions(const QJsonArray &rows, store::StoreError *error) const;

private:
    bool writeRow(const SalonTable &table, const QJsonObject &row, bool *written,
                  store::StoreError *error);
    QString zoneOf(const QString &tenantId) const;
    // Runs `sql` (prepared on first use, then reused) with `values`; `query` is the statement.
    bool cached(QSqlQuery **query, const QString &sql, const QVariantList &values,
                store::StoreError *error);

    QSqlDatabase m_db;
    mutable QHash<QString, QString> m_zones; // tenant id → IANA zone, for local dates
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace agentp::net
