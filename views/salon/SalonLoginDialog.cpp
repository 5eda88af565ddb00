#include "views/salon/SalonLoginDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace agentp::views {

SalonLoginDialog::SalonLoginDialog(QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("salonLoginDialog"));
    setWindowTitle(tr("Sign in to the salon server"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setWordWrap(true);
    m_reason->hide();
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://<project>.supabase.co"));
    m_key->setObjectName(QStringLiteral("publicKey"));
    m_key->setPlaceholderText(tr("anon or publishable key"));
    m_key->setToolTip(tr("The project's public key. Never enter the service-role key: the "
                         "console does not need it and must not hold it."));
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(QStringLiteral("manager@salon.ru"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("Public &key:"), m_key);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Password:"), m_password);

    m_signIn = m_buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    m_offline = m_buttons->addButton(tr("&Unlock offline"), QDialogButtonBox::ActionRole);
    m_offline->setObjectName(QStringLiteral("unlockOffline"));
    m_offline->setToolTip(tr("Work from the local copy: checks the password against the last "
                             "online sign-in on this computer."));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    m_offline->hide(); // after the last addButton(): the box shows its buttons when it lays out
    // Accepting is the caller's decision (after the server answered): the buttons only ask.
    connect(m_signIn, &QPushButton::clicked, this, [this] { submit(false); });
    connect(m_offline, &QPushButton::clicked, this, [this] { submit(true); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
}

void SalonLoginDialog::setServer(const QString &url, const QString &publicKey)
{
    m_url->setText(url);
    m_key->setText(publicKey);
}

void SalonLoginDialog::setEmail(const QString &email)
{
    m_email->setText(email);
    if (!email.isEmpty() && !m_url->text().isEmpty())
        m_password->setFocus();
}

void SalonLoginDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

SalonSignIn SalonLoginDialog::values() const
{
    return {m_url->text().trimmed(), m_key->text().trimmed(), m_email->text().trimmed(),
            m_password->text()};
}

QString SalonLoginDialog::problem(const SalonSignIn &input)
{
    const QUrl url(input.serverUrl, QUrl::StrictMode);
    if (input.serverUrl.isEmpty())
        return tr("Enter the salon server's address.");
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("The server address must look like https://<project>.supabase.co.");
    // Loopback by name (views do not use the network module): localhost, 127.x.x.x, ::1.
    const QString host = url.host();
    const bool loopback = host == QLatin1String("localhost") ||
                          host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
    if (url.scheme() == QLatin1String("http") && !loopback)
        return tr("The server address must start with https:// (plain http only for this "
                  "computer).");
    if (input.publicKey.isEmpty())
        return tr("Enter the project's public key.");
    if (!input.email.contains(QLatin1Char('@')))
        return tr("Enter your e-mail address.");
    if (input.password.isEmpty())
        return tr("Enter your password.");
    return {};
}

void SalonLoginDialog::submit(bool offline)
{
    const SalonSignIn input = values();
    SalonSignIn check = input;
    if (offline) { // the offline unlock needs no server: only e-mail and password
        check.serverUrl = QStringLiteral("https://offline.invalid");
        check.publicKey = QStringLiteral("-");
    }
    if (const QString p = problem(check); !p.isEmpty()) {
        showFailure(p, m_offline->isVisible());
        return;
    }
    setBusy(true);
    if (offline)
        emit offlineUnlockRequested(input);
    else
        emit signInRequested(input);
}

void SalonLoginDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_key),
                       static_cast<QWidget *>(m_email), static_cast<QWidget *>(m_password),
                       static_cast<QWidget *>(m_signIn), static_cast<QWidget *>(m_offline)})
        w->setEnabled(!busy);
    if (busy) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Signing in…"));
    }
}

void SalonLoginDialog::showFailure(const QString &message, bool offerOffline)
{
    setBusy(false);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->setText(message);
    m_offline->setVisible(offerOffline);
    m_password->setFocus();
    m_password->selectAll();
}

} // namespace agentp::views
