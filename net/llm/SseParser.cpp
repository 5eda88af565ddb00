#include "net/llm/SseParser.h"

namespace agentp::net::llm {

SseParser::SseParser(qsizetype limitBytes)
    : m_limit(limitBytes)
{}

void SseParser::fail(const QString &error)
{
    m_error = error;
    m_line.clear();
    m_data.clear();
    m_hasData = false;
}

QList<SseParser::Event> SseParser::feed(QByteArrayView bytes)
{
    QList<Event> out;
    if (hasError())
        return out;
    m_bytesSeen += bytes.size();
    const char *p = bytes.data();
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        if (m_skipLf) {
            m_skipLf = false;
            if (p[i] == '\n') {
                ++i;
                continue;
            }
        }
        qsizetype j = i;
        while (j < n && p[j] != '\n' && p[j] != '\r')
            ++j;
        if (m_line.size() + (j - i) > m_limit) {
            fail(QStringLiteral("event stream line over %1 bytes at byte %2")
                     .arg(m_limit)
                     .arg(m_bytesSeen - n + j));
            return out;
        }
        m_line.append(p + i, j - i);
        if (j == n)
            break;
        m_skipLf = p[j] == '\r';
        processLine(m_line, out);
        m_line.clear();
        if (hasError())
            return out;
        i = j + 1;
    }
    return out;
}

QList<SseParser::Event> SseParser::finish()
{
    QList<Event> out;
    if (hasError())
        return out;
    m_line.clear();
    processLine({}, out);
    return out;
}

void SseParser::processLine(QByteArrayView line, QList<Event> &out)
{
    if (m_firstLine) {
        m_firstLine = false;
        if (line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
    }
    if (line.isEmpty()) {
        if (m_hasData)
            out.append({m_type, m_data});
        m_data.clear();
        m_type.clear();
        m_hasData = false;
        m_eventBytes = 0;
        return;
    }
    if (line.front() == ':')
        return;
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (field == "data") {
        m_eventBytes += value.size() + 1;
        if (m_eventBytes > m_limit) {
            fail(QStringLiteral("event stream event over %1 bytes").arg(m_limit));
            return;
        }
        if (m_hasData)
            m_data += QLatin1Char('\n');
        m_data += QString::fromUtf8(value);
        m_hasData = true;
    } else if (field == "event") {
        m_type = QString::fromUtf8(value);
    }
}

} // namespace agentp::net::llm
