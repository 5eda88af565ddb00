#pragma once

#include "tests/support/FakeHttpServer.h"
#include "tests/support/FakeOzonData.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QUrl>

#include <deque>
#include <memory>

class QThread;

namespace agentp::testing {

// A local stand-in for the Ozon Seller API chat methods (spec §1), speaking HTTP/1.1 on
// loopback: POST /v3/chat/list, /v3/chat/history, /v1/chat/send/message, /v1/chat/send/file,
// /v2/chat/read, GET /v2/chat/file/…; 404 for the removed /v1/chat/list and /v2/chat/history.
// Checks like Ozon: both headers (401 code 16), limits (400 code 3), the Premium subscription
// (403 code 7), the request rate (429 code 8). It can be told to misbehave (see Fault).
//
// Every public method is thread-safe, so the server can run on its own thread
// (FakeOzonServerThread) while a test or benchmark inspects and feeds it.
class FakeOzonServer final : public QObject
{
    Q_OBJECT
public:
    struct Fault
    {
        enum class Kind
        {
            RateLimit,     // 429 code 8; Retry-After: `retryAfter` (empty: no header)
            ServerError,   // `status` (default 500) with an error body, code 13
            Status,        // `status` with {code, message} — e.g. 400/404/409
            Stall,         // never answers (the connection stays open)
            Reset,         // closes the connection without an answer
            CutShort,      // announces the body's length, sends half of it, closes
            Trickle,       // announces the body's length, sends half of it, then stalls
            HtmlPage,      // an HTML page with `status` (default 502)
            TruncatedJson, // 200, a complete HTTP answer whose JSON stops half way
            MalformedJson, // 200, JSON syntax error
            WrongTypes,    // 200, a field with the wrong type (e.g. data as a string)
            MissingFields, // 200, a required field left out (chat_id, message_id)
            UnknownEnums,  // 200, valid but with unknown chat_type/chat_status/user.type
            HugeBody,      // 200, `size` bytes
        };
        Kind kind = Kind::ServerError;
        int count = 1;   // requests it applies to; -1: until clearFaults()
        QByteArray path; // only this path; empty: any
        int status = 0;  // 0: the kind's default
        int code = 0;    // Status: the gRPC code in the body
        QString message; // Status: the message in the body
        QByteArray retryAfter = QByteArrayLiteral("1"); // RateLimit
        qint64 size = 40 * 1024 * 1024;                 // HugeBody
    };

    struct Options
    {
        QString clientId = QStringLiteral("123456");
        QByteArray apiKey = QByteArrayLiteral("0b1e2c3d-test-key");
        bool premium = true;        // false: 403 code 7 for every chat method
        int rateLimitPerSecond = 0; // 0: unlimited; else 429 above this many in any second
        QByteArray retryAfterOn429 = QByteArrayLiteral("1"); // empty: no Retry-After
        bool idsAsStrings = false;      // message ids as JSON strings instead of numbers
        bool hasNextAsString = false;   // has_next as "true"/"false", like Ozon's example
        bool boundaryInclusive = false; // history pages include the from_message_id message
        bool recordRequests = true;     // off for long benchmarks
    };

    struct Recorded
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers; // lower-cased names
        QByteArray body;
        qint64 receivedMs = 0; // since the server started
        int status = 0;        // what was answered (0: stalled or reset)
        QByteArray header(const QByteArray &lowerName) const;
    };

    explicit FakeOzonServer(QObject *parent = nullptr);
    explicit FakeOzonServer(const Options &options, QObject *parent = nullptr);
    ~FakeOzonServer() override;

    // Call on the server's own thread. Port 0 picks a free one.
    bool listen(quint16 port = 0);
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key, quint16 port = 0);
    QUrl baseUrl() const; // http(s)://127.0.0.1:<port>

    Options options() const;
    void setOptions(const Options &options);
    void setPremium(bool premium);
    void setRateLimit(int perSecond, const QByteArray &retryAfter = QByteArrayLiteral("1"));
    void setIdsAsStrings(bool strings);

    // Data (see FakeOzonData for the fields and defaults).
    QString addChat(const FakeOzonData::Chat &chat = {});
    QString addMessage(const QString &chatId, const FakeOzonData::Message &message);
    void generate(int chats, int messagesPerChat, quint64 seed);
    QList<FakeOzonData::Message> messages(const QString &chatId) const;
    int messageCount(const QString &chatId) const;
    int unreadCount(const QString &chatId) const;
    QString readUpTo(const QString &chatId) const;
    int sendCount(const QString &chatId) const; // accepted sends (text and file)
    QByteArray fileContent(const QString &fileId) const;

    // Misbehaviour for the next matching requests, checked in the order injected.
    void injectFault(const Fault &fault);
    void clearFaults();

    QList<Recorded> requests() const;
    int requestCount(const QByteArray &path = {}) const;
    void clearRequests();

private:
    FakeHttpServer::Response handle(const FakeHttpServer::Request &request);
    FakeHttpServer::Response route(const FakeHttpServer::Request &request);
    FakeHttpServer::Response faultResponse(const Fault &fault, const QByteArray &path);
    FakeHttpServer::Response chatList(const QByteArray &body);
    FakeHttpServer::Response history(const QByteArray &body);
    FakeHttpServer::Response sendMessage(const QByteArray &body);
    FakeHttpServer::Response sendFile(const QByteArray &body);
    FakeHttpServer::Response read(const QByteArray &body);
    FakeHttpServer::Response file(const QByteArray &path);
    QByteArray messageJson(const FakeOzonData::Message &m, const QString &readUpTo) const;
    QByteArray idJson(const QString &id) const;
    QByteArray boolJson(bool value) const;
    bool overRate();

    FakeHttpServer *m_http;
    mutable QMutex m_mutex;
    Options m_options;
    FakeOzonData m_data;
    QHash<QString, QByteArray> m_files;
    std::deque<Fault> m_faults;
    QList<Recorded> m_requests;
    std::deque<qint64> m_window; // accepted request times of the last second
    QElapsedTimer m_clock;
    QUrl m_baseUrl;
    int m_fileCounter = 0;
    // Set only while a data-bearing fault shapes the current answer.
    const Fault *m_shape = nullptr;
};

// Runs a FakeOzonServer on its own thread (benchmarks, tests that block their own thread).
class FakeOzonServerThread final
{
public:
    explicit FakeOzonServerThread(const FakeOzonServer::Options &options = {});
    ~FakeOzonServerThread();
    bool start(quint16 port = 0);                       // waits until listening
    FakeOzonServer *server() const { return m_server; } // thread-safe methods only
    QUrl baseUrl() const;

private:
    std::unique_ptr<QThread> m_thread;
    FakeOzonServer *m_server = nullptr;
};

} // namespace agentp::testing
