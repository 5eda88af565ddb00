#include "app/SyncHost.h"

#include "models/store/StoreNotifier.h"
#include "models/store/Workspace.h"
#include "net/demo/DemoBackend.h"
#include "net/sync/OutboxWorker.h"

#include <QThread>

namespace agentp::app {

SyncHost::SyncHost(store::Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new net::OutboxWorker(workspace.path()))
{
    m_thread->setObjectName(QStringLiteral("agentp-sync"));
    if (workspace.isDemo())
        net::demo::installDemoHandlers(*m_worker);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    store::StoreNotifier *notifier = &workspace.notifier();
    connect(m_worker, &net::OutboxWorker::tablesChanged, notifier, &store::StoreNotifier::notify);
    connect(m_worker, &net::OutboxWorker::failed, this, &SyncHost::problem);
    // The UI announces a queued intent as a change of "outbox": look at it now, not in a second.
    connect(notifier, &store::StoreNotifier::changed, m_worker,
            [worker = m_worker](const QSet<QString> &tables) {
                if (tables.contains(QStringLiteral("outbox")))
                    worker->poke();
            });
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &net::OutboxWorker::start, Qt::QueuedConnection);
}

SyncHost::~SyncHost()
{
    QMetaObject::invokeMethod(m_worker, &net::OutboxWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

} // namespace agentp::app
