#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>

class QTimer;

namespace agentp::store {
class Database;
}

namespace agentp::net {

namespace supabase {
class PostgrestClient;
class RealtimeClient;
} // namespace supabase
class SalonPull;

// The salon side of the sync thread (docs/supabase.md): with a signed-in user's token it
//  - pulls the salon tables into the store (SalonPull) at once, every 5 minutes, after every
//    Realtime (re)join (changes are not replayed) and whenever Realtime asks for a poll;
//  - listens to the waitlist over Realtime (one channel, filtered to the user's salon unless
//    a super admin) and pulls the waitlist when a change arrives;
//  - reports which mode is active ("live" or "polling" with the reason) for the status bar;
//  - turns an expired token (REST or Realtime) into one sessionExpired(), pausing everything
//    until a new token comes; the outbox keeps every queued action meanwhile.
// The PostgREST client it owns is the one the salon intent handler writes through.
class SalonSync final : public QObject
{
    Q_OBJECT
public:
    explicit SalonSync(QString workspacePath, QObject *parent = nullptr);
    ~SalonSync() override;

    // The client of the current session (null before the first one). Used by the intent
    // handler, in this object's thread.
    supabase::PostgrestClient *client() const { return m_client.get(); }
    // For tests: the periodic pull and the pull page size.
    void setPullIntervalMs(int ms);
    void setPageSize(int rows) { m_pageSize = rows; }
    // Realtime on another address than the REST API (self-hosted setups, tests); empty: the
    // project URL. Takes effect with the next project.
    void setRealtimeUrl(const QUrl &url) { m_realtimeUrl = url; }
    SalonPull *pull() const { return m_pull.get(); }
    supabase::RealtimeClient *realtime() const { return m_realtime.get(); }

public slots:
    void start(); // opens the store connection (in this thread)
    void stop();
    // A new session: the project and the user's token. A different project or user starts the
    // pull from the beginning. An empty token signs out: pulls and Realtime stop.
    void setSession(const QUrl &projectUrl, const QByteArray &apiKey, const QByteArray &token,
                    const QString &tenantId, bool superAdmin);
    void pullNow();

signals:
    void tablesChanged(const QStringList &tables);
    // "live", "polling: <reason>", "signed out", … already translated, for the status bar.
    void modeChanged(bool live, const QString &text);
    void sessionExpired();
    void problem(const QString &message);
    // A pass ended (ok or not), for tests and the "last synced" time.
    void pulled(bool ok);

private:
    void onPullFinished(bool ok, const QString &error, bool expired);
    void expire();
    void report(bool live, const QString &text);

    QString m_path;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<supabase::PostgrestClient> m_client;
    std::unique_ptr<supabase::RealtimeClient> m_realtime;
    std::unique_ptr<SalonPull> m_pull;
    QTimer *m_timer;
    QUrl m_url;
    QUrl m_realtimeUrl;
    QByteArray m_apiKey;
    QString m_identity; // project + tenant: a change resets the cursors
    int m_waitlist = 0; // the Realtime subscription
    int m_pageSize = 500;
    bool m_expired = false;
    QString m_lastProblem;
};

} // namespace agentp::net
