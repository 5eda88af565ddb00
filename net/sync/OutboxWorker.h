#pragma once

#include "net/sync/IntentHandler.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QTimer;

namespace agentp::store {
class Database;
}

namespace agentp::net {

// Drains the outbox of one workspace on the sync thread: takes due intents (oldest first, one
// target at a time), hands each to the handler for its kind, and records the outcome. Retries
// back off exponentially; permanent failures wait for the user's Retry. Announces the tables it
// changed so the GUI's models refresh.
class OutboxWorker final : public QObject
{
    Q_OBJECT
public:
    explicit OutboxWorker(QString workspacePath, QObject *parent = nullptr);
    ~OutboxWorker() override;

    void addHandler(std::unique_ptr<IntentHandler> handler);
    int pollIntervalMs() const;
    // Carries out only intents whose kind starts with `prefix` (e.g. "ai."), so slow work such
    // as a streamed draft runs beside the replies instead of holding them up. Set before start().
    void setKindPrefix(const QString &prefix) { m_prefix = prefix; }
    // Leaves kinds starting with `prefix` to another worker, so a backlog of them never fills
    // this worker's batch of due intents.
    void setExcludedKindPrefix(const QString &prefix) { m_excluded = prefix; }

public slots:
    // Opens this thread's connection and starts polling; call in the worker's thread.
    void start();
    // Looks for due intents now (after the UI queued one).
    void poke();
    void stop();
    // The network is back: queued intents waiting out a backoff are due now.
    void retryWaitingNow();

signals:
    void tablesChanged(const QStringList &tables);
    void failed(const QString &message);
    // One intent was carried out: `outcome` is an IntentOutcome::Kind.
    void intentFinished(qint64 intentId, const QString &kind, int outcome, const QString &message);
    // Nothing this worker can carry out is due now (the headless `sync --once` waits for it).
    void idle();

private:
    void drain();
    void finish(const domain::OutboxIntent &intent, const IntentOutcome &outcome);
    // Writes an outcome to the outbox; false when the store refused (a full disk, a lock).
    bool record(const domain::OutboxIntent &intent, const IntentOutcome &outcome);
    // Records the outcomes the store refused earlier; false while it still refuses one.
    bool recordUnrecorded();
    IntentHandler *handlerFor(const QString &kind) const;

    struct Unrecorded
    {
        domain::OutboxIntent intent;
        IntentOutcome outcome;
    };

    QString m_path;
    QString m_prefix;
    QString m_excluded;
    std::unique_ptr<store::Database> m_db;
    std::vector<std::unique_ptr<IntentHandler>> m_handlers;
    QTimer *m_timer = nullptr;
    bool m_busy = false;
    // Outcomes carried out but not yet in the store: without them a sent reply would show
    // "sending" until the next start reconciled it.
    std::vector<Unrecorded> m_unrecorded;
};

} // namespace agentp::net
