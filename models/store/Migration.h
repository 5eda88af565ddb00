#pragma once

#include <QStringList>

#include <vector>

namespace agentp::store {

// One step of the schema history. Steps are applied in order, each in its own transaction
// together with the bump of PRAGMA user_version, so a failed step leaves the previous version.
struct Migration
{
    int version = 0;       // user_version after this step
    const char *name = ""; // short description for errors and logs
    QStringList statements;
};

// Every step, ordered by version (1, 2, 3 …). Defined in migrations/*.cpp, one file a step.
const std::vector<Migration> &allMigrations();
int latestSchemaVersion();

Migration migration001Salon();
Migration migration002Marketplace();
Migration migration003LocalState();
Migration migration004SalonActions();
Migration migration005ClientSearch();
Migration migration006ChatSync();
Migration migration007Sla();
Migration migration008Drafts();
Migration migration009SalonSync();

} // namespace agentp::store
