// A fleet: one plan across many GMA databases. A targets file names the databases (one per line:
// a postgresql:// URI, a libpq keyword string or `service=NAME` from pg_service.conf, optionally
// preceded by `LABEL: `; `#` starts a comment; never a password). FleetRunner runs one command on
// every target: for migrate and rollback first the preflight on all of them (any failure stops the
// rollout unless continueOnError), then the canary targets one at a time, then the rest at most
// `parallel` at once, each on its own worker thread with its own connection and advisory lock.
// Thread rule: run() blocks the calling thread (on the application's thread it processes events
// while it waits, so that queued signals arrive); the targets run on a private thread pool. cancel() is async-signal
// safe (it only sets a flag; run() passes the cancel on to the running targets).
#pragma once

#include "catalogue.h"
#include "connection.h"
#include "backup.h"
#include "executor.h"
#include "preflight.h"
#include "reportdata.h"

#include <QObject>
#include <QVariantMap>
#include <atomic>
#include <memory>
#include <optional>

namespace gma {

struct FleetTarget
{
    int line = 0;      // in the targets file
    QString label;     // "eu1"; the database name when the file gives none
    QString spec;      // the line's connection text as written (it holds no password)
    ConnectionSettings settings;
};

enum class FleetCommand { ShowMigrations, Preflight, Migrate, Rollback, Validate, Backup };

struct FleetOptions
{
    FleetCommand command = FleetCommand::ShowMigrations;
    QString app;    // migrate [APP [TARGET]]
    QString target;
    bool rollbackPlan = false; // preflight: check the rollback instead of migrate
    RunOptions run;
    PreflightOptions preflight;
    int parallel = 4;
    int canary = 0;
    bool continueOnError = false;
    bool ignoreDrift = false;
    bool backup = true; // migrate/rollback: an automatic backup of each target first
    QString backupDirectory; // empty: BackupManager::defaultDirectory()
    bool collectReports = false; // validate: each target's whole report (FleetResult::report)
};

struct FleetResult
{
    // In order of severity: the worst outcome of a rollout is its answer.
    enum class Outcome { Success, NothingToDo, NotStarted, CheckFailed, Refused, Unreachable, Cancelled, Failed };
    QString label;
    QString database; // user@host:port/database
    Outcome outcome = Outcome::NotStarted;
    QString phase; // where it ended: "connect", "preflight", "backup", "run", ...
    StrategyState stateBefore; // no apps: not read (the target was not reached)
    StrategyState stateAfter;
    int steps = 0;
    qint64 rows = 0;
    qint64 ms = 0;
    QString error;  // one sentence
    QString detail; // one line: "3 pending", "16 passed, 0 failed", the backup's path
    QVariantMap data; // the command's own result (preflight findings, validation checks) for --json
    // validate with FleetOptions::collectReports: the target's validation report; null when the
    // target could not be validated (unreachable, not GMA, cancelled).
    std::shared_ptr<const ReportData> report;

    static QString outcomeName(Outcome outcome); // "success", "nothing-to-do", "not-started", ... (--json)
    static QString outcomeText(Outcome outcome); // the same for a person, in the tool's language
    // A phase (FleetResult::phase, FleetRunner::phaseStarted: "preflight", "canary" ...) for a person.
    static QString phaseText(const QString &phase);
    bool ok() const { return outcome == Outcome::Success || outcome == Outcome::NothingToDo; }
    QVariantMap toVariant() const;
};

namespace Fleet {
// Parses a targets file's text; missing connection fields come from `defaults` (the environment).
// On a bad line: nullopt and one sentence naming the line.
std::optional<QList<FleetTarget>> parseTargets(const QString &text, const ConnectionSettings &defaults,
                                               QString *error);
std::optional<QList<FleetTarget>> readTargets(const QString &path, const ConnectionSettings &defaults,
                                              QString *error);
// The worst outcome of `results` (Success for none).
FleetResult::Outcome worst(const QList<FleetResult> &results);
} // namespace Fleet

class FleetRunner : public QObject
{
    Q_OBJECT
public:
    FleetRunner(MigrationCatalogue catalogue, QList<FleetTarget> targets, FleetOptions options,
                QObject *parent = nullptr);
    ~FleetRunner() override;

    // Runs the command on every target; one result per target, in the targets' order.
    QList<FleetResult> run();
    // Stops starting targets and cancels the running ones safely. Any thread, signal handlers too.
    void cancel() { m_cancel.store(true); }
    // The number of targets running right now (for tests and progress).
    int running() const { return m_running.load(); }

signals:
    void phaseStarted(const QString &phase, int targets); // "preflight", "canary", "rollout", ...
    void targetStarted(int index, const QString &phase);
    void targetProgress(int index, qint64 done, qint64 total);
    void targetFinished(int index, const gma::FleetResult &result);

private:
    struct Running;
    void runPhase(const QString &phase, const QList<int> &indexes, int parallel, bool stopOnFailure);
    FleetResult runTarget(int index, const QString &phase, FleetResult base);
    void work(int index, const QString &phase, QSqlDatabase &db, FleetResult *result);
    void execute(int index, QSqlDatabase &db, const Plan &plan, FleetResult *result);
    // A backup of the target into the backup folder, cancelled with the rollout.
    BackupResult backup(int index, QSqlDatabase &db, const QString &database, const QString &note);

    MigrationCatalogue m_catalogue;
    QList<FleetTarget> m_targets;
    FleetOptions m_options;
    QList<FleetResult> m_results;
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_stopStarting{false};
    std::atomic_int m_running{0};
    std::unique_ptr<Running> m_live;
};

} // namespace gma

Q_DECLARE_METATYPE(gma::FleetResult)
