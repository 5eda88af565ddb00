#include "models/demo/DemoGenerator.h"
#include "models/store/Database.h"
#include "models/store/Migration.h"
#include "tests/support/TempWorkspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

#include <cmath>
#include <map>

using agentp::demo::DemoGenerator;
using agentp::demo::DemoOptions;
using agentp::demo::DemoSummary;
using agentp::store::Database;
using agentp::store::StoreError;
using agentp::testing::TempWorkspace;

namespace {

const QDateTime kAnchor =
    QDateTime::fromString(QStringLiteral("2026-11-20T12:00:00Z"), Qt::ISODate);
const QString kAnchorIso = QStringLiteral("2026-11-20T12:00:00.000Z");
const QString kAnchorDate = QStringLiteral("2026-11-20");

// A read-only look at a generated file through its own connection.
class Reader final
{
public:
    explicit Reader(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_ok = db.open();
    }
    ~Reader()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_ok; }
    QSqlQuery query(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.setForwardOnly(true);
        if (!q.exec(sql))
            qWarning() << sql << q.lastError().text();
        return q;
    }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q = query(sql);
        return q.next() ? q.value(0) : QVariant();
    }
    qint64 count(const QString &sql) const { return value(sql).toLongLong(); }

    // SHA-256 over every row of every table, ordered by primary key. quote() is SQLite's own
    // canonical text of a value (type included), so equal digests mean equal content even when
    // the files differ byte-wise (page layout, free pages).
    QByteArray digest() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery tables = query(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &table : names) {
            QStringList columns;
            std::map<int, QString> keys;
            QSqlQuery info = query(QStringLiteral("PRAGMA table_info(%1)").arg(table));
            while (info.next()) {
                const QString column = info.value(1).toString();
                columns.append(QStringLiteral("quote(%1)").arg(column));
                if (info.value(5).toInt() > 0)
                    keys[info.value(5).toInt()] = column;
            }
            QStringList order;
            for (const auto &key : keys)
                order.append(key.second);
            if (order.isEmpty())
                order.append(QStringLiteral("rowid"));
            hash.addData(table.toUtf8());
            QSqlQuery rows = query(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                       .arg(columns.join(QStringLiteral("||'|'||")), table,
                                            order.join(QLatin1Char(','))));
            while (rows.next()) {
                hash.addData(rows.value(0).toString().toUtf8());
                hash.addData(QByteArrayView("\n"));
            }
        }
        return hash.result().toHex();
    }

private:
    QString m_name;
    bool m_ok = false;
};

double churnRule(qint64 daysSince, int interval)
{
    const double ratio = double(daysSince) / double(interval > 0 ? interval : 30);
    return ratio < 1.0 ? 0.0 : ratio < 1.3 ? 0.3 : ratio < 1.5 ? 0.6 : 0.9;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedGivesSameContent();
    void differentSeedGivesDifferentContent();
    void resultOpensWithLatestSchema();
    void workspaceMetaDescribesTheDemo();
    void scaleMultipliesVolumes();
    void pastTimestampsAreNotAfterAnchor();
    void futureDatesAreInTheNextTwoWeeks();
    void timestampsUseStoreFormat();
    void refusesExistingTarget();
    void rejectsInvalidScale();
    void ozonMessageIdsStayExact();
    void chatStatesAreAllPresent();
    void chatSummariesMatchMessages();
    void churnScoresFollowTheRule();
    void dailyMetricsMatchSessions();
    void botDialogsAlternate();
    void salonReferenceData();
    void localStateRows();
    void progressIsMonotonic();

private:
    QString generate(const QString &name, quint64 seed, int scale, DemoSummary *summary = nullptr);

    TempWorkspace m_workspace;
    QString m_first;
    QString m_second;
    QString m_otherSeed;
    QString m_double;
    DemoSummary m_summary;
    DemoSummary m_doubleSummary;
};

QString TestDemoGenerator::generate(const QString &name, quint64 seed, int scale,
                                    DemoSummary *summary)
{
    DemoOptions options;
    options.seed = seed;
    options.scale = scale;
    options.anchor = kAnchor;
    StoreError error;
    const QString path = m_workspace.file(name);
    const bool ok = DemoGenerator::create(path, options, summary, &error);
    if (!ok)
        qWarning() << error.message;
    return ok ? path : QString();
}

void TestDemoGenerator::initTestCase()
{
    QVERIFY(m_workspace.isValid());
    QVERIFY(kAnchor.isValid());
    m_first = generate(QStringLiteral("first.agentp"), 42, 1, &m_summary);
    m_second = generate(QStringLiteral("second.agentp"), 42, 1);
    m_otherSeed = generate(QStringLiteral("other.agentp"), 43, 1);
    m_double = generate(QStringLiteral("double.agentp"), 42, 2, &m_doubleSummary);
    QVERIFY(!m_first.isEmpty() && !m_second.isEmpty() && !m_otherSeed.isEmpty() &&
            !m_double.isEmpty());
}

void TestDemoGenerator::sameSeedGivesSameContent()
{
    const QByteArray first = Reader(m_first).digest();
    QCOMPARE(Reader(m_second).digest(), first);
    QVERIFY(!first.isEmpty());
}

void TestDemoGenerator::differentSeedGivesDifferentContent()
{
    QVERIFY(Reader(m_otherSeed).digest() != Reader(m_first).digest());
}

void TestDemoGenerator::resultOpensWithLatestSchema()
{
    {
        StoreError error;
        auto db = Database::open(m_first, Database::Options{false, true, 5000}, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), agentp::store::latestSchemaVersion());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!q.next(), "a row points at a missing parent");
    }
    // Nothing of the temporary file is left next to the results.
    const QStringList leftovers = QDir(m_workspace.dir()).entryList({QStringLiteral("*partial*")});
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
}

void TestDemoGenerator::workspaceMetaDescribesTheDemo()
{
    Reader r(m_first);
    auto meta = [&](const char *key) {
        return r
            .value(QStringLiteral("SELECT value FROM workspace_meta WHERE key = '%1'")
                       .arg(QLatin1String(key)))
            .toString();
    };
    QCOMPARE(meta("kind"), QStringLiteral("demo"));
    QCOMPARE(meta("name"), QStringLiteral("Демо: салоны и маркетплейсы"));
    QCOMPARE(meta("demo_seed"), QStringLiteral("42"));
    QCOMPARE(meta("demo_scale"), QStringLiteral("1"));
    QCOMPARE(meta("demo_anchor"), kAnchorIso);
    QVERIFY(!meta("created_at").isEmpty());
}

void TestDemoGenerator::scaleMultipliesVolumes()
{
    Reader one(m_first);
    Reader two(m_double);
    // The volumes are sums of hundreds of independent draws (clients ±5% per salon, sessions
    // per day ±25% around a mean, 2–20 messages a chat), so doubling the scale doubles them
    // within a few percent; ±10% leaves room without hiding a missing multiplier.
    for (const char *table : {"clients", "bot_sessions", "bot_messages", "chat_messages",
                              "waitlist_items", "risk_predictions", "client_visits"}) {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        const double ratio = double(two.count(sql)) / double(one.count(sql));
        QVERIFY2(ratio > 1.8 && ratio < 2.2,
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(table)).arg(ratio)));
    }
    // Chats per account are exact multiples.
    QCOMPARE(one.count(QStringLiteral("SELECT count(*) FROM chats")), 400);
    QCOMPARE(two.count(QStringLiteral("SELECT count(*) FROM chats")), 800);
    QCOMPARE(one.count(QStringLiteral("SELECT count(*) FROM tenants")), 2);
    QCOMPARE(two.count(QStringLiteral("SELECT count(*) FROM seller_accounts")), 3);
    QCOMPARE(m_summary.chats, 400);
    QCOMPARE(m_doubleSummary.chats, 800);
    // About 10 messages per chat, 5–8 bot dialogs per salon and day, ~300 clients per salon.
    QVERIFY(m_summary.chatMessages > 3600 && m_summary.chatMessages < 4800);
    const double perDay = double(m_summary.sessions) / 2 / 91;
    QVERIFY2(perDay >= 5 && perDay <= 8, qPrintable(QString::number(perDay)));
    QVERIFY(m_summary.clients >= 570 && m_summary.clients <= 630);
    QCOMPARE(m_summary.clients, one.count(QStringLiteral("SELECT count(*) FROM clients")));
}

void TestDemoGenerator::pastTimestampsAreNotAfterAnchor()
{
    Reader r(m_first);
    const QStringList columns = {QStringLiteral("tenants.updated_at"),
                                 QStringLiteral("users.updated_at"),
                                 QStringLiteral("clients.created_at"),
                                 QStringLiteral("clients.updated_at"),
                                 QStringLiteral("client_visits.visit_at"),
                                 QStringLiteral("client_memory.updated_at"),
                                 QStringLiteral("bot_sessions.started_at"),
                                 QStringLiteral("bot_sessions.ended_at"),
                                 QStringLiteral("bot_sessions.updated_at"),
                                 QStringLiteral("bot_messages.created_at"),
                                 QStringLiteral("waitlist_items.created_at"),
                                 QStringLiteral("waitlist_items.processed_at"),
                                 QStringLiteral("waitlist_items.updated_at"),
                                 QStringLiteral("risk_predictions.predicted_at"),
                                 QStringLiteral("seller_accounts.created_at"),
                                 QStringLiteral("chats.created_at"),
                                 QStringLiteral("chats.last_message_at"),
                                 QStringLiteral("chats.last_buyer_message_at"),
                                 QStringLiteral("chats.last_seller_message_at"),
                                 QStringLiteral("chat_messages.created_at"),
                                 QStringLiteral("sync_cursors.synced_at")};
    for (const QString &column : columns) {
        const QStringList parts = column.split(u'.');
        const QString newest =
            r.value(QStringLiteral("SELECT max(%1) FROM %2").arg(parts.at(1), parts.at(0)))
                .toString();
        QVERIFY2(!newest.isEmpty() && newest <= kAnchorIso,
                 qPrintable(column + QStringLiteral(" = ") + newest));
    }
    QVERIFY(r.value(QStringLiteral("SELECT max(last_visit_date) FROM client_memory")).toString() <
            kAnchorDate);
    QVERIFY(r.value(QStringLiteral("SELECT max(day) FROM daily_metrics")).toString() < kAnchorDate);
    // Dialogs still running at the anchor exist and have no end yet.
    QVERIFY(r.count(QStringLiteral("SELECT count(*) FROM bot_sessions WHERE status = 'active' "
                                   "AND ended_at IS NULL")) > 0);
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM bot_sessions WHERE status <> 'active' "
                                    "AND ended_at IS NULL")),
             0);
}

void TestDemoGenerator::futureDatesAreInTheNextTwoWeeks()
{
    Reader r(m_first);
    QSqlQuery q = r.query(
        QStringLiteral("SELECT min(wanted_date), max(wanted_date), count(*) FROM waitlist_items "
                       "WHERE status = 'pending'"));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString() > kAnchorDate);
    QVERIFY(q.value(1).toString() <= QStringLiteral("2026-12-04"));
    QVERIFY(q.value(2).toInt() >= 40 && q.value(2).toInt() <= 60); // ~25 per salon
    q = r.query(QStringLiteral("SELECT min(slot_at), max(slot_at), count(*), min(risk_score), "
                               "max(risk_score) FROM risk_predictions"));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString() > kAnchorIso);
    QVERIFY(q.value(1).toString() < QStringLiteral("2026-12-05"));
    QVERIFY(q.value(2).toInt() >= 70 && q.value(2).toInt() <= 90); // ~40 per salon
    QVERIFY(q.value(3).toDouble() < 0.2 && q.value(4).toDouble() > 0.7);
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM waitlist_items WHERE status IN "
                                    "('converted','cancelled') AND processed_at IS NOT NULL")),
             r.count(QStringLiteral("SELECT count(*) FROM waitlist_items WHERE status <> "
                                    "'pending'")));
    QVERIFY(r.count(QStringLiteral("SELECT count(*) FROM waitlist_items WHERE status <> "
                                   "'pending'")) > 0);
    const QJsonObject factors =
        QJsonDocument::fromJson(
            r.value(QStringLiteral("SELECT risk_factors FROM risk_predictions ORDER BY id "
                                   "LIMIT 1"))
                .toString()
                .toUtf8())
            .object();
    for (const char *key :
         {"days_since_last_visit", "cancel_rate", "lead_time_days", "is_new_client"})
        QVERIFY2(factors.contains(QLatin1String(key)), key);
}

void TestDemoGenerator::timestampsUseStoreFormat()
{
    Reader r(m_first);
    const QString pattern = QStringLiteral("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:"
                                           "[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z");
    const QStringList columns = {
        QStringLiteral("clients.created_at"),      QStringLiteral("client_visits.visit_at"),
        QStringLiteral("bot_sessions.started_at"), QStringLiteral("bot_sessions.slot_at"),
        QStringLiteral("bot_messages.created_at"), QStringLiteral("chat_messages.created_at"),
        QStringLiteral("chats.last_message_at"),   QStringLiteral("risk_predictions.slot_at")};
    for (const QString &column : columns) {
        const QStringList parts = column.split(u'.');
        QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL AND "
                                        "%2 NOT GLOB '%3'")
                             .arg(parts.at(0), parts.at(1), pattern)),
                 0);
    }
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM waitlist_items WHERE wanted_date NOT "
                                    "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' OR "
                                    "window_from NOT GLOB '[0-2][0-9]:[0-5][0-9]'")),
             0);
}

void TestDemoGenerator::refusesExistingTarget()
{
    const QString path = m_workspace.file(QStringLiteral("taken.agentp"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("somebody's workspace");
    }
    DemoOptions options;
    options.anchor = kAnchor;
    StoreError error;
    QVERIFY(!DemoGenerator::create(path, options, nullptr, &error));
    QCOMPARE(error.kind, StoreError::Kind::Io);
    QVERIFY(error.message.contains(QStringLiteral("already exists")));
    QCOMPARE(agentp::testing::readAll(path), QByteArray("somebody's workspace"));
    QVERIFY(QDir(m_workspace.dir()).entryList({QStringLiteral("taken*")}).size() == 1);
}

void TestDemoGenerator::rejectsInvalidScale()
{
    DemoOptions options;
    options.scale = 0;
    StoreError error;
    const QString path = m_workspace.file(QStringLiteral("zero.agentp"));
    QVERIFY(!DemoGenerator::create(path, options, nullptr, &error));
    QVERIFY(error.isError());
    QVERIFY(!QFile::exists(path));
}

void TestDemoGenerator::ozonMessageIdsStayExact()
{
    Reader r(m_first);
    QSqlQuery q = r.query(QStringLiteral(
        "SELECT m.chat_id, m.remote_id, typeof(m.remote_id) FROM chat_messages m "
        "JOIN chats c ON c.id = m.chat_id JOIN seller_accounts a ON a.id = c.account_id "
        "WHERE a.marketplace = 'ozon' ORDER BY m.chat_id, m.created_at"));
    int checked = 0;
    qint64 chat = -1;
    quint64 previous = 0;
    while (q.next()) {
        const QString text = q.value(1).toString();
        QCOMPARE(q.value(2).toString(), QStringLiteral("text"));
        bool ok = false;
        const quint64 id = text.toULongLong(&ok);
        QVERIFY(ok);
        QVERIFY2(id > (1ULL << 53), qPrintable(text));
        QCOMPARE(QString::number(id), text); // no rounding through a double anywhere
        if (q.value(0).toLongLong() == chat)
            QVERIFY(id > previous); // ids grow with time inside a chat
        chat = q.value(0).toLongLong();
        previous = id;
        ++checked;
    }
    QVERIFY(checked > 1000);
    // Other marketplaces keep their own id styles.
    QVERIFY(r.value(QStringLiteral("SELECT remote_id FROM chats WHERE account_id = 2 LIMIT 1"))
                .toString()
                .startsWith(QStringLiteral("1:")));
    QVERIFY(r.value(QStringLiteral("SELECT order_number FROM chats WHERE account_id = 1 AND "
                                   "order_number IS NOT NULL LIMIT 1"))
                .toString()
                .contains(QRegularExpression(QStringLiteral("^\\d{8}-\\d{4}-\\d$"))));
}

void TestDemoGenerator::chatStatesAreAllPresent()
{
    Reader r(m_first);
    const QString lastSender = QStringLiteral(
        "(SELECT sender_type FROM chat_messages m WHERE m.chat_id = c.id ORDER BY created_at "
        "DESC, id DESC LIMIT 1)");
    const qint64 unread = r.count(QStringLiteral("SELECT count(*) FROM chats c WHERE "
                                                 "unread_count > 0 AND %1 = 'buyer'")
                                      .arg(lastSender));
    const qint64 answered =
        r.count(QStringLiteral("SELECT count(*) FROM chats c WHERE %1 = 'seller'").arg(lastSender));
    const qint64 waitingLong =
        r.count(QStringLiteral("SELECT count(*) FROM chats c WHERE %1 = 'buyer' AND "
                               "last_buyer_message_at < '2026-11-20T09:00:00.000Z' AND "
                               "(last_seller_message_at IS NULL OR last_seller_message_at < "
                               "last_buyer_message_at)")
                    .arg(lastSender));
    const qint64 closed = r.count(QStringLiteral("SELECT count(*) FROM chats WHERE status = "
                                                 "'CLOSED'"));
    QVERIFY2(
        unread > 0 && answered > 0 && waitingLong > 0 && closed > 0,
        qPrintable(
            QStringLiteral("%1 %2 %3 %4").arg(unread).arg(answered).arg(waitingLong).arg(closed)));
    QVERIFY(r.count(QStringLiteral("SELECT count(*) FROM attachments WHERE kind = 'image' AND "
                                   "url LIKE 'https://api-seller.ozon.ru/v2/chat/file/%'")) > 0);
    QVERIFY(r.count(QStringLiteral("SELECT count(*) FROM attachments WHERE kind = 'file' AND "
                                   "mime_type = 'application/pdf'")) > 0);
}

void TestDemoGenerator::chatSummariesMatchMessages()
{
    Reader r(m_first);
    QCOMPARE(r.count(QStringLiteral(
                 "SELECT count(*) FROM chats c WHERE last_message_at <> (SELECT max(created_at) "
                 "FROM chat_messages m WHERE m.chat_id = c.id) OR unread_count <> (SELECT "
                 "count(*) FROM chat_messages m WHERE m.chat_id = c.id AND is_read = 0) OR "
                 "coalesce(last_buyer_message_at, '') <> coalesce((SELECT max(created_at) FROM "
                 "chat_messages m WHERE m.chat_id = c.id AND sender_type = 'buyer'), '') OR "
                 "coalesce(last_seller_message_at, '') <> coalesce((SELECT max(created_at) FROM "
                 "chat_messages m WHERE m.chat_id = c.id AND sender_type = 'seller'), '') OR "
                 "created_at > (SELECT min(created_at) FROM chat_messages m WHERE m.chat_id = "
                 "c.id)")),
             0);
    QCOMPARE(r.count(QStringLiteral(
                 "SELECT count(*) FROM chats c WHERE last_message_preview <> substr((SELECT body "
                 "FROM chat_messages m WHERE m.chat_id = c.id ORDER BY created_at DESC LIMIT 1), "
                 "1, 120)")),
             0);
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM chat_messages WHERE sender_type = "
                                    "'seller' AND (author IS NULL OR author = '')")),
             0);
}

void TestDemoGenerator::churnScoresFollowTheRule()
{
    Reader r(m_first);
    const QDate anchorDay = kAnchor.date();
    QSqlQuery q = r.query(QStringLiteral(
        "SELECT m.last_visit_date, m.avg_visit_interval, m.churn_risk_score, "
        "(SELECT substr(max(visit_at), 1, 10) FROM client_visits v WHERE v.client_id = "
        "m.client_id AND v.status = 'completed') FROM client_memory m"));
    int checked = 0;
    int risky = 0;
    while (q.next()) {
        const double score = q.value(2).toDouble();
        if (q.value(0).isNull()) {
            QCOMPARE(score, 0.0);
            continue;
        }
        QCOMPARE(q.value(0).toString(), q.value(3).toString());
        const QDate last = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const int interval = q.value(1).isNull() ? 0 : q.value(1).toInt();
        QCOMPARE(score, churnRule(last.daysTo(anchorDay), interval));
        if (score >= 0.6)
            ++risky;
        ++checked;
    }
    QVERIFY(checked > 500);
    QVERIFY(risky > 50); // the win-back list is not empty
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM client_memory WHERE churn_risk_score "
                                    "NOT IN (0, 0.3, 0.6, 0.9)")),
             0);
    // LTM is readable JSON with the fields the clients page shows.
    const QJsonObject ltm =
        QJsonDocument::fromJson(
            r.value(QStringLiteral("SELECT ltm_data FROM client_memory LIMIT 1"))
                .toString()
                .toUtf8())
            .object();
    QVERIFY(ltm.value(QStringLiteral("preferred_services")).isArray());
    QVERIFY(ltm.contains(QStringLiteral("communication_style")));
}

void TestDemoGenerator::dailyMetricsMatchSessions()
{
    Reader r(m_first);
    QCOMPARE(r.count(QStringLiteral(
                 "SELECT count(*) FROM daily_metrics d WHERE dialogs_started <> (SELECT count(*) "
                 "FROM bot_sessions s WHERE s.tenant_id = d.tenant_id AND substr(s.started_at, 1, "
                 "10) = d.day) OR bookings <> (SELECT count(*) FROM bot_sessions s WHERE "
                 "s.tenant_id = d.tenant_id AND substr(s.started_at, 1, 10) = d.day AND "
                 "booking_id IS NOT NULL) OR abs(conversion - round(100.0 * bookings / "
                 "dialogs_started, 2)) > 1e-9")),
             0);
    const qint64 rows = r.count(QStringLiteral("SELECT count(*) FROM daily_metrics"));
    // 90 past days per salon minus the 2–3 days the collector "missed" (same days for both).
    QVERIFY2(rows == 2 * 87 || rows == 2 * 88, qPrintable(QString::number(rows)));
    const double conversion =
        r.value(QStringLiteral("SELECT 100.0 * sum(bookings) / sum(dialogs_started) "
                               "FROM daily_metrics"))
            .toDouble();
    QVERIFY2(conversion >= 30 && conversion <= 45, qPrintable(QString::number(conversion)));
    QVERIFY(r.count(QStringLiteral("SELECT min(avg_response_ms) FROM daily_metrics")) > 500);
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM bot_sessions WHERE status NOT IN "
                                    "('booked','completed','abandoned','handoff','active')")),
             0);
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM bot_sessions WHERE (status = 'booked') "
                                    "<> (booking_id IS NOT NULL)")),
             0);
}

void TestDemoGenerator::botDialogsAlternate()
{
    Reader r(m_first);
    QSqlQuery q = r.query(QStringLiteral(
        "SELECT m.session_id, m.role, s.status FROM bot_messages m JOIN bot_sessions s ON s.id = "
        "m.session_id ORDER BY m.session_id, m.id"));
    QString session;
    QString previousRole;
    QString status;
    int length = 0;
    int sessions = 0;
    auto closeSession = [&] {
        if (session.isEmpty())
            return;
        ++sessions;
        if (status != QLatin1String("active"))
            QVERIFY2(length >= 3 && length <= 14, qPrintable(session));
    };
    while (q.next()) {
        if (q.value(0).toString() != session) {
            closeSession();
            session = q.value(0).toString();
            status = q.value(2).toString();
            length = 0;
            QCOMPARE(q.value(1).toString(), QStringLiteral("user"));
        } else {
            QVERIFY(q.value(1).toString() != previousRole);
        }
        previousRole = q.value(1).toString();
        ++length;
    }
    closeSession();
    QCOMPARE(qint64(sessions), m_summary.sessions);
}

void TestDemoGenerator::salonReferenceData()
{
    Reader r(m_first);
    QSqlQuery q = r.query(QStringLiteral("SELECT name, timezone, metadata, metadata_version, id "
                                         "FROM tenants ORDER BY name"));
    int tenants = 0;
    while (q.next()) {
        ++tenants;
        const QJsonObject meta = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        QCOMPARE(meta.value(QStringLiteral("name")).toString(), q.value(0).toString());
        QVERIFY(meta.value(QStringLiteral("yclients_id"))
                    .toString()
                    .contains(QRegularExpression(QStringLiteral("^\\d+$"))));
        QVERIFY(meta.value(QStringLiteral("admin_chat_id")).toDouble() < 0);
        QCOMPARE(meta.value(QStringLiteral("closing_time")).toString(), QStringLiteral("21:00"));
        QVERIFY(meta.value(QStringLiteral("gap_filter")).isBool());
        QCOMPARE(q.value(3).toInt(), 1);
        QVERIFY(!QUuid::fromString(q.value(4).toString()).isNull());
    }
    QCOMPARE(tenants, 2);
    // Phones are written in many ways, but phone_digits is always the normalised 7XXXXXXXXXX.
    q = r.query(QStringLiteral("SELECT phone, phone_digits FROM clients WHERE phone IS NOT NULL"));
    QSet<QString> shapes;
    while (q.next()) {
        QString digits = q.value(0).toString();
        digits.remove(QRegularExpression(QStringLiteral("\\D")));
        if (digits.startsWith(u'8'))
            digits[0] = u'7';
        QCOMPARE(digits, q.value(1).toString());
        QCOMPARE(digits.size(), 11);
        QString shape = q.value(0).toString();
        shape.replace(QRegularExpression(QStringLiteral("\\d")), QStringLiteral("d"));
        shapes.insert(shape);
    }
    QVERIFY(shapes.size() >= 5);
    QCOMPARE(r.count(QStringLiteral("SELECT count(DISTINCT role) FROM users WHERE role IN "
                                    "('super_admin','admin','manager')")),
             3);
    QCOMPARE(r.count(QStringLiteral("SELECT count(DISTINCT status) FROM client_visits")), 3);
}

void TestDemoGenerator::localStateRows()
{
    Reader r(m_first);
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM sync_cursors WHERE source IN "
                                    "('ozon','wildberries','yandex_market')")),
             3);
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM sync_cursors WHERE source = "
                                    "'supabase' AND scope IN (SELECT id FROM tenants)")),
             2);
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM sla_rules WHERE is_default = 1 AND "
                                    "scope_kind = 'all' AND first_response_minutes = 60 AND "
                                    "next_response_minutes = 120 AND warning_minutes = 15")),
             1);
    const QJsonObject calendar =
        QJsonDocument::fromJson(r.value(QStringLiteral("SELECT calendar FROM sla_rules WHERE "
                                                       "scope_value = 'ozon'"))
                                    .toString()
                                    .toUtf8())
            .object();
    QCOMPARE(calendar.value(QStringLiteral("timezone")).toString(),
             QStringLiteral("Europe/Moscow"));
    QCOMPARE(calendar.value(QStringLiteral("weekly"))
                 .toObject()
                 .value(QStringLiteral("mon"))
                 .toArray()
                 .size(),
             2);
    QVERIFY(calendar.value(QStringLiteral("holidays"))
                .toArray()
                .contains(QStringLiteral("2026-12-31")));
}

void TestDemoGenerator::progressIsMonotonic()
{
    QList<int> seen;
    DemoOptions options;
    options.anchor = kAnchor;
    StoreError error;
    QVERIFY(DemoGenerator::create(m_workspace.file(QStringLiteral("progress.agentp")), options,
                                  nullptr, &error, [&seen](int percent) { seen.append(percent); }));
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.first(), 0);
    QCOMPARE(seen.last(), 100);
    QVERIFY(seen.size() <= 101);
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i) > seen.at(i - 1));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
