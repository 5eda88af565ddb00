#include "tests/demo/DemoTestSupport.h"

// What the demo holds: marketplace chats, salon data and local state consistent with the rules
// the panes rely on.
class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ozonMessageIdsStayExact();
    void chatStatesAreAllPresent();
    void chatSummariesMatchMessages();
    void churnScoresFollowTheRule();
    void dailyMetricsMatchSessions();
    void botDialogsAlternate();
    void salonReferenceData();
    void localStateRows();

private:
    TempWorkspace m_workspace;
    QString m_first;
    DemoSummary m_summary;
};

void TestDemoData::initTestCase()
{
    QVERIFY(m_workspace.isValid());
    QVERIFY(kAnchor.isValid());
    DemoOptions options;
    options.seed = 42;
    options.scale = 1;
    options.anchor = kAnchor;
    StoreError error;
    m_first = m_workspace.file(QStringLiteral("first.agentp"));
    QVERIFY2(DemoGenerator::create(m_first, options, &m_summary, &error),
             qPrintable(error.message));
}

void TestDemoData::ozonMessageIdsStayExact()
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

void TestDemoData::chatStatesAreAllPresent()
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

void TestDemoData::chatSummariesMatchMessages()
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

void TestDemoData::churnScoresFollowTheRule()
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

void TestDemoData::dailyMetricsMatchSessions()
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

void TestDemoData::botDialogsAlternate()
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

void TestDemoData::salonReferenceData()
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

void TestDemoData::localStateRows()
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

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
