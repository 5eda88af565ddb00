#include "tests/demo/DemoTestSupport.h"

// Generation as a whole: determinism, schema, volumes, time ranges, refusals, progress.
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
