#include "tests/fuzz/BodyTargets.h"

#include "net/llm/LlmJson.h"
#include "net/llm/SseParser.h"
#include "net/ozon/OzonJson.h"
#include "net/supabase/PhoenixMessage.h"
#include "net/supabase/PostgrestTypes.h"

namespace agentp::fuzz {

namespace {

QString typed(const net::ConnectorError &e, const char *what)
{
    if (e.isError() && e.message.isEmpty())
        return QStringLiteral("%1: an error without a message").arg(QLatin1String(what));
    return {};
}

} // namespace

QString ozonBody(QByteArrayView data)
{
    const QByteArray body = data.toByteArray();
    domain::ChatListPage chats;
    net::ConnectorError e = net::OzonJson::parseChatList(
        body, {QStringLiteral("BUYER_SELLER"), QStringLiteral("BUYER_SELLER_SELECT")}, &chats);
    if (QString v = typed(e, "chat list"); !v.isEmpty())
        return v;
    if (e.isError() && (!chats.chats.empty() || !chats.nextCursor.isEmpty()))
        return QStringLiteral("chat list: half a page kept after an error");
    domain::HistoryPage history;
    e = net::OzonJson::parseHistory(body, &history);
    if (QString v = typed(e, "history"); !v.isEmpty())
        return v;
    if (e.isError() && !history.messages.empty())
        return QStringLiteral("history: messages kept after an error");
    if (!e.isError())
        for (const auto &m : history.messages)
            if (m.remoteId.isEmpty())
                return QStringLiteral("history: a message without an id was accepted");
    int unread = -7;
    if (QString v = typed(net::OzonJson::parseReadResult(body, &unread), "read"); !v.isEmpty())
        return v;
    if (QString v = typed(net::OzonJson::parseSendResult(body), "send"); !v.isEmpty())
        return v;
    for (int status : {400, 401, 403, 404, 409, 429, 500, 503}) {
        net::HttpResult r;
        r.status = status;
        r.body = body;
        r.headers = {{QByteArrayLiteral("Retry-After"), body.left(16)}};
        const net::ConnectorError c = net::OzonJson::classifyError(r);
        if (!c.isError())
            return QStringLiteral("HTTP %1 classified as success").arg(status);
        if (QString v = typed(c, "classify"); !v.isEmpty())
            return v;
    }
    return {};
}

QString postgrestBody(QByteArrayView data)
{
    using net::supabase::PostgrestError;
    const QByteArray body = data.toByteArray();
    for (int status : {400, 401, 403, 404, 406, 409, 416, 429, 500, 502, 503}) {
        net::HttpResult r;
        r.status = status;
        r.body = body;
        r.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                     {QByteArrayLiteral("Retry-After"), body.left(12)}};
        const PostgrestError e = PostgrestError::fromHttp(r);
        if (!e.isError())
            return QStringLiteral("HTTP %1 classified as success").arg(status);
        if (e.message.isEmpty())
            return QStringLiteral("HTTP %1: an error without a message").arg(status);
    }
    net::supabase::PostgrestResult range;
    if (net::supabase::parseContentRange(body.left(200), &range)) {
        if (range.rangeFirst >= 0 && range.rangeLast < range.rangeFirst)
            return QStringLiteral("Content-Range: last before first");
        if (range.totalCount < -1)
            return QStringLiteral("Content-Range: a negative total");
    }
    return {};
}

QString phoenixFrame(QByteArrayView data)
{
    using net::supabase::PhoenixDecodeError;
    using net::supabase::PhoenixMessage;
    PhoenixDecodeError error;
    const std::optional<PhoenixMessage> m = PhoenixMessage::decode(data, &error);
    if (!m) {
        if (error.kind == PhoenixDecodeError::Kind::None)
            return QStringLiteral("a frame refused without a reason");
        return {};
    }
    if (error.kind != PhoenixDecodeError::Kind::None)
        return QStringLiteral("a frame accepted with an error");
    PhoenixDecodeError again;
    const std::optional<PhoenixMessage> back = PhoenixMessage::decode(m->encode(), &again);
    if (!back || back->topic != m->topic || back->event != m->event ||
        back->payload != m->payload || back->ref != m->ref || back->joinRef != m->joinRef)
        return QStringLiteral("encode → decode changed the frame (%1)").arg(again.detail);
    QString detail;
    net::supabase::PostgresChange::fromPayload(m->payload, &detail);
    return {};
}

QString llmStream(QByteArrayView data)
{
    using net::llm::SseParser;
    const auto events = [](const QList<QByteArrayView> &pieces) {
        SseParser parser;
        QList<SseParser::Event> out;
        for (QByteArrayView piece : pieces)
            out += parser.feed(piece);
        out += parser.finish();
        QStringList flat;
        for (const auto &e : out)
            flat << e.type + QLatin1Char('\x1f') + e.data;
        return std::pair{flat, parser.hasError()};
    };
    const auto whole = events({data});
    // Split where the first byte says, and byte by byte for short inputs.
    const qsizetype cut = data.isEmpty() ? 0 : qsizetype(uchar(data.front())) % (data.size() + 1);
    if (events({data.first(cut), data.sliced(cut)}) != whole)
        return QStringLiteral("SSE events depend on where the bytes are split (at %1)").arg(cut);
    if (data.size() <= 256) {
        QList<QByteArrayView> bytes;
        for (qsizetype i = 0; i < data.size(); ++i)
            bytes << data.sliced(i, 1);
        if (events(bytes) != whole)
            return QStringLiteral("SSE events differ when fed byte by byte");
    }
    for (const QString &event : whole.first) {
        net::llm::LlmChunk chunk;
        QString detail;
        if (!net::llm::LlmJson::parseChunk(event.section(QLatin1Char('\x1f'), 1).toUtf8(), &chunk,
                                           &detail) &&
            detail.isEmpty())
            return QStringLiteral("a stream chunk refused without a reason");
    }
    net::llm::LlmChunk response;
    QString detail;
    if (!net::llm::LlmJson::parseResponse(data.toByteArray(), &response, &detail) &&
        detail.isEmpty())
        return QStringLiteral("a response refused without a reason");
    net::llm::LlmJson::parseError(data.toByteArray());
    return {};
}

} // namespace agentp::fuzz
