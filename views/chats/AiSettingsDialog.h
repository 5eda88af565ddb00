#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace agentp::store {
class Workspace;
}
namespace agentp::security {
class SecretStore;
}

namespace agentp::views {

// Settings of AI reply drafts (docs/drafts.md): the OpenAI-compatible service (address, model,
// API key into the keychain), streaming and thinking, how much of the chat is sent, and the
// system prompt per account. Prompts are versioned on save, so a draft keeps naming the text
// that produced it. Nothing is written while a field is wrong; the line under the form says why.
class AiSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    // `secrets` may be null: the key field then says that keys cannot be stored.
    AiSettingsDialog(store::Workspace &workspace, security::SecretStore *secrets,
                     QWidget *parent = nullptr);

    // Validates and saves everything; false leaves the dialog open with the reason shown.
    bool save();
    QString statusText() const;
    bool isStoringKey() const { return m_keyPending; }

    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *modelEdit() const { return m_model; }
    QLineEdit *keyEdit() const { return m_key; }
    QComboBox *accountBox() const { return m_account; }
    QPlainTextEdit *promptEdit() const { return m_prompt; }

    void accept() override;

private:
    void loadPrompt();
    void keepPromptEdit();
    void setStatus(const QString &text, bool problem);

    store::Workspace &m_workspace;
    security::SecretStore *m_secrets;
    QCheckBox *m_enabled;
    QLineEdit *m_baseUrl;
    QLineEdit *m_model;
    QLineEdit *m_key;
    QCheckBox *m_streaming;
    QCheckBox *m_thinking;
    QSpinBox *m_history;
    QSpinBox *m_replyTokens;
    QSpinBox *m_timeout;
    QComboBox *m_account;
    QPlainTextEdit *m_prompt;
    QLabel *m_promptInfo;
    QLabel *m_status;
    QHash<qint64, QString> m_editedPrompts; // account id (0: default) → text being edited
    qint64 m_shownAccount = -1;
    bool m_keyPending = false;
    bool m_closeWhenStored = false;
};

} // namespace agentp::views
