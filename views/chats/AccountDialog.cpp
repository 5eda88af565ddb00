#include "views/chats/AccountDialog.h"

#include "models/security/SecretStore.h"
#include "models/store/AccountRepository.h"
#include "models/store/OutboxRepository.h"
#include "models/store/StoreNotifier.h"
#include "models/store/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace agentp::views {

namespace {

QString marketplaceLabel(const QString &marketplace)
{
    if (marketplace == QLatin1String("ozon"))
        return AccountDialog::tr("Ozon");
    if (marketplace == QLatin1String("wildberries"))
        return AccountDialog::tr("Wildberries");
    if (marketplace == QLatin1String("yandex_market"))
        return AccountDialog::tr("Yandex Market");
    if (marketplace == QLatin1String("demo"))
        return AccountDialog::tr("Demo marketplace");
    return marketplace;
}

} // namespace

AccountDialog::AccountDialog(store::Workspace &workspace, security::SecretStore *secrets,
                             QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_list(new QListWidget(this))
    , m_marketplace(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("Sync this account"), this))
    , m_status(new QLabel(this))
    , m_test(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(tr("Seller accounts"));
    m_list->setObjectName(QStringLiteral("accountList"));
    m_marketplace->setObjectName(QStringLiteral("accountMarketplace"));
    for (const QString &m : store::AccountRepository::marketplaces())
        m_marketplace->addItem(marketplaceLabel(m), m);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_clientId->setObjectName(QStringLiteral("accountClientId"));
    m_apiKey->setObjectName(QStringLiteral("accountApiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_baseUrl->setObjectName(QStringLiteral("accountBaseUrl"));
    m_baseUrl->setPlaceholderText(tr("empty: the marketplace's own address"));
    m_status->setObjectName(QStringLiteral("accountStatus"));
    m_status->setWordWrap(true);
    m_test->setObjectName(QStringLiteral("accountTestStatus"));
    m_test->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("accountSave"));
    m_remove->setObjectName(QStringLiteral("accountRemove"));
    m_testButton->setObjectName(QStringLiteral("accountTest"));

    auto *form = new QFormLayout;
    form->addRow(tr("Marketplace:"), m_marketplace);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Client-Id:"), m_clientId);
    form->addRow(tr("Api-Key:"), m_apiKey);
    form->addRow(tr("API address:"), m_baseUrl);
    form->addRow(QString(), m_enabled);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_save);
    actions->addWidget(m_testButton);
    actions->addStretch(1);
    actions->addWidget(m_remove);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(actions);
    right->addWidget(m_status);
    right->addWidget(m_test);
    right->addStretch(1);

    auto *newAccount = new QPushButton(tr("&New account"), this);
    newAccount->setObjectName(QStringLiteral("accountNew"));
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(newAccount);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newAccount, &QPushButton::clicked, this, [this] { showAccount(0); });
    connect(m_save, &QPushButton::clicked, this, &AccountDialog::save);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeCurrent(true); });
    connect(m_testButton, &QPushButton::clicked, this, &AccountDialog::testConnection);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showAccount(item->data(Qt::UserRole).toLongLong());
    });
    connect(&m_workspace.notifier(), &store::StoreNotifier::changed, this,
            [this](const QSet<QString> &tables) {
                if (tables.contains(QStringLiteral("outbox")))
                    updateTestState();
            });
    reloadList();
    showAccount(m_list->count() > 0 ? m_list->item(0)->data(Qt::UserRole).toLongLong() : 0);
    resize(720, 420);
}

AccountDialog::~AccountDialog() = default;

void AccountDialog::reloadList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    store::StoreError error;
    for (const store::SellerAccount &a :
         store::AccountRepository(m_workspace.database().connection()).list(&error)) {
        auto *item =
            new QListWidgetItem(tr("%1 (%2)").arg(a.name, marketplaceLabel(a.marketplace)), m_list);
        item->setData(Qt::UserRole, a.id);
        if (!a.lastError.isEmpty())
            item->setToolTip(tr("Last sync failed: %1").arg(a.lastError));
        if (a.id == m_accountId)
            m_list->setCurrentItem(item);
    }
    if (error.isError())
        setStatus(error.message, true);
}

void AccountDialog::showAccount(qint64 accountId)
{
    store::StoreError error;
    std::optional<store::SellerAccount> account;
    if (accountId != 0)
        account =
            store::AccountRepository(m_workspace.database().connection()).find(accountId, &error);
    m_accountId = account ? account->id : 0;
    m_testIntent = 0;
    m_test->clear();
    const store::SellerAccount a = account.value_or(store::SellerAccount{});
    m_marketplace->setCurrentIndex(
        qMax(0, m_marketplace->findData(account ? a.marketplace : QStringLiteral("ozon"))));
    m_marketplace->setEnabled(m_accountId == 0); // the key's path depends on it
    m_name->setText(a.name);
    m_clientId->setText(a.externalId);
    m_baseUrl->setText(a.baseUrl);
    m_enabled->setChecked(a.enabled);
    m_apiKey->clear();
    m_apiKey->setPlaceholderText(m_accountId == 0 ? tr("required")
                                                  : tr("stored — type to replace it"));
    m_remove->setEnabled(m_accountId != 0);
    m_testButton->setEnabled(m_accountId != 0);
    setStatus(error.isError() ? error.message
              : m_accountId != 0 && !a.lastError.isEmpty()
                  ? tr("The last sync failed: %1").arg(a.lastError)
                  : QString(),
              error.isError() || !a.lastError.isEmpty());
    if (m_accountId == 0)
        m_name->setFocus();
}

bool AccountDialog::save()
{
    store::SellerAccount a;
    a.id = m_accountId;
    a.marketplace = m_marketplace->currentData().toString();
    a.name = m_name->text().trimmed();
    a.externalId = m_clientId->text().trimmed();
    a.baseUrl = m_baseUrl->text().trimmed();
    a.enabled = m_enabled->isChecked();
    const QByteArray key = m_apiKey->text().trimmed().toUtf8();
    if (m_accountId == 0 && key.isEmpty()) {
        setStatus(tr("Enter the Api-Key of the account."), true);
        m_apiKey->setFocus();
        return false;
    }
    store::AccountRepository repository(m_workspace.database().connection());
    if (m_accountId != 0) {
        // Keep what the form does not show (chat types).
        store::StoreError findError;
        if (const auto stored = repository.find(m_accountId, &findError))
            a.chatTypes = stored->chatTypes;
    }
    store::AccountProblem problem;
    store::StoreError error;
    const qint64 id = m_accountId == 0 ? repository.add(a, &problem, &error)
                                       : (repository.update(a, &problem, &error) ? a.id : 0);
    if (!id) {
        setStatus(problem.isProblem() ? problem.message : error.message, true);
        QLineEdit *field = problem.field == store::AccountProblem::Field::ExternalId ? m_clientId
                           : problem.field == store::AccountProblem::Field::BaseUrl  ? m_baseUrl
                                                                                     : m_name;
        field->setFocus();
        return false;
    }
    m_accountId = id;
    m_workspace.notifier().notify({QStringLiteral("seller_accounts")});
    setStatus(tr("Saved."), false);
    if (!key.isEmpty())
        storeKey(a.marketplace, id, key);
    m_apiKey->clear();
    m_apiKey->setPlaceholderText(tr("stored — type to replace it"));
    reloadList();
    m_marketplace->setEnabled(false);
    m_remove->setEnabled(true);
    m_testButton->setEnabled(true);
    return true;
}

void AccountDialog::storeKey(const QString &marketplace, qint64 id, const QByteArray &key)
{
    if (!m_secrets) {
        setStatus(tr("Saved, but the Api-Key was not: no keychain is available."), true);
        return;
    }
    const QPointer<AccountDialog> self(this);
    m_secrets->write(store::AccountRepository::apiKeySecretKey(marketplace, id), key, this,
                     [self](const security::SecretStore::Result &r) {
                         if (!self)
                             return;
                         if (r.isOk())
                             self->setStatus(tr("Saved, with the Api-Key in the keychain."), false);
                         else
                             self->setStatus(
                                 tr("Saved, but the Api-Key was not: %1").arg(r.message), true);
                     });
}

bool AccountDialog::removeCurrent(bool confirm)
{
    if (m_accountId == 0)
        return false;
    if (confirm &&
        QMessageBox::question(this, tr("Remove account"),
                              tr("Remove “%1” with all its chats from this workspace? The "
                                 "marketplace keeps them.")
                                  .arg(m_name->text())) != QMessageBox::Yes)
        return false;
    store::StoreError error;
    store::AccountRepository repository(m_workspace.database().connection());
    const auto account = repository.find(m_accountId, &error);
    if (!account || !repository.remove(m_accountId, &error)) {
        setStatus(error.isError() ? error.message : tr("The account is already gone."), true);
        return false;
    }
    if (m_secrets)
        m_secrets->remove(
            store::AccountRepository::apiKeySecretKey(account->marketplace, account->id), this,
            [](const security::SecretStore::Result &) {});
    m_workspace.notifier().notify({QStringLiteral("seller_accounts"), QStringLiteral("chats"),
                                   QStringLiteral("chat_messages")});
    emit notice(tr("Removed the account “%1”.").arg(account->name));
    m_accountId = 0;
    reloadList();
    showAccount(m_list->count() > 0 ? m_list->item(0)->data(Qt::UserRole).toLongLong() : 0);
    return true;
}

bool AccountDialog::testConnection()
{
    if (m_accountId == 0)
        return false;
    store::StoreError error;
    m_testIntent = store::AccountRepository(m_workspace.database().connection())
                       .queueConnectionTest(m_accountId, &error);
    if (!m_testIntent) {
        m_test->setText(error.message);
        return false;
    }
    m_workspace.notifier().notify({QStringLiteral("outbox")});
    updateTestState();
    return true;
}

void AccountDialog::updateTestState()
{
    if (m_testIntent == 0)
        return;
    store::StoreError error;
    const auto intent =
        store::OutboxRepository(m_workspace.database().connection()).find(m_testIntent, &error);
    using State = domain::OutboxIntent::State;
    QString text;
    if (!intent)
        text = error.isError() ? error.message : tr("The test was withdrawn.");
    else if (intent->state == State::Queued)
        text = tr("◷ Waiting for the sync to test the connection…");
    else if (intent->state == State::Sending)
        text = tr("… Testing the connection…");
    else if (intent->state == State::Failed)
        text = tr("✗ The connection fails: %1")
                   .arg(intent->lastError.isEmpty() ? tr("no reason given") : intent->lastError);
    else
        text = tr("✓ The connection works.");
    m_test->setText(text);
}

void AccountDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c01c28;") : QString());
}

QString AccountDialog::statusText() const
{
    return m_status->text();
}

QString AccountDialog::testText() const
{
    return m_test->text();
}

} // namespace agentp::views
