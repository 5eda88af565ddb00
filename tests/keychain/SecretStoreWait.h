#pragma once

#include "models/security/SecretStore.h"

#include <QObject>
#include <QTest>

#include <functional>
#include <optional>

namespace agentp::testing {

// The message of the Failed result the helpers below return when no answer came in time.
inline QString noAnswerMessage()
{
    return QStringLiteral("test helper: no answer within the timeout");
}

// Runs one SecretStore request and spins the event loop (QTest::qWaitFor, no sleeping) until
// its answer arrives. The context dies on return, so a late answer is dropped instead of
// writing into a dead stack frame.
inline security::SecretStore::Result
waitForAnswer(const std::function<void(const QObject *, security::SecretStore::Callback)> &start,
              int timeoutMs = 15000)
{
    std::optional<security::SecretStore::Result> answer;
    const QObject context;
    start(&context, [&answer](const security::SecretStore::Result &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, timeoutMs))
        return {security::SecretStore::Status::Failed, {}, noAnswerMessage()};
    return *answer;
}

inline security::SecretStore::Result readSecret(security::SecretStore &store, const QString &key)
{
    return waitForAnswer([&](const QObject *context, security::SecretStore::Callback done) {
        store.read(key, context, std::move(done));
    });
}

inline security::SecretStore::Result writeSecret(security::SecretStore &store, const QString &key,
                                                 const QByteArray &secret)
{
    return waitForAnswer([&](const QObject *context, security::SecretStore::Callback done) {
        store.write(key, secret, context, std::move(done));
    });
}

inline security::SecretStore::Result removeSecret(security::SecretStore &store, const QString &key)
{
    return waitForAnswer([&](const QObject *context, security::SecretStore::Callback done) {
        store.remove(key, context, std::move(done));
    });
}

} // namespace agentp::testing
