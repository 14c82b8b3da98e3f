// Post-migration validation: the seed's six queries (audit fields and timestamps per model), and
// what a careful DBA adds: the schema against the contract (schemacontract.h), migration
// checksums, orphaned foreign keys, the unique character name per campaign, row counts against
// the last catalogued backup. Every check carries the exact SQL it ran, what was expected, what was
// found, and pass, fail or skipped (with the reason). The checks run under the read limits of
// locks.h: a lock held by someone else on a GMA table ends the run after the lock timeout with
// ValidationResult::error naming the holder.
//
// Thread rule: functions use the connection passed in, on its own thread, outside a transaction of
// the caller (run() opens and rolls back its own); results are plain values that may be copied to
// other threads. `cancel` may be set from any thread (checked between checks).
#pragma once

#include "audit.h"
#include "catalogue.h"
#include "schemacontract.h"

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
    // "0004" when every strategy app stands there, "none", or "mixed (characters 0004, items 0002,
    // ...)": in English, for --json and what is stored.
    QString code() const;
    // The same for a person, in the tool's language ("keine", "gemischt (characters 0004, ...)").
    QString summary() const;
};

struct ValidationResult
{
    QDateTime startedAt;
    qint64 ms = 0;
    StrategyState state;
    QList<CheckResult> checks;
    // Per model whose audit-user check failed after its data step: the late rows (audit.h), which
    // that check's reason names too.
    QList<LateRows> lateRows;
    QString error; // set when validation could not run at all (cannot read the state)
    bool cancelled = false;

    int count(CheckResult::Status status) const;
    // True when nothing failed (skipped checks do not fail a validation) and validation ran.
    bool ok() const { return error.isEmpty() && !cancelled && count(CheckResult::Status::Fail) == 0; }
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

} // namespace Validation

} // namespace gma

Q_DECLARE_METATYPE(gma::CheckResult)
Q_DECLARE_METATYPE(gma::ValidationResult)
