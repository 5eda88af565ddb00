#pragma once

#include "app/CommandLine.h"

#include <QByteArray>
#include <QTextStream>

namespace agentp::security {
class SecretStore;
}

namespace agentp::app {

// `agentp-console account add --workspace PATH --marketplace ozon --name NAME --client-id ID
// [--base-url URL]`: adds a seller account (creating an empty workspace at PATH when there is
// none). The Api-Key comes from AGENTP_API_KEY or standard input — never from arguments — and
// goes to the keychain; without a keychain the user is told to use AGENTP_API_KEY_<id> for
// headless sync. One line of output; on error one line on stderr and a non-zero exit code.
int runAccountAdd(const CommandLine &command);

// The same with the key and the secret store given (tests): writes the key through `secrets`
// and waits for the answer.
int addAccount(const CommandLine &command, const QByteArray &apiKey, security::SecretStore &secrets,
               QTextStream &out, QTextStream &err);

} // namespace agentp::app
