#include "models/demo/BotDialogBuilder.h"

#include "models/demo/BotDialogPhrases.h"
#include "models/demo/DemoRandom.h"
#include "models/demo/DemoTime.h"
#include "models/demo/DemoVocabulary.h"
#include "models/demo/SalonVocabulary.h"

#include <algorithm>

namespace agentp::demo {

namespace {

constexpr size_t kMaxMessages = 14;

QString relativeDay(qint64 fromDay, qint64 day)
{
    const qint64 diff = day - fromDay;
    if (diff == 1)
        return QStringLiteral("завтра");
    if (diff == 2)
        return QStringLiteral("послезавтра");
    if (diff < 7)
        return DemoVocabulary::instance().weekdayAccusative().at(DemoTime::weekday(day));
    return DemoTime::dayMonth(day);
}

QString partOfDay(int minutes)
{
    if (minutes < 12 * 60)
        return QStringLiteral("утром");
    if (minutes < 17 * 60)
        return QStringLiteral("днём");
    return QStringLiteral("вечером");
}

} // namespace

BotDialogBuilder::BotDialogBuilder()
{
    m_exchanges.reserve(16);
}

void BotDialogBuilder::fillSlots(DemoRandom &random, const BotSessionPlan &plan, bool askOther)
{
    const SalonProfile &salon = *plan.salon;
    const SalonService &service = *plan.service;
    const qint64 startDay = DemoTime::dayOf(plan.startMs + salon.utcOffsetHours * DemoTime::kHour);
    m_slots[PhraseSlot::Name] = plan.clientName;
    m_slots[PhraseSlot::Acc] = service.accusative;
    m_slots[PhraseSlot::Service] = service.name;
    m_slots[PhraseSlot::Price] = QString::number(service.price);
    m_slots[PhraseSlot::Minutes] = QString::number(service.minutes);
    m_slots[PhraseSlot::Master] = plan.master;
    m_slots[PhraseSlot::Day] = relativeDay(startDay, plan.slotDay);
    m_slots[PhraseSlot::Date] = DemoTime::dayMonth(plan.slotDay);
    m_slots[PhraseSlot::Part] = partOfDay(plan.slotMinutes);
    m_slots[PhraseSlot::Address] = salon.address;
    m_slots[PhraseSlot::Emoji] = salon.emoji;
    m_slots[PhraseSlot::Old] =
        DemoTime::dayMonth(plan.oldDay) + QStringLiteral(" в ") + DemoTime::hhmm(plan.oldMinutes);

    // Three offered times around the booked one, inside opening hours. When the client will ask
    // for another time, the booked slot is held back and offered only then.
    const int latest = salon.closesMinutes - service.minutes;
    int others[3];
    int count = 0;
    for (int step = 1; count < 3 && step < 40; ++step) {
        const int candidate =
            plan.slotMinutes + (random.chance(0.5) ? step : -step) * 30 * random.between(1, 3);
        if (candidate < salon.opensMinutes || candidate > latest || candidate == plan.slotMinutes)
            continue;
        if (std::find(others, others + count, candidate) != others + count)
            continue;
        others[count++] = candidate;
    }
    for (int candidate = salon.opensMinutes; count < 3 && candidate <= latest; candidate += 30) {
        if (candidate != plan.slotMinutes &&
            std::find(others, others + count, candidate) == others + count)
            others[count++] = candidate;
    }
    int shown[3] = {askOther ? others[2] : plan.slotMinutes, others[0], others[1]};
    std::sort(shown, shown + 3);
    m_slots[PhraseSlot::Time] = DemoTime::hhmm(shown[0]);
    m_slots[PhraseSlot::Time2] = DemoTime::hhmm(shown[1]);
    m_slots[PhraseSlot::Time3] = DemoTime::hhmm(shown[2]);
    m_slots[PhraseSlot::At] = DemoTime::hhmm(plan.slotMinutes);
}

void BotDialogBuilder::planBooking(DemoRandom &random, const BotSessionPlan &plan, bool askOther)
{
    const BotDialogPhrases &p = BotDialogPhrases::instance();
    if (random.chance(0.35))
        m_exchanges.push_back({&p.askPrice, &p.priceAnswer, true});
    if (random.chance(0.25))
        m_exchanges.push_back({&p.askMaster, &p.masterAnswer, true, true});
    m_exchanges.push_back({&p.dayPreference, &p.offerSlots, false});
    switch (plan.outcome) {
    case BotOutcome::Abandoned:
        if (askOther)
            m_exchanges.push_back({&p.askOther, &p.offerOther, false});
        return;
    case BotOutcome::Handoff:
        m_exchanges.push_back({&p.handoffAsk, &p.handoffReply, false});
        if (random.chance(0.5))
            m_exchanges.push_back({&p.handoffAck, nullptr, false});
        return;
    case BotOutcome::Completed:
        m_exchanges.push_back({&p.declineSlots, &p.declineAnswer, false});
        return;
    case BotOutcome::Booked:
        break;
    }
    if (askOther)
        m_exchanges.push_back({&p.askOther, &p.offerOther, false});
    m_exchanges.push_back({&p.choose,
                           plan.intent == BotIntent::Reschedule ? &p.rescheduleConfirm : &p.confirm,
                           false});
    if (random.chance(0.2))
        m_exchanges.push_back({&p.askAddress, &p.addressAnswer, true, true});
    m_exchanges.push_back({&p.thanks, random.chance(0.7) ? &p.farewell : nullptr, false});
}

void BotDialogBuilder::build(DemoRandom &random, const BotSessionPlan &plan,
                             std::vector<BotLine> *lines)
{
    const BotDialogPhrases &p = BotDialogPhrases::instance();
    lines->clear();
    m_exchanges.clear();
    const bool askOther = (plan.outcome == BotOutcome::Booked && random.chance(0.3)) ||
                          (plan.outcome == BotOutcome::Abandoned && random.chance(0.4));
    fillSlots(random, plan, askOther);
    const PhrasePool *greet = plan.clientName.isEmpty() ? &p.greetUnknown : &p.greetKnown;

    switch (plan.intent) {
    case BotIntent::Booking:
        m_exchanges.push_back({&p.bookOpen, greet, false});
        planBooking(random, plan, askOther);
        break;
    case BotIntent::Reschedule:
        m_exchanges.push_back({&p.rescheduleOpen, &p.rescheduleAsk, false});
        planBooking(random, plan, askOther);
        break;
    case BotIntent::Cancel:
        if (plan.outcome == BotOutcome::Handoff) {
            m_exchanges.push_back({&p.cancelOpen, &p.cancelConfirm, false});
            m_exchanges.push_back({&p.handoffAsk, &p.handoffReply, false});
        } else {
            m_exchanges.push_back({&p.cancelOpen, &p.cancelConfirm, false});
            m_exchanges.push_back({&p.cancelNo, &p.cancelBye, false});
        }
        break;
    case BotIntent::Price:
        m_exchanges.push_back({&p.priceOpen, &p.priceOffer, false});
        if (plan.outcome == BotOutcome::Booked) {
            m_exchanges.push_back({&p.priceYes, &p.offerSlots, false});
            if (askOther)
                m_exchanges.push_back({&p.askOther, &p.offerOther, false});
            m_exchanges.push_back({&p.choose, &p.confirm, false});
            m_exchanges.push_back({&p.thanks, random.chance(0.6) ? &p.farewell : nullptr, false});
        } else if (plan.outcome == BotOutcome::Abandoned) {
            m_exchanges.push_back({&p.discountAsk, &p.discountAnswer, false});
        } else {
            m_exchanges.push_back({&p.priceThink, &p.priceThinkAnswer, false});
        }
        break;
    case BotIntent::Question:
        break; // handled below: the pairs come from the salon
    }

    // Drop optional exchanges (newest first) until the dialog fits the 14-message limit.
    auto messageCount = [this] {
        size_t n = 0;
        for (const Exchange &e : m_exchanges)
            n += e.assistant ? 2 : 1;
        return n;
    };
    for (size_t i = m_exchanges.size(); i-- > 0 && messageCount() > kMaxMessages;) {
        if (m_exchanges[i].optional)
            m_exchanges.erase(m_exchanges.begin() + static_cast<qsizetype>(i));
    }

    qint64 t = plan.startMs;
    auto say = [&](bool assistant, QString body) {
        int response = 0;
        if (!lines->empty()) {
            if (assistant) {
                response = static_cast<int>(plan.latency * random.bell(900, 5200));
                t += response;
            } else {
                t += static_cast<qint64>(random.bell(12000, 150000));
                if (random.chance(0.1))
                    t += random.between(60, 900) * 1000;
            }
        }
        lines->push_back({assistant, std::move(body), t, response});
    };

    if (plan.intent == BotIntent::Question) {
        const SalonProfile &salon = *plan.salon;
        const int first = static_cast<int>(random.below(salon.questions.size()));
        say(false, salon.questions.at(first));
        if (plan.outcome == BotOutcome::Handoff) {
            say(true, p.handoffReply.render(random, m_slots));
            say(false, p.handoffAck.render(random, m_slots));
            return;
        }
        say(true, salon.answers.at(first));
        if (random.chance(0.4)) {
            const int second =
                (first + 1 + static_cast<int>(random.below(salon.questions.size() - 1))) %
                static_cast<int>(salon.questions.size());
            say(false, salon.questions.at(second));
            say(true, salon.answers.at(second));
        }
        say(false, p.thanks.render(random, m_slots));
        if (random.chance(0.5))
            say(true, p.farewell.render(random, m_slots));
        return;
    }

    for (const Exchange &e : m_exchanges) {
        const size_t index = size_t(random.below(e.user->size()));
        say(false, e.user->render(index, m_slots));
        if (e.assistant)
            say(true, e.paired ? e.assistant->render(index, m_slots)
                               : e.assistant->render(random, m_slots));
    }
}

} // namespace agentp::demo
