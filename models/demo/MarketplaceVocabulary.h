#pragma once

#include "models/demo/DemoPhrase.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace agentp::demo {

// A conversation subject in a buyer chat: how the buyer opens it, how the seller answers, and
// what both say afterwards.
struct ChatTopic
{
    int weight = 1;
    bool needsOrder = true;
    bool buyerPhotos = false;   // the buyer attaches photos (a defect)
    bool sellerInvoice = false; // the seller attaches a PDF
    PhrasePool opening;
    PhrasePool reply;
    PhrasePool buyerFollow;
    PhrasePool sellerFollow;
};

// One demo seller account and what it sells.
struct MarketplaceProfile
{
    QString marketplace; // seller_accounts.marketplace
    QString name;
    QString baseUrl;
    double femaleBuyers = 0.5;
    QStringList agents; // who signs seller messages (users with role "agent")
    QStringList products;
    QStringList defects; // what can be wrong with them
    // Pre-sale questions and the seller's answers, pairwise.
    QStringList questions;
    QStringList answers;
    int chatsPerScale = 100;
};

class MarketplaceVocabulary final
{
public:
    static const MarketplaceVocabulary &instance();

    const std::vector<MarketplaceProfile> &accounts() const { return m_accounts; }
    const std::vector<ChatTopic> &topics() const { return m_topics; }
    // Questions before buying: the texts come from the account's question list.
    const ChatTopic &presaleTopic() const { return m_topics[kPresaleTopic]; }
    const std::vector<int> &topicWeights() const { return m_topicWeights; }

    PhrasePool buyerFollow;
    PhrasePool sellerFollow;
    PhrasePool buyerNudge;     // a second buyer message while nobody answers
    PhrasePool sellerAddendum; // a second seller message right after the first
    PhrasePool photoCaption;   // text of a message with photos
    PhrasePool sellerClosing;
    PhrasePool supportOpening; // seller → marketplace support
    PhrasePool supportReply;
    PhrasePool supportFollowSeller;
    PhrasePool supportFollow;
    PhrasePool notifications; // system notices

private:
    static constexpr size_t kPresaleTopic = 2;
    MarketplaceVocabulary();

    std::vector<MarketplaceProfile> m_accounts;
    std::vector<ChatTopic> m_topics;
    std::vector<int> m_topicWeights;
};

} // namespace agentp::demo
