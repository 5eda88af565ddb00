// The AI drafts settings dialog: loads what is stored, refuses bad fields without writing,
// saves the service settings and prompt versions per account, and puts the API key into the
// secret store (never into the workspace).
#include "models/security/MemorySecretStore.h"
#include "models/store/AiSettingsRepository.h"
#include "tests/chats/ChatFixture.h"
#include "views/chats/AiSettingsDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace agentp;
using testing::ChatFixture;

class TestAiSettingsDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChatFixture> m_f;
    std::unique_ptr<security::MemorySecretStore> m_secrets;
    qint64 m_account = 0;

    domain::AiSettings stored()
    {
        store::StoreError e;
        return store::AiSettingsRepository(m_f->db()).settings(&e);
    }

private slots:
    void init()
    {
        m_f = std::make_unique<ChatFixture>();
        QVERIFY(m_f->open());
        m_account = m_f->addAccount(QStringLiteral("ozon"), QStringLiteral("Чайники"));
        m_secrets = std::make_unique<security::MemorySecretStore>();
    }
    void cleanup()
    {
        m_secrets.reset();
        m_f.reset();
    }

    void badFieldsWriteNothing()
    {
        views::AiSettingsDialog dialog(m_f->workspace(), m_secrets.get());
        QCOMPARE(dialog.baseUrlEdit()->text(), domain::AiSettings().baseUrl);
        dialog.baseUrlEdit()->setText(QStringLiteral("api.example.com"));
        dialog.keyEdit()->setText(QStringLiteral("sk-never"));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.statusText().contains(QStringLiteral("URL")));
        QCOMPARE(stored(), domain::AiSettings());
        // The default prompt may not be emptied.
        dialog.baseUrlEdit()->setText(QStringLiteral("https://api.example.com/v1"));
        dialog.promptEdit()->clear();
        QVERIFY(!dialog.save());
        QVERIFY(!dialog.statusText().isEmpty());
        QCOMPARE(stored(), domain::AiSettings());
        QVERIFY(m_f->count(QStringLiteral("SELECT COUNT(*) FROM ai_prompts")) == 0);
    }

    void savesSettingsKeyAndPrompts()
    {
        views::AiSettingsDialog dialog(m_f->workspace(), m_secrets.get());
        dialog.baseUrlEdit()->setText(QStringLiteral("https://llm.example.com/v1"));
        dialog.modelEdit()->setText(QStringLiteral("my-model"));
        dialog.keyEdit()->setText(QStringLiteral("sk-secret-123"));
        // The default prompt, then an account's own, switching back and forth keeps both edits.
        dialog.promptEdit()->setPlainText(QStringLiteral("Default for {account}"));
        dialog.accountBox()->setCurrentIndex(dialog.accountBox()->findData(m_account));
        QVERIFY(dialog.promptEdit()->toPlainText().isEmpty()); // inherits the default
        dialog.promptEdit()->setPlainText(QStringLiteral("Чайники: tone"));
        dialog.accountBox()->setCurrentIndex(0);
        QCOMPARE(dialog.promptEdit()->toPlainText(), QStringLiteral("Default for {account}"));
        QVERIFY(dialog.save());
        QTRY_VERIFY(!dialog.isStoringKey());
        QVERIFY(dialog.statusText().contains(QStringLiteral("keychain")));

        QCOMPARE(stored().baseUrl, QStringLiteral("https://llm.example.com/v1"));
        QCOMPARE(stored().model, QStringLiteral("my-model"));
        store::StoreError e;
        store::AiSettingsRepository repo(m_f->db());
        QCOMPARE(repo.prompt(0, &e).body, QStringLiteral("Default for {account}"));
        QCOMPARE(repo.prompt(m_account, &e).body, QStringLiteral("Чайники: tone"));

        QByteArray key;
        bool answered = false;
        m_secrets->read(store::AiSettingsRepository::apiKeySecretKey(), this,
                        [&](const security::SecretStore::Result &r) {
                            key = r.secret;
                            answered = true;
                        });
        QTRY_VERIFY(answered);
        QCOMPARE(key, QByteArray("sk-secret-123"));
        QVERIFY(dialog.keyEdit()->text().isEmpty());
        // Never in the workspace file.
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM workspace_meta WHERE value LIKE "
                                           "'%sk-secret%'")),
                 0);

        // Saving unchanged text makes no new version; a change makes one.
        QVERIFY(dialog.save());
        QCOMPARE(repo.versionCount(0, &e), 1);
        dialog.promptEdit()->setPlainText(QStringLiteral("Default v2"));
        QVERIFY(dialog.save());
        QCOMPARE(repo.versionCount(0, &e), 2);
    }
};

QTEST_MAIN(TestAiSettingsDialog)
#include "tst_aisettingsdialog.moc"
