#include "models/security/SecretStore.h"

#include <QMetaObject>

#include <memory>

namespace agentp::security {

namespace {

// One per request, living in the store's thread. Its only job is the signal: connecting it to
// the caller's context lets Qt decide between a direct call and a queued one and disconnect it
// when the context dies, which a raw context pointer could not do safely across threads.
class ResultRelay final : public QObject
{
    Q_OBJECT
signals:
    void finished(const agentp::security::SecretStore::Result &result);
};

// Shared by every copy of one Completion, so that only the first call answers.
struct PendingAnswer
{
    std::unique_ptr<ResultRelay> relay;
};

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

SecretStore::~SecretStore() = default;

bool SecretStore::isValidKey(const QString &key)
{
    const QStringList segments = key.split(QLatin1Char('/'));
    if (segments.size() < 2)
        return false;
    for (const QString &segment : segments) {
        if (segment.isEmpty())
            return false;
    }
    for (const QChar c : key) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

void SecretStore::read(const QString &key, const QObject *context, Callback done)
{
    submit(context, std::move(done), [this, key](const Completion &completion) {
        if (!isValidKey(key)) {
            completion({Status::Failed, {}, tr("The credential name “%1” is not valid.").arg(key)});
            return;
        }
        doRead(key, completion);
    });
}

void SecretStore::write(const QString &key, const QByteArray &secret, const QObject *context,
                        Callback done)
{
    submit(context, std::move(done), [this, key, secret](const Completion &completion) {
        if (!isValidKey(key)) {
            completion({Status::Failed, {}, tr("The credential name “%1” is not valid.").arg(key)});
            return;
        }
        if (secret.isEmpty()) {
            completion({Status::Failed,
                        {},
                        tr("An empty password or key cannot be saved; remove it instead.")});
            return;
        }
        doWrite(key, secret, completion);
    });
}

void SecretStore::remove(const QString &key, const QObject *context, Callback done)
{
    submit(context, std::move(done), [this, key](const Completion &completion) {
        if (!isValidKey(key)) {
            completion({Status::Failed, {}, tr("The credential name “%1” is not valid.").arg(key)});
            return;
        }
        doRemove(key, completion);
    });
}

void SecretStore::submit(const QObject *context, Callback done,
                         std::function<void(Completion)> start)
{
    auto pending = std::make_shared<PendingAnswer>();
    if (context && done) {
        pending->relay = std::make_unique<ResultRelay>();
        connect(pending->relay.get(), &ResultRelay::finished, context, std::move(done));
        // Created in the caller's thread; it must belong to the store's thread, where it
        // emits and where the last Completion copy normally deletes it.
        pending->relay->moveToThread(thread());
    }

    Completion completion = [pending](const Result &result) {
        const std::unique_ptr<ResultRelay> relay = std::move(pending->relay);
        if (relay)
            emit relay->finished(result);
    };

    // Queued even from the store's own thread: this is what makes every answer asynchronous
    // and keeps requests in call order, whatever the implementation does.
    QMetaObject::invokeMethod(
        this, [start = std::move(start), completion = std::move(completion)] { start(completion); },
        Qt::QueuedConnection);
}

} // namespace agentp::security

#include "SecretStore.moc"
