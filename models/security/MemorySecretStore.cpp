#include "models/security/MemorySecretStore.h"

namespace agentp::security {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::doRead(const QString &key, Completion done)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        done({Status::NotFound, {}, {}});
        return;
    }
    done({Status::Ok, it.value(), {}});
}

void MemorySecretStore::doWrite(const QString &key, const QByteArray &secret, Completion done)
{
    m_secrets.insert(key, secret);
    done({Status::Ok, {}, {}});
}

void MemorySecretStore::doRemove(const QString &key, Completion done)
{
    m_secrets.remove(key);
    done({Status::Ok, {}, {}});
}

} // namespace agentp::security
