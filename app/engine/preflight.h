// Preflight checks: predict, before anything runs, what would make a plan fail or hurt the live
// application, and say so in plain words with the offending rows.
//   value-too-long     a column a step narrows (items_item.name to varchar(100)) holds longer values
//   null-conversion    a column a step makes NOT NULL holds NULLs: a warning when the step converts
//                      them (locations description: '' now, restored on rollback), else an error
//   privileges         the role does not own (and is no member of the owner of) a table the plan
//                      alters, lacks REFERENCES on a referenced table, or cannot create/use the
//                      tool's schema gma_migrator
//   drift              a migration is recorded but the columns it adds are missing, or its columns
//                      exist although it is not recorded
//   history-order      migrations recorded before their dependencies (Django's inconsistency)
//   orphaned-owners    rows a data step fills whose owner is no longer in users_user (deleted with
//                      the foreign keys bypassed): the new audit foreign key would fail its batch
//   lock-holders       sessions holding (or waiting for) a lock on a table the plan locks, in a
//                      conflicting mode, for longer than the run's lock timeout (sampled over about
//                      1.2 s); sessions that held one only briefly are an info finding
//   long-transactions  transactions open longer than a threshold (default 60 s) in this database
// Nothing is changed: the checks only read.
// Thread rule: the structs are plain values (copy them to any thread, show them in a table model);
// Preflight::run uses the connection passed in, on its own thread.
#pragma once

#include "catalogue.h"
#include "planner.h"
#include "state.h"

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace gma {

enum class Severity { Info, Warning, Error };
QString severityName(Severity severity); // "info", "warning", "error"

struct PreflightFinding
{
    QString checkId; // "value-too-long", "lock-holders" ...
    Severity severity = Severity::Error;
    QString message;         // one plain sentence, with what to do
    QStringList columns;     // headers of `rows`
    QList<QStringList> rows; // offending rows (the first `detailLimit` of them)
    qint64 totalRows = 0;    // how many there are in all
    QString query;           // a SELECT that lists them all (empty when rows are complete anyway)

    bool isError() const { return severity == Severity::Error; }
};

struct PreflightOptions
{
    int longTransactionSeconds = 60; // an open transaction older than this is "long"
    int detailLimit = 10;            // rows listed per finding; 0: all of them
    // The run's lock timeout (RunOptions::lockTimeoutMs): a session holding or waiting for a
    // conflicting lock on the plan's tables longer than this blocks the run (lock-holders); one
    // holding it briefly is absorbed by the run's lock timeout and retries.
    int lockTimeoutMs = 3000;
    // A rehearsal (dry run) waits for locks with lock_timeout and rolls back: sessions holding
    // locks and long transactions are reported as warnings instead of errors.
    bool dryRun = false;
};

struct PreflightReport
{
    QList<PreflightFinding> findings;
    QStringList checksRun; // ids of the checks that ran (a check that does not apply is left out)
    QString error;         // one sentence when the checks themselves could not run

    bool ok() const; // no error finding and no error
    int count(Severity severity) const;
    QVariantMap toVariant() const;
};

namespace Preflight {
// The ids of every check, in the order they run.
QStringList checkIds();
// A finding's column name (PreflightFinding::columns, the keys of toVariant's rows) as shown to a
// person, in the tool's language.
QString columnTitle(const QString &column);
// Runs every check that applies to `plan` on the database behind `db`, which stands at `state`.
PreflightReport run(QSqlDatabase &db, const MigrationCatalogue &catalogue, const MigrationState &state,
                    const Plan &plan, const PreflightOptions &options = {});
} // namespace Preflight

} // namespace gma

Q_DECLARE_METATYPE(gma::PreflightFinding)
Q_DECLARE_METATYPE(gma::PreflightReport)
