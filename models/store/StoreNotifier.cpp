#include "models/store/StoreNotifier.h"

#include <QMetaObject>

namespace agentp::store {

StoreNotifier::StoreNotifier(QObject *parent)
    : QObject(parent)
{}

void StoreNotifier::notify(const QStringList &tables)
{
    for (const QString &t : tables)
        m_pending.insert(t);
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &StoreNotifier::flush, Qt::QueuedConnection);
}

void StoreNotifier::flush()
{
    m_scheduled = false;
    if (m_pending.isEmpty())
        return;
    const QSet<QString> tables = std::exchange(m_pending, {});
    emit changed(tables);
}

} // namespace agentp::store
