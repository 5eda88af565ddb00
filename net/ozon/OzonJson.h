#pragma once

#include "models/domain/MarketplaceTypes.h"
#include "net/http/HttpTypes.h"
#include "net/marketplace/ConnectorError.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace agentp::net::OzonJson {

// Parsers and builders for the Ozon Seller API chat bodies (spec §1). Each parser fills `out`
// and returns Kind::None, or a Malformed error naming the first problem (field path, parse
// position) and leaves `out` empty: a page is taken whole or not at all, so nothing is half
// stored. Ids stay exact decimal text whatever their JSON type or size.

ConnectorError parseChatList(const QByteArray &body, const QStringList &chatTypes,
                             domain::ChatListPage *out);
ConnectorError parseHistory(const QByteArray &body, domain::HistoryPage *out);
ConnectorError parseReadResult(const QByteArray &body, int *unreadCount);
ConnectorError parseSendResult(const QByteArray &body);

// A non-2xx answer → kind (from the status, then the gRPC `code`), translated message, the
// remote text in `detail`, and retryAt from Retry-After.
ConnectorError classifyError(const HttpResult &result);

// "Customer" → Buyer, "Seller" → Seller, "Support"/"Courier" → Support, anything else →
// System; case-insensitive.
domain::SenderType senderFor(const QString &userType);

// RFC 3339 with optional fraction and a Z or ±hh:mm zone; invalid QDateTime otherwise.
QDateTime parseTimestamp(const QString &text);

// Joins `data` with "\n", moving Markdown image links (and links to chat files) out of the
// text into attachments.
void splitMarkdown(const QStringList &data, bool isImage, QString *body,
                   QList<domain::RemoteAttachment> *attachments);

// Request bodies.
QByteArray chatListBody(const QString &cursor, int limit);
QByteArray historyBody(const QString &chatId, const QString &fromMessageId, bool forward,
                       int limit);
QByteArray sendTextBody(const QString &chatId, const QString &text);
QByteArray sendFileBody(const QString &chatId, const QString &name, const QByteArray &content);
QByteArray readBody(const QString &chatId, const QString &upToMessageId);

} // namespace agentp::net::OzonJson
