#pragma once

#include "models/demo/DemoPhrase.h"

namespace agentp::demo {

// Everything the salon bot and its clients say in the demo dialogs. Pools are picked at random;
// placeholders are filled by BotDialogBuilder. The bot speaks politely on «вы»; clients write
// the way people write in messengers (short, sometimes without punctuation).
struct BotDialogPhrases
{
    static const BotDialogPhrases &instance();

    // Booking
    PhrasePool bookOpen;
    PhrasePool greetKnown;   // with {name}
    PhrasePool greetUnknown; // without a name
    PhrasePool askPrice;
    PhrasePool priceAnswer;
    PhrasePool askMaster;
    PhrasePool masterAnswer;
    PhrasePool dayPreference;
    PhrasePool offerSlots;
    PhrasePool askOther;
    PhrasePool offerOther;
    PhrasePool choose;
    PhrasePool confirm;
    PhrasePool askAddress;
    PhrasePool addressAnswer;
    PhrasePool thanks;
    PhrasePool farewell;
    PhrasePool declineSlots;
    PhrasePool declineAnswer;
    // Reschedule and cancel
    PhrasePool rescheduleOpen;
    PhrasePool rescheduleAsk;
    PhrasePool rescheduleConfirm;
    PhrasePool cancelOpen;
    PhrasePool cancelConfirm;
    PhrasePool cancelNo;
    PhrasePool cancelBye;
    // Price questions
    PhrasePool priceOpen;
    PhrasePool priceOffer;
    PhrasePool priceThink;
    PhrasePool priceThinkAnswer;
    PhrasePool priceYes;
    PhrasePool discountAsk;
    PhrasePool discountAnswer;
    // Hand-off to a human
    PhrasePool handoffAsk;
    PhrasePool handoffReply;
    PhrasePool handoffAck;

private:
    BotDialogPhrases();
};

} // namespace agentp::demo
