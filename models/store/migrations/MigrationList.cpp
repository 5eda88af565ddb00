#include "models/store/Migration.h"

namespace agentp::store {

const std::vector<Migration> &allMigrations()
{
    static const std::vector<Migration> steps = {
        migration001Salon(),        migration002Marketplace(),  migration003LocalState(),
        migration004SalonActions(), migration005ClientSearch(), migration006ChatSync(),
        migration007Sla(),          migration008Drafts(),       migration009SalonSync(),
    };
    return steps;
}

int latestSchemaVersion()
{
    return allMigrations().back().version;
}

} // namespace agentp::store
