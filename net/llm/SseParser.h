#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace agentp::net::llm {

// Incremental Server-Sent Events parser (WHATWG "event stream" rules): bytes may be fed in any
// split, even inside a UTF-8 sequence or between \r and \n, and give the same events. Lines end
// with \n, \r\n or \r; lines starting with ':' are comments (keep-alive); a blank line ends an
// event; its `data:` fields are joined with \n. `id:` and `retry:` are not needed and ignored.
// A single line or event above the limit is an error, so a broken server cannot fill memory.
class SseParser
{
public:
    struct Event
    {
        QString type; // the `event:` field; empty for the default "message"
        QString data;
    };
    static constexpr qsizetype kDefaultLimit = 1024 * 1024;

    explicit SseParser(qsizetype limitBytes = kDefaultLimit);

    // The events these bytes complete, in order. After an error nothing more comes out.
    QList<Event> feed(QByteArrayView bytes);
    // At the end of the stream: an event whose data lines were complete but whose closing blank
    // line never came (some servers close right after the last line). A cut line is dropped.
    QList<Event> finish();

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; } // technical, for logs
    qint64 bytesSeen() const { return m_bytesSeen; }

private:
    void processLine(QByteArrayView line, QList<Event> &out);
    void fail(const QString &error);

    qsizetype m_limit;
    QByteArray m_line; // bytes of the line not yet ended
    QString m_data;
    QString m_type;
    qsizetype m_eventBytes = 0;
    qint64 m_bytesSeen = 0;
    bool m_hasData = false;
    bool m_skipLf = false; // the last line ended with \r: a \n right after belongs to it
    bool m_firstLine = true;
    QString m_error;
};

} // namespace agentp::net::llm
