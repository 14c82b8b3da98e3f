// Impact preview of a plan: for each step and each SQL statement, the table locks it takes, whether
// it rewrites or scans the table, the tables' size and row estimates, and for data steps the exact
// rows each column will get (or, backwards, that the tool recorded and will set back).
// Nothing is changed: the preview only reads the catalogue tables, statistics and counts.
// Lock modes follow the PostgreSQL 15 documentation (ALTER TABLE, CREATE INDEX, explicit locking)
// and were checked against pg_locks on a real server (see tests/test_preview.cpp).
// Thread rule: the structs are plain values (copy them to any thread, show them in a table model);
// Preview::analyse uses the connection passed in, on its own thread.
#pragma once

#include "catalogue.h"
#include "planner.h"
#include "stepsql.h"
#include "state.h"

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace gma {

// PostgreSQL's table-level lock modes, weakest first.
enum class LockMode {
    None,
    AccessShare,
    RowShare,
    RowExclusive,
    ShareUpdateExclusive,
    Share,
    ShareRowExclusive,
    Exclusive,
    AccessExclusive
};

// "ACCESS EXCLUSIVE" ...; "none" for LockMode::None.
QString lockModeName(LockMode mode);
// pg_locks.mode ("AccessExclusiveLock") to LockMode; None when unknown.
LockMode lockModeFromPg(const QString &pgMode);
// True when a lock in mode `a` and one in mode `b` on the same table cannot be held together
// (the conflict table of PostgreSQL's "Explicit Locking" chapter).
bool lockModesConflict(LockMode a, LockMode b);

// What a statement does to the rows of its table.
enum class TableWork {
    None,     // catalogue change only (metadata), or no table at all
    Scan,     // reads every row (validation, index build) but does not rewrite the table
    Rewrite,  // writes a new copy of the table and its indexes
    RowWrites // writes the rows it selects (UPDATE, INSERT, DELETE)
};
QString tableWorkName(TableWork work); // "metadata only", "scan", "rewrite", "writes rows"

struct TableLock
{
    QString table;
    LockMode mode = LockMode::None;
};

struct StatementImpact
{
    QString operation;              // the Django operation it belongs to ("Add field created_at to item")
    QString sql;                    // as it will run ({{now}} replaced)
    QString kind;                   // "ADD COLUMN", "ALTER COLUMN TYPE", "CREATE INDEX", "UPDATE", ...
    QString object;                 // the column, index or constraint it concerns, when there is one
    QString table;                  // the table it acts on (schema-qualified when not public)
    LockMode lock = LockMode::None; // on `table`
    QList<TableLock> otherLocks;    // on other tables (referenced table of a foreign key ...)
    TableWork work = TableWork::None;
    qint64 rows = -1; // rows it writes when known (UPDATE of NULLs ...), else -1
    QString note;     // why: "constant default: no rewrite (PostgreSQL 11+)" ...
    // How long it runs, estimated from its table's size (its work and rows), and how long its lock
    // on `table` is held: until the step's one transaction commits in the default mode, its own
    // run (or transaction) online.
    qint64 estimatedMs = 0;
    qint64 lockHeldMs = 0;
    // Its lock (on `table` or another table) makes the application's reads or writes wait.
    bool blocksApplication = false;
    QString transaction; // "the step's transaction", "its own transaction", "no transaction" (online)
};

struct TableStats
{
    QString table;
    bool exists = false;
    qint64 estimatedRows = -1; // pg_class.reltuples (-1: never analysed)
    qint64 liveTuples = -1;    // pg_stat_user_tables.n_live_tup
    qint64 totalBytes = 0;     // pg_total_relation_size (with indexes and TOAST)
    QString totalSize;         // pg_size_pretty
    // The best estimate: reltuples when analysed, else n_live_tup.
    qint64 rowEstimate() const { return estimatedRows >= 0 ? estimatedRows : liveTuples; }
};

// A data step's work on one column.
struct ColumnFill
{
    QString table;
    QString column;
    bool columnExists = false; // false: the schema step earlier in the plan adds it
    qint64 toFill = 0;         // forward: NULLs it fills; backward: values recorded that it sets back
    qint64 alreadySet = 0;     // forward: values that stay as they are
};

struct StepImpact
{
    PlanStep step;
    QString label; // "items.0003_item_modified_by_alter_item_created_at_and_more"
    bool isData = false;
    QStringList tables;
    QList<TableStats> tableStats;
    QList<StatementImpact> statements;
    QList<ColumnFill> fills; // data steps only
    LockMode strongestLock = LockMode::None;
    bool rewrites = false;
    bool scans = false;
    QString summary; // one line: "ACCESS EXCLUSIVE on items_item; rewrites items_item (name narrowed)"
    // What the step puts at risk, one sentence each: a lock the application waits for longer than
    // the stall budget (with its estimate), audit columns NOT NULL without a default.
    QStringList hazards;

    // The statistics of `table` among tableStats (a default TableStats when it is not there).
    TableStats stats(const QString &table) const
    {
        for (const TableStats &t : tableStats) {
            if (t.table == table)
                return t;
        }
        return {};
    }
};

struct PreviewReport
{
    QString database;
    QString serverVersion;
    QList<StepImpact> steps;
    QString error; // one sentence when the preview could not be made
    bool online = false; // the schema steps' --online variant
    int stallBudgetMs = 1000;

    bool ok() const { return error.isEmpty(); }
    // JSON-ready form (plain maps and lists).
    QVariantMap toVariant() const;
};

// What a rehearsal in place (migrate --dry-run --in-place) holds: its one transaction keeps every
// lock the plan takes until it is rolled back at the end, so each table's strongest lock for about
// the whole rehearsal. The duration is a rough estimate from the tables' sizes (rows filled, rows
// rewritten or scanned); a rehearsal on a copy measures it.
struct InPlaceHold
{
    QList<TableLock> locks; // strongest first, then by table
    qint64 estimatedMs = 0;
    // "ACCESS EXCLUSIVE on items_item, ...; SHARE ROW EXCLUSIVE on users_user for about 21 s"
    QString summary() const;
};

// The WAL a plan writes (and every streaming replica receives and replays), estimated from its
// tables' sizes and row counts, never measured: a rewrite logs a new copy of the table and its
// indexes (pg_total_relation_size); CREATE INDEX logs the new index (about 8 bytes per row of the
// demo's new, mostly NULL columns); a data step logs a new version of each row it changes with an
// entry in every index and the records' headers (twice the table's bytes per row plus 450 bytes); a
// catalogue change about 1 KiB (previewwal.cpp: calibrated on the demo data). Full-page images after
// a checkpoint can add up to the tables' size again.
struct WalEstimate
{
    struct Step
    {
        QString label;
        qint64 bytes = 0;
        QString how; // "100000 rows x 214 B (the table's bytes per row + 100 B)"
    };
    QList<Step> steps; // in plan order
    qint64 totalBytes = 0;
    qint64 fullPageBytes = 0; // the most full-page images can add (the tables written, once)
};

namespace Preview {
WalEstimate walEstimate(const PreviewReport &report);
// The hold of a rehearsal in place of the plan `report` previews.
InPlaceHold inPlaceHold(const PreviewReport &report);
// Classifies one statement of `table`-level DDL/DML. `fkTargets` maps constraint names to the
// tables they reference (from the catalogue; see foreignKeyTargets).
StatementImpact classify(const QString &statement, const QHash<QString, QString> &fkTargets = {});
// Constraint name -> referenced table, for every foreign key a definition of the catalogue creates.
QHash<QString, QString> foreignKeyTargets(const MigrationCatalogue &catalogue);
// The impact of `plan` on the database behind `db`, which stands at `state`. Reads only, under
// ReadGuard's limits: when another session's lock on a table keeps a read waiting longer than
// the lock timeout, the report's error says so and names that session. The statements are
// renderStep's, with `now` for the schema steps' {{now}} defaults (invalid: the current time).
// `online`: the schema steps' --online variant (renderStep's), with `stallBudgetMs` the budget
// the hazards are measured against.
PreviewReport analyse(QSqlDatabase &db, const MigrationCatalogue &catalogue, const MigrationState &state,
                      const Plan &plan, const QDateTime &now = QDateTime(), bool online = false,
                      int stallBudgetMs = 1000);
// Statistics of one table (exists=false when it does not).
TableStats tableStats(QSqlDatabase &db, const QString &table);
// analyse()'s estimate of each statement's run and lock hold, whether it blocks the application,
// and the step's hazards (previewlocks.cpp).
void estimateLocks(StepImpact &st, const StepSql &rendered, int stallBudgetMs);
} // namespace Preview

} // namespace gma

Q_DECLARE_METATYPE(gma::StatementImpact)
Q_DECLARE_METATYPE(gma::TableStats)
Q_DECLARE_METATYPE(gma::ColumnFill)
Q_DECLARE_METATYPE(gma::StepImpact)
Q_DECLARE_METATYPE(gma::PreviewReport)
