#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QWidget;

namespace agentp::store {
class Workspace;
}
namespace agentp::security {
class SecretStore;
}
namespace agentp::net::supabase {
class PostgrestClient;
class SupabaseSession;
} // namespace agentp::net::supabase

namespace agentp::app {

// A workspace's connection to its salon server (docs/supabase.md), on the GUI thread: the server
// profile (workspace_meta supabase.url / supabase.key — the public key only), the sign-in dialog
// and the SupabaseSession behind it. The sync thread gets the session's token through
// sessionChanged() (ConsoleController forwards it to SyncHost); an expired session asks again
// with the reason shown, and nothing queued is touched meanwhile.
class SalonConnection final : public QObject
{
    Q_OBJECT
public:
    SalonConnection(store::Workspace &workspace, security::SecretStore *secrets,
                    QObject *parent = nullptr);
    ~SalonConnection() override;

    // A server profile is stored: the console asks for the password at start.
    bool isConfigured() const;
    // Shows the sign-in dialog over `parent` until the user signs in, unlocks offline or
    // cancels. True when signed in (online or offline).
    bool signIn(QWidget *parent, const QString &reason = {});
    // Without a dialog: the last online session's token from the keychain, when it is still
    // valid for at least a minute. Waits for the keychain at most `timeoutMs`.
    bool resume(int timeoutMs = 5000);
    void signOut();
    // The sync side reported the token expired: forget it (client and keychain) so that only a
    // new sign-in resumes; queued actions stay in the outbox.
    void expire();
    // The same workspace opened again (a new window after another user signed in): carries
    // the session over instead of asking again.
    void adopt(const SalonConnection &other);

    bool isOnline() const { return !m_token.isEmpty(); }
    bool isOfflineUnlocked() const { return m_offline; }
    QByteArray token() const { return m_token; }
    QUrl projectUrl() const;
    QByteArray apiKey() const;
    QJsonObject user() const { return m_user; }
    QString tenantId() const;
    bool isSuperAdmin() const;
    // The status bar line for the current state ("salon server: offline (local copy)", …).
    QString statusText() const;

signals:
    // Signed in, unlocked offline, signed out or expired: forward token() to the sync side.
    void sessionChanged();
    // Someone else than before signed in: the window's panes depend on the user's role.
    void userChanged();

private:
    bool ensureSession(const QUrl &url, const QByteArray &key, QString *problem);
    void accept(const QJsonObject &user, bool offline);
    void forgetToken();

    store::Workspace &m_workspace;
    QPointer<security::SecretStore> m_secrets;
    std::unique_ptr<net::supabase::PostgrestClient> m_client; // for dashboard.login only
    std::unique_ptr<net::supabase::SupabaseSession> m_session;
    QUrl m_sessionUrl;
    QByteArray m_sessionKey;
    QByteArray m_token;
    QJsonObject m_user;
    bool m_offline = false;
    bool m_inDialog = false;
    bool m_userChangePending = false; // emitted when the dialog has closed
};

} // namespace agentp::app
