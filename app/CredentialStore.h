#pragma once

#include "models/security/SecretStore.h"

#include <QQueue>

#include <atomic>

namespace QKeychain {
class Job;
}

namespace agentp::security {
class MemorySecretStore;
}

namespace agentp::app {

// The system keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
// Windows) through QtKeychain, under the service name serviceName().
//
// When the keychain turns out not to work — no Secret Service on the bus, a locked keyring
// that cannot be unlocked, access refused — the store switches to memory for the rest of the
// run: the failed request is completed there (a write keeps the caller's secret, a read looks
// in memory), persistenceLost() is emitted once, and every later request goes to memory too.
// The switch is permanent because flapping between the keychain and memory would make a
// secret written to one invisible to a read from the other.
//
// Requests run one at a time in call order. QtKeychain queues its jobs anyway, so this costs
// nothing, and it keeps the order intact across the switch to memory.
//
// Create it in the GUI thread: QtKeychain's libsecret backend completes through the GLib main
// context, which Qt's event dispatcher runs there.
class CredentialStore final : public security::SecretStore
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    static QString serviceName();

    bool isPersistent() const override;

protected:
    void doRead(const QString &key, Completion done) override;
    void doWrite(const QString &key, const QByteArray &secret, Completion done) override;
    void doRemove(const QString &key, Completion done) override;

private:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    struct Request
    {
        Operation operation = Operation::Read;
        QString key;
        QByteArray secret;
        Completion done;
    };

    void enqueue(Request request);
    void startNext();
    void startInKeychain() const;
    void onJobFinished(QKeychain::Job *job);
    void startInMemory(const QString &notice);
    void finishCurrent(const Result &result);
    void switchToMemory();
    static QString memoryOnlyNotice();
    static const char *operationName(Operation operation);

    security::MemorySecretStore *m_memory = nullptr;
    // Read from any thread through isPersistent(); changed only in the store's thread.
    std::atomic<bool> m_persistent{true};
    QQueue<Request> m_queue;
    Request m_current;
    bool m_busy = false;
};

} // namespace agentp::app
