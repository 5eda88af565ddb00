#pragma once

#include "models/domain/MarketplaceTypes.h"

namespace agentp::domain {

// What a marketplace lets the seller send into a chat, without asking it: the composer checks
// this before queueing, and the sync side again before sending (the rules may have changed
// while the intent waited, e.g. the 48-hour window closed overnight).
class ReplyRules final
{
public:
    // Rules of one marketplace ("ozon", "wildberries", "yandex_market", "demo").
    explicit ReplyRules(const QString &marketplace);

    // Ozon (spec §1.4): buyer chats accept a reply within 48 h of the buyer's last message;
    // closed chats and notification channels accept none; seller-support chats always do.
    ReplyWindow window(const QString &chatType, const QString &status,
                       const QDateTime &lastBuyerMessageAt, const QDateTime &now) const;
    AttachmentRules attachments() const;
    int maxTextLength() const;
    // Empty when the text may be sent; otherwise why not (empty text, too long).
    QString checkText(const QString &text) const;
    // Empty when the file may be sent; otherwise why not (size, type).
    QString checkFile(const QString &fileName, qint64 sizeBytes) const;

private:
    QString m_marketplace;
};

} // namespace agentp::domain
