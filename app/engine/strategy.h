// The mixin strategy's facts, in one place: the apps and models it changes, their tables, how
// each row's owner is found, the audit columns it adds, and the other GMA tables. Everything that
// needs one of these facts (audit, validation, backup counts, demo data, preflight, the views)
// reads it from here.
// Thread rule: constant data; safe from any thread.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gma::strategy {

struct Model
{
    QString app;       // "characters"
    QString model;     // "character"
    QString table;     // "characters_character"
    QString label;     // "Characters" (in English; labelOf() in the tool's language)
    QString ownerPath; // how a row's owner is found, for people: "player_owner_id", "campaign_id -> campaigns_campaign.owner_id"

    QString qualifiedName() const { return app + QLatin1Char('.') + model; } // "characters.character"
};

// A model's label in the tool's language ("Characters", "Charaktere").
QString labelOf(const Model &model);
// The three models the strategy adds audit fields to, in the strategy's order.
const QList<Model> &models();
// The model of `app` or `table`; nullptr when neither is one of the three.
const Model *findModel(const QString &appOrTable);
// Their tables: characters_character, items_item, locations_location.
const QStringList &modelTables();
// The four audit columns the schema step adds: created_by_id, modified_by_id, created_at, updated_at.
const QStringList &auditColumns();
// The two the data step fills from the owner: created_by_id, modified_by_id.
const QStringList &auditUserColumns();
// The two the application keeps: created_at, updated_at (the audit columns that are not users),
// in the order of auditUserColumns(): created_at goes with created_by_id, updated_at with modified_by_id.
const QStringList &auditTimeColumns();
// The table the audit users reference (and the schema step's foreign keys lock): users_user.
QString usersTable();
// Every GMA table the migration's guarantees cover: users_user, campaigns_campaign and the three.
const QStringList &gmaTables();
// The GMA apps, in dependency order.
const QStringList &apps();
// The state before the strategy (0002), after its schema steps (0003) and after its data steps
// (0004), as migration-name prefixes.
inline constexpr auto kBaselinePrefix = "0002";
inline constexpr auto kSchemaStepPrefix = "0003";
inline constexpr auto kDataStepPrefix = "0004";

// The sentence for a database that holds neither GMA tables nor GMA migrations.
QString notGmaDatabase(const QString &database);

} // namespace gma::strategy
