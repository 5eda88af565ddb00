#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace agentp::testing {

// A minimal HTTP/1.1 server for fakes: Content-Length request bodies, keep-alive and
// pipelining, optional TLS (QSslServer). Each request goes to the handler, whose Response says
// what to send — or how to misbehave (never answer, reset, cut the body short).
class FakeHttpServer final : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path; // without the query
        QByteArray query;
        QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
        QByteArray body;
        QByteArray header(const QByteArray &lowerName) const
        {
            for (const auto &h : headers)
                if (h.first == lowerName)
                    return h.second;
            return {};
        }
    };
    struct Response
    {
        enum class Action
        {
            Send,     // the answer as given
            Stall,    // never answer; the connection stays open
            Reset,    // close the connection without answering
            CutShort, // announce the full Content-Length, send half the body, close
            Trickle,  // announce the full Content-Length, send half the body, then nothing
            // No Content-Length, "Connection: close"; then `pieces` one by one, each after
            // `pieceIntervalMs` and flushed; then close. The body ends with the connection, as
            // in event streams, so one connection carries only this answer.
            Stream,
        };
        Action action = Action::Send;
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray contentType = QByteArrayLiteral("application/json");
        QByteArray body;
        // Stream only.
        QList<QByteArray> pieces;
        int pieceIntervalMs = 0;   // 0: the next pass of the event loop
        int stallAfterPieces = -1; // >= 0: stop after that many pieces, keep the connection open
        // Called once when the stream is over: all pieces written, or the connection went away
        // (the client gave up). Lets a fake count the answers still in flight.
        std::function<void()> streamEnded;
    };
    using Handler = std::function<Response(const Request &)>;

    explicit FakeHttpServer(Handler handler, QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // TLS with this certificate and key (e.g. a self-signed one from a test).
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key,
                   const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    bool isTls() const { return m_tls; }
    void close();
    int openConnections() const { return m_connections; }

private:
    void onNewConnection();
    void process(QTcpSocket *socket);
    struct StreamState;
    void writeNextPiece(QTcpSocket *socket, const std::shared_ptr<StreamState> &state);

    Handler m_handler;
    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    int m_connections = 0;
};

} // namespace agentp::testing
