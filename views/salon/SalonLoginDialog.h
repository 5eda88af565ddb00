#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace agentp::views {

// What the user typed to sign in to a salon server.
struct SalonSignIn
{
    QString serverUrl; // https://<ref>.supabase.co
    QString publicKey; // the project's anon/publishable key (never the service-role key)
    QString email;
    QString password;
};

// Sign-in to the salon bot's Supabase project: the server profile (URL and public key) and the
// user's e-mail and password. The dialog only collects and checks the input; the caller (app/)
// signs in and answers with accept() or showFailure(). When the server cannot be reached, the
// caller offers "Unlock offline", which checks the same password against the verifier kept from
// the last online sign-in. Enter signs in; Escape cancels; nothing typed is lost on a failure.
class SalonLoginDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SalonLoginDialog(QWidget *parent = nullptr);

    void setServer(const QString &url, const QString &publicKey);
    void setEmail(const QString &email);
    // A line above the fields, e.g. why the sign-in is asked for again.
    void setReason(const QString &reason);
    SalonSignIn values() const;
    // Empty when the input can be sent; otherwise what to fix, one translated sentence.
    static QString problem(const SalonSignIn &input);

public slots:
    // While the server is asked: fields and buttons disabled, a "Signing in…" line.
    void setBusy(bool busy);
    // The sign-in failed: the reason in red, the password selected for retyping; with
    // `offerOffline` the "Unlock offline" button appears.
    void showFailure(const QString &message, bool offerOffline);

signals:
    void signInRequested(const agentp::views::SalonSignIn &input);
    void offlineUnlockRequested(const agentp::views::SalonSignIn &input);

private:
    void submit(bool offline);

    QLabel *m_reason;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    QPushButton *m_offline;
};

} // namespace agentp::views
