// Runs a plan on a worker QThread with a connection of its own: RunWorker lives on the thread,
// opens its QSqlDatabase there, and owns the Executor for the length of the run; its signals
// reach the GUI queued. RunController (GUI thread) starts runs, forwards cancel and reports the
// outcome.
// Thread rule: RunController on the GUI thread. RunWorker::run() runs on the worker thread;
// RunWorker::cancel() may be called from any thread.
#pragma once

#include "connection.h"
#include "executor.h"

#include <QMutex>
#include <QObject>
#include <QThread>

namespace gma::ui {

// The run's result, wrapped so that it can travel through a queued signal.
struct RunOutcome
{
    RunResult result;
    bool dryRun = false;
    bool isRollback = false;
    QString title;
    QString backupPath; // the backup taken before the plan, when one was asked for and taken
};

class RunWorker : public QObject
{
    Q_OBJECT
public:
    explicit RunWorker(MigrationCatalogue catalogue);
    // Thread-safe: asks the running Executor to stop (or stops the next run before it starts).
    void cancel();

    // Blocks the worker thread for the whole run.
    // With a non-empty backupPath, a pg_dump backup to that path is taken first (when the build
    // has backups); if it fails nothing runs.
    // With preflight (when the build has the checks), the preflight checks run first on this
    // connection; an error finding refuses the run before anything is changed.
    void run(const gma::ConnectionSettings &settings, const gma::Plan &plan, const gma::RunOptions &options,
             bool isRollback, const QString &title, const QString &backupPath = QString(), bool preflight = false);

signals:
    void planStarted(int steps);
    void stepStarted(int index, const gma::PlanStep &step, qint64 totalRows);
    void stepProgress(int index, qint64 rowsDone, qint64 rowsTotal);
    void statementFinished(int index, const QString &sql, qint64 rows, qint64 ms);
    void waitingForLock(int index, int attempt, const QString &blocker);
    void stepFinished(int index, const gma::StepResult &result);
    void message(const QString &text);
    void finished(const gma::ui::RunOutcome &outcome);

private:
    bool takeBackup(QSqlDatabase &db, const ConnectionSettings &settings, const QString &path, RunOutcome *outcome);
    bool checkPreflight(QSqlDatabase &db, const Plan &plan, bool dryRun, RunOutcome *outcome);

    MigrationCatalogue m_catalogue;
    QMutex m_mutex;
    Executor *m_executor = nullptr;
    QObject *m_backup = nullptr; // the BackupManager while a backup runs
    bool m_cancelRequested = false;
};

class RunController : public QObject
{
    Q_OBJECT
public:
    explicit RunController(const MigrationCatalogue &catalogue, QObject *parent = nullptr);
    ~RunController() override;

    // Starts the plan on the worker thread; false when a run is already going on.
    bool start(const ConnectionSettings &settings, const Plan &plan, const RunOptions &options, bool isRollback,
               const QString &title, const QString &backupPath = QString());
    bool isBusy() const { return m_busy; }
    // Run the preflight checks before every run (on by default when the build has them).
    void setPreflight(bool enabled) { m_preflight = enabled; }
    bool preflight() const { return m_preflight; }
    const Plan &currentPlan() const { return m_plan; }
    const RunOptions &currentOptions() const { return m_options; }
    // Thread-safe cancel of the running plan; returns false when nothing runs.
    bool cancel();
    bool cancelRequested() const { return m_cancelRequested; }
    RunWorker *worker() const { return m_worker; }

signals:
    void started(const QString &title, bool dryRun);
    void finished(const gma::ui::RunOutcome &outcome);

private:
    QThread m_thread;
    RunWorker *m_worker = nullptr;
    Plan m_plan;
    RunOptions m_options;
    bool m_busy = false;
    bool m_cancelRequested = false;
    bool m_preflight = true;
};

} // namespace gma::ui

Q_DECLARE_METATYPE(gma::ui::RunOutcome)
