// The commands and run guards of the command line, one function each, defined in the cmd_*.cpp
// files; cli.cpp lists them in its command and guard tables.
// Thread rule: main thread only, as everything in the command line.
#pragma once

#include "cli.h"
#include "executor.h"
#include "preflight.h"
#include "reportdata.h"
#include "reportwriter.h"
#include "rehearsal.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace gma::cli {

// cmd_migrations.cpp
Command showMigrationsCommand();
Command sqlMigrateCommand();
// cmd_preview.cpp
Command previewCommand();
Command preflightCommand();
RunGuard preflightGuard();
// --long-transaction-seconds into *options; false (after one sentence) when not valid.
bool readLongTx(Context &ctx, PreflightOptions *options);
// cmd_run.cpp
Command migrateCommand();
// --yes, or a "yes" typed on the terminal; otherwise prints why not and returns false.
bool confirmRollback(Context &ctx);
// --batch-size, --lock-timeout, --lock-retries, --statement-timeout, --ignore-drift and the run guards' options.
void addRunOptions(QCommandLineParser &parser);
// Reads them into *options; false (after one sentence) when one is not valid.
bool readRunOptions(Context &ctx, RunOptions *options);
// What a command plans: `migrate APP TARGET` (both may be empty) or the rollback.
struct PlanRequest
{
    bool rollback = false;
    QString app;
    QString target;
    bool allowEmpty = true;            // an empty database is a state, not an error
    bool tolerateInconsistent = false; // plan nothing instead of refusing a history out of order
};
struct PlannedRun
{
    std::optional<QSqlDatabase> db;
    MigrationState state;
    Plan plan;
    QString what; // "migrate", "migrate items 0003", "rollback"
    PlanError planError;
};
// Connects, reads the state and plans; on failure prints the sentence and returns the exit code.
int planRun(Context &ctx, const PlanRequest &request, PlannedRun *run);
Command rollbackCommand();
// Runs the plan with progress on stderr and a line per step on stdout; the exit code (Success,
// Refused, MigrationFailed) after printing why, and the run's result in *ran.
int executePlan(Context &ctx, QSqlDatabase &db, const Plan &plan, const RunOptions &options,
                RunResult *ran = nullptr);
// cmd_repair.cpp
Command repairCommand();
// cmd_fillaudit.cpp
Command fillAuditCommand();
// cmd_deploy.cpp
Command deployCommand();
// cmd_rehearse.cpp: --in-place, --rehearse-server and --fresh-backup of migrate.
void addRehearsalOptions(QCommandLineParser &parser);
// Reads them (and --backup-dir) into *options; false (after one sentence) when they do not fit.
bool readRehearsalOptions(Context &ctx, bool dryRun, RehearsalOptions *options);
// The rehearsal on a copy of `db` (rehearsal.h), printed stage by stage; the exit code.
int rehearseOnCopy(Context &ctx, QSqlDatabase &db, const Plan &plan, const RunOptions &run,
                   const RehearsalOptions &options);
// cmd_history.cpp
Command auditCommand();
Command historyCommand();
// cmd_monitor.cpp
Command monitorCommand();
// cmd_status.cpp
Command statusCommand();
// cmd_validate.cpp
Command validateCommand();
// Refuses (one sentence, false) a --report path whose format the extension does not name.
bool checkReportPaths(Context &ctx, const QStringList &reports);
// Writes each report with `write` (given the format the extension names), saying so on stderr or
// printing why not; false when one failed.
bool writeReportFiles(Context &ctx, const QStringList &reports,
                      const std::function<bool(ReportFormat, const QString &, QString *)> &write);
// The validation (or deployment) report in each format asked for.
bool writeReports(Context &ctx, const ReportData &data, const QStringList &reports);
// The application `validate --report *.pdf` needs (a QGuiApplication, offscreen), or nullptr
// when the raw arguments ask for no PDF.
std::unique_ptr<QCoreApplication> makeValidateApplication(int &argc, char **argv);
// cmd_demo.cpp
Command initDemoCommand();
// cmd_fleet.cpp
Command fleetCommand();
// cmd_backup.cpp
Command backupCommand();
Command backupsCommand();
Command restoreCommand();
RunGuard autoBackupGuard();

} // namespace gma::cli
