#include "tests/support/FakeHttpServer.h"

#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace agentp::testing {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 256 * 1024 * 1024;

// Per-connection state lives on the socket itself, so it goes away with it.
constexpr char kBufferProperty[] = "fakeHttpBuffer";
constexpr char kStalledProperty[] = "fakeHttpStalled";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace

struct FakeHttpServer::StreamState
{
    QList<QByteArray> pieces;
    int next = 0;
    int intervalMs = 0;
    int stallAfter = -1;
    std::function<void()> ended;
    bool over = false;
    void end()
    {
        if (over)
            return;
        over = true;
        if (ended)
            ended();
    }
};

FakeHttpServer::FakeHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{}

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::listen(const QHostAddress &address, quint16 port)
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
            &FakeHttpServer::onNewConnection);
    return m_server->listen(address, port);
}

bool FakeHttpServer::listenTls(const QSslCertificate &certificate, const QSslKey &key,
                               const QHostAddress &address, quint16 port)
{
    auto *server = new QSslServer(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(config);
    m_server = server;
    m_tls = true;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
            &FakeHttpServer::onNewConnection);
    return m_server->listen(address, port);
}

quint16 FakeHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void FakeHttpServer::close()
{
    if (m_server)
        m_server->close();
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { process(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_connections;
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            process(socket);
    }
}

void FakeHttpServer::process(QTcpSocket *socket)
{
    QByteArray buffer = socket->property(kBufferProperty).toByteArray() + socket->readAll();
    QPointer<QTcpSocket> alive(socket);
    while (alive && !socket->property(kStalledProperty).toBool()) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (buffer.size() > kMaxHeaderBytes)
                socket->abort();
            break;
        }
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        Request request;
        request.method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const qsizetype q = target.indexOf('?');
        request.path = q < 0 ? target : target.left(q);
        request.query = q < 0 ? QByteArray() : target.mid(q + 1);
        qsizetype length = 0;
        bool close = requestLine.value(2) == "HTTP/1.0";
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name == "content-length")
                length = value.toLongLong();
            if (name == "connection")
                close = value.compare("close", Qt::CaseInsensitive) == 0;
        }
        if (length < 0 || length > kMaxBodyBytes) {
            socket->abort();
            return;
        }
        if (buffer.size() < headerEnd + 4 + length)
            break; // the rest of the body is still on its way
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);

        const Response response = m_handler(request);
        if (!alive)
            return;
        switch (response.action) {
        case Response::Action::Stall:
            socket->setProperty(kStalledProperty, true);
            buffer.clear();
            break;
        case Response::Action::Reset:
            socket->abort();
            return;
        case Response::Action::Stream: {
            QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                              reasonPhrase(response.status) + "\r\n";
            if (!response.contentType.isEmpty())
                head += "Content-Type: " + response.contentType + "\r\n";
            for (const auto &h : response.headers)
                head += h.first + ": " + h.second + "\r\n";
            head += "Connection: close\r\n\r\n";
            socket->write(head);
            socket->flush();
            // Nothing after this answer is read: it ends with the connection.
            socket->setProperty(kStalledProperty, true);
            buffer.clear();
            auto state = std::make_shared<StreamState>();
            state->pieces = response.pieces;
            state->intervalMs = response.pieceIntervalMs;
            state->stallAfter = response.stallAfterPieces;
            state->ended = response.streamEnded;
            connect(socket, &QObject::destroyed, this, [state] { state->end(); });
            writeNextPiece(socket, state);
            break;
        }
        case Response::Action::Send:
        case Response::Action::CutShort:
        case Response::Action::Trickle: {
            QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                              reasonPhrase(response.status) + "\r\n";
            if (!response.contentType.isEmpty())
                head += "Content-Type: " + response.contentType + "\r\n";
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            for (const auto &h : response.headers)
                head += h.first + ": " + h.second + "\r\n";
            if (close)
                head += "Connection: close\r\n";
            head += "\r\n";
            socket->write(head);
            if (response.action == Response::Action::Trickle) {
                socket->write(response.body.left(response.body.size() / 2));
                socket->setProperty(kStalledProperty, true);
                buffer.clear();
                break;
            }
            if (response.action == Response::Action::CutShort) {
                socket->write(response.body.left(response.body.size() / 2));
                socket->flush();
                socket->disconnectFromHost();
                return;
            }
            socket->write(response.body);
            if (close) {
                socket->disconnectFromHost();
                return;
            }
            break;
        }
        }
    }
    if (alive)
        socket->setProperty(kBufferProperty, buffer);
}

void FakeHttpServer::writeNextPiece(QTcpSocket *socket, const std::shared_ptr<StreamState> &state)
{
    // The socket is the context: when the client goes away and the socket is deleted, the
    // remaining pieces are dropped with it.
    QTimer::singleShot(state->intervalMs, socket, [this, socket, state] {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return; // the client left; `destroyed` ends the stream
        if (state->stallAfter >= 0 && state->next >= state->stallAfter)
            return; // stalled: the connection stays open and silent
        if (state->next >= state->pieces.size()) {
            state->end();
            socket->disconnectFromHost();
            return;
        }
        socket->write(state->pieces.at(state->next++));
        socket->flush();
        writeNextPiece(socket, state);
    });
}

} // namespace agentp::testing
