// Request bodies of the Ozon chat methods and the reading of error answers.
#include "net/http/ExactJson.h"
#include "net/http/RetryPolicy.h"
#include "net/ozon/OzonJson.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace agentp::net::OzonJson {

using json = nlohmann::json;
using Kind = ConnectorError::Kind;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("agentp::net::OzonConnector", text);
}

json utf8(const QString &s)
{
    return json(s.toStdString());
}

// uint64 in protobuf's JSON mapping: a number when it fits (as documented), otherwise the
// decimal text, which the gateway also accepts and which keeps every digit.
json messageId(const QString &id)
{
    bool ok = false;
    const quint64 n = id.toULongLong(&ok);
    if (ok && QString::number(n) == id)
        return json(n);
    return utf8(id);
}

QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression title(QStringLiteral("<title>([^<]{0,200})</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto m = title.match(QString::fromUtf8(body.left(4096)));
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

} // namespace

QByteArray chatListBody(const QString &cursor, int limit)
{
    json body = {{"filter", {{"chat_status", "ALL"}, {"unread_only", false}}}, {"limit", limit}};
    if (!cursor.isEmpty())
        body["cursor"] = utf8(cursor);
    return ExactJson::dump(body);
}

QByteArray historyBody(const QString &chatId, const QString &fromMessageId, bool forward, int limit)
{
    json body = {{"chat_id", utf8(chatId)},
                 {"direction", forward ? "Forward" : "Backward"},
                 {"limit", limit}};
    if (!fromMessageId.isEmpty())
        body["from_message_id"] = messageId(fromMessageId);
    return ExactJson::dump(body);
}

QByteArray sendTextBody(const QString &chatId, const QString &text)
{
    return ExactJson::dump({{"chat_id", utf8(chatId)}, {"text", utf8(text)}});
}

QByteArray sendFileBody(const QString &chatId, const QString &name, const QByteArray &content)
{
    return ExactJson::dump({{"chat_id", utf8(chatId)},
                            {"base64_content", content.toBase64().toStdString()},
                            {"name", utf8(name)}});
}

QByteArray readBody(const QString &chatId, const QString &upToMessageId)
{
    return ExactJson::dump(
        {{"chat_id", utf8(chatId)}, {"from_message_id", messageId(upToMessageId)}});
}

ConnectorError classifyError(const HttpResult &result)
{
    ConnectorError e;
    e.httpStatus = result.status;
    QString remote;
    json doc;
    QString parseError;
    const bool isJson = ExactJson::parse(result.body, &doc, &parseError) && doc.is_object();
    if (isJson) {
        const auto code = doc.find("code");
        if (code != doc.end() && code->is_number_integer())
            e.remoteCode = int(code->get<qint64>());
        const auto message = doc.find("message");
        if (message != doc.end() && message->is_string())
            remote = ExactJson::toQString(*message).left(300);
    }
    const int s = result.status;
    if (s == 401 || (s >= 400 && s < 500 && e.remoteCode == 16))
        e.kind = Kind::Auth;
    else if (s == 403 || (s >= 400 && s < 500 && e.remoteCode == 7))
        e.kind = Kind::Forbidden;
    else if (s == 404)
        e.kind = Kind::NotFound;
    else if (s == 429 || (s >= 400 && s < 500 && e.remoteCode == 8))
        e.kind = Kind::RateLimited;
    else if (s >= 400 && s < 500)
        e.kind = Kind::BadRequest;
    else if (s >= 500)
        e.kind = Kind::Server;
    else
        e.kind = Kind::Malformed; // 1xx/3xx: API calls never follow redirects

    switch (e.kind) {
    case Kind::Auth:
        e.message = tr("Ozon did not accept the Client-Id and Api-Key. Check them in the "
                       "account settings.");
        break;
    case Kind::Forbidden:
        if (remote.contains(QLatin1String("period"), Qt::CaseInsensitive) ||
            remote.contains(QLatin1String("expired"), Qt::CaseInsensitive))
            e.message = tr("Ozon no longer allows replies in this chat: the reply period has "
                           "expired.");
        else
            e.message = tr("Ozon refused access to buyer chats: they need the Premium Plus or "
                           "Premium Pro subscription.");
        break;
    case Kind::NotFound:
        e.message = tr("Ozon does not know this chat or method (HTTP 404).");
        break;
    case Kind::RateLimited:
        e.message = tr("Ozon is limiting the request rate; the request will be repeated later.");
        e.retryAt = RetryPolicy::parseRetryAfter(result.header("Retry-After"),
                                                 QDateTime::currentDateTimeUtc());
        break;
    case Kind::BadRequest:
        e.message = remote.isEmpty() ? tr("Ozon rejected the request (HTTP %1).").arg(s)
                                     : tr("Ozon rejected the request: %1").arg(remote);
        break;
    case Kind::Server:
        e.message = tr("Ozon has a temporary problem (HTTP %1).").arg(s);
        break;
    default:
        e.message = tr("Ozon sent an unexpected answer (HTTP %1).").arg(s);
        break;
    }
    QString body;
    if (isJson)
        body = remote;
    else if (result.body.trimmed().startsWith('<'))
        body = QStringLiteral("HTML page: ") + htmlTitle(result.body);
    else
        body = QStringLiteral("non-JSON body: ") + parseError.left(200);
    e.detail = QStringLiteral("HTTP %1 code %2: %3").arg(s).arg(e.remoteCode).arg(body);
    return e;
}

} // namespace agentp::net::OzonJson
