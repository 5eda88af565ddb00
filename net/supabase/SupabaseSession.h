#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

namespace agentp::security {
class SecretStore;
}

namespace agentp::net::supabase {

class PostgrestClient;

// A salon manager's sign-in to the workspace's Supabase project (docs/supabase.md):
// - login(): dashboard.login; on success the token goes to the PostgREST client and the
//   keychain (never to the workspace), and a PBKDF2 verifier of the password plus the user's
//   profile go to workspace_meta, so a later offline start can unlock with the same password;
// - unlockOffline(): checks the password against that verifier without the network;
// - logout(): forgets the token (client and keychain);
// - a 401 "JWT expired" from the client becomes sessionExpired(): the window asks for the
//   password again; nothing queued in the outbox is touched.
class SupabaseSession final : public QObject
{
    Q_OBJECT
public:
    enum class Failure
    {
        None,
        WrongPassword,
        Locked,      // lockedUntil says until when
        Inactive,    // the user is switched off on the server
        Unreachable, // no answer: offline unlock is possible after one online login
        NoOfflineLogin,
        Server,
    };
    Q_ENUM(Failure)

    struct Outcome
    {
        Failure failure = Failure::None;
        QString message; // translated, one line
        QDateTime lockedUntil;
        QJsonObject user; // id, email, role, tenant_id, first_name, last_name
        bool offline = false;
        bool ok() const { return failure == Failure::None; }
    };

    // `db` is the workspace's connection (workspace_meta); `secrets` may be null (no keychain:
    // the token lives only in memory for the run).
    SupabaseSession(PostgrestClient *client, QSqlDatabase db, security::SecretStore *secrets,
                    QObject *parent = nullptr);

    void login(const QString &email, const QString &password);
    Outcome unlockOffline(const QString &email, const QString &password) const;
    void logout();

    bool isSignedIn() const { return !m_token.isEmpty(); }
    QJsonObject user() const { return m_user; }
    // The keychain entry of the session token for an e-mail.
    static QString secretKey(const QString &email);
    // The `exp` claim of a JWT, read without checking the signature (the server checks it; the
    // console only avoids offering a token that has run out). Invalid when there is none.
    static QDateTime tokenExpiry(const QByteArray &jwt);

signals:
    void loginFinished(const SupabaseSession::Outcome &outcome);
    void sessionExpired();
    void loggedOut();

private:
    void finishLogin(const QString &email, const QString &password, const QJsonObject &answer);
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value) const;

    QPointer<PostgrestClient> m_client;
    QSqlDatabase m_db;
    QPointer<security::SecretStore> m_secrets;
    QByteArray m_token;
    QString m_email;
    QJsonObject m_user;
};

} // namespace agentp::net::supabase
Q_DECLARE_METATYPE(agentp::net::supabase::SupabaseSession::Outcome)
