// Runs a plan as a job of kind "run" on the session's run worker (DbWorker, its own thread and
// connection): RunWorker::run() does the preflight, the backup and the Executor on that
// connection, or for a rehearsal on a copy the Rehearsal (which opens the scratch database's
// connections on that thread); its signals reach GUI-thread receivers queued. RunController (GUI thread) starts
// runs, forwards cancel (to the preflight's statement, the backup and the Executor) and reports
// the outcome.
// Thread rule: RunController and the RunWorker object on the GUI thread; RunWorker::run() runs on
// the worker thread; RunWorker::cancel() may be called from any thread.
#pragma once

#include "connection.h"
#include "deployflow.h"
#include "executor.h"
#include "rehearsal.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>
#include <functional>
#include <memory>
#include <optional>

namespace gma::ui {

class DbWorker;

// The run's result, wrapped so that it can travel through a queued signal.
struct RunOutcome
{
    RunResult result;
    bool dryRun = false;
    bool isRollback = false;
    QString title;
    QString backupPath; // the backup taken before the plan, when one was asked for and taken
    bool onCopy = false; // a rehearsal on a copy (rehearsal.h); `result` is the plan's run there
    std::shared_ptr<const RehearsalResult> rehearsal; // its stages, checks and the scratch database
    // A guided deployment (deployflow.h): its stages and outcome; `result` is its migrate stage's
    // run, its status the deployment's (Success only when every stage passed).
    std::shared_ptr<const DeployOutcome> deployment;
};

class RunWorker : public QObject
{
    Q_OBJECT
public:
    explicit RunWorker(MigrationCatalogue catalogue);
    const MigrationCatalogue &catalogue() const { return m_catalogue; }
    // Thread-safe: asks the running Executor to stop (or stops the next run before it starts).
    void cancel();

    // Worker thread, on its connection `db`; blocks for the whole run.
    // With a non-empty backupPath, a pg_dump backup to that path is taken first; if it fails
    // nothing runs. With preflight, the preflight checks run first (under read limits, so that a
    // held lock refuses the run naming its holder); an error finding refuses the run before
    // anything is changed.
    RunOutcome run(QSqlDatabase &db, const gma::ConnectionSettings &settings, const gma::Plan &plan,
                   const gma::RunOptions &options, bool isRollback, const QString &title,
                   const QString &backupPath = QString(), bool preflight = false, bool onCopy = false);
    // Worker thread: the deployment of `plan` with `profile` (deployflow.h) on `db`: the profile's
    // commands, the preflight (when `preflight`), the backup to `backupPath`, the run, the seed's
    // verification and validation; when a stage fails after the migration changed the database,
    // rollbackQuestion() is emitted and the worker waits for answerRollback() (or a cancel).
    RunOutcome deploy(QSqlDatabase &db, const gma::ConnectionSettings &settings, const gma::Plan &plan,
                      const gma::RunOptions &options, const gma::DeployProfile &profile, bool preflight,
                      const QString &backupPath, const QString &title);
    // Worker thread: the repair that drops what the half-applied schema step `step` left
    // (Executor::undoLeftovers).
    RunOutcome undoLeftovers(QSqlDatabase &db, const gma::MigrationKey &step, const gma::RunOptions &options,
                             const QString &title);
    // Worker thread: late rows filled by the recorded data steps `steps` (Executor::fillLateRows).
    RunOutcome fillLateRows(QSqlDatabase &db, const QList<gma::MigrationKey> &steps, const gma::RunOptions &options,
                            const QString &title);
    // Any thread: the answer to rollbackQuestion(), true to roll back.
    void answerRollback(bool rollBack);
    // GUI thread, before a run is posted: a cancel of the previous run is forgotten.
    void prepare();

    // The pieces of a run, on the worker thread (deploy() uses them one stage at a time).
    RunOutcome execute(QSqlDatabase &db, const Plan &plan, const RunOptions &options, RunOutcome outcome);
    bool takeBackup(QSqlDatabase &db, const ConnectionSettings &settings, const QString &path, RunOutcome *outcome);
    bool checkPreflight(QSqlDatabase &db, const Plan &plan, const RunOptions &run, RunOutcome *outcome);
    // Blocks until answerRollback() or a cancel (false).
    bool waitForRollbackAnswer(const QString &failedStage);

signals:
    void planStarted(int steps);
    void stepStarted(int index, const gma::PlanStep &step, qint64 totalRows);
    void stepProgress(int index, qint64 rowsDone, qint64 rowsTotal);
    void statementFinished(int index, const QString &sql, qint64 rows, qint64 ms);
    void waitingForLock(int index, int attempt, const QString &blocker);
    void throttled(int index, const QString &reason, qint64 waitedMs);
    void batchSizeChanged(int index, int rows, qint64 lastBatchMs);
    void stepFinished(int index, const gma::StepResult &result);
    void message(const QString &text);
    // A guided deployment's stages (worker thread; receivers on the GUI thread get them queued).
    void deployStageStarted(const QString &name, qint64 windowLeftMs);
    void deployStageFinished(const gma::DeployStage &stage);
    // A profile command started or ended, a verification line: one line for the log.
    void deployLog(const QString &line);
    // A stage failed after the migration changed the database: answerRollback() decides.
    void rollbackQuestion(const QString &failedStage);

private:
    // Runs `work` on an Executor on `db` whose signals are re-emitted as this object's and which
    // cancel() reaches.
    RunResult withExecutor(QSqlDatabase &db, const std::function<RunResult(Executor &)> &work);
    // options.dryRun on a copy: the stages as messages, the plan's steps as its step signals.
    RunOutcome rehearseOnCopy(QSqlDatabase &db, const ConnectionSettings &settings, const Plan &plan,
                              const RunOptions &options, RunOutcome outcome);

    MigrationCatalogue m_catalogue;
    QMutex m_mutex;
    Executor *m_executor = nullptr;
    Rehearsal *m_rehearsal = nullptr;
    QObject *m_backup = nullptr; // the BackupManager while a backup runs
    CancelHandle *m_statement = nullptr; // the connection's cancel while the preflight runs
    DeployFlow *m_flow = nullptr; // while a deployment runs
    QWaitCondition m_answered;
    std::optional<bool> m_rollbackAnswer;
    bool m_cancelRequested = false;
};

class RunController : public QObject
{
    Q_OBJECT
public:
    RunController(const MigrationCatalogue &catalogue, DbWorker *worker, QObject *parent = nullptr);
    ~RunController() override;

    // Starts the plan on the worker thread; false when a run is already going on.
    bool start(const ConnectionSettings &settings, const Plan &plan, const RunOptions &options, bool isRollback,
               const QString &title, const QString &backupPath = QString(), bool onCopy = false);
    // The guided deployment of `plan` (every app to its latest) with `profile`, its backup (when
    // the profile takes one) in `backupDirectory` (empty: the backup feature's default folder).
    bool startDeploy(const ConnectionSettings &settings, const Plan &plan, const RunOptions &options,
                     const DeployProfile &profile, const QString &backupDirectory, const QString &database);
    // The repair that drops what the half-applied schema step `step` left (consistency.h).
    bool startUndoLeftovers(const MigrationKey &step, const RunOptions &options, const QString &title);
    // Late rows (audit.h) filled by the recorded data steps `steps`, reversibly (Executor::fillLateRows).
    bool startFillLateRows(const QList<MigrationKey> &steps, const RunOptions &options, const QString &title);
    bool isBusy() const { return m_busy; }
    // Run the preflight checks before every run (on by default when the build has them).
    void setPreflight(bool enabled) { m_preflight = enabled; }
    bool preflight() const { return m_preflight; }
    const Plan &currentPlan() const { return m_plan; }
    const RunOptions &currentOptions() const { return m_options; }
    // Thread-safe cancel of the running plan; returns false when nothing runs.
    bool cancel();
    bool cancelRequested() const { return m_cancelRequested; }
    RunWorker *worker() const { return m_worker.get(); }

signals:
    void started(const QString &title, bool dryRun);
    void finished(const gma::ui::RunOutcome &outcome);

private:
    void post(const RunOptions &options, bool isRollback, const QString &title,
              bool onCopy, std::function<RunOutcome(QSqlDatabase &)> job);

    DbWorker *m_db;
    std::unique_ptr<RunWorker> m_worker;
    Plan m_plan;
    RunOptions m_options;
    bool m_busy = false;
    bool m_cancelRequested = false;
    bool m_preflight = true;
};

} // namespace gma::ui

Q_DECLARE_METATYPE(gma::ui::RunOutcome)
Q_DECLARE_METATYPE(gma::DeployStage)
