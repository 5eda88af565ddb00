#include "net/sync/SalonSync.h"

#include "models/LogCategories.h"
#include "models/store/Database.h"
#include "net/supabase/PostgrestClient.h"
#include "net/supabase/RealtimeClient.h"
#include "net/sync/SalonPull.h"

#include <QTimer>

namespace agentp::net {

using supabase::RealtimeClient;

namespace {
constexpr int kPullIntervalMs = 5 * 60 * 1000;
} // namespace

SalonSync::SalonSync(QString workspacePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(workspacePath))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kPullIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &SalonSync::pullNow);
}

SalonSync::~SalonSync()
{
    stop();
}

void SalonSync::setPullIntervalMs(int ms)
{
    m_timer->setInterval(ms);
}

void SalonSync::start()
{
    if (m_db)
        return;
    store::Database::Options options;
    options.createIfMissing = false; // the GUI opened (and migrated) it
    store::StoreError error;
    m_db = store::Database::open(m_path, options, &error);
    if (!m_db)
        emit problem(error.message);
}

void SalonSync::stop()
{
    m_timer->stop();
    if (m_pull)
        m_pull->cancel();
    if (m_realtime)
        m_realtime->stop();
}

void SalonSync::setSession(const QUrl &projectUrl, const QByteArray &apiKey,
                           const QByteArray &token, const QString &tenantId, bool superAdmin)
{
    if (token.isEmpty()) {
        stop();
        if (m_client)
            m_client->setAccessToken({});
        // The status line is the app's then (signed out, or offline from the local copy).
        return;
    }
    if (!m_db) {
        emit problem(tr("The salon data cannot be stored: the workspace is not open."));
        return;
    }
    m_expired = false;
    const QString identity =
        projectUrl.toString() + QLatin1Char('|') + (superAdmin ? QStringLiteral("*") : tenantId);
    if (!m_client || projectUrl != m_url || apiKey != m_apiKey) {
        // Another project: new clients (their configuration is fixed at construction).
        stop();
        m_pull.reset();
        m_realtime.reset();
        m_client.reset();
        m_url = projectUrl;
        m_apiKey = apiKey;
        supabase::SupabaseConfig config;
        config.projectUrl = projectUrl;
        config.apiKey = apiKey;
        m_client = std::make_unique<supabase::PostgrestClient>(config);
        connect(m_client.get(), &supabase::PostgrestClient::sessionExpired, this,
                &SalonSync::expire);
        m_pull = std::make_unique<SalonPull>(m_client.get(), m_db->connection());
        m_pull->setPageSize(m_pageSize);
        connect(m_pull.get(), &SalonPull::tablesChanged, this, &SalonSync::tablesChanged);
        connect(m_pull.get(), &SalonPull::finished, this, &SalonSync::onPullFinished);

        supabase::RealtimeConfig live;
        live.projectUrl = m_realtimeUrl.isEmpty() ? projectUrl : m_realtimeUrl;
        live.apiKey = apiKey;
        m_realtime = std::make_unique<RealtimeClient>(live);
        connect(m_realtime.get(), &RealtimeClient::modeChanged, this,
                [this](RealtimeClient::Mode mode, const QString &reason) {
                    if (mode == RealtimeClient::Mode::Live)
                        report(true, tr("salon server: live"));
                    else if (mode == RealtimeClient::Mode::Polling)
                        report(false, tr("salon server: polling (%1)").arg(reason));
                    else if (mode == RealtimeClient::Mode::Connecting)
                        report(false, tr("salon server: connecting…"));
                });
        // Missed changes are not replayed: every (re)join and every poll reads what changed.
        connect(m_realtime.get(), &RealtimeClient::resyncNeeded, this, &SalonSync::pullNow);
        connect(m_realtime.get(), &RealtimeClient::pollWanted, this, &SalonSync::pullNow);
        connect(m_realtime.get(), &RealtimeClient::change, this, [this] {
            if (m_pull)
                m_pull->pull({QStringLiteral("wishlist_v2")});
        });
        connect(m_realtime.get(), &RealtimeClient::tokenExpired, this, &SalonSync::expire);
        connect(m_realtime.get(), &RealtimeClient::errorOccurred, this,
                [](const QString &message) { qCInfo(lcNet) << "salon realtime:" << message; });
    }
    if (identity != m_identity) {
        if (!m_identity.isEmpty()) {
            m_pull->cancel(); // a pass of the old session must not write its cursors back
            QString error;
            if (!m_pull->reset(&error))
                emit problem(error);
        }
        if (m_waitlist)
            m_realtime->unsubscribe(m_waitlist);
        m_waitlist = m_realtime->subscribe(QStringLiteral("public"), QStringLiteral("wishlist_v2"),
                                           superAdmin ? QString()
                                                      : QStringLiteral("tenant_id=eq.") + tenantId);
        m_identity = identity;
    }
    m_client->setAccessToken(token);
    m_realtime->setAccessToken(token);
    if (m_realtime->mode() == RealtimeClient::Mode::Stopped && !m_realtime->start())
        report(false, tr("salon server: polling (live updates refused for this address)"));
    m_timer->start();
    pullNow();
}

void SalonSync::pullNow()
{
    if (m_pull && !m_expired && m_client && !m_client->accessToken().isEmpty())
        m_pull->pull();
}

void SalonSync::onPullFinished(bool ok, const QString &error, bool expired)
{
    if (expired) {
        expire();
    } else if (!ok && error != m_lastProblem) {
        // Told once per distinct reason; the timer and Realtime polls try again.
        emit problem(tr("Salon data not updated: %1").arg(error));
    }
    m_lastProblem = ok ? QString() : error;
    emit pulled(ok);
}

void SalonSync::expire()
{
    if (m_expired)
        return;
    m_expired = true;
    m_timer->stop();
    report(false, tr("salon server: session expired — sign in again"));
    emit sessionExpired();
}

void SalonSync::report(bool live, const QString &text)
{
    emit modeChanged(live, text);
}

} // namespace agentp::net
