// Client search (ClientRepository over the clients_search trigram index of migration 5): names
// in any case of any alphabet, phones in any formatting, short queries, FTS syntax in the text,
// the triggers that keep the index current, and the detail reads. Plus ClientListModel under
// QAbstractItemModelTester and the LTM fields.
#include "tests/clients/ClientTestData.h"

#include "models/items/ClientListModel.h"
#include "models/items/ClientMemoryFields.h"
#include "models/store/ClientRepository.h"
#include "models/store/Database.h"
#include "models/store/Migrator.h"
#include "models/store/StoreNotifier.h"
#include "tests/support/TempWorkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace agentp;
using testing::ClientTestData;

namespace {

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

QStringList ids(const std::vector<domain::ClientRow> &rows)
{
    QStringList out;
    for (const auto &r : rows)
        out << r.id;
    out.sort();
    return out;
}

} // namespace

class TestClientSearch : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    std::unique_ptr<store::Database> m_db;

    QStringList search(const QString &text, const QString &tenant = QString())
    {
        store::StoreError error;
        domain::ClientFilter f;
        f.search = text;
        f.tenantId = tenant;
        store::ClientRepository repo(m_db->connection());
        const auto rows = repo.page(f, 0, 1000, &error);
        if (error.isError())
            qWarning("search failed: %s", qPrintable(error.message));
        const qint64 count = repo.count(f, &error);
        if (count != qint64(rows.size()))
            qWarning("count %lld differs from the rows %zu", count, rows.size());
        return error.isError() ? QStringList{QStringLiteral("<error>")} : ids(rows);
    }

private slots:
    void initTestCase()
    {
        store::StoreError error;
        m_db = store::Database::open(m_tmp.file(), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QVERIFY(ClientTestData::populate(m_db->connection()));
    }

    void cleanupTestCase() { m_db.reset(); }

    void byName_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QStringList mar = {QStringLiteral("maria"), QStringLiteral("marina"),
                                 QStringLiteral("mark")};
        QTest::addRow("lower-case Cyrillic") << QStringLiteral("мар") << mar;
        QTest::addRow("upper-case Cyrillic") << QStringLiteral("МАР") << mar;
        QTest::addRow("mixed case") << QStringLiteral("мАрИ") << names({"maria", "marina"});
        QTest::addRow("stored upper, typed title") << QStringLiteral("Марина") << names({"marina"});
        QTest::addRow("middle of the surname") << QStringLiteral("ОКОЛ") << names({"marina"});
        QTest::addRow("words in any order") << QStringLiteral("петрова мария") << names({"maria"});
        QTest::addRow("both words must match") << QStringLiteral("мария соколова") << QStringList{};
        QTest::addRow("stem across clients")
            << QStringLiteral("иванов") << names({"mark", "percent"});
        QTest::addRow("percent sign is literal") << QStringLiteral("100%") << names({"percent"});
        QTest::addRow("underscore is literal") << QStringLiteral("ольга_п") << names({"olga"});
        QTest::addRow("ё") << QStringLiteral("ЗЕЛЁНАЯ") << names({"quote"});
        QTest::addRow("a double quote") << QStringLiteral("\"Зел") << names({"quote"});
        QTest::addRow("Latin") << QStringLiteral("SMITH") << names({"anna"});
        QTest::addRow("FTS syntax is text") << QStringLiteral("NEAR(мар") << QStringList{};
        QTest::addRow("star is text") << QStringLiteral("мар*") << QStringList{};
        QTest::addRow("column filter is text") << QStringLiteral("full_name:мар") << QStringList{};
        QTest::addRow("two letters: start of the name")
            << QStringLiteral("ма") << names({"maria", "marina", "mark"});
        QTest::addRow("one letter: start of the name") << QStringLiteral("о") << names({"olga"});
        QTest::addRow("one Latin letter, upper") << QStringLiteral("A") << names({"anna"});
        QTest::addRow("GLOB metacharacter") << QStringLiteral("*") << QStringList{};
        QTest::addRow("nothing") << QStringLiteral("жжж") << QStringList{};
    }

    void byName()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        expected.sort();
        QCOMPARE(search(query), expected);
    }

    void byPhone_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QStringList maria{QStringLiteral("maria")};
        QTest::addRow("8 and brackets") << QStringLiteral("8 (999) 123-45-67") << maria;
        QTest::addRow("+7 and spaces") << QStringLiteral("+7 999 123 45 67") << maria;
        QTest::addRow("+7 bare") << QStringLiteral("+79991234567") << maria;
        QTest::addRow("8 bare") << QStringLiteral("89991234567") << maria;
        QTest::addRow("national") << QStringLiteral("9991234567") << maria;
        QTest::addRow("part, formatted") << QStringLiteral("123-45-67") << maria;
        QTest::addRow("part, with +7") << QStringLiteral("+7 999 12") << maria;
        QTest::addRow("part, with trunk 8") << QStringLiteral("8 999 123") << maria;
        QTest::addRow("part, trunk 8 without space")
            << QStringLiteral("8916111") << names({"marina"});
        QTest::addRow("three digits") << QStringLiteral("903") << names({"mark"});
        QTest::addRow("stored as 8, typed as +7")
            << QStringLiteral("+7 916 111-22-33") << names({"marina"});
        QTest::addRow("foreign") << QStringLiteral("7946 0958") << names({"anna"});
        QTest::addRow("name and phone words") << QStringLiteral("Мария 999") << names({"maria"});
        QTest::addRow("no such number") << QStringLiteral("+7 999 765-43-21") << QStringList{};
    }

    void byPhone()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        expected.sort();
        QCOMPARE(search(query), expected);
    }

    void twoDigitsMatchNoPhones()
    {
        // Too short for a phone search: treated as the start of a name, which no name has.
        QCOMPARE(search(QStringLiteral("12")), QStringList{});
    }

    void filtersBySalon()
    {
        QCOMPARE(search(QStringLiteral("мар"), QString::fromLatin1(ClientTestData::kTenantA)),
                 names({"maria", "marina"}));
        QCOMPARE(search(QStringLiteral("ма"), QString::fromLatin1(ClientTestData::kTenantB)),
                 names({"mark"}));
    }

    void ordersByNameAndPages()
    {
        store::ClientRepository repo(m_db->connection());
        store::StoreError error;
        domain::ClientFilter f;
        f.search = QStringLiteral("клиент");
        QCOMPARE(repo.count(f, &error), qint64(ClientTestData::kFillers));
        const auto first = repo.page(f, 0, 10, &error);
        const auto second = repo.page(f, 10, 10, &error);
        QCOMPARE(first.front().fullName, QStringLiteral("Клиент 0001"));
        QCOMPARE(second.front().fullName, QStringLiteral("Клиент 0011"));
        f.search.clear();
        const auto all = repo.page(f, 0, 1000, &error);
        QCOMPARE(qint64(all.size()), ClientTestData::kFillers + 7);
        for (size_t i = 1; i < all.size(); ++i)
            QVERIFY(all[i - 1].fullName <= all[i].fullName);
        QVERIFY(!error.isError());
    }

    void searchUsesTheIndexes_data()
    {
        // The statements ClientRepository runs, and what SQLite must do with them: go through
        // the trigram index or a name index, never read every client.
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        const QString fts =
            QStringLiteral("c.rowid IN (SELECT rowid FROM clients_search WHERE clients_search MATCH"
                           " 'full_name : \"мар\"')");
        const QString order = QStringLiteral(" ORDER BY c.full_name, c.rowid LIMIT 200");
        QTest::addRow("name search")
            << QStringLiteral("SELECT id FROM clients c WHERE ") + fts + order
            << QStringLiteral("SEARCH c USING INTEGER PRIMARY KEY");
        QTest::addRow("name search in a salon")
            << QStringLiteral("SELECT id FROM clients c WHERE +c.tenant_id = 'x' AND ") + fts +
                   order
            << QStringLiteral("SEARCH c USING INTEGER PRIMARY KEY");
        QTest::addRow("common name: walk the name index")
            << QStringLiteral("SELECT id FROM clients c WHERE +") + fts + order
            << QStringLiteral("SCAN c USING INDEX clients_name");
        QTest::addRow("two letters")
            << QStringLiteral("SELECT id FROM clients c WHERE (c.full_name GLOB 'ма*' OR"
                              " c.full_name GLOB 'Ма*')") +
                   order
            << QStringLiteral("SEARCH c USING INDEX clients_name (full_name>? AND full_name<?)");
        QTest::addRow("two letters in a salon")
            << QStringLiteral("SELECT id FROM clients c WHERE +c.tenant_id = 'x' AND"
                              " (c.full_name GLOB 'ма*' OR c.full_name GLOB 'Ма*')") +
                   order
            << QStringLiteral("SEARCH c USING INDEX clients_name (full_name>? AND full_name<?)");
        QTest::addRow("the whole list")
            << QStringLiteral("SELECT id FROM clients c") + order + QStringLiteral(" OFFSET 400")
            << QStringLiteral("SCAN c USING INDEX clients_name");
        QTest::addRow("a salon's list")
            << QStringLiteral("SELECT id FROM clients c WHERE c.tenant_id = 'x'") + order
            << QStringLiteral("SEARCH c USING INDEX clients_tenant_name (tenant_id=?)");
    }

    void searchUsesTheIndexes()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        const QString text = plan.join(QLatin1Char('|'));
        QVERIFY2(text.contains(expected), qPrintable(text));
        // A plain "SCAN c" (no index) would read every client per keystroke.
        QVERIFY2(!plan.contains(QStringLiteral("SCAN c")), qPrintable(text));
    }

    void triggersKeepTheIndexCurrent()
    {
        QSqlDatabase db = m_db->connection();
        QVERIFY(ClientTestData::addClient(db, QStringLiteral("new"), ClientTestData::kTenantA,
                                          QStringLiteral("Зоя Новикова"),
                                          QStringLiteral("8 (921) 765-00-11")));
        QCOMPARE(search(QStringLiteral("новик")), names({"new"}));
        QCOMPARE(search(QStringLiteral("921 765")), names({"new"}));
        // Renamed and renumbered: found by the new values only.
        QVERIFY(ClientTestData::exec(db, QStringLiteral("UPDATE clients SET full_name ="
                                                        " 'Зоя Старикова', phone_digits ="
                                                        " '79217650022' WHERE id = 'new'")));
        QCOMPARE(search(QStringLiteral("новик")), QStringList{});
        QCOMPARE(search(QStringLiteral("старик")), names({"new"}));
        QCOMPARE(search(QStringLiteral("765-00-11")), QStringList{});
        QCOMPARE(search(QStringLiteral("765-00-22")), names({"new"}));
        // A sync's upsert goes through the update trigger.
        QVERIFY(ClientTestData::exec(
            db,
            QStringLiteral("INSERT INTO clients(id, tenant_id, full_name, created_at,"
                           " updated_at) VALUES ('new', ?, 'Зоя Upsert', 'x', 'x')"
                           " ON CONFLICT(id) DO UPDATE SET full_name = excluded.full_name"),
            {QString::fromLatin1(ClientTestData::kTenantA)}));
        QCOMPARE(search(QStringLiteral("старик")), QStringList{});
        QCOMPARE(search(QStringLiteral("upsert")), names({"new"}));
        // VACUUM keeps the rowids the index refers to.
        QVERIFY(ClientTestData::exec(db, QStringLiteral("DELETE FROM clients WHERE id ="
                                                        " 'filler-3'")));
        QVERIFY(ClientTestData::exec(db, QStringLiteral("VACUUM")));
        QCOMPARE(search(QStringLiteral("upsert")), names({"new"}));
        QCOMPARE(search(QStringLiteral("+7 900 000-00-04")), names({"filler-4"}));
        QCOMPARE(search(QStringLiteral("+7 900 000-00-03")), QStringList{});
        QCOMPARE(search(QStringLiteral("клиент 0449")), names({"filler-449"}));
        QVERIFY(ClientTestData::exec(db, QStringLiteral("DELETE FROM clients WHERE id = 'new'")));
        QCOMPARE(search(QStringLiteral("upsert")), QStringList{});
        // The index agrees with the table (FTS5's own consistency check).
        QVERIFY(ClientTestData::exec(db, QStringLiteral("INSERT INTO clients_search"
                                                        "(clients_search) VALUES"
                                                        " ('integrity-check')")));
    }

    void clientsFromBeforeVersion5AreIndexed()
    {
        testing::TempWorkspace tmp;
        {
            store::StoreError error;
            store::Database::Options options;
            options.migrate = false;
            auto old = store::Database::open(tmp.file(), options, &error);
            QVERIFY2(old, qPrintable(error.message));
            QVERIFY(store::Migrator(old->connection()).migrate(&error, 4));
            QVERIFY(ClientTestData::exec(old->connection(),
                                         QStringLiteral("INSERT INTO tenants(id, name, updated_at)"
                                                        " VALUES ('t', 'С', 'x')")));
            QVERIFY(ClientTestData::addClient(old->connection(), QStringLiteral("v4"), "t",
                                              QStringLiteral("Вера Старая"),
                                              QStringLiteral("8 999 000-11-22")));
        }
        store::StoreError error;
        auto db = store::Database::open(tmp.file(), &error);
        QVERIFY2(db, qPrintable(error.message));
        store::ClientRepository repo(db->connection());
        domain::ClientFilter f;
        f.search = QStringLiteral("СТАР");
        QCOMPARE(repo.count(f, &error), qint64(1));
        f.search = QStringLiteral("+7 999 000 11 22");
        QCOMPARE(repo.count(f, &error), qint64(1));
    }

    void detailOfAClient()
    {
        store::ClientRepository repo(m_db->connection());
        store::StoreError error;
        const auto client = repo.find(QStringLiteral("maria"), &error);
        QVERIFY(client);
        QCOMPARE(client->phoneDigits, QStringLiteral("79991234567"));
        QCOMPARE(client->visitCount, 5);
        const auto visits = repo.visits(QStringLiteral("maria"), &error);
        QCOMPARE(visits.size(), size_t(2));
        QCOMPARE(visits[0].status, QStringLiteral("no_show")); // newest first
        QVERIFY(!visits[0].price);
        QCOMPARE(*visits[1].price, 2500);
        const auto sessions = repo.sessions(QStringLiteral("maria"), &error);
        QCOMPARE(sessions.size(), size_t(1));
        QCOMPARE(sessions[0].messageCount, 1);
        const auto waitlist = repo.waitlist(QStringLiteral("maria"), &error);
        QCOMPARE(waitlist.size(), size_t(1));
        QCOMPARE(waitlist[0].wantedDate, QDate(2026, 11, 25));
        QCOMPARE(waitlist[0].windowFrom, QStringLiteral("10:00"));
        const auto predictions = repo.predictions(QStringLiteral("maria"), &error);
        QCOMPARE(predictions.size(), size_t(1));
        QCOMPARE(predictions[0].riskScore, 0.42);
        const auto memory = repo.memory(QStringLiteral("maria"), &error);
        QVERIFY(memory);
        QCOMPARE(memory->lastVisit, QDate(2026, 10, 1));
        QCOMPARE(memory->averageIntervalDays, std::optional<int>(19));
        QVERIFY(!repo.memory(QStringLiteral("marina"), &error));
        QVERIFY(!repo.find(QStringLiteral("nobody"), &error));
        QVERIFY(!error.isError());
    }

    void listModelPagesAndFilters()
    {
        store::StoreNotifier notifier;
        models::ClientListModel model(m_db->connection(), &notifier);
        QCOMPARE(model.rowCount(), models::ClientListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(qint64(model.rowCount()), model.totalCount());

        QSignalSpy totals(&model, &models::ClientListModel::totalCountChanged);
        domain::ClientFilter f;
        f.search = QStringLiteral("8 (999) 123-45-67");
        model.setFilter(f);
        QCOMPARE(totals.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, models::ClientListModel::NameColumn).data().toString(),
                 QStringLiteral("Мария Петрова"));
        QCOMPARE(model.index(0, models::ClientListModel::PhoneColumn).data().toString(),
                 QStringLiteral("+7 (999) 123-45-67"));
        QCOMPARE(model.index(0, models::ClientListModel::MasterColumn).data().toString(),
                 QStringLiteral("Анна"));
        QCOMPARE(model.index(0, models::ClientListModel::VisitsColumn).data().toInt(), 5);
        QCOMPARE(model.index(0, 0).data(models::ClientListModel::ClientIdRole).toString(),
                 QStringLiteral("maria"));
        model.setFilter(f); // the same filter does not reload
        QCOMPARE(totals.count(), 1);
        f.search = QStringLiteral("Ольга");
        model.setFilter(f);
        QCOMPARE(model.index(0, models::ClientListModel::MasterColumn).data().toString(),
                 QStringLiteral("—"));

        // A change of "clients" announced by the store reloads the list.
        f.search = QStringLiteral("Фёкла");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(ClientTestData::addClient(m_db->connection(), QStringLiteral("fekla"),
                                          ClientTestData::kTenantB,
                                          QStringLiteral("Фёкла Сидорова"), QString()));
        QSignalSpy changed(&notifier, &store::StoreNotifier::changed);
        notifier.notify({QStringLiteral("bot_sessions")});
        QVERIFY(changed.wait());
        QCOMPARE(model.rowCount(), 0); // other tables: no reload
        notifier.notify({QStringLiteral("clients")});
        QTRY_COMPARE(model.rowCount(), 1);
    }

    void memoryFieldsAreReadable()
    {
        store::StoreError error;
        const auto memory =
            store::ClientRepository(m_db->connection()).memory(QStringLiteral("maria"), &error);
        QVERIFY(memory);
        bool ok = false;
        const auto fields = models::ClientMemoryFields::fromMemory(*memory, &ok);
        QVERIFY(ok);
        QHash<QString, QString> byKey;
        QStringList order;
        for (const auto &f : fields) {
            byKey.insert(f.key, f.label + QStringLiteral(": ") + f.value);
            order << f.key;
            // Never raw JSON.
            QVERIFY2(!f.value.contains(QLatin1Char('{')) && !f.value.contains(QLatin1Char('[')) &&
                         !f.value.contains(QLatin1Char('"')),
                     qPrintable(f.value));
        }
        QCOMPARE(byKey.value(QStringLiteral("preferred_services")),
                 QStringLiteral("Preferred services: Маникюр, Педикюр"));
        QCOMPARE(byKey.value(QStringLiteral("preferred_time")),
                 QStringLiteral("Preferred time: утро"));
        QCOMPARE(byKey.value(QStringLiteral("preferred_staff")),
                 QStringLiteral("Preferred master: Анна"));
        QVERIFY(byKey.value(QStringLiteral("avg_visit_interval")).contains(QLatin1String("19")));
        // Unknown keys: "key: value", values readable.
        QCOMPARE(byKey.value(QStringLiteral("favourite_drink")),
                 QStringLiteral("favourite_drink: чай"));
        QCOMPARE(byKey.value(QStringLiteral("likes_coffee")), QStringLiteral("likes_coffee: Yes"));
        QCOMPARE(byKey.value(QStringLiteral("kids")), QStringLiteral("kids: count: 2"));
        // An empty list says nothing and gets no line; known keys come before unknown ones.
        QVERIFY(!byKey.contains(QStringLiteral("allergies")));
        QVERIFY(order.indexOf(QStringLiteral("preferred_time")) <
                order.indexOf(QStringLiteral("favourite_drink")));
    }

    void unreadableMemory()
    {
        bool ok = true;
        QVERIFY(models::ClientMemoryFields::fromLtm(QStringLiteral("{not json"), &ok).isEmpty());
        QVERIFY(!ok);
        QVERIFY(models::ClientMemoryFields::fromLtm(QStringLiteral("[1,2]"), &ok).isEmpty());
        QVERIFY(!ok);
        QVERIFY(models::ClientMemoryFields::fromLtm(QStringLiteral("{}"), &ok).isEmpty());
        QVERIFY(ok);
        QCOMPARE(models::ClientMemoryFields::valueText(QJsonValue(2.5)), QStringLiteral("2.5"));
        QCOMPARE(models::ClientMemoryFields::valueText(QJsonValue(false)), QStringLiteral("No"));
    }
};

QTEST_GUILESS_MAIN(TestClientSearch)
#include "tst_clientsearch.moc"
