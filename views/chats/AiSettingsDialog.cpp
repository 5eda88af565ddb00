#include "views/chats/AiSettingsDialog.h"

#include "models/domain/AiSettings.h"
#include "models/security/SecretStore.h"
#include "models/store/AccountRepository.h"
#include "models/store/AiSettingsRepository.h"
#include "models/store/StoreNotifier.h"
#include "models/store/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace agentp::views {

namespace {

QSpinBox *spin(int min, int max, const QString &suffix, QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setSuffix(suffix);
    return s;
}

} // namespace

AiSettingsDialog::AiSettingsDialog(store::Workspace &workspace, security::SecretStore *secrets,
                                   QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_enabled(new QCheckBox(tr("Offer AI drafts in chats"), this))
    , m_baseUrl(new QLineEdit(this))
    , m_model(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_streaming(new QCheckBox(tr("Show the draft while it is written (streaming)"), this))
    , m_thinking(new QCheckBox(tr("Let the model think first (slower, costs more)"), this))
    , m_history(spin(domain::AiSettings::kMinHistory, domain::AiSettings::kMaxHistory,
                     tr(" messages"), this))
    , m_replyTokens(spin(50, 8000, tr(" tokens"), this))
    , m_timeout(spin(5, 600, tr(" s"), this))
    , m_account(new QComboBox(this))
    , m_prompt(new QPlainTextEdit(this))
    , m_promptInfo(new QLabel(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("AI drafts"));
    setObjectName(QStringLiteral("aiSettingsDialog"));
    m_baseUrl->setObjectName(QStringLiteral("aiBaseUrl"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.deepseek.com"));
    m_model->setObjectName(QStringLiteral("aiModel"));
    m_model->setPlaceholderText(QStringLiteral("deepseek-flash"));
    m_key->setObjectName(QStringLiteral("aiKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(secrets ? tr("unchanged (kept in the system keychain)")
                                      : tr("cannot be stored: no keychain"));
    m_key->setEnabled(secrets != nullptr);
    m_prompt->setObjectName(QStringLiteral("aiPrompt"));
    m_prompt->setTabChangesFocus(true);
    m_promptInfo->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("aiStatus"));
    m_status->setWordWrap(true);

    auto *service = new QGroupBox(tr("Service (any OpenAI-compatible endpoint)"), this);
    auto *form = new QFormLayout(service);
    form->addRow(m_enabled);
    form->addRow(tr("&Address:"), m_baseUrl);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(m_streaming);
    form->addRow(m_thinking);
    form->addRow(tr("&Send the newest:"), m_history);
    form->addRow(tr("&Reply limit:"), m_replyTokens);
    form->addRow(tr("&Timeout without an answer:"), m_timeout);

    auto *promptBox = new QGroupBox(tr("System prompt"), this);
    auto *promptLayout = new QVBoxLayout(promptBox);
    auto *accountForm = new QFormLayout;
    accountForm->addRow(tr("&For:"), m_account);
    promptLayout->addLayout(accountForm);
    promptLayout->addWidget(m_prompt, 1);
    auto *hint = new QLabel(tr("Filled per chat: {marketplace}, {account}, {chat_type}, "
                               "{order_number}, {product}. Leave an account's prompt empty to "
                               "use the workspace default."),
                            promptBox);
    hint->setWordWrap(true);
    promptLayout->addWidget(hint);
    promptLayout->addWidget(m_promptInfo);
    auto *restore = new QPushButton(tr("Restore the built-in prompt"), promptBox);
    promptLayout->addWidget(restore, 0, Qt::AlignLeft);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(service);
    layout->addWidget(promptBox, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AiSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(restore, &QPushButton::clicked, this,
            [this] { m_prompt->setPlainText(domain::AiSettings::defaultPrompt()); });

    store::StoreError error;
    auto db = workspace.database().connection();
    const domain::AiSettings s = store::AiSettingsRepository(db).settings(&error);
    m_enabled->setChecked(s.enabled);
    m_baseUrl->setText(s.baseUrl);
    m_model->setText(s.model);
    m_streaming->setChecked(s.streaming);
    m_thinking->setChecked(s.thinking);
    m_history->setValue(s.historyMessages);
    m_replyTokens->setValue(s.maxReplyTokens);
    m_timeout->setValue(s.timeoutSeconds);

    m_account->addItem(tr("All accounts (default)"), qint64(0));
    for (const auto &account : store::AccountRepository(db).list(&error))
        m_account->addItem(account.name, account.id);
    connect(m_account, &QComboBox::currentIndexChanged, this, [this] {
        keepPromptEdit();
        loadPrompt();
    });
    loadPrompt();
    if (error.isError())
        setStatus(error.message, true);
    resize(640, 720);
}

void AiSettingsDialog::keepPromptEdit()
{
    if (m_shownAccount >= 0)
        m_editedPrompts.insert(m_shownAccount, m_prompt->toPlainText());
}

void AiSettingsDialog::loadPrompt()
{
    const qint64 account = m_account->currentData().toLongLong();
    m_shownAccount = account;
    store::StoreError error;
    store::AiSettingsRepository repo(m_workspace.database().connection());
    const auto prompt = repo.prompt(account, &error);
    const int versions = repo.versionCount(account, &error);
    if (m_editedPrompts.contains(account))
        m_prompt->setPlainText(m_editedPrompts.value(account));
    else
        m_prompt->setPlainText(prompt.inherited ? QString() : prompt.body);
    m_prompt->setPlaceholderText(prompt.inherited ? tr("Uses the workspace default.") : QString());
    if (prompt.inherited)
        m_promptInfo->setText(tr("This account uses the workspace default prompt."));
    else if (prompt.id == 0)
        m_promptInfo->setText(tr("The built-in prompt; saving makes it version 1."));
    else
        m_promptInfo->setText(
            tr("Version %1, saved %2. Drafts remember the version they used.")
                .arg(versions)
                .arg(QLocale().toString(prompt.createdAt.toLocalTime(), QLocale::ShortFormat)));
}

void AiSettingsDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color:#c62828") : QString());
}

QString AiSettingsDialog::statusText() const
{
    return m_status->text();
}

bool AiSettingsDialog::save()
{
    keepPromptEdit();
    domain::AiSettings s;
    s.enabled = m_enabled->isChecked();
    s.baseUrl = m_baseUrl->text().trimmed();
    s.model = m_model->text().trimmed();
    s.streaming = m_streaming->isChecked();
    s.thinking = m_thinking->isChecked();
    s.historyMessages = m_history->value();
    s.maxReplyTokens = m_replyTokens->value();
    s.timeoutSeconds = m_timeout->value();
    store::AiSettingsRepository repo(m_workspace.database().connection());
    store::StoreError error;
    s.maxPromptChars = repo.settings(&error).maxPromptChars;
    QString problem = s.problem();
    if (problem.isEmpty()) {
        for (auto it = m_editedPrompts.cbegin(); it != m_editedPrompts.cend(); ++it) {
            const QString text = it.value().trimmed();
            if (it.key() == 0 && text.isEmpty())
                problem = tr("The default prompt cannot be empty.");
            else if (text.size() > store::AiSettingsRepository::kMaxPromptChars)
                problem = tr("A prompt is too long (at most %1 characters).")
                              .arg(store::AiSettingsRepository::kMaxPromptChars);
        }
    }
    if (!problem.isEmpty()) {
        setStatus(problem, true);
        return false;
    }
    bool ok = repo.save(s, &problem, &error);
    for (auto it = m_editedPrompts.cbegin(); ok && it != m_editedPrompts.cend(); ++it) {
        // An untouched default stays the built-in text without a version of its own.
        const auto current = repo.prompt(it.key(), &error);
        if (it.value().trimmed() == (current.inherited ? QString() : current.body))
            continue;
        repo.savePrompt(it.key(), it.value(), &problem, &error);
        ok = problem.isEmpty() && !error.isError();
    }
    if (!ok) {
        setStatus(problem.isEmpty() ? error.message : problem, true);
        return false;
    }
    m_editedPrompts.clear();
    m_workspace.notifier().notify({QStringLiteral("workspace_meta"), QStringLiteral("ai_prompts")});
    loadPrompt();

    const QByteArray key = m_key->text().trimmed().toUtf8();
    if (key.isEmpty() || !m_secrets) {
        setStatus(tr("Saved."), false);
        return true;
    }
    setStatus(tr("Saved; storing the API key…"), false);
    m_keyPending = true;
    const QPointer<AiSettingsDialog> self(this);
    m_secrets->write(store::AiSettingsRepository::apiKeySecretKey(), key, this,
                     [self](const security::SecretStore::Result &r) {
                         if (!self)
                             return;
                         self->m_keyPending = false;
                         if (r.isOk()) {
                             self->m_key->clear();
                             self->setStatus(tr("Saved, with the API key in the keychain."), false);
                             if (self->m_closeWhenStored)
                                 self->QDialog::accept();
                         } else {
                             self->setStatus(
                                 tr("Saved, but the API key was not: %1").arg(r.message), true);
                         }
                     });
    return true;
}

void AiSettingsDialog::accept()
{
    if (!save())
        return;
    // The keychain answers later; a refused key must be seen, so the dialog waits for it.
    if (m_keyPending)
        m_closeWhenStored = true;
    else
        QDialog::accept();
}

} // namespace agentp::views
