// The Tenant settings pane, offscreen on a generated demo workspace: only a super admin gets it;
// a bad value shows its message under the field and disables Save; Save (Ctrl+S) queues a merge
// patch with the version it was based on; a colleague's edit on the (demo) server turns the save
// into a conflict that shows theirs and yours, and "Re-apply mine" queues the patch again on top
// of their version. The demo backend runs in this thread, wired like the app's SyncHost.
#include "models/demo/DemoGenerator.h"
#include "models/store/OutboxRepository.h"
#include "models/store/StoreNotifier.h"
#include "models/store/TenantRepository.h"
#include "models/store/Workspace.h"
#include "net/demo/DemoBackend.h"
#include "net/demo/TenantSettingsDemoHandler.h"
#include "net/sync/OutboxWorker.h"
#include "tests/support/TempWorkspace.h"
#include "views/settings/TenantSettingsPane.h"
#include "views/shell/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace agentp;
using net::demo::TenantSettingsDemoHandler;

class TestTenantSettingsPane : public QObject
{
    Q_OBJECT

    testing::TempWorkspace m_tmp;
    int m_copies = 0;
    std::unique_ptr<store::Workspace> m_workspace;
    std::unique_ptr<net::OutboxWorker> m_worker;

    QString templatePath() const { return m_tmp.file(QStringLiteral("template.agentp")); }
    QSqlDatabase db() const { return m_workspace->database().connection(); }

    QString userWithRole(const QString &role) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT id FROM users WHERE role = ? AND active = 1 LIMIT 1"));
        q.addBindValue(role);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    // The demo backend, as SyncHost wires it (in this thread, so QTRY_* drives it).
    void startBackend()
    {
        m_worker = std::make_unique<net::OutboxWorker>(m_workspace->path());
        net::demo::installDemoHandlers(*m_worker);
        store::StoreNotifier *notifier = &m_workspace->notifier();
        connect(m_worker.get(), &net::OutboxWorker::tablesChanged, notifier,
                &store::StoreNotifier::notify);
        connect(notifier, &store::StoreNotifier::changed, m_worker.get(),
                [worker = m_worker.get()](const QSet<QString> &tables) {
                    if (tables.contains(QStringLiteral("outbox")))
                        worker->poke();
                });
        m_worker->start();
    }

    std::vector<domain::OutboxIntent> intents(const QString &tenantId) const
    {
        store::StoreError e;
        return store::OutboxRepository(db()).forTarget(store::TenantRepository::target(tenantId),
                                                       &e);
    }

    template<typename T> static T *child(QWidget &parent, const char *name)
    {
        T *w = parent.findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    static void showActive(QWidget &w)
    {
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        demo::DemoOptions options;
        options.anchor = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
        demo::DemoSummary summary;
        store::StoreError error;
        QVERIFY2(demo::DemoGenerator::create(templatePath(), options, &summary, &error),
                 qPrintable(error.message));
    }

    // Every test edits settings, so each gets its own copy of the generated workspace.
    void init()
    {
        const QString path = m_tmp.file(QStringLiteral("copy%1.agentp").arg(++m_copies));
        QVERIFY(QFile::copy(templatePath(), path));
        store::StoreError error;
        m_workspace = store::Workspace::open(path, false, &error);
        QVERIFY2(m_workspace, qPrintable(error.message));
    }

    void cleanup()
    {
        if (m_worker)
            m_worker->stop();
        m_worker.reset();
        m_workspace.reset();
    }

    void settingsPaneIsForTheSuperAdminOnly()
    {
        QVERIFY(m_workspace->currentUser().isSuperAdmin()); // the demo's default
        {
            views::MainWindow window(*m_workspace);
            QCOMPARE(window.paneIds().last(), QStringLiteral("settings"));
            QVERIFY(
                qobject_cast<views::TenantSettingsPane *>(window.pane(QStringLiteral("settings"))));
            auto *user = window.findChild<QLabel *>(QStringLiteral("userStatus"));
            QVERIFY(user);
            QVERIFY2(user->text().startsWith(QLatin1String("Signed in as ")) &&
                         user->text().endsWith(QLatin1String("(super admin)")),
                     qPrintable(user->text()));
        }
        for (const QString &role : {QStringLiteral("manager"), QStringLiteral("admin")}) {
            const QString id = userWithRole(role);
            QVERIFY(!id.isEmpty());
            store::StoreError error;
            QVERIFY2(m_workspace->setCurrentUser(id, &error), qPrintable(error.message));
            QCOMPARE(m_workspace->currentUser().role, role);
            views::MainWindow window(*m_workspace);
            QVERIFY2(!window.paneIds().contains(QStringLiteral("settings")),
                     qPrintable(window.paneIds().join(u',')));
            QVERIFY(window.findChild<views::TenantSettingsPane *>() == nullptr);
            auto *user = window.findChild<QLabel *>(QStringLiteral("userStatus"));
            QVERIFY(user && user->text().endsWith(QStringLiteral("(%1)").arg(role)));
        }
    }

    void showsTheSelectedTenantsSettings()
    {
        views::TenantSettingsPane pane(*m_workspace);
        auto *selector = child<QComboBox>(pane, "tenantSelector");
        QVERIFY(selector && selector->count() >= 2);
        store::TenantRepository repo(db());
        store::StoreError e;
        for (int i = 0; i < selector->count(); ++i) {
            const QString id = selector->itemData(i).toString();
            QVERIFY(pane.selectTenant(id));
            QCOMPARE(pane.currentTenantId(), id);
            const auto tenant = repo.find(id, &e);
            QVERIFY(tenant);
            const QJsonObject m = tenant->metadata;
            QCOMPARE(child<QLineEdit>(pane, "nameEdit")->text(),
                     m.value(QLatin1String("name")).toString());
            QCOMPARE(child<QLineEdit>(pane, "yclientsEdit")->text(),
                     m.value(QLatin1String("yclients_id")).toString());
            QCOMPARE(child<QLineEdit>(pane, "adminChatEdit")->text(),
                     QString::number(m.value(QLatin1String("admin_chat_id")).toInteger()));
            QCOMPARE(child<QLineEdit>(pane, "closingTimeEdit")->text(),
                     m.value(QLatin1String("closing_time")).toString());
            QCOMPARE(child<QCheckBox>(pane, "gapFilterCheck")->isChecked(),
                     m.value(QLatin1String("gap_filter")).toBool());
            QVERIFY(!child<QPushButton>(pane, "saveButton")->isEnabled()); // nothing changed
        }
        QVERIFY(!child<QLabel>(pane, "dataAsOf")->text().isEmpty());
    }

    void typingABadValueShowsItsMessageAndDisablesSave_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("good");
        QTest::newRow("empty name") << "name"
                                    << ""
                                    << "Enter the salon's name."
                                    << "New name";
        QTest::newRow("letters in YClients ID") << "yclients"
                                                << "12a45"
                                                << "The YClients ID may contain digits only"
                                                << "777";
        QTest::newRow("non-integer chat") << "adminChat"
                                          << "-100.5"
                                          << "Enter a whole number"
                                          << "-100777";
        QTest::newRow("overflowing chat") << "adminChat"
                                          << "-99999999999999999999"
                                          << "too large for a chat ID"
                                          << "5";
        QTest::newRow("25:00") << "closingTime"
                               << "25:00"
                               << "No such time"
                               << "20:30";
        QTest::newRow("9:5") << "closingTime"
                             << "9:5"
                             << "24-hour format HH:MM"
                             << "09:05";
        QTest::newRow("ab:cd") << "closingTime"
                               << "ab:cd"
                               << "24-hour format HH:MM"
                               << "22:15";
    }

    void typingABadValueShowsItsMessageAndDisablesSave()
    {
        QFETCH(QString, field);
        QFETCH(QString, bad);
        QFETCH(QString, message);
        QFETCH(QString, good);
        views::TenantSettingsPane pane(*m_workspace);
        showActive(pane);
        auto *edit = pane.findChild<QLineEdit *>(field + QStringLiteral("Edit"));
        auto *error = pane.findChild<QLabel *>(field + QStringLiteral("Error"));
        auto *save = child<QPushButton>(pane, "saveButton");
        QVERIFY(edit && error && save);
        QVERIFY(!error->isVisible());

        retype(edit, bad);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(message), qPrintable(error->text()));
        QVERIFY(!save->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S,
                        Qt::ControlModifier); // the shortcut does nothing
        QVERIFY(intents(pane.currentTenantId()).empty());

        retype(edit, good);
        QVERIFY(!error->isVisible());
        QVERIFY(save->isEnabled());
    }

    void saveQueuesAPatchWithTheExpectedVersion()
    {
        views::TenantSettingsPane pane(*m_workspace);
        showActive(pane);
        const QString tenant = pane.currentTenantId();
        store::StoreError e;
        const qint64 version = store::TenantRepository(db()).find(tenant, &e)->metadataVersion;
        retype(child<QLineEdit>(pane, "closingTimeEdit"), QStringLiteral("20:30"));
        QTest::mouseClick(child<QCheckBox>(pane, "gapFilterCheck"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(pane, "saveState")->text(), QStringLiteral("Unsaved changes"));
        QVERIFY(!child<QComboBox>(pane, "tenantSelector")->isEnabled()); // save or revert first

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        const auto queued = intents(tenant);
        QCOMPARE(queued.size(), size_t(1));
        const QJsonObject payload = queued.front().payload;
        QCOMPARE(payload.value(QLatin1String("expected_version")).toInteger(), version);
        const QJsonObject patch = payload.value(QLatin1String("patch")).toObject();
        QCOMPARE(patch.keys(),
                 (QStringList{QStringLiteral("closing_time"), QStringLiteral("gap_filter")}));
        QCOMPARE(patch.value(QLatin1String("closing_time")).toString(), QStringLiteral("20:30"));
        QCOMPARE(child<QLabel>(pane, "saveState")->text(), QStringLiteral("Saving…"));
        QVERIFY(!child<QPushButton>(pane, "saveButton")->isEnabled()); // the form is the saved one

        startBackend();
        QTRY_COMPARE(child<QLabel>(pane, "saveState")->text(), QStringLiteral("Saved"));
        QCOMPARE(TenantSettingsDemoHandler::serverCopy(db(), tenant, &e)->metadataVersion,
                 version + 1);
    }

    void revertRestoresTheLoadedValues()
    {
        views::TenantSettingsPane pane(*m_workspace);
        showActive(pane);
        auto *name = child<QLineEdit>(pane, "nameEdit");
        const QString before = name->text();
        retype(name, QStringLiteral("Something else"));
        QVERIFY(child<QPushButton>(pane, "revertButton")->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(name->text(), before);
        QVERIFY(!child<QPushButton>(pane, "saveButton")->isEnabled());
        QVERIFY(!child<QPushButton>(pane, "revertButton")->isEnabled());
    }

    void conflictShowsTheirsAndYoursAndReapplyQueuesOnTheirVersion()
    {
        startBackend();
        views::TenantSettingsPane pane(*m_workspace);
        showActive(pane);
        const QString tenant = pane.currentTenantId();
        auto *name = child<QLineEdit>(pane, "nameEdit");
        const QString theirName = name->text();
        store::StoreError e;
        const qint64 version = store::TenantRepository(db()).find(tenant, &e)->metadataVersion;

        // A colleague saves first (on the server); then this admin saves a new name.
        QVERIFY(TenantSettingsDemoHandler::simulateColleagueEdit(
            db(), tenant, {{QStringLiteral("closing_time"), QStringLiteral("19:00")}}, &e));
        retype(name, QStringLiteral("Lavanda Lux"));
        QTest::mouseClick(child<QPushButton>(pane, "saveButton"), Qt::LeftButton);

        auto *panel = child<QFrame>(pane, "conflictPanel");
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(child<QLabel>(pane, "saveState")->text().startsWith(QLatin1String("Conflict")));
        QVERIFY(
            child<QLabel>(pane, "conflictMessage")->text().contains(QLatin1String("meanwhile")));
        QCOMPARE(child<QLabel>(pane, "theirs_name")->text(), theirName);
        QCOMPARE(child<QLabel>(pane, "yours_name")->text(), QStringLiteral("Lavanda Lux"));
        // The form shows their version now, and nothing more can be saved over the conflict.
        QCOMPARE(name->text(), theirName);
        QCOMPARE(child<QLineEdit>(pane, "closingTimeEdit")->text(), QStringLiteral("19:00"));
        retype(child<QLineEdit>(pane, "yclientsEdit"), QStringLiteral("99"));
        QVERIFY(!child<QPushButton>(pane, "saveButton")->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::ControlModifier);

        QTest::mouseClick(child<QPushButton>(pane, "reapplyButton"), Qt::LeftButton);
        const auto all = intents(tenant);
        QCOMPARE(all.size(), size_t(1)); // the failed one was superseded
        QCOMPARE(all.front().payload.value(QLatin1String("expected_version")).toInteger(),
                 version + 1); // their version
        QCOMPARE(all.front().payload.value(QLatin1String("patch")).toObject(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("Lavanda Lux")}}));

        QTRY_COMPARE(child<QLabel>(pane, "saveState")->text(), QStringLiteral("Saved"));
        QVERIFY(!panel->isVisible());
        const auto server = TenantSettingsDemoHandler::serverCopy(db(), tenant, &e);
        QCOMPARE(server->name, QStringLiteral("Lavanda Lux"));
        QCOMPARE(server->metadata.value(QLatin1String("closing_time")).toString(),
                 QStringLiteral("19:00")); // their change survives
        QCOMPARE(name->text(), QStringLiteral("Lavanda Lux"));
        auto *selector = child<QComboBox>(pane, "tenantSelector");
        QCOMPARE(selector->currentText(), QStringLiteral("Lavanda Lux"));
    }

    void keepTheirsShowsTheirValues()
    {
        startBackend();
        views::TenantSettingsPane pane(*m_workspace);
        showActive(pane);
        const QString tenant = pane.currentTenantId();
        auto *closing = child<QLineEdit>(pane, "closingTimeEdit");

        // The demo button plays the colleague.
        auto *simulate = child<QToolButton>(pane, "simulateColleagueButton");
        QVERIFY(simulate && simulate->isVisible());
        QTest::mouseClick(simulate, Qt::LeftButton);
        store::StoreError e;
        const qint64 local = store::TenantRepository(db()).find(tenant, &e)->metadataVersion;
        QTRY_COMPARE(TenantSettingsDemoHandler::serverCopy(db(), tenant, &e)->metadataVersion,
                     local + 1);
        retype(closing, QStringLiteral("23:00"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(child<QFrame>(pane, "conflictPanel")->isVisible());
        QCOMPARE(child<QLabel>(pane, "yours_closing_time")->text(), QStringLiteral("23:00"));
        const QString theirs = child<QLabel>(pane, "theirs_closing_time")->text();
        QVERIFY(theirs != QStringLiteral("23:00"));

        QTest::mouseClick(child<QPushButton>(pane, "keepTheirsButton"), Qt::LeftButton);
        QVERIFY(!child<QFrame>(pane, "conflictPanel")->isVisible());
        QCOMPARE(closing->text(), theirs);
        QVERIFY(intents(tenant).empty());
        retype(closing, QStringLiteral("22:45"));
        QVERIFY(child<QPushButton>(pane, "saveButton")->isEnabled());
    }
};

QTEST_MAIN(TestTenantSettingsPane)
#include "tst_tenantsettingspane.moc"
