#include "app/CredentialStore.h"

#include "models/LogCategories.h"

#include "models/security/MemorySecretStore.h"

#include <QLoggingCategory>
#include <QPointer>

#include <qt6keychain/keychain.h>

#include <utility>

namespace agentp::app {

namespace {

// May log keys, operations and QtKeychain's error codes and texts (those come from the
// keychain service and never contain the secret); never a secret value.

// Errors after which the keychain is of no use for this run. On Linux, QtKeychain (0.13, Qt 6)
// reports a missing Secret Service as OtherError rather than NoBackendAvailable, and a write
// into a locked collection that nobody can unlock (no prompter) as AccessDenied; the other
// platforms use AccessDeniedByUser when the user refuses the unlock prompt.
bool meansNoWorkingKeychain(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return true;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
        return false;
    }
    return false;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : SecretStore(parent)
    , m_memory(new security::MemorySecretStore(this))
{}

CredentialStore::~CredentialStore() = default;

const char *CredentialStore::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        return "remove";
    }
    return "?";
}

QString CredentialStore::serviceName()
{
    return QStringLiteral("ru.agentp.Console");
}

bool CredentialStore::isPersistent() const
{
    return m_persistent.load();
}

void CredentialStore::doRead(const QString &key, Completion done)
{
    enqueue({Operation::Read, key, {}, std::move(done)});
}

void CredentialStore::doWrite(const QString &key, const QByteArray &secret, Completion done)
{
    enqueue({Operation::Write, key, secret, std::move(done)});
}

void CredentialStore::doRemove(const QString &key, Completion done)
{
    enqueue({Operation::Remove, key, {}, std::move(done)});
}

void CredentialStore::enqueue(Request request)
{
    m_queue.emplace_back(std::move(request));
    startNext();
}

void CredentialStore::startNext()
{
    if (m_busy || m_queue.isEmpty())
        return;
    m_busy = true;
    m_current = m_queue.dequeue();
    if (m_persistent.load())
        startInKeychain();
    else
        startInMemory({});
}

void CredentialStore::startInKeychain() const
{
    QKeychain::Job *job = nullptr;
    switch (m_current.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName());
        // Binary mode (stored base64-encoded) so that any bytes survive; text mode would push
        // the secret through QString and mangle invalid UTF-8.
        write->setBinaryData(m_current.secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    // No parent, and the job deletes itself once finished: the libsecret backend holds a raw
    // pointer to the job until its D-Bus call returns, so the job must not die with us. If we
    // die first, the connection below goes with us and the late answer lands nowhere.
    job->setAutoDelete(true);
    job->setKey(m_current.key);
    connect(job, &QKeychain::Job::finished, this, &CredentialStore::onJobFinished);
    qCDebug(lcCredentials) << "keychain" << operationName(m_current.operation) << m_current.key;
    job->start();
}

void CredentialStore::onJobFinished(QKeychain::Job *job)
{
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        Result result{Status::Ok, {}, {}};
        if (m_current.operation == Operation::Read)
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
        finishCurrent(result);
        return;
    }

    qCDebug(lcCredentials) << "keychain" << operationName(m_current.operation) << m_current.key
                           << "failed with QtKeychain error" << int(error) << job->errorString();

    if (error == QKeychain::EntryNotFound && m_current.operation != Operation::Write) {
        // A missing entry is the goal of a removal (see SecretStore::remove()).
        finishCurrent(
            {m_current.operation == Operation::Remove ? Status::Ok : Status::NotFound, {}, {}});
        return;
    }

    if (meansNoWorkingKeychain(error)) {
        qCWarning(lcCredentials) << "system keychain unusable, keeping secrets in memory for "
                                    "this run; QtKeychain error"
                                 << int(error) << job->errorString();
        switchToMemory();
        // Finish the failed request in memory: a write keeps the caller's secret for the session
        // and a read sees what earlier fallback writes left there.
        startInMemory(memoryOnlyNotice());
        return;
    }

    finishCurrent({Status::Failed,
                   {},
                   tr("The system keychain could not complete the request (%1). Try again; if "
                      "it keeps failing, check that the keyring service is running and "
                      "unlocked.")
                       .arg(job->errorString())});
}

void CredentialStore::switchToMemory()
{
    if (!m_persistent.exchange(false))
        return;
    emit persistenceLost(memoryOnlyNotice());
}

QString CredentialStore::memoryOnlyNotice()
{
    return tr("No system keychain is available; passwords and keys are kept in memory until you "
              "quit and must be entered again next time.");
}

void CredentialStore::startInMemory(const QString &notice)
{
    const auto finish = [this, notice](const Result &memoryResult) {
        Result result = memoryResult;
        if (result.message.isEmpty())
            result.message = notice;
        finishCurrent(result);
    };
    switch (m_current.operation) {
    case Operation::Read:
        m_memory->read(m_current.key, this, finish);
        break;
    case Operation::Write:
        m_memory->write(m_current.key, m_current.secret, this, finish);
        break;
    case Operation::Remove:
        m_memory->remove(m_current.key, this, finish);
        break;
    }
}

void CredentialStore::finishCurrent(const Result &result)
{
    const Completion done = std::exchange(m_current, {}).done;
    m_busy = false;
    // The answer may run the caller's code directly, and that code may destroy this store.
    const QPointer<CredentialStore> self(this);
    done(result);
    if (self)
        startNext();
}

} // namespace agentp::app
