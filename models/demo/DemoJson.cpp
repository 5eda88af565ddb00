#include "models/demo/DemoJson.h"

namespace agentp::demo {

QString DemoJson::quoted(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

void DemoJson::key(QStringView name)
{
    if (m_body.size() > 1)
        m_body += QLatin1Char(',');
    m_body += quoted(name);
    m_body += QLatin1Char(':');
}

DemoJson &DemoJson::text(QStringView name, const QString &value)
{
    key(name);
    m_body += quoted(value);
    return *this;
}

DemoJson &DemoJson::integer(QStringView name, qint64 value)
{
    key(name);
    m_body += QString::number(value);
    return *this;
}

DemoJson &DemoJson::number(QStringView name, double value, int decimals)
{
    key(name);
    // 'f' with fixed decimals, then trimmed, so 0.30 reads as 0.3 like a JSON serializer would.
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    m_body += text;
    return *this;
}

DemoJson &DemoJson::boolean(QStringView name, bool value)
{
    key(name);
    m_body += value ? QLatin1String("true") : QLatin1String("false");
    return *this;
}

DemoJson &DemoJson::null(QStringView name)
{
    key(name);
    m_body += QLatin1String("null");
    return *this;
}

DemoJson &DemoJson::list(QStringView name, const QStringList &values)
{
    key(name);
    m_body += QLatin1Char('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_body += QLatin1Char(',');
        m_body += quoted(values.at(i));
    }
    m_body += QLatin1Char(']');
    return *this;
}

DemoJson &DemoJson::raw(QStringView name, const QString &json)
{
    key(name);
    m_body += json;
    return *this;
}

} // namespace agentp::demo
