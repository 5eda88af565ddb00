#pragma once
// Small JSON helpers shared by the FakeOzonServer sources (not part of its API).

#include "tests/support/FakeHttpServer.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QString>

#include <nlohmann/json.hpp>

namespace agentp::testing::fakeozon {

using Response = FakeHttpServer::Response;
using json = nlohmann::json;

inline QByteArray jsonString(const QString &s)
{
    return QByteArray::fromStdString(
        json(s.toStdString()).dump(-1, ' ', false, json::error_handler_t::replace));
}

inline Response errorResponse(int status, int code, const QString &message)
{
    Response r;
    r.status = status;
    r.body = "{\"code\":" + QByteArray::number(code) + ",\"message\":" + jsonString(message) +
             ",\"details\":[]}";
    return r;
}

inline Response badArgument(const QString &message)
{
    return errorResponse(400, 3, message);
}

inline bool parseBody(const QByteArray &body, json *out)
{
    *out = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    return out->is_object();
}

inline QString stringField(const json &doc, const char *key)
{
    const auto it = doc.find(key);
    return it != doc.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                              : QString();
}

// Ids are taken from the raw text so that even ids beyond 64 bits arrive intact.
inline QString rawId(const QByteArray &body, const char *key)
{
    const QRegularExpression re(
        QStringLiteral("\"%1\"\\s*:\\s*\"?(-?\\d+)\"?").arg(QString::fromLatin1(key)));
    return re.match(QString::fromUtf8(body)).captured(1);
}

inline QByteArray timeJson(const QDateTime &t)
{
    return '"' + t.toUTC().toString(Qt::ISODateWithMs).toLatin1() + '"';
}

inline QString encodeCursor(int offset)
{
    return QString::fromLatin1(QByteArray("offset:" + QByteArray::number(offset)).toBase64());
}

inline int decodeCursor(const QString &cursor)
{
    if (cursor.isEmpty())
        return 0;
    const QByteArray text = QByteArray::fromBase64(cursor.toLatin1());
    if (!text.startsWith("offset:"))
        return -1;
    bool ok = false;
    const int offset = text.mid(7).toInt(&ok);
    return ok && offset >= 0 ? offset : -1;
}

} // namespace agentp::testing::fakeozon
