#include "models/demo/SalonSessionWriter.h"

#include "models/demo/BotDialogBuilder.h"
#include "models/demo/BulkInserter.h"
#include "models/demo/DemoContext.h"
#include "models/demo/DemoTime.h"
#include "models/demo/SalonVocabulary.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace agentp::demo {

namespace {

constexpr int kHistoryDays = 90;
constexpr double kSessionsPerDay = 6.5; // per salon at scale 1, before weekday/trend factors

// Share of dialogs per local hour from 08:00 to 23:00: a late-morning and an evening peak.
const std::vector<int> kHourWeights = {2, 4, 7, 8, 8, 7, 6, 6, 6, 7, 8, 9, 9, 7, 5, 3};
// Monday … Sunday: people write to the bot most on Fridays, least on Sundays.
const double kWeekdayFactor[] = {1.1, 1.0, 1.0, 1.05, 1.2, 0.9, 0.7};

struct DayTotals
{
    qint64 dialogs = 0;
    qint64 bookings = 0;
    qint64 responseMs = 0;
    qint64 responses = 0;
};

class SessionWriter
{
public:
    explicit SessionWriter(DemoContext &context)
        : m_context(context)
        , m_sessions(context.db, QStringLiteral("bot_sessions"),
                     {QStringLiteral("id"), QStringLiteral("tenant_id"),
                      QStringLiteral("client_id"), QStringLiteral("started_at"),
                      QStringLiteral("ended_at"), QStringLiteral("status"),
                      QStringLiteral("intent"), QStringLiteral("service"),
                      QStringLiteral("slot_at"), QStringLiteral("booking_id"),
                      QStringLiteral("channel"), QStringLiteral("updated_at")},
                     context.progress)
        , m_messages(context.db, QStringLiteral("bot_messages"),
                     {QStringLiteral("id"), QStringLiteral("session_id"), QStringLiteral("role"),
                      QStringLiteral("body"), QStringLiteral("created_at")},
                     context.progress)
        , m_metrics(context.db, QStringLiteral("daily_metrics"),
                    {QStringLiteral("tenant_id"), QStringLiteral("day"),
                     QStringLiteral("dialogs_started"), QStringLiteral("bookings"),
                     QStringLiteral("conversion"), QStringLiteral("avg_response_ms")},
                    context.progress)
    {
        m_lines.reserve(16);
    }

    void writeTenant(size_t index, DemoTenantRef &tenant, const std::set<qint64> &gaps);
    bool done(store::StoreError *error)
    {
        return m_sessions.done(error) && m_messages.done(error) && m_metrics.done(error);
    }
    qint64 sessions() const { return m_sessions.rows(); }
    qint64 messages() const { return m_messages.rows(); }
    qint64 metricRows() const { return m_metrics.rows(); }

private:
    void writeSession(DemoTenantRef &tenant, DemoRandom &random, qint64 startMs, double latency,
                      double conversion, bool live, DayTotals *totals);

    DemoContext &m_context;
    BulkInserter m_sessions;
    BulkInserter m_messages;
    BulkInserter m_metrics;
    BotDialogBuilder m_builder;
    std::vector<BotLine> m_lines;
    std::vector<int> m_serviceWeights; // popularity of the current salon's services
    qint64 m_nextMessageId = 1;
    qint64 m_nextBooking = 0;
};

BotOutcome pickOutcome(DemoRandom &random, BotIntent intent, double conversion)
{
    const double r = random.unit();
    switch (intent) {
    case BotIntent::Booking:
        if (r < 0.58 * conversion)
            return BotOutcome::Booked;
        if (r < 0.80)
            return BotOutcome::Abandoned;
        return r < 0.87 ? BotOutcome::Handoff : BotOutcome::Completed;
    case BotIntent::Reschedule:
        if (r < 0.72)
            return BotOutcome::Booked;
        return r < 0.84 ? BotOutcome::Abandoned : BotOutcome::Handoff;
    case BotIntent::Cancel:
    case BotIntent::Question:
        return r < 0.86 ? BotOutcome::Completed : BotOutcome::Handoff;
    case BotIntent::Price:
        if (r < 0.33 * conversion)
            return BotOutcome::Booked;
        return r < 0.45 ? BotOutcome::Abandoned : BotOutcome::Completed;
    }
    return BotOutcome::Completed;
}

void SessionWriter::writeTenant(size_t index, DemoTenantRef &tenant, const std::set<qint64> &gaps)
{
    const SalonProfile &salon = *tenant.profile;
    const DemoRandom base = m_context.stream(StreamSessions).fork(index + 1);
    // YClients record ids: nine digits, growing over time (SalonBookingWriter continues above).
    m_nextBooking = 512000000LL + qint64(index) * 40000000LL;
    m_serviceWeights.clear();
    for (const SalonService &service : salon.services)
        m_serviceWeights.push_back(service.weight);
    const qint64 firstDay = m_context.anchorDay - kHistoryDays;
    struct Start
    {
        qint64 ms;
        bool live; // still going on at the anchor
    };
    std::vector<Start> starts;
    for (qint64 day = firstDay; day <= m_context.anchorDay; ++day) {
        DemoRandom random = base.fork(quint64(day - firstDay) + 1);
        // Slow growth over the quarter makes the trend chart worth looking at.
        const double trend = 0.85 + 0.3 * double(day - firstDay) / kHistoryDays;
        const double mean = kSessionsPerDay * salon.sessionShare *
                            kWeekdayFactor[DemoTime::weekday(day)] * trend * m_context.scale;
        const int count = int(std::lround(mean * random.bell(0.75, 1.25)));
        const double latency = random.bell(0.8, 1.5);
        const double conversion = random.bell(0.85, 1.15);

        starts.clear();
        for (int i = 0; i < count; ++i) {
            const int hour = 8 + random.weighted(kHourWeights);
            const qint64 local = hour * DemoTime::kHour + random.between(0, 3599999);
            starts.push_back(
                {day * DemoTime::kDay + local - salon.utcOffsetHours * DemoTime::kHour, false});
        }

        // Today: a few dialogs are going on right now, so the "active" state is on screen.
        const int live = day == m_context.anchorDay ? random.between(1, 2) * m_context.scale : 0;
        for (int i = 0; i < live; ++i) {
            const qint64 start =
                m_context.anchorMs - random.between(60, 25 * 60) * 1000LL - random.between(0, 999);
            const qint64 local =
                start + salon.utcOffsetHours * DemoTime::kHour - day * DemoTime::kDay;
            if (local >= 8 * DemoTime::kHour && local < DemoTime::kDay)
                starts.push_back({start, true});
        }
        std::sort(starts.begin(), starts.end(),
                  [](const Start &a, const Start &b) { return a.ms < b.ms; });

        DayTotals totals;
        for (const Start &start : starts) {
            if (start.ms >= m_context.anchorMs)
                break;
            writeSession(tenant, random, start.ms, latency, conversion, start.live, &totals);
        }
        if (day >= m_context.anchorDay || gaps.count(day))
            continue;
        const double percent =
            totals.dialogs ? std::round(10000.0 * totals.bookings / totals.dialogs) / 100.0 : 0.0;
        const qint64 avgResponse =
            totals.responses ? std::llround(double(totals.responseMs) / totals.responses) : 0;
        m_metrics.row(tenant.id, DemoTime::date(day), totals.dialogs, totals.bookings, percent,
                      avgResponse);
    }
}

void SessionWriter::writeSession(DemoTenantRef &tenant, DemoRandom &random, qint64 startMs,
                                 double latency, double conversion, bool live, DayTotals *totals)
{
    static const QString intents[] = {QStringLiteral("booking"), QStringLiteral("reschedule"),
                                      QStringLiteral("cancel"), QStringLiteral("question"),
                                      QStringLiteral("price")};
    static const QString roles[] = {QStringLiteral("user"), QStringLiteral("assistant")};
    const SalonProfile &salon = *tenant.profile;
    const SalonVocabulary &vocabulary = SalonVocabulary::instance();

    BotSessionPlan plan;
    plan.salon = &salon;
    plan.intent = BotIntent(random.weighted({52, 9, 8, 16, 15}));
    plan.outcome = pickOutcome(random, plan.intent, conversion);
    plan.startMs = startMs;
    plan.latency = latency;

    // Most people who write are known clients; about one in ten is new to the salon.
    const DemoClientRef *client =
        random.chance(0.9) && !tenant.clients.empty() ? &random.pick(tenant.clients) : nullptr;
    const int serviceIndex = client && random.chance(0.55) ? client->favouriteService
                                                           : random.weighted(m_serviceWeights);
    const SalonService &service = salon.services[size_t(serviceIndex)];
    plan.service = &service;
    int master = random.pick(service.masters);
    if (client && client->favouriteMaster >= 0 && random.chance(0.7) &&
        std::count(service.masters.begin(), service.masters.end(), client->favouriteMaster))
        master = client->favouriteMaster;
    plan.master = salon.masters.at(master);
    plan.clientName = client ? client->firstName : QString();

    const qint64 localDay = DemoTime::dayOf(startMs + salon.utcOffsetHours * DemoTime::kHour);
    const int slotCount = (salon.closesMinutes - salon.opensMinutes - service.minutes) / 30;
    plan.slotDay = localDay + 1 + random.below(7) + random.below(7);
    plan.slotMinutes = salon.opensMinutes + 30 * random.between(0, slotCount);
    plan.oldDay = localDay + random.between(1, 10);
    plan.oldMinutes = salon.opensMinutes + 30 * random.between(0, slotCount);
    m_builder.build(random, plan, &m_lines);

    // A dialog that is not over at the anchor time is still "active": keep what was said so far.
    qint64 endMs = m_lines.back().atMs + (plan.outcome == BotOutcome::Abandoned
                                              ? 30 * DemoTime::kMinute
                                              : random.between(5, 60) * 1000LL);
    const bool active = live || endMs >= m_context.anchorMs;
    if (active) {
        while (!m_lines.empty() && m_lines.back().atMs >= m_context.anchorMs)
            m_lines.pop_back();
        // A live dialog is somewhere in the middle: the bot waits for the client's next reply.
        if (live)
            m_lines.resize(std::min(m_lines.size(), size_t(random.between(1, 5))));
    }
    const bool booked = !active && plan.outcome == BotOutcome::Booked;
    static const QString outcomes[] = {QStringLiteral("booked"), QStringLiteral("completed"),
                                       QStringLiteral("abandoned"), QStringLiteral("handoff")};
    const QString status = active ? QStringLiteral("active") : outcomes[int(plan.outcome)];
    QString bookingId;
    QString slotAt;
    if (booked) {
        m_nextBooking += random.between(3, 40);
        bookingId = QString::number(m_nextBooking);
        slotAt = DemoTime::iso(plan.slotDay * DemoTime::kDay +
                               (plan.slotMinutes - salon.utcOffsetHours * 60) * DemoTime::kMinute);
    }
    const QString id = random.uuid();
    const qint64 lastMs = m_lines.back().atMs;
    m_sessions.row(id, tenant.id, client ? client->id : QString(), DemoTime::iso(startMs),
                   active ? QString() : DemoTime::iso(endMs), status, intents[int(plan.intent)],
                   plan.intent == BotIntent::Question ? QString() : service.name, slotAt, bookingId,
                   random.pick(vocabulary.channels()), DemoTime::iso(active ? lastMs : endMs));
    for (const BotLine &line : m_lines) {
        m_messages.row(m_nextMessageId++, id, roles[line.assistant ? 1 : 0], line.body,
                       DemoTime::iso(line.atMs));
        if (line.assistant) {
            totals->responseMs += line.responseMs;
            ++totals->responses;
        }
    }
    ++totals->dialogs;
    if (booked)
        ++totals->bookings;
    const QString updated = DemoTime::iso(active ? lastMs : endMs);
    if (updated > tenant.lastUpdatedAt)
        tenant.lastUpdatedAt = updated;
}

} // namespace

bool SalonSessionWriter::write(DemoContext &context, store::StoreError *error)
{
    // The collector "missed" the same days for every salon (it is one job).
    std::set<qint64> gaps;
    DemoRandom random = context.stream(StreamMetricGaps);
    const int missing = 2 + int(random.below(2));
    while (int(gaps.size()) < missing)
        gaps.insert(context.anchorDay - random.between(3, kHistoryDays - 5));

    SessionWriter writer(context);
    for (size_t t = 0; t < context.tenants.size(); ++t)
        writer.writeTenant(t, context.tenants[t], gaps);
    context.summary->sessions = writer.sessions();
    context.summary->botMessages = writer.messages();
    context.summary->metricDays = writer.metricRows();
    return writer.done(error);
}

} // namespace agentp::demo
