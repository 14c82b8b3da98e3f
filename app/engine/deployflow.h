// The seed's production deployment as one sequence, the same for the CLI's `deploy` and the
// desktop app's guided deployment: the profile's commands before (maintenance mode on),
// preflight, backup, migrate, the seed's immediate verification query, validation, then, when a
// stage failed, the offer to roll back and the failure commands, and the after commands in every
// case (health check, maintenance mode off). Each stage is timed against the maintenance window
// and kept in a DeploymentRecord for the deployment report.
// What differs between the CLI and the desktop app (how the preflight, the backup, the migration
// and the rollback run and report, how the rollback is offered) is a DeployDriver's.
// Thread rule: DeployFlow::run() blocks the thread that owns `db` (the CLI's main thread, or the
// desktop app's run worker) and calls the driver on that thread; cancel() may be called from any
// thread and from a signal handler (atomic stores only).
#pragma once

#include "catalogue.h"
#include "deploy.h"
#include "executor.h"
#include "validation.h"

#include <QElapsedTimer>
#include <atomic>

namespace gma {

class DeployDriver
{
public:
    struct StageResult
    {
        DeployStage::Outcome outcome = DeployStage::Outcome::Ok;
        QString detail; // one sentence, or empty
    };
    virtual ~DeployDriver() = default;

    // Whether the stage runs at all (the CLI's --skip-preflight and --no-backup); a skipped stage is
    // recorded with `reason`.
    virtual bool skipPreflight(QString *reason) { Q_UNUSED(reason); return false; }
    virtual bool skipBackup(QString *reason) { Q_UNUSED(reason); return false; }
    // Each blocks until done. A refusal or failure is Outcome::Failed with one sentence.
    virtual StageResult preflight(const Plan &plan) = 0;
    virtual StageResult backup(const Plan &plan) = 0;
    virtual RunResult migrate(const Plan &plan, const RunOptions &options) = 0;
    // The strategy's rollback (to 0002) from the state the failed deployment left.
    virtual RunResult rollback(const RunOptions &options) = 0;
    // Asked when a stage failed after the migration changed the database: true to roll back now.
    virtual bool confirmRollback(const QString &failedStage) = 0;

    // Notifications, on the thread that runs the flow.
    virtual void stageStarted(const DeployStage &stage, qint64 windowLeftMs) { Q_UNUSED(stage); Q_UNUSED(windowLeftMs); }
    virtual void stageFinished(const DeployStage &stage) { Q_UNUSED(stage); }
    virtual void hookStarted(const DeployHook &hook) { Q_UNUSED(hook); }
    virtual void hookFinished(const HookResult &result) { Q_UNUSED(result); }
    // A line of what a stage found (the verification query and its count, a failed check).
    virtual void note(const QString &line) { Q_UNUSED(line); }
};

struct DeployOutcome
{
    enum class Failure { None, Stage, Migration };
    Failure failure = Failure::None; // Migration: the migrate stage failed or was cancelled
    QString failedStage;             // the first stage that failed
    bool changed = false;            // the migration changed the database
    bool rolledBack = false;
    DeploymentRecord record;         // record.outcome is the deployment's one-sentence result
    ValidationResult validation;     // the validate stage's, when it ran
    bool ok() const { return failure == Failure::None; }
};

class DeployFlow
{
public:
    // `environment`: what the profile's commands get besides the tool's own environment (the
    // connection's PGHOST..., never the password); GMA_DEPLOY_STAGE and GMA_DEPLOY_OUTCOME are added.
    DeployFlow(QSqlDatabase db, MigrationCatalogue catalogue, DeployProfile profile,
               QMap<QString, QString> environment, DeployDriver &driver);

    // Runs the deployment of `plan` (every app to its latest); options.vacuumAnalyze is combined
    // with the profile's vacuum setting.
    DeployOutcome run(const Plan &plan, RunOptions options);
    // Stops the deployment: the running command is killed, no later stage but the failure and
    // after commands starts. The caller cancels a running preflight, backup or migration itself
    // (the driver's). Any thread, signal handlers included.
    void cancel();
    bool cancelled() const { return m_cancelled.load(); }

private:
    void start(const QString &name);
    bool finish(DeployStage::Outcome outcome, const QString &detail);
    bool hooks(const QString &name, const QList<DeployHook> &list, const QString &outcome = QString());
    bool migrateStages(const Plan &plan, const RunOptions &options, DeployOutcome *out);
    qint64 windowLeft() const { return m_profile.windowMs - m_clock.elapsed(); }

    QSqlDatabase m_db;
    MigrationCatalogue m_catalogue;
    DeployProfile m_profile;
    QMap<QString, QString> m_environment;
    DeployDriver &m_driver;
    DeploymentRecord m_record;
    QElapsedTimer m_clock;
    QElapsedTimer m_stage;
    std::atomic<bool> m_cancelled{false};
    std::atomic<HookRunner *> m_runner{nullptr};
};

} // namespace gma
