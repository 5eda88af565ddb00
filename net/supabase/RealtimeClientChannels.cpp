// RealtimeClient's channels: joining, the server's replies and pushes per channel, and what a
// channel going down means (rejoin with backoff, or wait for a new token).
#include "net/supabase/RealtimeClient.h"

#include "models/LogCategories.h"
#include "net/supabase/RealtimeClientDetail.h"

#include <QTimer>
#include <QWebSocket>

namespace agentp::net::supabase {

using realtime_detail::backoffStep;
using realtime_detail::saysExpired;

void RealtimeClient::join(int id)
{
    const auto it = m_channels.find(id);
    if (it == m_channels.end() || !m_open)
        return;
    Channel &c = *it;
    resetChannel(c);
    if (m_tokenExpired)
        return; // joining with a token known to be stale would only be refused again
    c.joinRef = nextRef();
    c.joinToken = m_accessToken;
    c.state = ChannelState::Joining;
    send({c.topic, QStringLiteral("phx_join"), joinPayload({c.entry}, m_accessToken), c.joinRef,
          c.joinRef});
    c.joinTimer->start(std::max(1, m_config.joinTimeoutMs));
}

void RealtimeClient::onJoinReply(int id, const PhoenixMessage &reply)
{
    Channel &c = m_channels[id];
    c.joinTimer->stop();
    if (reply.replyStatus() == QLatin1String("ok")) {
        const auto ids = joinReplyIds(reply, {c.entry});
        if (!ids) {
            send(PhoenixMessage::leave(c.topic, c.joinRef, nextRef()));
            channelDown(id, tr("The server confirmed live updates for %1 with other settings.")
                                .arg(describe(c)));
            return;
        }
        c.ids = *ids;
        c.state = ChannelState::Joined;
        c.rejoinAttempt = 0;
        m_reconnectAttempt = 0;
        if (c.joinToken != m_accessToken) // renewed while the join was under way
            send(PhoenixMessage::accessToken(
                c.topic, m_accessToken.isEmpty() ? m_config.apiKey : m_accessToken, c.joinRef,
                nextRef()));
        updateLive();
        if (m_channels.contains(id))
            emit resyncNeeded(id); // nothing is replayed: what happened meanwhile is lost
        return;
    }
    QString reason = reply.replyResponse().value(QStringLiteral("reason")).toString();
    if (reason.isEmpty())
        reason = reply.replyStatus();
    c.state = ChannelState::Closed;
    if (saysExpired(reason)) {
        markTokenExpired();
        return;
    }
    channelDown(id, tr("The server refused live updates for %1: %2").arg(describe(c), reason));
}

void RealtimeClient::onChannelMessage(int id, const PhoenixMessage &m)
{
    Channel &c = m_channels[id];
    if (m.event == QLatin1String("phx_reply")) {
        // Only the reply to the current join matters; others (leave, access_token errors,
        // replies to older joins) are no reason to change state.
        if (c.state == ChannelState::Joining && m.isReplyTo(c.topic, c.joinRef))
            onJoinReply(id, m);
        else if (m.replyStatus() == QLatin1String("error"))
            qCDebug(lcNet) << "realtime: error reply on" << c.topic << m.replyResponse();
        return;
    }
    if (m.event == QLatin1String("phx_close") || m.event == QLatin1String("phx_error")) {
        if (c.state == ChannelState::Closed || !m.belongsToJoin(c.joinRef))
            return; // about an older join
        channelDown(id, m.event == QLatin1String("phx_close")
                            ? tr("The server closed live updates for %1.").arg(describe(c))
                            : tr("Live updates for %1 failed on the server.").arg(describe(c)));
        return;
    }
    if (m.event == QLatin1String("system")) {
        onSystemMessage(id, m);
        return;
    }
    if (m.event != QLatin1String("postgres_changes") || c.state != ChannelState::Joined)
        return;
    QString detail;
    const auto change = PostgresChange::fromPayload(m.payload, &detail);
    if (!change) {
        // A change we cannot read is a change we missed.
        qCWarning(lcNet) << "realtime: unreadable change on" << c.topic << detail;
        emit resyncNeeded(id);
        return;
    }
    const bool ours =
        change->ids.isEmpty() || std::any_of(change->ids.cbegin(), change->ids.cend(),
                                             [&c](qint64 i) { return c.ids.contains(i); });
    if (!ours || (c.entry.event != QLatin1String("*") && change->type != c.entry.event))
        return;
    if (!change->errors.isEmpty()) {
        // e.g. "Payload Too Large": the record is incomplete, so fetch the truth instead.
        qCWarning(lcNet) << "realtime: change with errors on" << c.topic << change->errors;
        emit resyncNeeded(id);
        return;
    }
    emit this->change(id, change->type, change->record, change->oldRecord);
}

void RealtimeClient::onSystemMessage(int id, const PhoenixMessage &m)
{
    Channel &c = m_channels[id];
    const QString status = m.payload.value(QStringLiteral("status")).toString();
    const QString extension = m.payload.value(QStringLiteral("extension")).toString();
    const QString text = m.payload.value(QStringLiteral("message")).toString();
    if (status == QLatin1String("ok")) {
        // "Subscribed to PostgreSQL": after a postgres_changes error the server retried and
        // now streams again; what it missed meanwhile must be fetched.
        if (extension == QLatin1String("postgres_changes") && c.degraded) {
            c.degraded = false;
            updateLive();
            if (m_channels.contains(id))
                emit resyncNeeded(id);
        }
        return;
    }
    if (status != QLatin1String("error"))
        return;
    if (saysExpired(text)) {
        markTokenExpired(); // phx_close follows (§3.4)
        return;
    }
    if (extension == QLatin1String("postgres_changes")) {
        // The channel stays open and the server retries (bad filter, table not published).
        c.degraded = true;
        const QString reason =
            tr("The server cannot stream changes of %1: %2").arg(describe(c), text);
        setMode(Mode::Polling, reason);
        emit subscriptionError(id, reason);
        return;
    }
    qCWarning(lcNet) << "realtime: system error on" << c.topic << text; // phx_close follows
}

void RealtimeClient::channelDown(int id, const QString &reason)
{
    Channel &c = m_channels[id];
    resetChannel(c);
    if (m_tokenExpired)
        return; // markTokenExpired() has said why; nothing rejoins until a new token
    if (m_open)
        c.rejoinTimer->start(backoffStep(m_config.rejoinStepsMs, c.rejoinAttempt++));
    setMode(Mode::Polling, reason);
    if (m_channels.contains(id))
        emit subscriptionError(id, reason);
}

void RealtimeClient::markTokenExpired()
{
    if (m_tokenExpired)
        return;
    m_tokenExpired = true;
    for (Channel &c : m_channels)
        c.rejoinTimer->stop();
    setMode(Mode::Polling, tr("Live updates are paused: the sign-in has expired and must be "
                              "renewed."));
    emit tokenExpired();
}

void RealtimeClient::send(const PhoenixMessage &message)
{
    if (m_socket && m_open)
        m_socket->sendTextMessage(QString::fromUtf8(message.encode()));
}

void RealtimeClient::resetChannel(Channel &c)
{
    c.state = ChannelState::Closed;
    c.ids.clear();
    c.degraded = false;
    c.joinTimer->stop();
    c.rejoinTimer->stop();
}

int RealtimeClient::channelForTopic(const QString &topic) const
{
    for (auto it = m_channels.cbegin(); it != m_channels.cend(); ++it)
        if (it->topic == topic)
            return it.key();
    return 0;
}

QString RealtimeClient::describe(const Channel &channel) const
{
    return channel.entry.table.isEmpty() ? channel.entry.schema
                                         : channel.entry.schema + u'.' + channel.entry.table;
}

} // namespace agentp::net::supabase
