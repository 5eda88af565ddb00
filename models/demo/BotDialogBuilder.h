#pragma once

#include "models/demo/DemoPhrase.h"

#include <QString>
#include <QtGlobal>

#include <vector>

namespace agentp::demo {

class DemoRandom;
struct SalonProfile;
struct SalonService;

enum class BotIntent
{
    Booking,
    Reschedule,
    Cancel,
    Question,
    Price
};
enum class BotOutcome
{
    Booked,
    Completed,
    Abandoned,
    Handoff
};

struct BotSessionPlan
{
    BotIntent intent = BotIntent::Booking;
    BotOutcome outcome = BotOutcome::Completed;
    const SalonProfile *salon = nullptr;
    const SalonService *service = nullptr;
    QString master;
    QString clientName; // empty when the bot does not know the person
    qint64 startMs = 0;
    qint64 slotDay = 0;  // the booked (or offered) day
    int slotMinutes = 0; // local time of the booked slot
    qint64 oldDay = 0;   // the existing booking being moved or cancelled
    int oldMinutes = 0;
    double latency = 1.0; // how slow the bot is that day (multiplies its reply time)
};

struct BotLine
{
    bool assistant = false;
    QString body;
    qint64 atMs = 0;
    int responseMs = 0; // for assistant lines: time since the client's message
};

// Writes one bot dialog: 3–14 messages alternating client/bot that follow the session's intent
// and outcome (greeting, service, day, offered slots, confirmation, thanks …).
class BotDialogBuilder final
{
public:
    BotDialogBuilder();
    void build(DemoRandom &random, const BotSessionPlan &plan, std::vector<BotLine> *lines);

private:
    struct Exchange
    {
        const PhrasePool *user = nullptr;
        const PhrasePool *assistant = nullptr; // null: the client had the last word
        bool optional = false;
        bool paired = false; // the answer at the question's index belongs to it
    };

    void fillSlots(DemoRandom &random, const BotSessionPlan &plan, bool askOther);
    void planBooking(DemoRandom &random, const BotSessionPlan &plan, bool askOther);

    PhraseSlots m_slots;
    std::vector<Exchange> m_exchanges;
};

} // namespace agentp::demo
