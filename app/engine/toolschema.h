// The tool's own schema (gma_migrator, never public): run history, what the data step filled,
// NULLs the schema step converted, the backup catalogue and the monitoring baselines (monitor.h).
// Created on first use; ensure() adds what later versions introduced.
// Thread rule: functions use the connection passed in, on its own thread.
#pragma once

#include "migration.h"

#include <QSqlDatabase>
#include <optional>

namespace gma {

inline constexpr auto kToolSchema = "gma_migrator";
// The schema-qualified name of one of the tool's tables: toolTable("populate_log") is
// "gma_migrator.populate_log" (SQL that names a bookkeeping table is built from it).
QString toolTable(const char *table);
// The names of the tool's tables: history, populate_log, preserved_nulls, backups, monitor_baseline.
const QList<const char *> &toolTables();
// Session-level advisory lock key that keeps a second migrator out ("GMAMIG").
inline constexpr qint64 kAdvisoryLockKey = 0x474D414D4947LL;

struct HistoryEntry
{
    qint64 id = 0;
    MigrationKey key;
    QString direction; // "forward" / "backward"
    QString checksum;
    QDateTime startedAt;
    qint64 durationMs = 0;
    QString outcome; // "success", "failed", "cancelled", "faked" (recorded without running, --fake)
    QString dbUser;
    qint64 rowsAffected = 0;
    QString toolVersion;
    QString message;
    QString osUser; // the operating-system user who ran the tool ("" in rows recorded before it was)
    QString host;   // the host the tool ran on
    // "alice@ops-01", or whichever of the two is known; "" for neither.
    QString osUserAtHost() const;
};

// Who runs this process, where, and which tool: recorded with every run (history) and shown in
// reports. The operating-system user is the effective user's login name.
struct RunIdentity
{
    QString osUser;
    QString host;
    QString toolVersion;
};
const RunIdentity &localIdentity();

namespace ToolSchema {
bool exists(QSqlDatabase &db);
// CREATE SCHEMA/TABLE IF NOT EXISTS for every bookkeeping table; adds the columns later versions
// introduced to a schema an earlier version created.
bool ensure(QSqlDatabase &db, QString *error);
// Records a run; an empty osUser, host or toolVersion is taken from localIdentity().
bool recordRun(QSqlDatabase &db, const HistoryEntry &entry, QString *error);
// Newest first. Empty when the schema does not exist yet.
QList<HistoryEntry> history(QSqlDatabase &db, int limit = 1000, QString *error = nullptr);
// The checksum of the last successful forward run of each migration the tool applied.
QMap<MigrationKey, QString> appliedChecksums(QSqlDatabase &db);
// The JSON form of `history --json` and the report (times in UTC, ISO 8601).
QVariantMap toVariant(const HistoryEntry &entry);
} // namespace ToolSchema

} // namespace gma
