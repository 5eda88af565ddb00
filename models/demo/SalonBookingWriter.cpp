#include "models/demo/SalonBookingWriter.h"

#include "models/demo/BulkInserter.h"
#include "models/demo/DemoContext.h"
#include "models/demo/DemoJson.h"
#include "models/demo/DemoTime.h"
#include "models/demo/SalonVocabulary.h"

#include <algorithm>
#include <cmath>

namespace agentp::demo {

namespace {

// Preferred windows clients give ("утром", "после работы" …), in local minutes.
struct Window
{
    int from;
    int to;
};
const Window kWindows[] = {{10 * 60, 13 * 60}, {12 * 60, 16 * 60}, {16 * 60, 21 * 60},
                           {18 * 60, 21 * 60}, {10 * 60, 21 * 60}, {14 * 60, 18 * 60}};

qint64 localSlotMs(const SalonProfile &salon, qint64 day, int minutes)
{
    return day * DemoTime::kDay + (minutes - salon.utcOffsetHours * 60) * DemoTime::kMinute;
}

void writeWaitlist(DemoContext &context, const DemoTenantRef &tenant, DemoRandom random,
                   BulkInserter &items, qint64 *nextId)
{
    const SalonProfile &salon = *tenant.profile;
    const int pending = int(std::lround(25.0 * context.scale * random.bell(0.9, 1.1)));
    const int processed = int(std::lround(pending * random.bell(0.6, 0.9)));
    for (int i = 0; i < pending + processed; ++i) {
        const bool isPending = i < pending;
        const DemoClientRef *client =
            random.chance(0.95) && !tenant.clients.empty() ? &random.pick(tenant.clients) : nullptr;
        const int serviceIndex = client && random.chance(0.6)
                                     ? client->favouriteService
                                     : int(random.below(salon.services.size()));
        const SalonService &service = salon.services[size_t(serviceIndex)];
        const QString master =
            random.chance(0.5) ? salon.masters.at(random.pick(service.masters)) : QString();
        const Window window = random.pick(kWindows);
        // Pending: asked during the last ten days for a day in the next two weeks.
        // Processed: asked up to six weeks ago; converted or cancelled since.
        const qint64 createdMs =
            context.anchorMs - (isPending ? random.between(10, 10 * 24 * 60)
                                          : random.between(2 * 24 * 60, 45 * 24 * 60)) *
                                   DemoTime::kMinute;
        const qint64 wanted = isPending ? context.anchorDay + random.between(1, 14)
                                        : DemoTime::dayOf(createdMs) + random.between(1, 14);
        QString status = QStringLiteral("pending");
        QString processedAt;
        qint64 updatedMs = createdMs;
        if (!isPending) {
            status = random.chance(0.6) ? QStringLiteral("converted") : QStringLiteral("cancelled");
            const qint64 latest = std::min(context.anchorMs - DemoTime::kMinute,
                                           localSlotMs(salon, wanted, window.from));
            const qint64 span = std::max<qint64>(DemoTime::kMinute, latest - createdMs);
            updatedMs = createdMs + qint64(random.below(quint64(span)));
            processedAt = DemoTime::iso(updatedMs);
        }
        items.row((*nextId)++, tenant.id, client ? client->id : QString(), service.name, master,
                  DemoTime::date(wanted), DemoTime::hhmm(window.from),
                  DemoTime::hhmm(std::min(window.to, salon.closesMinutes)), status,
                  DemoTime::iso(createdMs), processedAt, DemoTime::iso(updatedMs));
    }
}

void writePredictions(DemoContext &context, size_t tenantIndex, const DemoTenantRef &tenant,
                      DemoRandom random, BulkInserter &predictions, qint64 *nextId)
{
    const SalonProfile &salon = *tenant.profile;
    const int count = int(std::lround(40.0 * context.scale * random.bell(0.9, 1.1)));
    // Upcoming bookings continue the YClients ids of the bot sessions, well above them.
    qint64 booking = 512000000LL + qint64(tenantIndex) * 40000000LL + 30000000LL;
    for (int i = 0; i < count; ++i) {
        booking += random.between(3, 40);
        const bool isNew = random.chance(0.15) || tenant.clients.empty();
        const DemoClientRef *client = isNew ? nullptr : &random.pick(tenant.clients);
        const int serviceIndex =
            client ? client->favouriteService : int(random.below(salon.services.size()));
        const SalonService &service = salon.services[size_t(serviceIndex)];
        const int master = client && client->favouriteMaster >= 0 ? client->favouriteMaster
                                                                  : random.pick(service.masters);
        const qint64 slotDay = context.anchorDay + random.between(1, 14);
        const int slotCount = (salon.closesMinutes - salon.opensMinutes - service.minutes) / 30;
        const int minutes = salon.opensMinutes + 30 * random.between(0, slotCount);
        // Booked between one and thirty days before the slot, never after the anchor.
        const int minLead = int(slotDay - context.anchorDay);
        const int lead = std::max(minLead, random.between(1, 30));

        DemoJson factors;
        double score = 0.05;
        if (client && client->lastVisitDay >= 0) {
            const qint64 since = context.anchorDay - client->lastVisitDay;
            factors.integer(u"days_since_last_visit", since);
            score += 0.3 * std::min(1.0, double(since) / 120.0);
        } else {
            factors.null(u"days_since_last_visit");
        }
        const double cancelRate = client && client->visits > 0
                                      ? std::round(100.0 * client->missed / client->visits) / 100.0
                                      : 0.0;
        factors.number(u"cancel_rate", cancelRate, 2)
            .integer(u"lead_time_days", lead)
            .boolean(u"is_new_client", client == nullptr || client->visits == 0);
        score += 0.9 * cancelRate + (lead >= 14 ? 0.15 : 0.0) + (isNew ? 0.3 : 0.0) +
                 random.bell(-0.15, 0.35);
        score = std::round(100.0 * std::clamp(score, 0.02, 0.98)) / 100.0;

        const int statusRoll = random.weighted({90, 7, 3});
        static const QString statuses[] = {QStringLiteral("open"), QStringLiteral("notified"),
                                           QStringLiteral("ignored")};
        const qint64 predictedMs =
            context.anchorMs - random.between(20, 12 * 60) * DemoTime::kMinute;
        predictions.row((*nextId)++, tenant.id, QString::number(booking),
                        client ? client->id : QString(), service.name, salon.masters.at(master),
                        DemoTime::iso(localSlotMs(salon, slotDay, minutes)), score,
                        factors.toString(), statuses[statusRoll], DemoTime::iso(predictedMs));
    }
}

} // namespace

bool SalonBookingWriter::write(DemoContext &context, store::StoreError *error)
{
    BulkInserter items(context.db, QStringLiteral("waitlist_items"),
                       {QStringLiteral("id"), QStringLiteral("tenant_id"),
                        QStringLiteral("client_id"), QStringLiteral("service"),
                        QStringLiteral("master"), QStringLiteral("wanted_date"),
                        QStringLiteral("window_from"), QStringLiteral("window_to"),
                        QStringLiteral("status"), QStringLiteral("created_at"),
                        QStringLiteral("processed_at"), QStringLiteral("updated_at")},
                       context.progress);
    BulkInserter predictions(
        context.db, QStringLiteral("risk_predictions"),
        {QStringLiteral("id"), QStringLiteral("tenant_id"), QStringLiteral("booking_id"),
         QStringLiteral("client_id"), QStringLiteral("service"), QStringLiteral("master"),
         QStringLiteral("slot_at"), QStringLiteral("risk_score"), QStringLiteral("risk_factors"),
         QStringLiteral("status"), QStringLiteral("predicted_at")},
        context.progress);
    qint64 nextItem = 1;
    qint64 nextPrediction = 1;
    const DemoRandom waitlist = context.stream(StreamWaitlist);
    const DemoRandom risk = context.stream(StreamPredictions);
    for (size_t t = 0; t < context.tenants.size(); ++t) {
        writeWaitlist(context, context.tenants[t], waitlist.fork(t + 1), items, &nextItem);
        writePredictions(context, t, context.tenants[t], risk.fork(t + 1), predictions,
                         &nextPrediction);
    }
    context.summary->waitlistItems = items.rows();
    context.summary->predictions = predictions.rows();
    return items.done(error) && predictions.done(error);
}

} // namespace agentp::demo
