#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace agentp::store {
class Workspace;
}
namespace agentp::net {
class OutboxWorker;
}

namespace agentp::app {

// Runs the sync side of one workspace on its own thread: the outbox worker (and, with the chats
// and Supabase work, the pull engines). It talks to the GUI only through queued signals: table
// changes go to the workspace's StoreNotifier, and a queued intent pokes the worker.
class SyncHost final : public QObject
{
    Q_OBJECT
public:
    SyncHost(store::Workspace &workspace, QObject *parent = nullptr);
    ~SyncHost() override; // stops the thread and waits for it

signals:
    void problem(const QString &message);

private:
    QThread *m_thread;
    net::OutboxWorker *m_worker;
};

} // namespace agentp::app
