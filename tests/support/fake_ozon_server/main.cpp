// fake-ozon-server: serves a generated Ozon chat data set over loopback HTTP(S) until killed.
//   fake-ozon-server [--port N] [--chats N] [--messages M] [--seed S] [--client-id ID]
//                    [--api-key KEY] [--rps N] [--ids-as-strings] [--has-next-as-string]
//                    [--no-premium] [--record] [--tls-cert PEM --tls-key PEM]
// Prints one line "listening <base url>" on stdout once it accepts connections.
#include "tests/support/FakeOzonServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using agentp::testing::FakeOzonServer;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local fake of the Ozon Seller API chats."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0: any free)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption chats(QStringLiteral("chats"), QStringLiteral("Generated chats."),
                                   QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption messages(QStringLiteral("messages"),
                                      QStringLiteral("Generated messages per chat."),
                                      QStringLiteral("M"), QStringLiteral("100"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Data set seed."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), QStringLiteral("Client-Id."),
                                      QStringLiteral("ID"), FakeOzonServer::Options{}.clientId);
    const QCommandLineOption apiKey(QStringLiteral("api-key"), QStringLiteral("Api-Key."),
                                    QStringLiteral("KEY"),
                                    QString::fromLatin1(FakeOzonServer::Options{}.apiKey));
    const QCommandLineOption rps(QStringLiteral("rps"),
                                 QStringLiteral("429 above this many requests a second (0: off)."),
                                 QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption idsAsStrings(QStringLiteral("ids-as-strings"),
                                          QStringLiteral("Message ids as JSON strings."));
    const QCommandLineOption hasNextAsString(QStringLiteral("has-next-as-string"),
                                             QStringLiteral("has_next as \"true\"/\"false\"."));
    const QCommandLineOption noPremium(QStringLiteral("no-premium"),
                                       QStringLiteral("Answer 403 code 7 (no subscription)."));
    const QCommandLineOption record(QStringLiteral("record"),
                                    QStringLiteral("Keep every request in memory."));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("PEM private key."),
                                 QStringLiteral("FILE"));
    parser.addOptions({port, chats, messages, seed, clientId, apiKey, rps, idsAsStrings,
                       hasNextAsString, noPremium, record, cert, key});
    parser.process(app);

    FakeOzonServer::Options options;
    options.clientId = parser.value(clientId);
    options.apiKey = parser.value(apiKey).toUtf8();
    options.rateLimitPerSecond = parser.value(rps).toInt();
    options.idsAsStrings = parser.isSet(idsAsStrings);
    options.hasNextAsString = parser.isSet(hasNextAsString);
    options.premium = !parser.isSet(noPremium);
    options.recordRequests = parser.isSet(record);
    FakeOzonServer server(options);
    server.generate(parser.value(chats).toInt(), parser.value(messages).toInt(),
                    parser.value(seed).toULongLong());

    bool listening = false;
    if (parser.isSet(cert)) {
        QFile certFile(parser.value(cert));
        QFile keyFile(parser.value(key));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read the TLS certificate or key\n");
            return 2;
        }
        listening = server.listenTls(QSslCertificate(certFile.readAll(), QSsl::Pem),
                                     QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem),
                                     quint16(parser.value(port).toUInt()));
    } else {
        listening = server.listen(quint16(parser.value(port).toUInt()));
    }
    if (!listening) {
        std::fprintf(stderr, "cannot listen on port %s\n", qPrintable(parser.value(port)));
        return 1;
    }
    std::printf("listening %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
