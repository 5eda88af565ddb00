#include "app/AccountCommand.h"

#include "app/CredentialStore.h"
#include "models/store/AccountRepository.h"
#include "models/store/Database.h"

#include <QDir>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace agentp::app {

namespace {

// The Api-Key: AGENTP_API_KEY, else one line of standard input (not echoed on a terminal).
QByteArray readApiKey()
{
    QByteArray key = qgetenv("AGENTP_API_KEY");
    if (!key.isEmpty())
        return key.trimmed();
#ifdef Q_OS_UNIX
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        std::fprintf(stderr, "%s", qUtf8Printable(CommandLine::tr("Api-Key: ")));
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#endif
    char buffer[1024];
    if (std::fgets(buffer, sizeof buffer, stdin))
        key = QByteArray(buffer).trimmed();
#ifdef Q_OS_UNIX
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
#endif
    return key;
}

} // namespace

int addAccount(const CommandLine &command, const QByteArray &apiKey, security::SecretStore &secrets,
               QTextStream &out, QTextStream &err)
{
    if (apiKey.isEmpty() || apiKey.contains(' ')) {
        err << CommandLine::tr("agentp-console: no Api-Key given; pipe it to standard input or "
                               "set AGENTP_API_KEY.")
            << Qt::endl;
        return 1;
    }
    store::StoreError error;
    const auto db = store::Database::open(command.workspace, &error);
    if (!db) {
        err << QStringLiteral("agentp-console: ") << error.message << Qt::endl;
        return 1;
    }
    store::SellerAccount account;
    account.marketplace = command.marketplace;
    account.name = command.accountName;
    account.externalId = command.clientId;
    account.baseUrl = command.baseUrl;
    store::AccountProblem problem;
    store::AccountRepository accounts(db->connection());
    const qint64 id = accounts.add(account, &problem, &error);
    if (!id) {
        err << QStringLiteral("agentp-console: ")
            << (problem.isProblem() ? problem.message : error.message) << Qt::endl;
        return 1;
    }

    // Wait for the keychain's answer; a keychain that never answers must not hang the command.
    QEventLoop loop;
    security::SecretStore::Result result;
    result.message = CommandLine::tr("The keychain did not answer.");
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    secrets.write(store::AccountRepository::apiKeySecretKey(account.marketplace, id), apiKey, &loop,
                  [&](const security::SecretStore::Result &r) {
                      result = r;
                      loop.quit();
                  });
    loop.exec();

    const QString path = QDir::toNativeSeparators(command.workspace);
    if (result.isOk() && secrets.isPersistent()) {
        out << CommandLine::tr("Added account “%1” (id %2) to %3; its Api-Key is in the "
                               "keychain.")
                   .arg(account.name)
                   .arg(id)
                   .arg(path)
            << Qt::endl;
        return 0;
    }
    // The account stays: a headless machine supplies the key through the environment.
    out << CommandLine::tr("Added account “%1” (id %2) to %3.").arg(account.name).arg(id).arg(path)
        << Qt::endl;
    err << CommandLine::tr("agentp-console: no keychain is available, so the Api-Key was not "
                           "saved. For headless sync set %1 to the key.")
               .arg(store::AccountRepository::apiKeyEnvironmentVariable(id))
        << Qt::endl;
    return 0;
}

int runAccountAdd(const CommandLine &command)
{
    const QByteArray key = readApiKey();
    CredentialStore secrets;
    QTextStream out(stdout);
    QTextStream err(stderr);
    return addAccount(command, key, secrets, out, err);
}

} // namespace agentp::app
