#pragma once

#include "models/demo/DemoPhrase.h"

#include <QString>
#include <QtGlobal>

#include <vector>

namespace agentp::demo {

class DemoRandom;
struct MarketplaceProfile;

enum class ChatKind
{
    BuyerSeller,
    SellerSupport,
    Notification
};

// What the operator sees when the demo opens:
//   Unread      – the buyer wrote minutes ago and nobody has read it (unread_count > 0)
//   WaitingLong – the buyer's last message is hours or days old and still unanswered
//   Answered    – the seller had the last word
//   Closed      – finished conversations (chats.status = 'CLOSED')
enum class ChatState
{
    Unread,
    WaitingLong,
    Answered,
    Closed
};

enum class ChatSender
{
    Buyer,
    Seller,
    Support,
    System
};

struct ChatAttachment
{
    bool image = true;
    QString name;
    QString url;
    QString mimeType;
    qint64 sizeBytes = 0;
};

struct ChatLine
{
    ChatSender sender = ChatSender::Buyer;
    QString author;
    QString body;
    qint64 atMs = 0;
    bool read = true;   // incoming messages the operator has seen; outgoing ones are always read
    bool nudge = false; // a reminder after a long silence (affects only the timing)
    std::vector<ChatAttachment> attachments;
};

struct ChatPlan
{
    const MarketplaceProfile *account = nullptr;
    QString accountExternalId;
    ChatKind kind = ChatKind::BuyerSeller;
    ChatState state = ChatState::Answered;
    QString buyerAuthor; // as the marketplace shows the buyer
    QString buyerFirst;
    bool buyerFemale = false;
    QString product;
    QString order; // empty for pre-sale questions
    qint64 lastMs = 0;
};

// Writes the messages of one chat: a topic (delivery, defect, pre-sale question …), turns that
// alternate mostly between buyer and seller, reply delays that sometimes break the SLA, and a
// tail that matches the chat's state.
class ChatScriptBuilder final
{
public:
    ChatScriptBuilder();
    void build(DemoRandom &random, const ChatPlan &plan, std::vector<ChatLine> *lines);

private:
    void buyerSellerScript(DemoRandom &random, const ChatPlan &plan, std::vector<ChatLine> *lines);
    void supportScript(DemoRandom &random, const ChatPlan &plan, std::vector<ChatLine> *lines);
    void notificationScript(DemoRandom &random, const ChatPlan &plan, std::vector<ChatLine> *lines);
    void assignTimes(DemoRandom &random, const ChatPlan &plan, std::vector<ChatLine> *lines);
    static QString fileUrl(DemoRandom &random, const ChatPlan &plan, const QString &extension);
    static void addImages(DemoRandom &random, const ChatPlan &plan, ChatLine *line, int count);
    static void addInvoice(DemoRandom &random, const ChatPlan &plan, ChatLine *line);
    static void nameAttachments(ChatLine *line);

    PhraseSlots m_slots;
    std::vector<ChatSender> m_senders;
};

} // namespace agentp::demo
