#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace agentp::security {
class SecretStore;
}

namespace agentp::store {
class Workspace;
}

namespace agentp::views {

// Seller accounts: the list on the left, the selected (or new) account's fields on the right —
// marketplace, name, Client-Id, Api-Key (a password field; left empty when editing, the stored
// key stays), optional API address, enabled. Fields go to the store (AccountRepository), the
// key only to the SecretStore. "Test connection" queues account.test and shows that intent's
// outcome as it changes: waiting for the sync side, works, or fails with the reason.
class AccountDialog final : public QDialog
{
    Q_OBJECT
public:
    // `secrets` may be null: the dialog then says that keys cannot be stored.
    AccountDialog(store::Workspace &workspace, security::SecretStore *secrets,
                  QWidget *parent = nullptr);
    ~AccountDialog() override;

    qint64 currentAccountId() const { return m_accountId; }
    // Shows an account (0: a new one).
    void showAccount(qint64 accountId);
    bool save();
    bool removeCurrent(bool confirm = true);
    bool testConnection();
    QString statusText() const;
    QString testText() const;

signals:
    void notice(const QString &message);

private:
    void reloadList();
    void setStatus(const QString &text, bool problem);
    void updateTestState();
    void storeKey(const QString &marketplace, qint64 id, const QByteArray &key);

    store::Workspace &m_workspace;
    security::SecretStore *m_secrets;
    qint64 m_accountId = 0;
    qint64 m_testIntent = 0;
    QListWidget *m_list;
    QComboBox *m_marketplace;
    QLineEdit *m_name;
    QLineEdit *m_clientId;
    QLineEdit *m_apiKey;
    QLineEdit *m_baseUrl;
    QCheckBox *m_enabled;
    QLabel *m_status;
    QLabel *m_test;
    QPushButton *m_save;
    QPushButton *m_remove;
    QPushButton *m_testButton;
};

} // namespace agentp::views
