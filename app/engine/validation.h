// Post-migration validation: the seed's six queries (audit fields and timestamps per model), and
// what a careful DBA adds: the schema against the contract, migration checksums, orphaned foreign
// keys, the unique character name per campaign, row counts against the last catalogued backup.
// Every check carries the exact SQL it ran, what was expected, what was found, and pass, fail or
// skipped (with the reason).
//
// The schema check introspects pg_catalog into a normalized list of entries per table (columns in
// order with type and nullability, defaults, constraints, indexes, owned sequences, triggers) and
// parses the contract's pg_dump reference (compiled in from resources/contract) into the same
// form; see SchemaEntry. Each strategy table is compared with the reference of its app's recorded
// state (0002, or 0004 for 0003 and 0004: the data step changes no schema); campaigns_campaign and
// django_migrations must match exactly too. users_user only has to contain the contract's
// definitions: a production users_user carries more columns and indexes (CONTRACT.md). Schema
// qualifiers ("public.") are dropped on both sides; comments, privileges and ownership are not
// compared (the reference dump has none).
//
// Thread rule: functions use the connection passed in, on its own thread, outside a transaction of
// the caller (run() opens and rolls back its own); results are plain values that may be copied to
// other threads. `cancel` may be set from any thread (checked between checks).
#pragma once

#include "catalogue.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <functional>

namespace gma {

struct CheckResult
{
    enum class Status { Pass, Fail, Skipped };
    QString id;       // "seed.characters.audit"
    QString name;     // "Characters have audit fields"
    QString category; // "Seed", "Schema", "Integrity", "Backup"
    QString sql;      // the exact query text that ran (or would run)
    QString expected;
    QString actual; // what was found; for a skipped check, empty
    QString reason; // why skipped, or a short explanation of a failure
    Status status = Status::Skipped;
    qint64 ms = 0;

    bool passed() const { return status == Status::Pass; }
    QString statusText() const; // "pass", "fail", "skipped"
};

// The recorded state of the strategy apps (latest migration prefix per app: "0002", "0004", ...).
struct StrategyState
{
    QMap<QString, QString> apps; // app -> "0004" ("" when nothing is recorded)
    // "0004" when every strategy app stands there, "none", or "mixed (characters 0004, items 0002, ...)".
    QString summary() const;
};

struct ValidationResult
{
    QDateTime startedAt;
    qint64 ms = 0;
    StrategyState state;
    QList<CheckResult> checks;
    QString error; // set when validation could not run at all (cannot read the state)
    bool cancelled = false;

    int count(CheckResult::Status status) const;
    // True when nothing failed (skipped checks do not fail a validation) and validation ran.
    bool ok() const { return error.isEmpty() && !cancelled && count(CheckResult::Status::Fail) == 0; }
};

// One normalized schema fact: kind "table", "column", "default", "constraint", "index",
// "sequence", "trigger"; `definition` as pg_dump prints it, without the "public." qualifier.
struct SchemaEntry
{
    QString table;
    QString kind;
    QString name;
    QString definition; // columns: "#3 bigint NOT NULL"
};

struct ValidationOptions
{
    const std::atomic_bool *cancel = nullptr;
    // Called before each check with its index, the number of checks and its name.
    std::function<void(int index, int total, const QString &name)> progress;
};

namespace Validation {
// Runs every check in one read-only, repeatable-read transaction (one consistent snapshot).
ValidationResult run(QSqlDatabase &db, const MigrationCatalogue &catalogue,
                     const ValidationOptions &options = ValidationOptions{});
// The strategy apps' recorded state.
StrategyState strategyState(QSqlDatabase &db, const MigrationCatalogue &catalogue, QString *error);

// The contract's reference dump for "0002" or "0004" (compiled in), and its normalized entries.
QString referenceDump(const QString &stage);
QList<SchemaEntry> parseDump(const QString &dump);
// The live schema of `tables` in the same normalized form, and the query that reads it.
QList<SchemaEntry> introspect(QSqlDatabase &db, QString *error);
QString introspectionSql();
// Differences, one sentence each ("characters_character: missing index ..."). Tables in
// `subsetTables` may carry more than the reference (extra columns, indexes), not less.
QStringList compareSchema(const QList<SchemaEntry> &actual, const QList<SchemaEntry> &expected,
                          const QStringList &subsetTables = {});
// The six GMA tables of the contract.
QStringList contractTables();
} // namespace Validation

} // namespace gma

Q_DECLARE_METATYPE(gma::CheckResult)
Q_DECLARE_METATYPE(gma::ValidationResult)
