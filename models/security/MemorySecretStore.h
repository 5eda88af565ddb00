#pragma once

#include "models/security/SecretStore.h"

#include <QHash>

namespace agentp::security {

// Keeps secrets in process memory only: the fallback when no system keychain works, and the
// store tests use. Answers arrive asynchronously and in request order, exactly like the
// keychain's (SecretStore queues every request), so code tested against this store does not
// come to rely on answers that happen to arrive synchronously.
//
// Secrets are not wiped on destruction: QByteArray is implicitly shared with the callers that
// wrote or read them, so overwriting our copy would only pretend to protect anything.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    bool isPersistent() const override { return false; }

protected:
    void doRead(const QString &key, Completion done) override;
    void doWrite(const QString &key, const QByteArray &secret, Completion done) override;
    void doRemove(const QString &key, Completion done) override;

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace agentp::security
