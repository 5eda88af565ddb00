// Store opening and migrations: fresh create, upgrade from every earlier version, refusal of a
// newer file without touching it, foreign and corrupt files, rollback of a failing step, and the
// schema check after migrating.
#include "models/store/Database.h"
#include "models/store/Migration.h"
#include "models/store/Migrator.h"
#include "models/store/SchemaSnapshot.h"
#include "tests/support/TempWorkspace.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace agentp;
using store::Database;
using store::StoreError;

namespace {

// A raw connection without any of Database's checks, for preparing files in odd states.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return ok;
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    QString m_name;
};

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void freshCreate()
    {
        testing::TempWorkspace tmp;
        StoreError error;
        auto db = Database::open(tmp.file(), &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), store::latestSchemaVersion());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5000);
        // Every table the console needs now and in the next steps exists.
        for (const char *table : {"tenants",        "users",           "bot_sessions",
                                  "bot_messages",   "waitlist_items",  "risk_predictions",
                                  "clients",        "client_memory",   "client_visits",
                                  "daily_metrics",  "seller_accounts", "chats",
                                  "chat_messages",  "attachments",     "sla_rules",
                                  "saved_filters",  "outbox",          "sync_cursors",
                                  "workspace_meta", "winback_requests"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type='table' AND "
                                          "name='%1'")
                               .arg(QLatin1String(table))));
            QVERIFY2(q.next(), table);
        }
    }

    void migrationsAreOrderedAndDistinct()
    {
        int previous = 0;
        for (const store::Migration &m : store::allMigrations()) {
            QCOMPARE(m.version, previous + 1);
            QVERIFY(!m.statements.isEmpty());
            previous = m.version;
        }
        QCOMPARE(previous, store::latestSchemaVersion());
    }

    void upgradeFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < store::latestSchemaVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void upgradeFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        testing::TempWorkspace tmp;
        {
            RawDb raw(tmp.file());
            StoreError error;
            QVERIFY(store::Migrator(raw.db()).migrate(&error, from));
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), from);
            if (from >= 1) {
                QVERIFY(
                    raw.exec(QStringLiteral("INSERT INTO tenants(id, name, updated_at) "
                                            "VALUES ('t1', 'Салон', '2026-01-01T00:00:00.000Z')")));
            }
            if (from >= 2) {
                QVERIFY(raw.exec(
                    QStringLiteral("INSERT INTO seller_accounts(marketplace, name, created_at) "
                                   "VALUES ('ozon', 'Магазин', '2026-01-01T00:00:00.000Z')")));
            }
        }
        StoreError error;
        auto db = Database::open(tmp.file(), &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), store::latestSchemaVersion());
        QSqlQuery q(db->connection());
        if (from >= 1) {
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM tenants WHERE id = 't1'")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("Салон"));
        }
        if (from >= 2) {
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM seller_accounts")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        StoreError snapError;
        const auto snapshot = store::SchemaSnapshot::of(db->connection(), &snapError);
        QVERIFY(snapshot.differencesFrom(store::SchemaSnapshot::expected()).isEmpty());
    }

    void failingStepRollsBackToPreviousVersion()
    {
        testing::TempWorkspace tmp;
        {
            RawDb raw(tmp.file());
            StoreError error;
            QVERIFY(store::Migrator(raw.db()).migrate(&error, 1));
            // A stray table with the name step 2 creates makes step 2 fail half-way.
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE chat_messages (x INTEGER)")));
        }
        StoreError error;
        auto db = Database::open(tmp.file(), &error);
        QVERIFY(!db);
        QCOMPARE(error.kind, StoreError::Kind::MigrationFailed);
        QVERIFY2(error.message.contains(QLatin1String("version 2")), qPrintable(error.message));
        RawDb raw(tmp.file());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        // seller_accounts was created earlier in the failed step and must be gone again.
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = "
                                           "'seller_accounts'"))
                     .toInt(),
                 0);
    }

    void newerVersionIsRefusedAndLeftUntouched()
    {
        testing::TempWorkspace tmp;
        {
            RawDb raw(tmp.file());
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future (x)")));
            QVERIFY(raw.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(store::latestSchemaVersion() + 1)));
        }
        const QByteArray before = testing::readAll(tmp.file());
        QVERIFY(!before.isEmpty());
        StoreError error;
        auto db = Database::open(tmp.file(), &error);
        QVERIFY(!db);
        QCOMPARE(error.kind, StoreError::Kind::TooNew);
        QVERIFY2(error.message.contains(QLatin1String("newer")), qPrintable(error.message));
        QCOMPARE(testing::readAll(tmp.file()), before);
        QVERIFY(!QFile::exists(tmp.file() + QStringLiteral("-wal")));
    }

    void notAnSqliteFile()
    {
        testing::TempWorkspace tmp;
        QFile f(tmp.file());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("This is a shopping list, not a database.\n").repeated(10));
        f.close();
        const QByteArray before = testing::readAll(tmp.file());
        StoreError error;
        QVERIFY(!Database::open(tmp.file(), &error));
        QCOMPARE(error.kind, StoreError::Kind::NotSqlite);
        QVERIFY(error.message.contains(QLatin1String("not an SQLite database")));
        QCOMPARE(testing::readAll(tmp.file()), before);
    }

    void corruptFileGivesClearError_data()
    {
        QTest::addColumn<qint64>("keep"); // bytes kept before the damage starts
        QTest::addColumn<bool>("truncate");
        QTest::addRow("pages overwritten") << qint64(100) << false;
        QTest::addRow("truncated after header") << qint64(100) << true;
        QTest::addRow("second page overwritten") << qint64(4096) << false;
    }

    void corruptFileGivesClearError()
    {
        QFETCH(qint64, keep);
        QFETCH(bool, truncate);
        testing::TempWorkspace tmp;
        {
            StoreError error;
            auto db = Database::open(tmp.file(), &error);
            QVERIFY(db);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        QFile f(tmp.file());
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > keep);
        if (truncate) {
            QVERIFY(f.resize(keep));
        } else {
            f.seek(keep);
            f.write(QByteArray(int(size - keep), char(0xA5)));
        }
        f.close();
        StoreError error;
        auto db = Database::open(tmp.file(), &error);
        QVERIFY(!db);
        QVERIFY(error.isError());
        QVERIFY2(error.kind == StoreError::Kind::Corrupt ||
                     error.kind == StoreError::Kind::SchemaMismatch,
                 qPrintable(error.message));
        QVERIFY(!error.message.isEmpty());
    }

    void schemaMismatchIsDetected()
    {
        testing::TempWorkspace tmp;
        {
            StoreError error;
            QVERIFY(Database::open(tmp.file(), &error));
        }
        {
            RawDb raw(tmp.file());
            QVERIFY(raw.exec(QStringLiteral("DROP INDEX chats_last_message")));
        }
        StoreError error;
        QVERIFY(!Database::open(tmp.file(), &error));
        QCOMPARE(error.kind, StoreError::Kind::SchemaMismatch);
        QVERIFY2(error.message.contains(QLatin1String("chats_last_message")),
                 qPrintable(error.message));
    }

    // The expected schema (every migration on an in-memory database) is built at most once per
    // change of the file's schema: later opens take the marker the check left, and any change of
    // the schema (its cookie) or of the migrations (their fingerprint) makes the next open check.
    void verifiedSchemaIsNotCheckedAgainUntilItChanges()
    {
        testing::TempWorkspace tmp;
        StoreError error;
        {
            auto db = Database::open(tmp.file(), &error);
            QVERIFY2(db, qPrintable(error.message));
            QVERIFY(!db->schemaCheckedByMarker()); // new: migrated and checked
        }
        {
            auto db = Database::open(tmp.file(), &error);
            QVERIFY2(db, qPrintable(error.message));
            QVERIFY(db->schemaCheckedByMarker());
        }
        {
            // A marker from a build with other migrations does not count, and is replaced.
            RawDb raw(tmp.file());
            QVERIFY(raw.exec(QStringLiteral("UPDATE workspace_meta SET value ="
                                            " substr(value, 1, instr(value, ' ')) || 'other'"
                                            " WHERE key = 'schema.verified'")));
        }
        {
            auto db = Database::open(tmp.file(), &error);
            QVERIFY2(db, qPrintable(error.message));
            QVERIFY(!db->schemaCheckedByMarker());
        }
        {
            auto db = Database::open(tmp.file(), &error);
            QVERIFY2(db, qPrintable(error.message));
            QVERIFY(db->schemaCheckedByMarker());
        }
        {
            // Another tool adds a table: the cookie moves, the schema is compared and refused.
            RawDb raw(tmp.file());
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE stray(x)")));
        }
        QVERIFY(!Database::open(tmp.file(), &error));
        QCOMPARE(error.kind, StoreError::Kind::SchemaMismatch);
        QVERIFY2(error.message.contains(QLatin1String("stray")), qPrintable(error.message));
    }

    void emptyFileBecomesAWorkspace()
    {
        testing::TempWorkspace tmp;
        QFile f(tmp.file());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        StoreError error;
        auto db = Database::open(tmp.file(), &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), store::latestSchemaVersion());
    }

    void missingFileWithoutCreate()
    {
        testing::TempWorkspace tmp;
        Database::Options options;
        options.createIfMissing = false;
        StoreError error;
        QVERIFY(!Database::open(tmp.file(), options, &error));
        QCOMPARE(error.kind, StoreError::Kind::NotFound);
        QVERIFY(!QFile::exists(tmp.file()));
    }

    void foreignKeysAreEnforced()
    {
        testing::TempWorkspace tmp;
        StoreError error;
        auto db = Database::open(tmp.file(), &error);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO bot_messages(session_id, role, body, "
                                       "created_at) VALUES ('nope', 'user', 'x', 'now')")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
