#include "app/SalonConnection.h"

#include "models/security/SecretStore.h"
#include "models/store/Workspace.h"
#include "net/supabase/PostgrestClient.h"
#include "net/supabase/SupabaseSession.h"
#include "views/salon/SalonLoginDialog.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTimer>

#include <utility>

namespace agentp::app {

using net::supabase::SupabaseSession;

namespace {
const QString kUrlKey = QStringLiteral("supabase.url");
const QString kApiKey = QStringLiteral("supabase.key");
const QString kEmailKey = QStringLiteral("offline.email");

QString userId(const QJsonObject &user)
{
    const QJsonValue id = user.value(QLatin1String("id"));
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}
} // namespace

SalonConnection::SalonConnection(store::Workspace &workspace, security::SecretStore *secrets,
                                 QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
{}

SalonConnection::~SalonConnection() = default;

bool SalonConnection::isConfigured() const
{
    return !m_workspace.isDemo() && !m_workspace.meta(kUrlKey).isEmpty();
}

QUrl SalonConnection::projectUrl() const
{
    return QUrl(m_workspace.meta(kUrlKey));
}

QByteArray SalonConnection::apiKey() const
{
    return m_workspace.meta(kApiKey).toUtf8();
}

QString SalonConnection::tenantId() const
{
    return m_user.value(QLatin1String("tenant_id")).toString();
}

bool SalonConnection::isSuperAdmin() const
{
    return m_user.value(QLatin1String("role")).toString() == QLatin1String("super_admin");
}

QString SalonConnection::statusText() const
{
    if (!m_token.isEmpty())
        return tr("salon server: connecting…");
    if (m_offline)
        return tr("salon server: offline — working from the local copy");
    return isConfigured() ? tr("salon server: signed out") : QString();
}

bool SalonConnection::ensureSession(const QUrl &url, const QByteArray &key, QString *problem)
{
    if (m_session && url == m_sessionUrl && key == m_sessionKey)
        return true;
    net::supabase::SupabaseConfig config;
    config.projectUrl = url;
    config.apiKey = key;
    config.maxRetries = 1; // a person waits for the answer: fail fast, they can press again
    config.timeoutMs = 15000;
    if (const QString p = config.problem(); !p.isEmpty()) {
        *problem = p;
        return false;
    }
    m_session.reset();
    m_client = std::make_unique<net::supabase::PostgrestClient>(config);
    m_session = std::make_unique<SupabaseSession>(
        m_client.get(), m_workspace.database().connection(), m_secrets.data());
    m_sessionUrl = url;
    m_sessionKey = key;
    return true;
}

bool SalonConnection::signIn(QWidget *parent, const QString &reason)
{
    views::SalonLoginDialog dialog(parent);
    dialog.setReason(reason);
    dialog.setServer(m_workspace.meta(kUrlKey), m_workspace.meta(kApiKey));
    dialog.setEmail(m_workspace.meta(kEmailKey));
    bool signedIn = false;
    QMetaObject::Connection finished;

    connect(&dialog, &views::SalonLoginDialog::signInRequested, this,
            [&](const views::SalonSignIn &input) {
                QString problem;
                if (!ensureSession(QUrl(input.serverUrl), input.publicKey.toUtf8(), &problem)) {
                    dialog.showFailure(problem, false);
                    return;
                }
                QObject::disconnect(finished);
                finished =
                    connect(m_session.get(), &SupabaseSession::loginFinished, &dialog,
                            [&, input](const SupabaseSession::Outcome &outcome) {
                                if (!outcome.ok()) {
                                    dialog.showFailure(outcome.message,
                                                       outcome.failure ==
                                                           SupabaseSession::Failure::Unreachable);
                                    return;
                                }
                                // The profile is kept only once it proved to work.
                                store::StoreError error;
                                if (!m_workspace.setMeta(kUrlKey, input.serverUrl, &error) ||
                                    !m_workspace.setMeta(kApiKey, input.publicKey, &error)) {
                                    dialog.showFailure(error.message, false);
                                    return;
                                }
                                m_token = m_client->accessToken();
                                accept(outcome.user, false);
                                signedIn = true;
                                dialog.accept();
                            });
                m_session->login(input.email, input.password);
            });
    connect(&dialog, &views::SalonLoginDialog::offlineUnlockRequested, this,
            [&](const views::SalonSignIn &input) {
                // The verifier lives in the workspace: no server profile is needed for it.
                SupabaseSession offline(nullptr, m_workspace.database().connection(), nullptr);
                const SupabaseSession::Outcome outcome =
                    offline.unlockOffline(input.email, input.password);
                if (!outcome.ok()) {
                    dialog.showFailure(outcome.message, true);
                    return;
                }
                m_token.clear();
                accept(outcome.user, true);
                signedIn = true;
                dialog.accept();
            });
    m_inDialog = true;
    dialog.exec();
    m_inDialog = false;
    // Told only now: a listener may rebuild the window (and this object) in reply.
    if (std::exchange(m_userChangePending, false))
        emit userChanged();
    return signedIn;
}

bool SalonConnection::resume(int timeoutMs)
{
    if (!isConfigured() || !m_secrets)
        return false;
    const QString email = m_workspace.meta(kEmailKey);
    const QJsonObject user =
        QJsonDocument::fromJson(m_workspace.meta(QStringLiteral("offline.user")).toUtf8()).object();
    if (email.isEmpty() || user.isEmpty())
        return false;
    // The answer may come after the wait gave up: it then lands in the shared state only.
    struct Answer
    {
        bool done = false;
        QByteArray token;
    };
    auto answer = std::make_shared<Answer>();
    QEventLoop loop;
    QPointer<QEventLoop> guard(&loop);
    m_secrets->read(SupabaseSession::secretKey(email), this,
                    [answer, guard](const security::SecretStore::Result &r) {
                        answer->done = true;
                        if (r.isOk())
                            answer->token = r.secret;
                        if (guard)
                            guard->quit();
                    });
    if (!answer->done) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const QDateTime expiry = SupabaseSession::tokenExpiry(answer->token);
    if (!expiry.isValid() || expiry < QDateTime::currentDateTimeUtc().addSecs(60))
        return false;
    m_token = answer->token;
    accept(user, false);
    return true;
}

void SalonConnection::accept(const QJsonObject &user, bool offline)
{
    const QString before = m_workspace.currentUser().id;
    m_user = user;
    m_offline = offline;
    store::StoreError error;
    if (!userId(user).isEmpty() && !m_workspace.rememberUser(user, &error))
        qWarning("salon sign-in: the user was not recorded: %s", qUtf8Printable(error.message));
    emit sessionChanged();
    if (m_workspace.currentUser().id != before) {
        if (m_inDialog)
            m_userChangePending = true;
        else
            emit userChanged();
    }
}

void SalonConnection::forgetToken()
{
    if (m_session)
        m_session->logout();
    // Also when the session object is not this one's (adopted): the keychain entry goes.
    const QString email = m_user.value(QLatin1String("email")).toString().trimmed().toLower();
    if (m_secrets && !email.isEmpty())
        m_secrets->remove(SupabaseSession::secretKey(email), this, [](const auto &) {});
    m_token.clear();
}

void SalonConnection::signOut()
{
    forgetToken();
    m_offline = false;
    emit sessionChanged();
}

void SalonConnection::expire()
{
    forgetToken();
    emit sessionChanged();
}

void SalonConnection::adopt(const SalonConnection &other)
{
    m_token = other.m_token;
    m_user = other.m_user;
    m_offline = other.m_offline;
}

} // namespace agentp::app
