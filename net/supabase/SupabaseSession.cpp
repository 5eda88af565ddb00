#include "net/supabase/SupabaseSession.h"

#include "models/security/OfflineVerifier.h"
#include "models/security/SecretStore.h"
#include "net/supabase/PostgrestClient.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace agentp::net::supabase {

namespace {

SupabaseSession::Outcome failed(SupabaseSession::Failure failure, const QString &message)
{
    SupabaseSession::Outcome o;
    o.failure = failure;
    o.message = message;
    return o;
}

// "(Could not connect to host.)." reads badly: the reason goes in brackets without its stop.
QString withoutFullStop(QString text)
{
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString normalized(const QString &email)
{
    return email.trimmed().toLower();
}

} // namespace

SupabaseSession::SupabaseSession(PostgrestClient *client, QSqlDatabase db,
                                 security::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_db(std::move(db))
    , m_secrets(secrets)
{
    qRegisterMetaType<SupabaseSession::Outcome>();
    if (client)
        connect(client, &PostgrestClient::sessionExpired, this, [this] {
            // The token is dead; the user's queued actions stay in the outbox for after the
            // next sign-in.
            m_token.clear();
            emit sessionExpired();
        });
}

QString SupabaseSession::secretKey(const QString &email)
{
    return QStringLiteral("supabase/session/") + normalized(email);
}

QDateTime SupabaseSession::tokenExpiry(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                         QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    const QJsonValue exp = QJsonDocument::fromJson(*decoded).object().value(QLatin1String("exp"));
    if (!exp.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(exp.toInteger(), Qt::UTC);
}

QString SupabaseSession::meta(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM workspace_meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool SupabaseSession::setMeta(const QString &key, const QString &value) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO workspace_meta(key, value) VALUES (?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

void SupabaseSession::login(const QString &email, const QString &password)
{
    if (!m_client) {
        emit loginFinished(failed(Failure::Server, tr("Not connected to a Supabase project.")));
        return;
    }
    const QPointer<SupabaseSession> self(this);
    m_client->rpc(QStringLiteral("dashboard"), QStringLiteral("login"),
                  QJsonObject{{QStringLiteral("p_email"), normalized(email)},
                              {QStringLiteral("p_password"), password}},
                  [self, email, password](const PostgrestResult &r) {
                      if (!self)
                          return;
                      if (!r.ok()) {
                          const bool unreachable =
                              r.error.isTransient() || r.error.kind == PostgrestError::Kind::Tls;
                          emit self->loginFinished(failed(
                              unreachable ? Failure::Unreachable : Failure::Server,
                              unreachable ? tr("The server cannot be reached (%1). After one "
                                               "online sign-in, the same password unlocks "
                                               "offline.")
                                                .arg(withoutFullStop(r.error.message))
                                          : r.error.message));
                          return;
                      }
                      self->finishLogin(email, password, r.body.toObject());
                  });
}

void SupabaseSession::finishLogin(const QString &email, const QString &password,
                                  const QJsonObject &answer)
{
    const QString error = answer.value(QLatin1String("error")).toString();
    const QByteArray token = answer.value(QLatin1String("access_token")).toString().toUtf8();
    if (!answer.value(QLatin1String("ok")).toBool() || token.isEmpty()) {
        if (error == QLatin1String("locked")) {
            Outcome o = failed(Failure::Locked, {});
            o.lockedUntil = QDateTime::fromString(
                answer.value(QLatin1String("locked_until")).toString(), Qt::ISODateWithMs);
            o.message = tr("Too many wrong passwords: try again after %1.")
                            .arg(o.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
            emit loginFinished(o);
        } else if (error == QLatin1String("inactive")) {
            emit loginFinished(failed(Failure::Inactive,
                                      tr("This account is switched off; ask your administrator.")));
        } else {
            emit loginFinished(failed(Failure::WrongPassword, tr("Wrong e-mail or password.")));
        }
        return;
    }
    m_token = token;
    m_email = normalized(email);
    m_user = answer.value(QLatin1String("user")).toObject();
    if (m_client)
        m_client->setAccessToken(token);
    // What an offline start needs: who signed in, and a verifier of the password (not the
    // password, not the token).
    setMeta(QStringLiteral("offline.email"), m_email);
    setMeta(QStringLiteral("offline.verifier"), security::OfflineVerifier::create(password));
    setMeta(QStringLiteral("offline.user"),
            QString::fromUtf8(QJsonDocument(m_user).toJson(QJsonDocument::Compact)));
    if (m_secrets)
        m_secrets->write(secretKey(m_email), token, this, [](const auto &) {});
    Outcome o;
    o.user = m_user;
    emit loginFinished(o);
}

SupabaseSession::Outcome SupabaseSession::unlockOffline(const QString &email,
                                                        const QString &password) const
{
    const QString verifier = meta(QStringLiteral("offline.verifier"));
    if (verifier.isEmpty() || meta(QStringLiteral("offline.email")) != normalized(email))
        return failed(Failure::NoOfflineLogin,
                      tr("This account has not signed in online on this computer yet; offline "
                         "unlock needs one online sign-in."));
    if (!security::OfflineVerifier::verify(password, verifier))
        return failed(Failure::WrongPassword, tr("Wrong password."));
    Outcome o;
    o.offline = true;
    o.user = QJsonDocument::fromJson(meta(QStringLiteral("offline.user")).toUtf8()).object();
    return o;
}

void SupabaseSession::logout()
{
    if (m_secrets && !m_email.isEmpty())
        m_secrets->remove(secretKey(m_email), this, [](const auto &) {});
    m_token.clear();
    m_user = {};
    if (m_client)
        m_client->setAccessToken({});
    emit loggedOut();
}

} // namespace agentp::net::supabase
