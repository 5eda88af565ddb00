#include "models/demo/SalonClientWriter.h"

#include "models/demo/BulkInserter.h"
#include "models/demo/DemoContext.h"
#include "models/demo/DemoJson.h"
#include "models/demo/DemoTime.h"
#include "models/demo/DemoVocabulary.h"
#include "models/demo/SalonVocabulary.h"

#include <algorithm>
#include <cmath>

namespace agentp::demo {

namespace {

enum class VisitStatus
{
    Completed,
    Cancelled,
    NoShow
};

struct Visit
{
    qint64 day;
    VisitStatus status;
};

int weightedService(DemoRandom &random, const SalonProfile &salon)
{
    std::vector<int> weights;
    weights.reserve(salon.services.size());
    for (const SalonService &service : salon.services)
        weights.push_back(service.weight);
    return random.weighted(weights);
}

// Days back from the anchor to the last completed visit, spread over the churn buckets so the
// win-back list has clients in every band (about 55% / 15% / 9% / 21%).
double churnRatio(DemoRandom &random)
{
    switch (random.weighted({55, 15, 9, 21})) {
    case 0:
        return 0.05 + 0.9 * random.unit();
    case 1:
        return 1.0 + 0.28 * random.unit();
    case 2:
        return 1.31 + 0.17 * random.unit();
    default:
        return 1.52 + 3.5 * random.unit();
    }
}

class ClientWriter
{
public:
    explicit ClientWriter(DemoContext &context)
        : m_context(context)
        , m_clients(context.db, QStringLiteral("clients"),
                    {QStringLiteral("id"), QStringLiteral("tenant_id"), QStringLiteral("full_name"),
                     QStringLiteral("phone"), QStringLiteral("phone_digits"),
                     QStringLiteral("favourite_master"), QStringLiteral("visit_count"),
                     QStringLiteral("created_at"), QStringLiteral("updated_at")},
                    context.progress)
        , m_visits(context.db, QStringLiteral("client_visits"),
                   {QStringLiteral("id"), QStringLiteral("client_id"), QStringLiteral("visit_at"),
                    QStringLiteral("service"), QStringLiteral("master"), QStringLiteral("price"),
                    QStringLiteral("status")},
                   context.progress)
        , m_memory(context.db, QStringLiteral("client_memory"),
                   {QStringLiteral("client_id"), QStringLiteral("ltm_data"),
                    QStringLiteral("preferred_staff"), QStringLiteral("last_visit_date"),
                    QStringLiteral("avg_visit_interval"), QStringLiteral("churn_risk_score"),
                    QStringLiteral("updated_at")},
                   context.progress)
    {}

    void writeTenant(DemoTenantRef &tenant, DemoRandom base);
    bool done(store::StoreError *error)
    {
        return m_clients.done(error) && m_visits.done(error) && m_memory.done(error);
    }
    qint64 clients() const { return m_clients.rows(); }
    qint64 visits() const { return m_visits.rows(); }

private:
    void writeClient(DemoTenantRef &tenant, DemoRandom &random);
    QString ltm(DemoRandom &random, const SalonProfile &salon, const DemoClientRef &client,
                int lastService) const;

    DemoContext &m_context;
    BulkInserter m_clients;
    BulkInserter m_visits;
    BulkInserter m_memory;
    qint64 m_nextVisitId = 1;
    std::vector<Visit> m_history;
};

void ClientWriter::writeTenant(DemoTenantRef &tenant, DemoRandom base)
{
    const int scale = m_context.scale;
    const int count = 300 * scale + base.between(-15 * scale, 15 * scale);
    tenant.clients.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        DemoRandom random = base.fork(quint64(i) + 1);
        writeClient(tenant, random);
    }
}

void ClientWriter::writeClient(DemoTenantRef &tenant, DemoRandom &random)
{
    const SalonProfile &salon = *tenant.profile;
    const DemoVocabulary &vocabulary = DemoVocabulary::instance();
    const DemoPerson person = vocabulary.person(random, random.chance(salon.femaleShare));
    DemoClientRef client;
    client.id = random.uuid();
    client.firstName = person.first;
    client.favouriteService = weightedService(random, salon);
    const SalonService &favourite = salon.services[size_t(client.favouriteService)];
    const int favouriteMaster = random.pick(favourite.masters);

    // 5% never came (booked through the bot only), 15% came once, the rest are regulars.
    const int kind = random.weighted({5, 15, 80});
    const int completed = kind == 0 ? 0 : kind == 1 ? 1 : random.between(2, 12);
    const int interval =
        std::max(7, int(std::lround(favourite.intervalDays * random.bell(0.75, 1.35))));
    m_history.clear();
    if (completed > 0) {
        const int assumed = completed > 1 ? interval : 30;
        const qint64 since = std::max<qint64>(1, std::llround(churnRatio(random) * assumed));
        qint64 day = m_context.anchorDay - since;
        for (int k = 0; k < completed; ++k) {
            m_history.push_back({day, VisitStatus::Completed});
            const qint64 gap = std::max<qint64>(5, std::llround(interval * random.bell(0.8, 1.2)));
            // Occasionally a cancelled or missed appointment sits between two visits.
            if (k + 1 < completed && gap > 3) {
                const int roll = random.weighted({87, 9, 4});
                if (roll > 0)
                    m_history.push_back({day - random.between(1, int(gap) - 1),
                                         roll == 1 ? VisitStatus::Cancelled : VisitStatus::NoShow});
            }
            day -= gap;
        }
        const qint64 lastDay = m_context.anchorDay - since;
        if (since > 2 && random.chance(0.06))
            m_history.push_back(
                {lastDay + random.between(1, int(since) - 1), VisitStatus::Cancelled});
        std::sort(m_history.begin(), m_history.end(),
                  [](const Visit &a, const Visit &b) { return a.day < b.day; });
        client.lastVisitDay = lastDay;
    }

    const bool showMaster = completed >= 2 && random.chance(0.75);
    client.favouriteMaster = showMaster ? favouriteMaster : -1;
    const qint64 firstDay = m_history.empty() ? m_context.anchorDay - random.between(1, 30)
                                              : m_history.front().day - random.between(1, 14);
    const qint64 createdMs = firstDay * DemoTime::kDay + random.between(5, 19) * DemoTime::kHour +
                             random.between(0, 3599999);
    qint64 updatedMs = createdMs;
    int lastService = client.favouriteService;

    for (const Visit &visit : m_history) {
        const int serviceIndex =
            random.chance(0.7) ? client.favouriteService : weightedService(random, salon);
        const SalonService &service = salon.services[size_t(serviceIndex)];
        const bool usual = std::find(service.masters.begin(), service.masters.end(),
                                     favouriteMaster) != service.masters.end();
        const int master =
            usual && random.chance(0.8) ? favouriteMaster : random.pick(service.masters);
        const int slotCount = (salon.closesMinutes - salon.opensMinutes - service.minutes) / 30;
        const int localMinutes = salon.opensMinutes + 30 * random.between(0, slotCount);
        const qint64 at = visit.day * DemoTime::kDay +
                          (localMinutes - salon.utcOffsetHours * 60) * DemoTime::kMinute;
        // Older visits were cheaper: about 8% a year, rounded to 50 ₽ like a real price list.
        const double yearsAgo = double(m_context.anchorDay - visit.day) / 365.0;
        const int price = int(std::lround(service.price * (1.0 - 0.08 * yearsAgo) / 50.0)) * 50;
        static const QString statuses[] = {QStringLiteral("completed"), QStringLiteral("cancelled"),
                                           QStringLiteral("no_show")};
        m_visits.row(m_nextVisitId++, client.id, DemoTime::iso(at), service.name,
                     salon.masters.at(master), price, statuses[int(visit.status)]);
        ++client.visits;
        if (visit.status != VisitStatus::Completed)
            ++client.missed;
        else
            lastService = serviceIndex;
        updatedMs = std::max(updatedMs, at);
    }

    const DemoPhone phone = vocabulary.phone(random);
    const bool hasPhone = random.chance(0.97);
    const QString master = showMaster ? salon.masters.at(favouriteMaster) : QString();
    m_clients.row(client.id, tenant.id,
                  random.chance(0.8) ? person.fullName() : person.formalName(),
                  hasPhone ? phone.shown : QString(), hasPhone ? phone.digits : QString(), master,
                  completed, DemoTime::iso(createdMs), DemoTime::iso(updatedMs));

    QVariant lastVisit;
    QVariant average;
    double churn = 0.0;
    if (client.lastVisitDay >= 0) {
        lastVisit = DemoTime::date(client.lastVisitDay);
        int averageDays = 0;
        if (completed >= 2) {
            qint64 firstCompleted = client.lastVisitDay;
            for (const Visit &visit : m_history) {
                if (visit.status == VisitStatus::Completed) {
                    firstCompleted = visit.day;
                    break;
                }
            }
            averageDays = int(
                std::lround(double(client.lastVisitDay - firstCompleted) / double(completed - 1)));
            average = averageDays;
        }
        churn =
            SalonClientWriter::churnRisk(m_context.anchorDay - client.lastVisitDay, averageDays);
    }
    const qint64 memoryUpdated =
        std::max(updatedMs + DemoTime::kHour,
                 m_context.anchorMs - random.between(30, 30 * 60) * DemoTime::kMinute);
    m_memory.row(client.id, ltm(random, salon, client, lastService),
                 showMaster ? master : QString(), lastVisit, average, churn,
                 DemoTime::iso(std::min(memoryUpdated, m_context.anchorMs - 1000)));
    tenant.clients.push_back(std::move(client));
}

QString ClientWriter::ltm(DemoRandom &random, const SalonProfile &salon,
                          const DemoClientRef &client, int lastService) const
{
    const SalonVocabulary &vocabulary = SalonVocabulary::instance();
    QStringList services{salon.services[size_t(client.favouriteService)].name};
    if (random.chance(0.35)) {
        const QString &other = random.pick(salon.services).name;
        if (other != services.front())
            services.append(other);
    }
    DemoJson json;
    json.list(u"preferred_services", services)
        .text(u"preferred_time", random.pick(vocabulary.preferredTimes()))
        .text(u"communication_style", random.pick(vocabulary.communicationStyles()));
    if (random.chance(0.12))
        json.list(u"allergies", {random.pick(salon.allergies)});
    if (random.chance(0.45))
        json.text(u"notes", random.pick(salon.notes));
    if (client.visits > 0)
        json.text(u"last_service", salon.services[size_t(lastService)].name);
    if (client.missed > 0)
        json.integer(u"missed_visits", client.missed);
    return json.toString();
}

} // namespace

double SalonClientWriter::churnRisk(qint64 daysSinceLastVisit, int averageIntervalDays)
{
    const int interval = averageIntervalDays > 0 ? averageIntervalDays : 30;
    const double ratio = double(daysSinceLastVisit) / double(interval);
    if (ratio < 1.0)
        return 0.0;
    if (ratio < 1.3)
        return 0.3;
    if (ratio < 1.5)
        return 0.6;
    return 0.9;
}

bool SalonClientWriter::write(DemoContext &context, store::StoreError *error)
{
    ClientWriter writer(context);
    const DemoRandom base = context.stream(StreamClients);
    for (size_t t = 0; t < context.tenants.size(); ++t)
        writer.writeTenant(context.tenants[t], base.fork(t + 1));
    context.summary->clients = writer.clients();
    context.summary->visits = writer.visits();
    return writer.done(error);
}

} // namespace agentp::demo
