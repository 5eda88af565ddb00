#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace agentp::store {

// Tells item models which tables changed. Writers (the UI after an intent, the sync side after
// a page) call notify() as often as they like; listeners get one changed() per event-loop pass
// with the union of the tables, so a burst of writes causes one refresh. Lives in the GUI
// thread; call notify() from other threads through a queued invocation.
class StoreNotifier final : public QObject
{
    Q_OBJECT
public:
    explicit StoreNotifier(QObject *parent = nullptr);

public slots:
    void notify(const QStringList &tables);

signals:
    void changed(const QSet<QString> &tables);

private:
    void flush();
    QSet<QString> m_pending;
    bool m_scheduled = false;
};

} // namespace agentp::store
