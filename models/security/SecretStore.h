#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace agentp::security {

// Where the console keeps passwords, API keys and tokens. The sync engine (net/) and the UI
// see only this interface, so neither depends on QtKeychain; app/ supplies the keychain-backed
// implementation and MemorySecretStore serves as the fallback and in tests.
//
// Keys are namespaced paths such as "ozon/<account-id>/api-key" (see isValidKey()).
//
// Why callbacks with a context object rather than broadcast signals such as
// readFinished(key, ...): several callers may ask for the same key at once (sync engine and a
// settings dialog), and with signals each of them would have to filter every answer by key and
// would still receive the others' answers. Here each request gets exactly one answer, to its
// own callback, and Qt's connection machinery drops that answer if the context object has died
// meanwhile or queues it into the context's thread (the sync engine lives on its own thread).
//
// Guarantees for every implementation:
// - read(), write() and remove() may be called from any thread and never block; the callback
//   never runs inside the call, always later from the event loop of the context's thread;
// - requests are carried out and answered in the order they were made;
// - if the context is destroyed (or is nullptr) the request still runs but its answer is
//   dropped; if the store itself is destroyed first, pending answers are dropped too.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Ok,       // done; for read() the secret is in Result::secret
        NotFound, // read() of a key that holds no secret
        Failed,   // not done; Result::message says why
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QByteArray secret; // only set by a successful read()
        QString message;   // translated, for people; never contains a secret
        bool isOk() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &result)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    void read(const QString &key, const QObject *context, Callback done);
    // An empty secret is refused: remove() says "no secret" unambiguously.
    void write(const QString &key, const QByteArray &secret, const QObject *context, Callback done);
    // Idempotent: removing a key that holds nothing answers Ok, because the system keychain
    // cannot tell "removed" from "was not there" and callers only care that it is gone.
    void remove(const QString &key, const QObject *context, Callback done);

    // False once secrets live only in memory and will be gone when the program quits.
    virtual bool isPersistent() const = 0;

    // Two or more non-empty segments separated by '/', no control characters.
    static bool isValidKey(const QString &key);

signals:
    // Emitted once, when a store that was persistent starts keeping secrets in memory.
    void persistenceLost(const QString &message);

protected:
    // Hands the answer of one request back to its caller. Copyable so it fits into lambdas
    // and connections; only the first call counts, and destroying every copy without calling
    // it drops the answer.
    using Completion = std::function<void(const Result &result)>;

    // Called in the store's thread, in request order, with a valid key (and for write() a
    // non-empty secret). Implementations may complete synchronously or later.
    virtual void doRead(const QString &key, Completion done) = 0;
    virtual void doWrite(const QString &key, const QByteArray &secret, Completion done) = 0;
    virtual void doRemove(const QString &key, Completion done) = 0;

private:
    void submit(const QObject *context, Callback done, std::function<void(Completion)> start);
};

} // namespace agentp::security
