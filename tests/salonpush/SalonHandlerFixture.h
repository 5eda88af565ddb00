#pragma once
// Shared by the SalonIntentHandler tests: a workspace with the waitlist fixture, the same
// waitlist on FakePostgrestServer, a signed-in PostgrestClient and the handler, plus helpers
// that hand an intent (as stored) to the handler and wait for its one answer.

#include "models/store/Database.h"
#include "models/store/OutboxRepository.h"
#include "models/store/RiskRepository.h"
#include "models/store/TenantRepository.h"
#include "models/store/WaitlistRepository.h"
#include "models/store/WinBackRepository.h"
#include "net/sync/OutboxWorker.h"
#include "net/sync/SalonIntentHandler.h"
#include "tests/supabase/PostgrestTestHelpers.h"
#include "tests/support/TempWorkspace.h"
#include "tests/waitlist/WaitlistFixture.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace salonpush {

using namespace agentp;
using net::IntentOutcome;
using net::SalonIntentHandler;
using net::supabase::PostgrestClient;
using testing::FakePostgrestServer;
using testing::WaitlistFixture;
using Kind = IntentOutcome::Kind;

const QString kTenantA = QString::fromLatin1(WaitlistFixture::kTenantA);
const QString kTenantB = QString::fromLatin1(WaitlistFixture::kTenantB);
const QString kServerUpdated = QStringLiteral("2026-11-20T12:00:01.234567+00:00");
const QString kServerUpdatedStored = QStringLiteral("2026-11-20T12:00:01.234Z");

inline QJsonObject object(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// A wishlist_v2 row as the server holds it (the fixture's ids, tenants and clients).
inline QJsonObject wish(int id, const QString &tenant, const char *client, const char *status,
                        const QJsonValue &processedAt = QJsonValue())
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("tenant_id"), tenant},
            {QStringLiteral("client_id"), QLatin1String(client)},
            {QStringLiteral("status"), QLatin1String(status)},
            {QStringLiteral("processed_at"), processedAt},
            {QStringLiteral("updated_at"), kServerUpdated}};
}

struct Run
{
    IntentOutcome outcome;
    int calls = 0;
};

class HandlerFixture
{
protected:
    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<FakePostgrestServer> m_server;
    std::unique_ptr<PostgrestClient> m_client;
    std::unique_ptr<SalonIntentHandler> m_handler;
    const QByteArray m_token = QByteArrayLiteral("jwt-manager-1");

    QSqlDatabase db() const { return m_db->connection(); }

    void serveWishlist(const QJsonArray &rows)
    {
        m_server->setTable(QStringLiteral("wishlist_v2"), rows);
    }
    // The fixture's waitlist as the server has it, with row 1 replaced when given.
    void serveWishlist(const QJsonObject &first = {})
    {
        serveWishlist(QJsonArray{
            first.isEmpty() ? wish(1, kTenantA, "c-maria", "pending") : first,
            wish(2, kTenantA, "c-olga", "pending"),
            wish(3, kTenantA, "c-ivan", "converted", QStringLiteral("2026-11-11T09:00:00+00:00")),
            wish(4, kTenantB, "c-petr", "pending")});
    }
    QJsonObject serverRow(int id) const
    {
        for (const auto &row : m_server->rows(QStringLiteral("wishlist_v2")))
            if (row.toObject().value(QStringLiteral("id")).toInt() == id)
                return row.toObject();
        return {};
    }
    QVariant local(const QString &table, const QString &column, qint64 id) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return QStringLiteral("<no row>");
        return q.value(0);
    }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qWarning() << q.lastError().text();
        return !q.lastError().isValid();
    }
    QList<FakePostgrestServer::Recorded> requests(const QByteArray &method) const
    {
        QList<FakePostgrestServer::Recorded> out;
        for (const auto &r : m_server->requests())
            if (r.method == method)
                out << r;
        return out;
    }

    static store::ActionContext context()
    {
        return {WaitlistFixture::now(), WaitlistFixture::now(), QStringLiteral("user-1")};
    }
    qint64 convert(qint64 id)
    {
        store::StoreError e;
        const auto r = store::WaitlistRepository(db()).convert(id, context(), &e);
        return r.ok() ? r.ticket.intentId : 0;
    }

    // Hands the intent (as stored) to the handler and waits for its answer.
    Run run(qint64 intentId)
    {
        Run result;
        store::StoreError e;
        const auto intent = store::OutboxRepository(db()).find(intentId, &e);
        if (!intent) {
            qWarning("no intent %lld", intentId);
            return result;
        }
        auto calls = std::make_shared<Run>();
        m_handler->handle(db(), *intent, [calls](const IntentOutcome &o) {
            calls->outcome = o;
            ++calls->calls;
        });
        if (!QTest::qWaitFor([calls] { return calls->calls > 0; }, pgtest::kWaitMs))
            qWarning("intent %lld: no answer", intentId);
        QCoreApplication::processEvents(); // a second answer would come now
        return *calls;
    }
    static bool aboutAnHour(const QDateTime &at)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return at.isValid() && at > now.addSecs(59 * 60) && at < now.addSecs(61 * 60);
    }

    // init(): a fresh workspace, server, client and handler for every test function.
    void setUp()
    {
        m_handler.reset();
        m_client.reset();
        m_server.reset();
        m_db.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_tmp.file() + suffix);
        store::StoreError error;
        m_db = store::Database::open(m_tmp.file(), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QVERIFY(WaitlistFixture::populate(db()));
        QVERIFY(exec(QStringLiteral("UPDATE tenants SET metadata = ?, metadata_version = 1"
                                    " WHERE id = ?"),
                     {QStringLiteral(R"({"name":"Лаванда","yclients_id":"123456",)"
                                     R"("closing_time":"21:00","gap_filter":true})"),
                      kTenantA}));

        m_server = std::make_unique<FakePostgrestServer>();
        QVERIFY(m_server->listen());
        m_server->addToken(m_token);
        serveWishlist();
        m_client = std::make_unique<PostgrestClient>(pgtest::configFor(*m_server));
        m_client->setAccessToken(m_token);
        m_handler = std::make_unique<SalonIntentHandler>(m_client.get());
    }

    void tearDown()
    {
        m_handler.reset();
        m_client.reset();
        m_server.reset();
        m_db.reset();
    }
};

} // namespace salonpush
