#include "models/store/Database.h"

#include "models/store/Migration.h"
#include "models/store/Migrator.h"
#include "models/store/SchemaSnapshot.h"
#include "models/store/SqlErrors.h"
#include "models/store/SqliteFileHeader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSqlQuery>
#include <QUuid>

namespace agentp::store {

namespace {

StoreError tooNew(const QString &path, int version)
{
    return StoreError::make(
        StoreError::Kind::TooNew,
        QObject::tr("The workspace %1 was written by a newer version of Agent P Console (schema "
                    "%2; this program knows up to %3). Update the program to open it; the file "
                    "was not changed.")
            .arg(QDir::toNativeSeparators(path))
            .arg(version)
            .arg(latestSchemaVersion()));
}

// The key in workspace_meta under which a verified schema is remembered.
const QString kSchemaVerifiedKey = QStringLiteral("schema.verified");

// The migrations this program was built with: a marker written by a build with other migrations
// never counts.
const QString &migrationsFingerprint()
{
    static const QString fingerprint = [] {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const Migration &m : allMigrations()) {
            hash.addData(QByteArray::number(m.version) + '\n' + m.name + '\n');
            for (const QString &statement : m.statements)
                hash.addData(statement.toUtf8() + '\n');
        }
        return QString::fromLatin1(hash.result().toHex());
    }();
    return fingerprint;
}

// "<schema cookie> <fingerprint>": SQLite bumps the cookie (PRAGMA schema_version) on every
// change of the schema by anyone, so an equal marker means the file's schema is the one this
// program verified before. Empty when the cookie cannot be read.
QString schemaMarker(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA schema_version")) || !q.next())
        return {};
    return q.value(0).toString() + QLatin1Char(' ') + migrationsFingerprint();
}

QString storedMarker(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM workspace_meta WHERE key = ?"));
    q.addBindValue(kSchemaVerifiedKey);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    StoreError error;
    return Migrator(connection()).currentVersion(&error);
}

std::unique_ptr<Database> Database::open(const QString &path, const Options &options,
                                         StoreError *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const SqliteFileHeader header = SqliteFileHeader::read(path);
    switch (header.status) {
    case SqliteFileHeader::Status::Missing:
        if (!options.createIfMissing) {
            *error = StoreError::make(StoreError::Kind::NotFound,
                                      QObject::tr("The workspace %1 does not exist.").arg(shown));
            return nullptr;
        }
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            *error = StoreError::make(StoreError::Kind::Io,
                                      QObject::tr("Cannot create the folder for %1.").arg(shown));
            return nullptr;
        }
        break;
    case SqliteFileHeader::Status::Unreadable:
        *error = StoreError::make(StoreError::Kind::Io,
                                  QObject::tr("Cannot read %1: %2").arg(shown, header.error));
        return nullptr;
    case SqliteFileHeader::Status::NotSqlite:
        *error = StoreError::make(StoreError::Kind::NotSqlite,
                                  QObject::tr("%1 is not an Agent P workspace (not an SQLite "
                                              "database). Choose another file.")
                                      .arg(shown));
        return nullptr;
    case SqliteFileHeader::Status::Empty:
        break;
    case SqliteFileHeader::Status::Ok:
        if (header.userVersion > latestSchemaVersion()) {
            *error = tooNew(path, header.userVersion);
            return nullptr;
        }
        break;
    }

    const QString name =
        QStringLiteral("agentp-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!db.open()) {
        *error = classifySqlError(db.lastError(), QObject::tr("Cannot open %1").arg(shown));
        return nullptr;
    }

    // The user_version in the header can lag behind a WAL that was never checkpointed, so ask
    // SQLite too before changing anything.
    Migrator migrator(db);
    const int version = migrator.currentVersion(error);
    if (version < 0)
        return nullptr;
    if (version > latestSchemaVersion()) {
        *error = tooNew(path, version);
        return nullptr;
    }

    QSqlQuery q(db);
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
    };
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma)) {
            *error = classifySqlError(q.lastError(), QObject::tr("Cannot prepare %1").arg(shown));
            return nullptr;
        }
    }

    if (!options.migrate)
        return database;
    if (!migrator.migrate(error))
        return nullptr;

    // Building the expected schema runs every migration on an in-memory database (≈ 10 ms, a
    // tenth of the console's start-up: bench_startup); a file whose schema has not changed since
    // this program verified it is not checked again.
    const QString marker = schemaMarker(db);
    if (!marker.isEmpty() && storedMarker(db) == marker) {
        database->m_schemaCheckedByMarker = true;
        return database;
    }
    const SchemaSnapshot actual = SchemaSnapshot::of(db, error);
    if (error->isError())
        return nullptr;
    const QStringList differences = actual.differencesFrom(SchemaSnapshot::expected());
    if (!differences.isEmpty()) {
        *error = StoreError::make(
            StoreError::Kind::SchemaMismatch,
            QObject::tr("The workspace %1 does not have the expected tables (%2). It may have been "
                        "edited by another tool.")
                .arg(shown, differences.mid(0, 3).join(QStringLiteral("; "))));
        return nullptr;
    }
    if (!marker.isEmpty()) {
        // Data, not schema: the cookie stays. A failed write (read-only medium, full disk) only
        // means the next open checks again.
        QSqlQuery remember(db);
        remember.prepare(QStringLiteral("INSERT INTO workspace_meta(key, value) VALUES (?, ?)"
                                        " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        remember.addBindValue(kSchemaVerifiedKey);
        remember.addBindValue(marker);
        remember.exec();
    }
    return database;
}

} // namespace agentp::store
