// Monitoring after the migration: a snapshot of the strategy's three tables as the server's
// statistics see them (pg_stat_user_tables, pg_stat_user_indexes, the table size), the mean time
// of the statements on them when pg_stat_statements is installed, and the audit trail at work
// (rows created and modified since the table's data step was applied, and how many of them carry
// created_by_id / modified_by_id). A baseline snapshot is kept in gma_migrator.monitor_baseline
// (taken before each real run, or by hand); compare() sets the latest baseline beside now.
// Everything here only reads, under the read limits of locks.h (storeBaseline writes one row).
// Thread rule: functions use the connection passed in, on its own thread; the value types and
// metrics() are plain data, safe from any thread.
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace gma {

struct IndexSnapshot
{
    QString name;
    qint64 scans = 0;        // pg_stat_user_indexes.idx_scan
    qint64 tuplesRead = 0;   // idx_tup_read
    qint64 sizeBytes = 0;    // pg_relation_size
    bool addedByMigration = false; // in the contract's schema at 0004 and not at 0002
};

struct TableSnapshot
{
    QString table;
    bool exists = false;
    // pg_stat_user_tables
    qint64 seqScan = 0;
    qint64 idxScan = 0;
    qint64 liveRows = 0;
    qint64 deadRows = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    QDateTime lastVacuum, lastAutovacuum, lastAnalyze, lastAutoanalyze;
    qint64 totalBytes = 0; // pg_total_relation_size
    QList<IndexSnapshot> indexes;
    // pg_stat_statements (when installed): statements of this database that name the table.
    int statements = 0;
    qint64 statementCalls = 0;
    double meanExecMs = 0; // weighted by calls: total_exec_time / calls
    // The audit trail since the data step of the table's app was applied (migratedAt).
    QDateTime migratedAt; // invalid: not migrated (the audit counts are 0)
    QString migratedAtSource; // "django_migrations" or "history" (gma_migrator.history)
    bool auditColumns = false; // created_at, updated_at, created_by_id, modified_by_id exist
    qint64 createdSince = 0;
    qint64 createdWithUser = 0; // of them, with created_by_id set
    qint64 modifiedSince = 0;
    qint64 modifiedWithUser = 0; // of them, with modified_by_id set

    // The idx_scan of the indexes the migration added.
    qint64 newIndexScans() const;
};

struct MonitorSnapshot
{
    qint64 id = 0; // the baseline's row id; 0 for a snapshot not stored
    QDateTime takenAt;
    QString reason; // stored baselines: "before run" or "by hand"
    QDateTime statsReset; // pg_stat_database.stats_reset of the database (counters start there)
    // "installed", "not installed", or why it cannot be read ("installed, but not loaded: ...").
    QString statementsStatus;
    bool statementsAvailable = false;
    QList<TableSnapshot> tables; // in strategy::models() order
    const TableSnapshot *find(const QString &table) const;
};

// One figure of a table, before (the baseline) and now.
struct MonitorRow
{
    QString table;
    QString key;   // "seq_scan", ... (metrics())
    QString label; // "Sequential scans"
    QString unit;  // "count", "bytes", "ms"
    bool fromStatements = false; // Metric::fromStatements
    bool hasBefore = false;
    double before = 0;
    double now = 0;
    double delta() const { return now - before; }
};

namespace Monitor {
// The figures compared, in display order: key, label and unit.
struct Metric
{
    const char *key;
    const char *label;
    const char *unit;
    bool fromStatements = false; // read from pg_stat_statements: shown only when it is readable
};
const QList<Metric> &metrics();
// The baseline reasons.
inline constexpr auto kBeforeRun = "before run";
inline constexpr auto kByHand = "by hand";

// Reads the snapshot now; `error` gets one sentence when a read fails (a lock held by someone
// else names its holder). pg_stat_statements missing is no error (statementsStatus says so).
MonitorSnapshot take(QSqlDatabase &db, QString *error);
// Takes a snapshot and stores it as a baseline (creating the tool's schema when needed); the
// stored snapshot (with its id), or nullopt with `error`.
std::optional<MonitorSnapshot> takeBaseline(QSqlDatabase &db, const QString &reason, QString *error);
// The newest stored baseline, or nullopt (none yet, or the read failed: then `error` is set).
std::optional<MonitorSnapshot> latestBaseline(QSqlDatabase &db, QString *error);
// Before (when a baseline is given) and now, per table and metric, in metrics() order.
QList<MonitorRow> compare(const MonitorSnapshot *baseline, const MonitorSnapshot &now);
// The JSON form of a snapshot (stored in the baseline table; `monitor --json`), and back.
QVariantMap toVariant(const MonitorSnapshot &snapshot);
MonitorSnapshot fromVariant(const QVariantMap &map);
// `monitor --json`: baseline (or null), now, and per table the metrics with before/now/delta.
QVariantMap comparisonToVariant(const MonitorSnapshot *baseline, const MonitorSnapshot &now);
// statementsStatus for a person, in the tool's language ("installed, but not readable: ...").
QString statementsText(const MonitorSnapshot &snapshot);
// A baseline's reason (kBeforeRun, kByHand) for a person, in the tool's language.
QString reasonText(const MonitorSnapshot &snapshot);
// The share of rows created (modified) since the migration that carry their audit user, 0..1
// (1 when there are none).
double createdShare(const TableSnapshot &t);
double modifiedShare(const TableSnapshot &t);
} // namespace Monitor

} // namespace gma
