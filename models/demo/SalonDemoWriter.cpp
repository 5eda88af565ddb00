#include "models/demo/SalonDemoWriter.h"

#include "models/demo/BulkInserter.h"
#include "models/demo/DemoContext.h"
#include "models/demo/DemoJson.h"
#include "models/demo/DemoTime.h"
#include "models/demo/SalonBookingWriter.h"
#include "models/demo/SalonClientWriter.h"
#include "models/demo/SalonSessionWriter.h"
#include "models/demo/SalonVocabulary.h"

namespace agentp::demo {

bool SalonDemoWriter::write(DemoContext &context, store::StoreError *error)
{
    return writeTenants(context, error) && writeUsers(context, error) &&
           SalonClientWriter::write(context, error) && SalonSessionWriter::write(context, error) &&
           SalonBookingWriter::write(context, error);
}

bool SalonDemoWriter::writeTenants(DemoContext &context, store::StoreError *error)
{
    BulkInserter tenants(context.db, QStringLiteral("tenants"),
                         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("timezone"),
                          QStringLiteral("metadata"), QStringLiteral("metadata_version"),
                          QStringLiteral("updated_at")},
                         context.progress);
    DemoRandom random = context.stream(StreamTenants);
    for (const SalonProfile &salon : SalonVocabulary::instance().salons()) {
        DemoTenantRef tenant;
        tenant.id = random.uuid();
        tenant.profile = &salon;
        // Telegram supergroup ids are negative and start with -100.
        const qint64 adminChat = -1001000000000LL - static_cast<qint64>(random.below(999999999));
        const QString metadata = DemoJson()
                                     .text(u"name", salon.name)
                                     .text(u"yclients_id", random.digits(6))
                                     .integer(u"admin_chat_id", adminChat)
                                     .text(u"closing_time", DemoTime::hhmm(salon.closesMinutes))
                                     .boolean(u"gap_filter", salon.gapFilter)
                                     .toString();
        const qint64 updated = context.anchorMs - random.between(3, 60) * DemoTime::kDay -
                               random.between(0, 86399) * 1000LL;
        tenants.row(tenant.id, salon.name, salon.timezone, metadata, 1, DemoTime::iso(updated));
        context.tenants.push_back(std::move(tenant));
    }
    context.summary->tenants = tenants.rows();
    return tenants.done(error);
}

bool SalonDemoWriter::writeUsers(DemoContext &context, store::StoreError *error)
{
    BulkInserter users(context.db, QStringLiteral("users"),
                       {QStringLiteral("id"), QStringLiteral("tenant_id"), QStringLiteral("email"),
                        QStringLiteral("first_name"), QStringLiteral("last_name"),
                        QStringLiteral("role"), QStringLiteral("active"),
                        QStringLiteral("updated_at")},
                       context.progress);
    struct User
    {
        int tenant; // -1: all tenants
        const char16_t *email;
        const char16_t *first;
        const char16_t *last;
        const char16_t *role;
        bool active;
    };
    // Marketplace agents sign the seller messages in the chats (MarketplaceVocabulary).
    static const User list[] = {
        {-1, u"s.volkov@agentp.demo", u"Сергей", u"Волков", u"super_admin", true},
        {0, u"irina@lavanda-studio.ru", u"Ирина", u"Соболева", u"admin", true},
        {0, u"alina@lavanda-studio.ru", u"Алина", u"Жукова", u"manager", true},
        {1, u"timur@boroda-barber.ru", u"Тимур", u"Галиев", u"admin", true},
        {1, u"pavel@boroda-barber.ru", u"Павел", u"Никитин", u"manager", true},
        {1, u"kirill@boroda-barber.ru", u"Кирилл", u"Фомин", u"manager", false},
        {-1, u"olga.smirnova@agentp.demo", u"Ольга", u"Смирнова", u"agent", true},
        {-1, u"anastasia@agentp.demo", u"Анастасия", u"Лебедева", u"agent", true},
        {-1, u"igor@agentp.demo", u"Игорь", u"Захаров", u"agent", true},
        {-1, u"margarita@agentp.demo", u"Маргарита", u"Орлова", u"agent", true},
    };
    DemoRandom random = context.stream(StreamUsers);
    for (const User &user : list) {
        const QString tenant =
            user.tenant < 0 ? QString() : context.tenants.at(size_t(user.tenant)).id;
        const qint64 updated = context.anchorMs - random.between(1, 120) * DemoTime::kDay -
                               random.between(0, 86399) * 1000LL;
        users.row(random.uuid(), tenant, QString::fromUtf16(user.email),
                  QString::fromUtf16(user.first), QString::fromUtf16(user.last),
                  QString::fromUtf16(user.role), user.active ? 1 : 0, DemoTime::iso(updated));
    }
    return users.done(error);
}

} // namespace agentp::demo
